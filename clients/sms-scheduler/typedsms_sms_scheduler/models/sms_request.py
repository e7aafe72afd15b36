# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A message to send at `delivery_date` to one or multiple phone numbers."""

import datetime

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_MESSAGE_TEXT: Field[str] = Field("message_text", "message_text", _c.read_str, _c.write_str, required=True)
_DELIVERY_DATE: Field[datetime.datetime] = Field(
    "delivery_date", "delivery_date", _c.read_datetime, _c.write_datetime, required=True
)
_SENDER_ID: Field[int] = Field("sender_id", "sender_id", _c.read_int, _c.write_int, required=True)
_PHONE_NUMBERS: Field[list[str]] = Field(
    "phone_numbers", "phone_numbers", _c.one_or_list(_c.read_str), _c.write_list(_c.write_str), required=True
)
_MESSAGE_STOP: Field[bool] = Field("message_stop", "message_stop", _c.read_bool, _c.write_bool)


class SmsRequest(BaseModel):
    """A message to send at `delivery_date` to one or multiple phone numbers.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _MESSAGE_TEXT,
        _DELIVERY_DATE,
        _SENDER_ID,
        _PHONE_NUMBERS,
        _MESSAGE_STOP,
    )

    def __init__(
        self,
        *,
        message_text: str,
        delivery_date: datetime.datetime,
        sender_id: int,
        phone_numbers: list[str],
        message_stop: bool | None = None,
    ) -> None:
        super().__init__(
            message_text=message_text,
            delivery_date=delivery_date,
            sender_id=sender_id,
            phone_numbers=phone_numbers,
            message_stop=message_stop,
        )

    @property
    def message_text(self) -> str:
        """The content of the message."""
        return self._get_required(_MESSAGE_TEXT)

    @property
    def delivery_date(self) -> datetime.datetime:
        """The date the message will be send to, `YYYY-MM-DD HH:MM:SS`. If
        the date is equal or inferior to the current date, the SMS will be
        sent right away. The time zone is not documented. The pattern does
        not check that the day exists in its month (e.g. `2021-02-30`)."""
        return self._get_required(_DELIVERY_DATE)

    @property
    def sender_id(self) -> int:
        """The sender ID available on "Senders" page in SMS Scheduler when you are logged in."""
        return self._get_required(_SENDER_ID)

    @property
    def phone_numbers(self) -> list[str]:
        """The phone numbers you want to send the message to with the country
        prefix and without spaces or hyphens (ex : +33123456789). It can be
        a String for a single number or an Array for multiple numbers. Each
        occurrence of a number gets its own SMS."""
        return self._get_required(_PHONE_NUMBERS)

    @property
    def message_stop(self) -> bool | None:
        """If set to true, STOP mention will be added to the end of the message (default to false)."""
        return self._get(_MESSAGE_STOP)


__all__ = ["SmsRequest"]
_ = (_c, _m)
