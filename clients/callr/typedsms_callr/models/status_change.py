# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusChange")


@_attrs_define
class StatusChange:
    """One status change of an SMS (a key of the captured live answer, not in the reference)."""

    old_status: None | str | Unset = UNSET
    """ The status before the change. """
    new_status: str | Unset = UNSET
    """ The status after the change. """
    updated_at: datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset = UNSET
    """ When the status changed (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_status: None | str | Unset
        if isinstance(self.old_status, Unset):
            old_status = UNSET
        else:
            old_status = self.old_status

        new_status = self.new_status

        updated_at: Literal["0000-00-00 00:00:00"] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _wire.format_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_status is not UNSET:
            field_dict["old_status"] = old_status
        if new_status is not UNSET:
            field_dict["new_status"] = new_status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_old_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                old_status_type_0 = _wire.expect_str(data)

                return old_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            old_status_type_1 = None

            return old_status_type_1

        old_status = _parse_old_status(d.pop("old_status", UNSET))

        _new_status = d.pop("new_status", UNSET)
        new_status: str | Unset
        if isinstance(_new_status, Unset):
            new_status = UNSET
        else:
            new_status = _wire.expect_str(_new_status)

        def _parse_updated_at(data: object) -> datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = _wire.parse_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            updated_at_type_1 = cast(Literal["0000-00-00 00:00:00"], data)
            if updated_at_type_1 != "0000-00-00 00:00:00":
                raise ValueError(f"updated_at_type_1 must match const '0000-00-00 00:00:00', got '{updated_at_type_1}'")
            return updated_at_type_1

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        status_change = cls(
            old_status=old_status,
            new_status=new_status,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        status_change.additional_properties = additional_properties
        return status_change

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
