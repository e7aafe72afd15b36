# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.message_state import MessageState

T = TypeVar("T", bound="DeliveryReceipt")


@_attrs_define
class DeliveryReceipt:
    """A delivery receipt, as Smartswitch posts it to the client's URL (form fields)."""

    message_id: str
    """ The id of the message: the `id` returned to the client by
    `POST /message`.
     """
    message_state: MessageState
    """ The state of a message in a delivery receipt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        message_state = self.message_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "message_state": message_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = _wire.expect_str(d.pop("message_id"))

        message_state = MessageState(d.pop("message_state"))

        delivery_receipt = cls(
            message_id=message_id,
            message_state=message_state,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        delivery_receipt.additional_properties = additional_properties
        return delivery_receipt

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
