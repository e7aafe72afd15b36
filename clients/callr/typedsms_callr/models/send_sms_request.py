# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_options import SmsOptions


T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """An SMS to create and send."""

    from_: str
    """ The SMS sender (format `sms_sender`). Empty: a shared shortcode is
    selected depending on the destination carrier. Otherwise a dedicated
    shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
    space, dash and underscore with at least one letter; at most 11
    characters. Custom sender IDs may have to be authorized by CALLR's
    support; "SMS" is always authorized.
     """
    to: str
    """ A phone number in international E.164 format `+CCNSN`, such as `+16467890800`. """
    body: str
    """ Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
    detected, or forced with the option `force_encoding`. A text longer
    than one SMS (160 GSM or 70 UNICODE characters) is split into parts
    of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
    a custom sender, the special string `%STOPNUM%` is replaced by the
    STOP number; it is refused (400) with an empty sender or a shortcode.
     """
    options: None | SmsOptions | Unset = UNSET
    """ SMS options; omit or null for the default values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        from_ = self.from_

        to = self.to

        body = self.body

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, SmsOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "body": body,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        d = dict(src_dict)
        from_ = _wire.expect_str(d.pop("from"))

        to = _wire.expect_str(d.pop("to"))

        body = _wire.expect_str(d.pop("body"))

        def _parse_options(data: object) -> None | SmsOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = SmsOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            options_type_1 = None

            return options_type_1

        options = _parse_options(d.pop("options", UNSET))

        send_sms_request = cls(
            from_=from_,
            to=to,
            body=body,
            options=options,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        send_sms_request.additional_properties = additional_properties
        return send_sms_request

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
