# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRequest")


@_attrs_define
class SmsRequest:
    """A message to send at `delivery_date` to one or multiple phone numbers."""

    message_text: str
    """ The content of the message. """
    delivery_date: datetime.datetime
    """ The date the message will be send to, `YYYY-MM-DD HH:MM:SS`. If
    the date is equal or inferior to the current date, the SMS will be
    sent right away. The time zone is not documented. The pattern does
    not check that the day exists in its month (e.g. `2021-02-30`).
     """
    sender_id: int
    """ The sender ID available on "Senders" page in SMS Scheduler when you are logged in. """
    phone_numbers: list[str] | str
    """ The phone numbers you want to send the message to with the country
    prefix and without spaces or hyphens (ex : +33123456789). It can be
    a String for a single number or an Array for multiple numbers. Each
    occurrence of a number gets its own SMS.
     """
    message_stop: bool | Unset = False
    """ If set to true, STOP mention will be added to the end of the message (default to false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_text = self.message_text

        delivery_date = _wire.format_datetime(self.delivery_date)

        sender_id = self.sender_id

        phone_numbers: list[str] | str
        if isinstance(self.phone_numbers, list):
            phone_numbers = self.phone_numbers

        else:
            phone_numbers = self.phone_numbers

        message_stop = self.message_stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_text": message_text,
                "delivery_date": delivery_date,
                "sender_id": sender_id,
                "phone_numbers": phone_numbers,
            }
        )
        if message_stop is not UNSET:
            field_dict["message_stop"] = message_stop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_text = _wire.expect_str(d.pop("message_text"))

        delivery_date = _wire.parse_datetime(d.pop("delivery_date"))

        sender_id = _wire.expect_int(d.pop("sender_id"))

        def _parse_phone_numbers(data: object) -> list[str] | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_numbers_type_0 = _wire.expect_str(data)

                return phone_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            phone_numbers_type_1 = []
            _phone_numbers_type_1 = data
            for phone_numbers_type_1_item_data in _phone_numbers_type_1:
                phone_numbers_type_1_item = _wire.expect_str(phone_numbers_type_1_item_data)

                phone_numbers_type_1.append(phone_numbers_type_1_item)

            return phone_numbers_type_1

        phone_numbers = _parse_phone_numbers(d.pop("phone_numbers"))

        _message_stop = d.pop("message_stop", UNSET)
        message_stop: bool | Unset
        if isinstance(_message_stop, Unset):
            message_stop = UNSET
        else:
            message_stop = _wire.expect_bool(_message_stop)

        sms_request = cls(
            message_text=message_text,
            delivery_date=delivery_date,
            sender_id=sender_id,
            phone_numbers=phone_numbers,
            message_stop=message_stop,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        sms_request.additional_properties = additional_properties
        return sms_request

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
