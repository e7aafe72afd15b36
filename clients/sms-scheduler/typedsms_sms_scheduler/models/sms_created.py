# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire

if TYPE_CHECKING:
    from ..models.sms_created_sms_ids import SmsCreatedSmsIds


T = TypeVar("T", bound="SmsCreated")


@_attrs_define
class SmsCreated:
    """The answer to a created message."""

    message_id: int
    """ The message id. """
    sms_ids: SmsCreatedSmsIds
    """ List of sms ids indexed by phone numbers. The en-gb copy of the
    documentation shows each phone number with an array of ids, the
    en-us copy with one id: read both.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        sms_ids = self.sms_ids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "sms_ids": sms_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_created_sms_ids import SmsCreatedSmsIds  # noqa: PLC0415

        d = dict(src_dict)
        message_id = _wire.expect_int(d.pop("message_id"))

        sms_ids = SmsCreatedSmsIds.from_dict(d.pop("sms_ids"))

        sms_created = cls(
            message_id=message_id,
            sms_ids=sms_ids,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        sms_created.additional_properties = additional_properties
        return sms_created

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
