# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error that occurred when processing the request (a JSON API error object)."""

    code: str
    """ A short error code. It might be used by a client for conditional
    error handling. It doesn't depend on the client's locale. The
    documentation names `authentication`; the mock also answers
    `invalid_parameter`, `parameter_count`, `not_found` and
    `method_not_allowed`.
     """
    title: str
    """ An error title. It might be used by a client to display a message
    in the header of an error dialog. It may be returned in the
    client's locale.
     """
    detail: str
    """ The error details. They might be used by a client to display a
    message inside the contents of an error dialog. They may be
    returned in the client's locale.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = _wire.expect_str(d.pop("code"))

        title = _wire.expect_str(d.pop("title"))

        detail = _wire.expect_str(d.pop("detail"))

        error = cls(
            code=code,
            title=title,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        error.additional_properties = additional_properties
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
