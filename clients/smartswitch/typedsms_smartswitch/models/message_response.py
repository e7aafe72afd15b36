# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageResponse")


@_attrs_define
class MessageResponse:
    """A successful answer: `data` is one message object when the request
    holds one `destination_number`, an array of message objects (in the
    order of the numbers) when it holds several. It never holds
    `errors`.

    """

    data: list[Message] | Message
    """ One message object, or an array of them for several numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, Message):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[Message] | Message:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Message.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = Message.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data"))

        message_response = cls(
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        message_response.additional_properties = additional_properties
        return message_response

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
