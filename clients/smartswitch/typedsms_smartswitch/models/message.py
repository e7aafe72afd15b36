# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attributes import MessageAttributes
    from ..models.message_meta import MessageMeta


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """The result for one recipient (a JSON API resource object)."""

    id: str
    """ The message's id assigned by the server (digits in every example,
    e.g. `1561370632513`). Delivery receipts name the message by this
    id (`message_id`).
     """
    type_: Literal["message"]
    """ Always `message`. """
    attributes: MessageAttributes
    """ The attributes of one message. """
    meta: MessageMeta | Unset = UNSET
    """ Non-standard information about a message (JSON API `meta`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attributes import MessageAttributes  # noqa: PLC0415
        from ..models.message_meta import MessageMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = _wire.expect_str(d.pop("id"))

        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        attributes = MessageAttributes.from_dict(d.pop("attributes"))

        _meta = d.pop("meta", UNSET)
        meta: MessageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MessageMeta.from_dict(_meta)

        message = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        message.additional_properties = additional_properties
        return message

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
