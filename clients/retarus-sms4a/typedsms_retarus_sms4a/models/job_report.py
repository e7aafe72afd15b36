# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The report of a job, with the job's options and the ids of its SMS.
Only `jobId` is required: the vendor's Go SDK reads only `jobId` from
the items of `GET /jobs` (with `jobIdsOnly=true` an item may hold
nothing else)."""

import datetime

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.qos import Qos

_JOB_ID: Field[str] = Field("job_id", "jobId", _c.read_str, _c.write_str, required=True)
_SRC: Field[str] = Field("src", "src", _c.read_str, _c.write_str)
_ENCODING: Field[str] = Field("encoding", "encoding", _c.read_str, _c.write_str)
_BILLCODE: Field[str] = Field("billcode", "billcode", _c.read_str, _c.write_str)
_STATUS_REQUESTED: Field[bool] = Field("status_requested", "statusRequested", _c.read_bool, _c.write_bool)
_FLASH: Field[bool] = Field("flash", "flash", _c.read_bool, _c.write_bool)
_VALIDITY_MIN: Field[int] = Field("validity_min", "validityMin", _c.read_int, _c.write_int)
_CUSTOMER_REF: Field[str] = Field("customer_ref", "customerRef", _c.read_str, _c.write_str)
_QOS: Field[Qos | UnknownStr] = Field("qos", "qos", _m.str_enum(Qos), _c.write_str)
_RECEIPT_TS: Field[datetime.datetime] = Field("receipt_ts", "receiptTs", _c.read_datetime, _c.write_datetime)
_FINISHED_TS: Field[datetime.datetime] = Field("finished_ts", "finishedTs", _c.read_datetime, _c.write_datetime)
_RECIPIENT_IDS: Field[list[str]] = Field(
    "recipient_ids", "recipientIds", _c.list_of(_c.read_str), _c.write_list(_c.write_str)
)


class JobReport(BaseModel):
    """The report of a job, with the job's options and the ids of its SMS.
    Only `jobId` is required: the vendor's Go SDK reads only `jobId` from
    the items of `GET /jobs` (with `jobIdsOnly=true` an item may hold
    nothing else).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _JOB_ID,
        _SRC,
        _ENCODING,
        _BILLCODE,
        _STATUS_REQUESTED,
        _FLASH,
        _VALIDITY_MIN,
        _CUSTOMER_REF,
        _QOS,
        _RECEIPT_TS,
        _FINISHED_TS,
        _RECIPIENT_IDS,
    )

    def __init__(
        self,
        *,
        job_id: str,
        src: str | None = None,
        encoding: str | None = None,
        billcode: str | None = None,
        status_requested: bool | None = None,
        flash: bool | None = None,
        validity_min: int | None = None,
        customer_ref: str | None = None,
        qos: Qos | UnknownStr | None = None,
        receipt_ts: datetime.datetime | None = None,
        finished_ts: datetime.datetime | None = None,
        recipient_ids: list[str] | None = None,
    ) -> None:
        super().__init__(
            job_id=job_id,
            src=src,
            encoding=encoding,
            billcode=billcode,
            status_requested=status_requested,
            flash=flash,
            validity_min=validity_min,
            customer_ref=customer_ref,
            qos=qos,
            receipt_ts=receipt_ts,
            finished_ts=finished_ts,
            recipient_ids=recipient_ids,
        )

    @property
    def job_id(self) -> str:
        """A job id, `J.` followed by 18 to 38 characters."""
        return self._get_required(_JOB_ID)

    @property
    def src(self) -> str | None:
        """The sender of the job."""
        return self._get(_SRC)

    @property
    def encoding(self) -> str | None:
        """The encoding of the job (`STANDARD` or `UTF-16`; the vendor's own
        example writes it in lower case, `standard`)."""
        return self._get(_ENCODING)

    @property
    def billcode(self) -> str | None:
        """The job's billing code."""
        return self._get(_BILLCODE)

    @property
    def status_requested(self) -> bool | None:
        """Whether delivery notifications were requested."""
        return self._get(_STATUS_REQUESTED)

    @property
    def flash(self) -> bool | None:
        """Whether the SMS were sent as flash SMS."""
        return self._get(_FLASH)

    @property
    def validity_min(self) -> int | None:
        """The validity of the SMS in minutes."""
        return self._get(_VALIDITY_MIN)

    @property
    def customer_ref(self) -> str | None:
        """The customer's reference of the job. Recommended max. 64 characters."""
        return self._get(_CUSTOMER_REF)

    @property
    def qos(self) -> Qos | UnknownStr | None:
        """Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further)."""
        return self._get(_QOS)

    @property
    def receipt_ts(self) -> datetime.datetime | None:
        """Timestamp indicating when the job was received by Retarus (iso-8601)."""
        return self._get(_RECEIPT_TS)

    @property
    def finished_ts(self) -> datetime.datetime | None:
        """Timestamp indicating when the job received its final status
        (iso-8601); absent while the job is open. (The vendor's text says
        "when the SMS received its final status" here too.)"""
        return self._get(_FINISHED_TS)

    @property
    def recipient_ids(self) -> list[str] | None:
        """The ids of the SMS of the job."""
        return self._get(_RECIPIENT_IDS)


__all__ = ["JobReport"]
_ = (_c, _m)
