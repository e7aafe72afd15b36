# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """One recipient of a message."""

    dst: str
    """ The recipient's phone number, in international format. """
    customer_ref: str | Unset = UNSET
    """ A reference of the customer's for this recipient, shown in its SMS report. Recommended max. 64 characters.
    """
    blackout_periods: list[str] | Unset = UNSET
    """ Periods in which no SMS is sent to this recipient. They replace the job-level `blackoutPeriods`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dst = self.dst

        customer_ref = self.customer_ref

        blackout_periods: list[str] | Unset = UNSET
        if not isinstance(self.blackout_periods, Unset):
            blackout_periods = self.blackout_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dst": dst,
            }
        )
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if blackout_periods is not UNSET:
            field_dict["blackoutPeriods"] = blackout_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dst = _wire.expect_str(d.pop("dst"))

        _customer_ref = d.pop("customerRef", UNSET)
        customer_ref: str | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = _wire.expect_str(_customer_ref)

        _blackout_periods = d.pop("blackoutPeriods", UNSET)
        blackout_periods: list[str] | Unset = UNSET
        if _blackout_periods is not UNSET:
            blackout_periods = []
            for blackout_periods_item_data in _blackout_periods:
                blackout_periods_item = _wire.expect_str(blackout_periods_item_data)

                blackout_periods.append(blackout_periods_item)

        recipient = cls(
            dst=dst,
            customer_ref=customer_ref,
            blackout_periods=blackout_periods,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        recipient.additional_properties = additional_properties
        return recipient

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
