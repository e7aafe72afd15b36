# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.message_status import MessageStatus

T = TypeVar("T", bound="MessageAttributes")


@_attrs_define
class MessageAttributes:
    """The attributes of one message."""

    destination_number: str
    """ The number of the recipient. """
    segments: int
    """ The number of segments the original message has been split into
    (see "Message billing" in the vendor's wiki; this spec assumes
    the GSM 03.38 rules, see the API description). A message that
    was not sent (`status: error`) may report 0.
     """
    status: MessageStatus
    """ `ok` - the message has been successfully sent, the balance has been
    charged for the message; `error` - the message hasn't been sent, the
    balance hasn't been charged for the message. (The documentation's
    table writes `ok` in Cyrillic letters, a typo; its examples use
    Latin `ok`.)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_number = self.destination_number

        segments = self.segments

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_number": destination_number,
                "segments": segments,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_number = _wire.expect_str(d.pop("destination_number"))

        segments = _wire.expect_int(d.pop("segments"))

        status = MessageStatus(d.pop("status"))

        message_attributes = cls(
            destination_number=destination_number,
            segments=segments,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        message_attributes.additional_properties = additional_properties
        return message_attributes

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
