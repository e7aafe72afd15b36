# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.force_encoding import ForceEncoding
from ..models.sms_nature import SmsNature
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_webhook import SmsWebhook


T = TypeVar("T", bound="SmsOptions")


@_attrs_define
class SmsOptions:
    """SMS options (object `SMS.Options`). Omit it to use the default values."""

    force_encoding: ForceEncoding | Unset = UNSET
    """ Forces the encoding of the text instead of detecting it. """
    nature: SmsNature | Unset = UNSET
    """ The nature of the SMS. """
    user_data: str | Unset = UNSET
    """ Custom data stored with the SMS. """
    webhook: SmsWebhook | Unset = UNSET
    """ A webhook notified of the SMS's events. """
    flash_message: bool | Unset = UNSET
    """ Whether the SMS is sent as a flash message (shown at once, not stored on the phone). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force_encoding: str | Unset = UNSET
        if not isinstance(self.force_encoding, Unset):
            force_encoding = self.force_encoding.value

        nature: str | Unset = UNSET
        if not isinstance(self.nature, Unset):
            nature = self.nature.value

        user_data = self.user_data

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        flash_message = self.flash_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if force_encoding is not UNSET:
            field_dict["force_encoding"] = force_encoding
        if nature is not UNSET:
            field_dict["nature"] = nature
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if flash_message is not UNSET:
            field_dict["flash_message"] = flash_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_webhook import SmsWebhook  # noqa: PLC0415

        d = dict(src_dict)
        _force_encoding = d.pop("force_encoding", UNSET)
        force_encoding: ForceEncoding | Unset
        if isinstance(_force_encoding, Unset):
            force_encoding = UNSET
        else:
            force_encoding = ForceEncoding(_force_encoding)

        _nature = d.pop("nature", UNSET)
        nature: SmsNature | Unset
        if isinstance(_nature, Unset):
            nature = UNSET
        else:
            nature = SmsNature(_nature)

        _user_data = d.pop("user_data", UNSET)
        user_data: str | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = _wire.expect_str(_user_data)

        _webhook = d.pop("webhook", UNSET)
        webhook: SmsWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = SmsWebhook.from_dict(_webhook)

        _flash_message = d.pop("flash_message", UNSET)
        flash_message: bool | Unset
        if isinstance(_flash_message, Unset):
            flash_message = UNSET
        else:
            flash_message = _wire.expect_bool(_flash_message)

        sms_options = cls(
            force_encoding=force_encoding,
            nature=nature,
            user_data=user_data,
            webhook=webhook,
            flash_message=flash_message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        sms_options.additional_properties = additional_properties
        return sms_options

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
