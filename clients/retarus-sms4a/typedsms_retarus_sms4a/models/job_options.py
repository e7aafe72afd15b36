# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Options that apply to the whole job."""

import datetime

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.encoding import Encoding
from ..models.invalid_characters import InvalidCharacters
from ..models.qos import Qos

_SRC: Field[str] = Field("src", "src", _c.read_str, _c.write_str)
_ENCODING: Field[Encoding | UnknownStr] = Field("encoding", "encoding", _m.str_enum(Encoding), _c.write_str)
_BILLCODE: Field[str] = Field("billcode", "billcode", _c.read_str, _c.write_str)
_STATUS_REQUESTED: Field[bool] = Field("status_requested", "statusRequested", _c.read_bool, _c.write_bool)
_FLASH: Field[bool] = Field("flash", "flash", _c.read_bool, _c.write_bool)
_CUSTOMER_REF: Field[str] = Field("customer_ref", "customerRef", _c.read_str, _c.write_str)
_VALIDITY_MIN: Field[int] = Field("validity_min", "validityMin", _c.read_int, _c.write_int)
_MAX_PARTS: Field[int] = Field("max_parts", "maxParts", _c.read_int, _c.write_int)
_INVALID_CHARACTERS: Field[InvalidCharacters | UnknownStr] = Field(
    "invalid_characters", "invalidCharacters", _m.str_enum(InvalidCharacters), _c.write_str
)
_QOS: Field[Qos | UnknownStr] = Field("qos", "qos", _m.str_enum(Qos), _c.write_str)
_JOB_PERIOD: Field[datetime.datetime] = Field("job_period", "jobPeriod", _c.read_datetime, _c.write_datetime)
_DUPLICATE_DETECTION: Field[bool] = Field("duplicate_detection", "duplicateDetection", _c.read_bool, _c.write_bool)
_BLACKOUT_PERIODS: Field[list[str]] = Field(
    "blackout_periods", "blackoutPeriods", _c.list_of(_c.read_str), _c.write_list(_c.write_str)
)


class JobOptions(BaseModel):
    """Options that apply to the whole job.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _SRC,
        _ENCODING,
        _BILLCODE,
        _STATUS_REQUESTED,
        _FLASH,
        _CUSTOMER_REF,
        _VALIDITY_MIN,
        _MAX_PARTS,
        _INVALID_CHARACTERS,
        _QOS,
        _JOB_PERIOD,
        _DUPLICATE_DETECTION,
        _BLACKOUT_PERIODS,
    )

    def __init__(
        self,
        *,
        src: str | None = None,
        encoding: Encoding | UnknownStr | None = None,
        billcode: str | None = None,
        status_requested: bool | None = None,
        flash: bool | None = None,
        customer_ref: str | None = None,
        validity_min: int | None = None,
        max_parts: int | None = None,
        invalid_characters: InvalidCharacters | UnknownStr | None = None,
        qos: Qos | UnknownStr | None = None,
        job_period: datetime.datetime | None = None,
        duplicate_detection: bool | None = None,
        blackout_periods: list[str] | None = None,
    ) -> None:
        super().__init__(
            src=src,
            encoding=encoding,
            billcode=billcode,
            status_requested=status_requested,
            flash=flash,
            customer_ref=customer_ref,
            validity_min=validity_min,
            max_parts=max_parts,
            invalid_characters=invalid_characters,
            qos=qos,
            job_period=job_period,
            duplicate_detection=duplicate_detection,
            blackout_periods=blackout_periods,
        )

    @property
    def src(self) -> str | None:
        """The sender: up to 20 digits with an optional leading `+`, or up to
        11 alphanumeric or punctuation characters."""
        return self._get(_SRC)

    @property
    def encoding(self) -> Encoding | UnknownStr | None:
        """The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
        characters in a single-part SMS, 153 per part of a multi-part SMS.
        `UTF-16`: 70 characters in a single part, 67 per part. The sources
        give no default."""
        return self._get(_ENCODING)

    @property
    def billcode(self) -> str | None:
        """A billing code, shown in the job report."""
        return self._get(_BILLCODE)

    @property
    def status_requested(self) -> bool | None:
        """Whether a delivery notification is requested for each SMS."""
        return self._get(_STATUS_REQUESTED)

    @property
    def flash(self) -> bool | None:
        """Whether the SMS are sent as flash SMS (shown at once, not stored on the phone)."""
        return self._get(_FLASH)

    @property
    def customer_ref(self) -> str | None:
        """A reference of the customer's for the job, shown in the job report. Recommended max. 64 characters."""
        return self._get(_CUSTOMER_REF)

    @property
    def validity_min(self) -> int | None:
        """How many minutes the network tries to deliver an SMS: 0 for the
        provider's default, else 5 to 2880."""
        return self._get(_VALIDITY_MIN)

    @property
    def max_parts(self) -> int | None:
        """The largest number of parts a long text may be split into."""
        return self._get(_MAX_PARTS)

    @property
    def invalid_characters(self) -> InvalidCharacters | UnknownStr | None:
        """What to do with characters that the encoding cannot represent:
        `REFUSE` rejects the job with 422, `REPLACE` replaces them,
        `TO_UTF16` sends the text as UTF-16, `TRANSLITERATE` transliterates
        them (the last three explained from the names; the sources list the
        values only)."""
        return self._get(_INVALID_CHARACTERS)

    @property
    def qos(self) -> Qos | UnknownStr | None:
        """Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further)."""
        return self._get(_QOS)

    @property
    def job_period(self) -> datetime.datetime | None:
        """An ISO-8601 timestamp `YYYY-MM-DDTHH:MM[:SS[.fff]][offset]` as the
        vendor writes it in requests: seconds are optional (the vendor's
        example `2022-06-13T00:00+02:00`), so is the UTC offset (`Z` or
        `+HH:MM`). A generated client takes a `datetime` and sends full
        seconds. A value that is not a real date (such as February 30th) is
        refused with 400."""
        return self._get(_JOB_PERIOD)

    @property
    def duplicate_detection(self) -> bool | None:
        """Whether an identical job body received within 10 minutes is
        rejected (409)."""
        return self._get(_DUPLICATE_DETECTION)

    @property
    def blackout_periods(self) -> list[str] | None:
        """Periods in which no SMS of the job is delivered. A recipient's own periods replace these."""
        return self._get(_BLACKOUT_PERIODS)


__all__ = ["JobOptions"]
_ = (_c, _m)
