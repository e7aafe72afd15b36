# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.customer_mode import CustomerMode
from ..models.sms_status import SmsStatus
from ..models.sms_type import SmsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_options import SmsOptions
    from ..models.status_change import StatusChange


T = TypeVar("T", bound="Sms")


@_attrs_define
class Sms:
    """An SMS (object `SMS`). Besides the reference's fields, the captured
    live answer carries `encoding`, `user_data`, `network`, `nature` and
    `status_history`; other keys are admitted too.

    """

    type_: SmsType
    """ `IN`: an SMS received by the account; `OUT`: an SMS sent by the account. """
    hash_: str
    """ An SMS's unique object identifier (its hash), such as `8242D945`. """
    from_: str
    """ The sender: for an outbound SMS as sent (an `SmsSender`, or a
    shared shortcode's number when sent with an empty sender), for an
    inbound SMS the sender's phone number. Read as any string: the
    sources do not promise that a stored SMS keeps to the sending rules.
     """
    to: str
    """ The recipient: an E.164 number for an outbound SMS, the account's
    number or shortcode for an inbound one. Read as any string.
     """
    text: str
    """ The text of the SMS (`%STOPNUM%` already replaced). """
    status: SmsStatus
    """ The status of an SMS. """
    date_creation: datetime.datetime
    """ A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone. """
    options: None | SmsOptions | Unset = UNSET
    """ The SMS options it was sent with, or null. """
    status_error: None | str | Unset = UNSET
    """ What went wrong, when `status` is `ERROR`; else null. """
    date_update: datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset = UNSET
    """ When the SMS was last updated (UTC), or `0000-00-00 00:00:00`. """
    date_sent: datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset = UNSET
    """ When the SMS was sent (UTC), or `0000-00-00 00:00:00` if it was not (yet). """
    date_received: datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset = UNSET
    """ When the SMS was received (UTC), or `0000-00-00 00:00:00` if not received (such as an outbound SMS). """
    parts: int | Unset = UNSET
    """ The number of SMS parts the text was sent in (each billed as one SMS). """
    b_customer_mode: CustomerMode | Unset = UNSET
    """ How the account is billed. """
    b_customer_debit: float | str | Unset = UNSET
    """ The amount debited for the SMS, a decimal. The reference says
    decimal; the live answer sends a string such as `"7.80"`.
     """
    encoding: None | str | Unset = UNSET
    """ The encoding the text was sent in, such as `GSM` or `UNICODE` (live answer only). """
    user_data: None | str | Unset = UNSET
    """ The option `user_data` the SMS was sent with, or null (live answer only). """
    network: Any | Unset = UNSET
    """ The destination network (live answer only; its type is not documented). """
    nature: None | str | Unset = UNSET
    """ The nature of the SMS, such as `ALERTING` or `MARKETING` (live answer only). """
    status_history: list[StatusChange] | Unset = UNSET
    """ The SMS's status changes, oldest first (live answer only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sms_options import SmsOptions  # noqa: PLC0415

        type_ = self.type_.value

        hash_ = self.hash_

        from_ = self.from_

        to = self.to

        text = self.text

        status = self.status.value

        date_creation = _wire.format_datetime(self.date_creation)

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, SmsOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        status_error: None | str | Unset
        if isinstance(self.status_error, Unset):
            status_error = UNSET
        else:
            status_error = self.status_error

        date_update: Literal["0000-00-00 00:00:00"] | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = _wire.format_datetime(self.date_update)
        else:
            date_update = self.date_update

        date_sent: Literal["0000-00-00 00:00:00"] | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = _wire.format_datetime(self.date_sent)
        else:
            date_sent = self.date_sent

        date_received: Literal["0000-00-00 00:00:00"] | str | Unset
        if isinstance(self.date_received, Unset):
            date_received = UNSET
        elif isinstance(self.date_received, datetime.datetime):
            date_received = _wire.format_datetime(self.date_received)
        else:
            date_received = self.date_received

        parts = self.parts

        b_customer_mode: str | Unset = UNSET
        if not isinstance(self.b_customer_mode, Unset):
            b_customer_mode = self.b_customer_mode.value

        b_customer_debit: float | str | Unset
        if isinstance(self.b_customer_debit, Unset):
            b_customer_debit = UNSET
        else:
            b_customer_debit = self.b_customer_debit

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        network = self.network

        nature: None | str | Unset
        if isinstance(self.nature, Unset):
            nature = UNSET
        else:
            nature = self.nature

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "hash": hash_,
                "from": from_,
                "to": to,
                "text": text,
                "status": status,
                "date_creation": date_creation,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if status_error is not UNSET:
            field_dict["status_error"] = status_error
        if date_update is not UNSET:
            field_dict["date_update"] = date_update
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if date_received is not UNSET:
            field_dict["date_received"] = date_received
        if parts is not UNSET:
            field_dict["parts"] = parts
        if b_customer_mode is not UNSET:
            field_dict["b_customer_mode"] = b_customer_mode
        if b_customer_debit is not UNSET:
            field_dict["b_customer_debit"] = b_customer_debit
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if network is not UNSET:
            field_dict["network"] = network
        if nature is not UNSET:
            field_dict["nature"] = nature
        if status_history is not UNSET:
            field_dict["status_history"] = status_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_options import SmsOptions  # noqa: PLC0415
        from ..models.status_change import StatusChange  # noqa: PLC0415

        d = dict(src_dict)
        type_ = SmsType(d.pop("type"))

        hash_ = _wire.expect_str(d.pop("hash"))

        from_ = _wire.expect_str(d.pop("from"))

        to = _wire.expect_str(d.pop("to"))

        text = _wire.expect_str(d.pop("text"))

        status = SmsStatus(d.pop("status"))

        date_creation = _wire.parse_datetime(d.pop("date_creation"))

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

        def _parse_status_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_error_type_0 = _wire.expect_str(data)

                return status_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            status_error_type_1 = None

            return status_error_type_1

        status_error = _parse_status_error(d.pop("status_error", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = _wire.parse_datetime(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            date_update_type_1 = cast(Literal["0000-00-00 00:00:00"], data)
            if date_update_type_1 != "0000-00-00 00:00:00":
                raise ValueError(
                    f"date_update_type_1 must match const '0000-00-00 00:00:00', got '{date_update_type_1}'"
                )
            return date_update_type_1

        date_update = _parse_date_update(d.pop("date_update", UNSET))

        def _parse_date_sent(data: object) -> datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_sent_type_0 = _wire.parse_datetime(data)

                return date_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            date_sent_type_1 = cast(Literal["0000-00-00 00:00:00"], data)
            if date_sent_type_1 != "0000-00-00 00:00:00":
                raise ValueError(f"date_sent_type_1 must match const '0000-00-00 00:00:00', got '{date_sent_type_1}'")
            return date_sent_type_1

        date_sent = _parse_date_sent(d.pop("date_sent", UNSET))

        def _parse_date_received(data: object) -> datetime.datetime | Literal["0000-00-00 00:00:00"] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_received_type_0 = _wire.parse_datetime(data)

                return date_received_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            date_received_type_1 = cast(Literal["0000-00-00 00:00:00"], data)
            if date_received_type_1 != "0000-00-00 00:00:00":
                raise ValueError(
                    f"date_received_type_1 must match const '0000-00-00 00:00:00', got '{date_received_type_1}'"
                )
            return date_received_type_1

        date_received = _parse_date_received(d.pop("date_received", UNSET))

        _parts = d.pop("parts", UNSET)
        parts: int | Unset
        if isinstance(_parts, Unset):
            parts = UNSET
        else:
            parts = _wire.expect_int(_parts)

        _b_customer_mode = d.pop("b_customer_mode", UNSET)
        b_customer_mode: CustomerMode | Unset
        if isinstance(_b_customer_mode, Unset):
            b_customer_mode = UNSET
        else:
            b_customer_mode = CustomerMode(_b_customer_mode)

        def _parse_b_customer_debit(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int | float) and not isinstance(data, bool):
                    raise TypeError()
                b_customer_debit_type_0 = _wire.expect_float(data)

                return b_customer_debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            b_customer_debit_type_1 = _wire.expect_str(data)

            return b_customer_debit_type_1

        b_customer_debit = _parse_b_customer_debit(d.pop("b_customer_debit", UNSET))

        def _parse_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                encoding_type_0 = _wire.expect_str(data)

                return encoding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            encoding_type_1 = None

            return encoding_type_1

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_data_type_0 = _wire.expect_str(data)

                return user_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_data_type_1 = None

            return user_data_type_1

        user_data = _parse_user_data(d.pop("user_data", UNSET))

        _network = d.pop("network", UNSET)
        network: Any | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = _wire.as_any(_network)

        def _parse_nature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nature_type_0 = _wire.expect_str(data)

                return nature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nature_type_1 = None

            return nature_type_1

        nature = _parse_nature(d.pop("nature", UNSET))

        _status_history = d.pop("status_history", UNSET)
        status_history: list[StatusChange] | Unset = UNSET
        if _status_history is not UNSET:
            status_history = []
            for status_history_item_data in _status_history:
                status_history_item = StatusChange.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        sms = cls(
            type_=type_,
            hash_=hash_,
            from_=from_,
            to=to,
            text=text,
            status=status,
            date_creation=date_creation,
            options=options,
            status_error=status_error,
            date_update=date_update,
            date_sent=date_sent,
            date_received=date_received,
            parts=parts,
            b_customer_mode=b_customer_mode,
            b_customer_debit=b_customer_debit,
            encoding=encoding,
            user_data=user_data,
            network=network,
            nature=nature,
            status_history=status_history,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = _wire.as_any(prop_dict)

            additional_properties[prop_name] = additional

        sms.additional_properties = additional_properties
        return sms

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
