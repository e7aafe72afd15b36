# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.sms_status import SmsStatus

T = TypeVar("T", bound="MessageSmsReport")


@_attrs_define
class MessageSmsReport:
    """The sending report of one SMS of a message."""

    id: int
    """ The unique ID of the corresponding SMS. """
    phone_number: str
    """ The recipient's phone number. """
    status: SmsStatus
    """ The sending status of an SMS:

    - 10: Scheduled
    - 11: Pending
    - 12: Sent
    - 13: Received
    - 20: Cancelled - Missing contact or phone number
    - 21: Cancelled - Missing text message
    - 22: Cancelled - Invalid text message
    - 23: Cancelled - Missing sender
    - 24: Cancelled - Invalid sender
    - 25: Cancelled - Not enough credits
    - 26: Cancelled - Blacklisted contact or phone number
    - 27: Cancelled - End of validity period
    - 28: Cancelled - Unavailable country
    - 29: Cancelled - Error
    - 30: Missed - Invalid phone number
    - 31: Missed - Blacklisted phone number or blocked by phone carrier
    - 32: Missed - End of validity period
    - 33: Missed - Network not available on sending phone
    - 38: Missed - Sending failed (Unknown reason)
    - 39: Missed - Error
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number": phone_number,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = _wire.expect_int(d.pop("id"))

        phone_number = _wire.expect_str(d.pop("phone_number"))

        status = SmsStatus(d.pop("status"))

        message_sms_report = cls(
            id=id,
            phone_number=phone_number,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        message_sms_report.additional_properties = additional_properties
        return message_sms_report

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
