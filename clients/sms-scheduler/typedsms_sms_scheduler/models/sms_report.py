# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The sending report of one SMS."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownInt
from ..models.sms_status import SmsStatus

_PHONE_NUMBER: Field[str] = Field("phone_number", "phone_number", _c.read_str, _c.write_str, required=True)
_STATUS: Field[SmsStatus | UnknownInt] = Field("status", "status", _m.int_enum(SmsStatus), _c.write_int, required=True)


class SmsReport(BaseModel):
    """The sending report of one SMS.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _PHONE_NUMBER,
        _STATUS,
    )

    def __init__(
        self,
        *,
        phone_number: str,
        status: SmsStatus | UnknownInt,
    ) -> None:
        super().__init__(
            phone_number=phone_number,
            status=status,
        )

    @property
    def phone_number(self) -> str:
        """The recipient's phone number."""
        return self._get_required(_PHONE_NUMBER)

    @property
    def status(self) -> SmsStatus | UnknownInt:
        """The sending status of an SMS:

        - 10: Scheduled
        - 11: Pending
        - 12: Sent
        - 13: Received
        - 20: Cancelled - Missing contact or phone number
        - 21: Cancelled - Missing text message
        - 22: Cancelled - Invalid text message
        - 23: Cancelled - Missing sender
        - 24: Cancelled - Invalid sender
        - 25: Cancelled - Not enough credits
        - 26: Cancelled - Blacklisted contact or phone number
        - 27: Cancelled - End of validity period
        - 28: Cancelled - Unavailable country
        - 29: Cancelled - Error
        - 30: Missed - Invalid phone number
        - 31: Missed - Blacklisted phone number or blocked by phone carrier
        - 32: Missed - End of validity period
        - 33: Missed - Network not available on sending phone
        - 38: Missed - Sending failed (Unknown reason)
        - 39: Missed - Error"""
        return self._get_required(_STATUS)


__all__ = ["SmsReport"]
_ = (_c, _m)
