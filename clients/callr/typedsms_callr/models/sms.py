# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An SMS (object `SMS`). Besides the reference's fields, the captured
live answer carries `encoding`, `user_data`, `network`, `nature` and
`status_history`; other keys are admitted too. Only `hash` is
required: every other field may be absent from an answer."""

import datetime
from typing import Any

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.customer_mode import CustomerMode
from ..models.sms_options import SmsOptions
from ..models.sms_status import SmsStatus
from ..models.sms_type import SmsType
from ..models.status_change import StatusChange

_HASH: Field[str] = Field("hash", "hash", _c.read_str, _c.write_str, required=True)
_TYPE: Field[SmsType | UnknownStr] = Field("type", "type", _m.str_enum(SmsType), _c.write_str)
_FROM_: Field[str] = Field("from_", "from", _c.read_str, _c.write_str)
_TO: Field[str] = Field("to", "to", _c.read_str, _c.write_str)
_TEXT: Field[str] = Field("text", "text", _c.read_str, _c.write_str)
_OPTIONS: Field[SmsOptions | None] = Field(
    "options", "options", _c.nullable(SmsOptions.reader()), _m.object_writer(SmsOptions)
)
_STATUS: Field[SmsStatus | UnknownStr] = Field("status", "status", _m.str_enum(SmsStatus), _c.write_str)
_STATUS_ERROR: Field[str | None] = Field("status_error", "status_error", _c.nullable(_c.read_str), _c.write_str)
_DATE_CREATION: Field[datetime.datetime] = Field("date_creation", "date_creation", _c.read_datetime, _c.write_datetime)
_DATE_UPDATE: Field[datetime.datetime | None] = Field(
    "date_update", "date_update", _c.none_for(_c.read_datetime, ["0000-00-00 00:00:00"]), _c.write_datetime
)
_DATE_SENT: Field[datetime.datetime | None] = Field(
    "date_sent", "date_sent", _c.none_for(_c.read_datetime, ["0000-00-00 00:00:00"]), _c.write_datetime
)
_DATE_RECEIVED: Field[datetime.datetime | None] = Field(
    "date_received", "date_received", _c.none_for(_c.read_datetime, ["0000-00-00 00:00:00"]), _c.write_datetime
)
_PARTS: Field[int] = Field("parts", "parts", _c.read_int, _c.write_int)
_B_CUSTOMER_MODE: Field[CustomerMode | UnknownStr | None] = Field(
    "b_customer_mode", "b_customer_mode", _c.nullable(_m.str_enum(CustomerMode)), _c.write_str
)
_B_CUSTOMER_DEBIT: Field[float | str] = Field(
    "b_customer_debit",
    "b_customer_debit",
    _c.first_of(_c.read_float, _c.read_str),
    _c.write_first(_c.write_float, _c.write_str),
)
_ENCODING: Field[str | None] = Field("encoding", "encoding", _c.nullable(_c.read_str), _c.write_str)
_USER_DATA: Field[str | None] = Field("user_data", "user_data", _c.nullable(_c.read_str), _c.write_str)
_NETWORK: Field[Any] = Field("network", "network", _c.read_any, _c.write_any)
_NATURE: Field[str | None] = Field("nature", "nature", _c.nullable(_c.read_str), _c.write_str)
_STATUS_HISTORY: Field[list[StatusChange]] = Field(
    "status_history", "status_history", _c.list_of(StatusChange.reader()), _c.write_list(_m.object_writer(StatusChange))
)


class Sms(BaseModel):
    """An SMS (object `SMS`). Besides the reference's fields, the captured
    live answer carries `encoding`, `user_data`, `network`, `nature` and
    `status_history`; other keys are admitted too. Only `hash` is
    required: every other field may be absent from an answer.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _HASH,
        _TYPE,
        _FROM_,
        _TO,
        _TEXT,
        _OPTIONS,
        _STATUS,
        _STATUS_ERROR,
        _DATE_CREATION,
        _DATE_UPDATE,
        _DATE_SENT,
        _DATE_RECEIVED,
        _PARTS,
        _B_CUSTOMER_MODE,
        _B_CUSTOMER_DEBIT,
        _ENCODING,
        _USER_DATA,
        _NETWORK,
        _NATURE,
        _STATUS_HISTORY,
    )

    def __init__(
        self,
        *,
        hash: str,
        type: SmsType | UnknownStr | None = None,
        from_: str | None = None,
        to: str | None = None,
        text: str | None = None,
        options: SmsOptions | None = None,
        status: SmsStatus | UnknownStr | None = None,
        status_error: str | None = None,
        date_creation: datetime.datetime | None = None,
        date_update: datetime.datetime | None = None,
        date_sent: datetime.datetime | None = None,
        date_received: datetime.datetime | None = None,
        parts: int | None = None,
        b_customer_mode: CustomerMode | UnknownStr | None = None,
        b_customer_debit: float | str | None = None,
        encoding: str | None = None,
        user_data: str | None = None,
        network: Any | None = None,
        nature: str | None = None,
        status_history: list[StatusChange] | None = None,
    ) -> None:
        super().__init__(
            hash=hash,
            type=type,
            from_=from_,
            to=to,
            text=text,
            options=options,
            status=status,
            status_error=status_error,
            date_creation=date_creation,
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

    @property
    def hash(self) -> str:
        """An SMS's unique object identifier (its hash), such as `8242D945`."""
        return self._get_required(_HASH)

    @property
    def type(self) -> SmsType | UnknownStr | None:
        """`IN`: an SMS received by the account; `OUT`: an SMS sent by the account."""
        return self._get(_TYPE)

    @property
    def from_(self) -> str | None:
        """The sender: for an outbound SMS as sent (an `SmsSender`, or a
        shared shortcode's number when sent with an empty sender), for an
        inbound SMS the sender's phone number. Read as any string: the
        sources do not promise that a stored SMS keeps to the sending rules."""
        return self._get(_FROM_)

    @property
    def to(self) -> str | None:
        """The recipient: an E.164 number for an outbound SMS, the account's
        number or shortcode for an inbound one. Read as any string."""
        return self._get(_TO)

    @property
    def text(self) -> str | None:
        """The text of the SMS (`%STOPNUM%` already replaced)."""
        return self._get(_TEXT)

    @property
    def options(self) -> SmsOptions | None:
        """The SMS options it was sent with, or null."""
        return self._get(_OPTIONS)

    @property
    def status(self) -> SmsStatus | UnknownStr | None:
        """The status of the SMS: one of `SmsStatus`, or a value the
        reference does not list (read as a string)."""
        return self._get(_STATUS)

    @property
    def status_error(self) -> str | None:
        """What went wrong, when `status` is `ERROR`; else null."""
        return self._get(_STATUS_ERROR)

    @property
    def date_creation(self) -> datetime.datetime | None:
        """A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone."""
        return self._get(_DATE_CREATION)

    @property
    def date_update(self) -> datetime.datetime | None:
        """When the SMS was last updated (UTC), or `0000-00-00 00:00:00`."""
        return self._get(_DATE_UPDATE)

    @property
    def date_sent(self) -> datetime.datetime | None:
        """When the SMS was sent (UTC), or `0000-00-00 00:00:00` if it was not (yet)."""
        return self._get(_DATE_SENT)

    @property
    def date_received(self) -> datetime.datetime | None:
        """When the SMS was received (UTC), or `0000-00-00 00:00:00` if not received (such as an outbound SMS)."""
        return self._get(_DATE_RECEIVED)

    @property
    def parts(self) -> int | None:
        """The number of SMS parts the text was sent in (each billed as one SMS)."""
        return self._get(_PARTS)

    @property
    def b_customer_mode(self) -> CustomerMode | UnknownStr | None:
        """How the account is billed, or null (a real answer may carry null)."""
        return self._get(_B_CUSTOMER_MODE)

    @property
    def b_customer_debit(self) -> float | str | None:
        """The amount debited for the SMS, a decimal. The reference says
        decimal; the live answer sends a string such as `"7.80"`."""
        return self._get(_B_CUSTOMER_DEBIT)

    @property
    def encoding(self) -> str | None:
        """The encoding the text was sent in, such as `GSM` or `UNICODE` (live answer only)."""
        return self._get(_ENCODING)

    @property
    def user_data(self) -> str | None:
        """The option `user_data` the SMS was sent with, or null (live answer only)."""
        return self._get(_USER_DATA)

    @property
    def network(self) -> Any | None:
        """The destination network (live answer only; its type is not documented)."""
        return self._get(_NETWORK)

    @property
    def nature(self) -> str | None:
        """The nature of the SMS, such as `ALERTING` or `MARKETING` (live answer only)."""
        return self._get(_NATURE)

    @property
    def status_history(self) -> list[StatusChange] | None:
        """The SMS's status changes, oldest first (live answer only)."""
        return self._get(_STATUS_HISTORY)


__all__ = ["Sms"]
_ = (_c, _m)
