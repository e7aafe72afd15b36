# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The status report of one SMS. Only its id is required."""

import datetime

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.process_status import ProcessStatus
from ..models.sms_status import SmsStatus

_SMS_ID: Field[str] = Field("sms_id", "smsId", _c.read_str, _c.write_str, required=True)
_DST: Field[str] = Field("dst", "dst", _c.read_str, _c.write_str)
_PROCESS_STATUS: Field[ProcessStatus | UnknownStr] = Field(
    "process_status", "processStatus", _m.str_enum(ProcessStatus), _c.write_str
)
_STATUS: Field[SmsStatus | UnknownStr] = Field("status", "status", _m.str_enum(SmsStatus), _c.write_str)
_CUSTOMER_REF: Field[str] = Field("customer_ref", "customerRef", _c.read_str, _c.write_str)
_REASON: Field[str] = Field("reason", "reason", _c.read_str, _c.write_str)
_SENT_TS: Field[datetime.datetime] = Field("sent_ts", "sentTs", _c.read_datetime, _c.write_datetime)
_FINISHED_TS: Field[datetime.datetime] = Field("finished_ts", "finishedTs", _c.read_datetime, _c.write_datetime)


class RecipientReport(BaseModel):
    """The status report of one SMS. Only its id is required.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _SMS_ID,
        _DST,
        _PROCESS_STATUS,
        _STATUS,
        _CUSTOMER_REF,
        _REASON,
        _SENT_TS,
        _FINISHED_TS,
    )

    def __init__(
        self,
        *,
        sms_id: str,
        dst: str | None = None,
        process_status: ProcessStatus | UnknownStr | None = None,
        status: SmsStatus | UnknownStr | None = None,
        customer_ref: str | None = None,
        reason: str | None = None,
        sent_ts: datetime.datetime | None = None,
        finished_ts: datetime.datetime | None = None,
    ) -> None:
        super().__init__(
            sms_id=sms_id,
            dst=dst,
            process_status=process_status,
            status=status,
            customer_ref=customer_ref,
            reason=reason,
            sent_ts=sent_ts,
            finished_ts=finished_ts,
        )

    @property
    def sms_id(self) -> str:
        """An SMS id, `S.` followed by the SMS's timestamp and a random suffix."""
        return self._get_required(_SMS_ID)

    @property
    def dst(self) -> str | None:
        """The recipient's phone number."""
        return self._get(_DST)

    @property
    def process_status(self) -> ProcessStatus | UnknownStr | None:
        """The processing state of an SMS: `OPEN` (pending, `status` empty, or
        retrying, any `status`), `DONE` (final, see `status`), `CANCELED`
        (`status` empty or `NOT_ACC_REC`), `RUNNING` and `KILL` (any `status`)."""
        return self._get(_PROCESS_STATUS)

    @property
    def status(self) -> SmsStatus | UnknownStr | None:
        """The SMS's status: one of `SmsStatus` once final; empty while
        pending; while `OPEN` (retrying), `RUNNING` or `KILL` any value."""
        return self._get(_STATUS)

    @property
    def customer_ref(self) -> str | None:
        """The customer's reference of the recipient."""
        return self._get(_CUSTOMER_REF)

    @property
    def reason(self) -> str | None:
        """A free text explaining the status."""
        return self._get(_REASON)

    @property
    def sent_ts(self) -> datetime.datetime | None:
        """When the SMS was sent (iso-8601)."""
        return self._get(_SENT_TS)

    @property
    def finished_ts(self) -> datetime.datetime | None:
        """Timestamp indicating when the SMS received its final status (iso-8601)."""
        return self._get(_FINISHED_TS)


__all__ = ["RecipientReport"]
_ = (_c, _m)
