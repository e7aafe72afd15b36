# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Request objects as ``TypedDict``s: pass dict literals, checked by mypy (or the models themselves).

Keys are the attribute names of the models (snake case). A key that the schema does not have is
refused when the request is built, so a misspelt key never vanishes silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Literal, Required, TypedDict

from .models.encoding import Encoding
from .models.invalid_characters import InvalidCharacters
from .models.job_options import JobOptions
from .models.message import Message
from .models.process_status import ProcessStatus
from .models.qos import Qos
from .models.recipient import Recipient
from .models.sms_status import SmsStatus


class JobRequestParam(TypedDict, total=False):
    """An SMS job. It may hold at most 3,000 SMS (messages x recipients)."""

    messages: Required[MessageParam | Message | Sequence[MessageParam | Message]]
    """The messages of the job, each with its recipients."""
    options: JobOptionsParam | JobOptions
    """Options that apply to the whole job; omit or `null` for none (the
    vendor's Python SDK sends `null`)."""


class MessageParam(TypedDict, total=False):
    """One text, sent to each of its recipients."""

    text: Required[str]
    """The text of the SMS. A long text is sent in several parts (see `JobOptions.encoding` and `maxParts`)."""
    recipients: Required[RecipientParam | Recipient | Sequence[RecipientParam | Recipient]]
    """The recipients of this text."""


class RecipientParam(TypedDict, total=False):
    """One recipient of a message."""

    dst: Required[str]
    """The recipient's phone number, in international format."""
    customer_ref: str
    """A reference of the customer's for this recipient, shown in its SMS report. Recommended max. 64 characters."""
    blackout_periods: str | Sequence[str]
    """Periods in which no SMS is sent to this recipient. They replace the job-level `blackoutPeriods`."""


class JobOptionsParam(TypedDict, total=False):
    """Options that apply to the whole job."""

    src: str
    """The sender: up to 20 digits with an optional leading `+`, or up to
    11 alphanumeric or punctuation characters."""
    encoding: Literal["STANDARD", "UTF-16"] | Encoding
    """The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
    characters in a single-part SMS, 153 per part of a multi-part SMS.
    `UTF-16`: 70 characters in a single part, 67 per part. The sources
    give no default."""
    billcode: str
    """A billing code, shown in the job report."""
    status_requested: bool
    """Whether a delivery notification is requested for each SMS."""
    flash: bool
    """Whether the SMS are sent as flash SMS (shown at once, not stored on the phone)."""
    customer_ref: str
    """A reference of the customer's for the job, shown in the job report. Recommended max. 64 characters."""
    validity_min: int
    """How many minutes the network tries to deliver an SMS: 0 for the
    provider's default, else 5 to 2880."""
    max_parts: int
    """The largest number of parts a long text may be split into."""
    invalid_characters: Literal["REFUSE", "REPLACE", "TO_UTF16", "TRANSLITERATE"] | InvalidCharacters
    """What to do with characters that the encoding cannot represent:
    `REFUSE` rejects the job with 422, `REPLACE` replaces them,
    `TO_UTF16` sends the text as UTF-16, `TRANSLITERATE` transliterates
    them (the last three explained from the names; the sources list the
    values only)."""
    qos: Literal["EXPRESS", "NORMAL"] | Qos
    """Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further)."""
    job_period: datetime.datetime
    """An ISO-8601 timestamp `YYYY-MM-DDTHH:MM[:SS[.fff]][offset]` as the
    vendor writes it in requests: seconds are optional (the vendor's
    example `2022-06-13T00:00+02:00`), so is the UTC offset (`Z` or
    `+HH:MM`). A generated client takes a `datetime` and sends full
    seconds. A value that is not a real date (such as February 30th) is
    refused with 400."""
    duplicate_detection: bool
    """Whether an identical job body received within 10 minutes is
    rejected (409)."""
    blackout_periods: str | Sequence[str]
    """Periods in which no SMS of the job is delivered. A recipient's own periods replace these."""


class JobResponseParam(TypedDict, total=False):
    """The answer to a created job."""

    job_id: Required[str]
    """A job id, `J.` followed by 18 to 38 characters."""


class JobReportParam(TypedDict, total=False):
    """The report of a job, with the job's options and the ids of its SMS.
    Only `jobId` is required: the vendor's Go SDK reads only `jobId` from
    the items of `GET /jobs` (with `jobIdsOnly=true` an item may hold
    nothing else)."""

    job_id: Required[str]
    """A job id, `J.` followed by 18 to 38 characters."""
    src: str
    """The sender of the job."""
    encoding: str
    """The encoding of the job (`STANDARD` or `UTF-16`; the vendor's own
    example writes it in lower case, `standard`)."""
    billcode: str
    """The job's billing code."""
    status_requested: bool
    """Whether delivery notifications were requested."""
    flash: bool
    """Whether the SMS were sent as flash SMS."""
    validity_min: int
    """The validity of the SMS in minutes."""
    customer_ref: str
    """The customer's reference of the job. Recommended max. 64 characters."""
    qos: Literal["EXPRESS", "NORMAL"] | Qos
    """Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further)."""
    receipt_ts: datetime.datetime
    """Timestamp indicating when the job was received by Retarus (iso-8601)."""
    finished_ts: datetime.datetime
    """Timestamp indicating when the job received its final status
    (iso-8601); absent while the job is open. (The vendor's text says
    "when the SMS received its final status" here too.)"""
    recipient_ids: str | Sequence[str]
    """The ids of the SMS of the job."""


class RecipientReportParam(TypedDict, total=False):
    """The status report of one SMS. Only its id is required."""

    sms_id: Required[str]
    """An SMS id, `S.` followed by the SMS's timestamp and a random suffix."""
    dst: str
    """The recipient's phone number."""
    process_status: Literal["OPEN", "DONE", "CANCELED", "RUNNING", "KILL"] | ProcessStatus
    """The processing state of an SMS: `OPEN` (pending, `status` empty, or
    retrying, any `status`), `DONE` (final, see `status`), `CANCELED`
    (`status` empty or `NOT_ACC_REC`), `RUNNING` and `KILL` (any `status`)."""
    status: (
        Literal[
            "SUC_ACC",
            "SUC_FIN",
            "INVALID_DST",
            "BLOCKED",
            "TIMEOUT",
            "CON_ERR",
            "FAILED_FIN",
            "NOT_ACC_FIN",
            "SEND_ERR",
            "STATUS_ERR",
            "NOT_ACC_REC",
        ]
        | SmsStatus
    )
    """The SMS's status: one of `SmsStatus` once final; empty while
    pending; while `OPEN` (retrying), `RUNNING` or `KILL` any value."""
    customer_ref: str
    """The customer's reference of the recipient."""
    reason: str
    """A free text explaining the status."""
    sent_ts: datetime.datetime
    """When the SMS was sent (iso-8601)."""
    finished_ts: datetime.datetime
    """Timestamp indicating when the SMS received its final status (iso-8601)."""


class ServerVersionParam(TypedDict, total=False):
    """Server version information. Not documented for REST; these are the
    fields of the SOAP variant, and other keys are admitted."""

    build_number: int
    """The build number."""
    build_timestamp: str
    """When the server was built."""
    major_version: int
    """The major version."""
    minor_version: int
    """The minor version."""
    version_info: str
    """A version text."""
    message: str
    """An optional message."""


class ErrorParam(TypedDict, total=False):
    """An error answer. Not documented by the vendor; the vendor's Go SDK
    reads this shape and falls back to the raw text, so no field is
    required."""

    code: int
    """The HTTP status or an error code."""
    message: str
    """What went wrong."""


__all__ = [
    "JobRequestParam",
    "MessageParam",
    "RecipientParam",
    "JobOptionsParam",
    "JobResponseParam",
    "JobReportParam",
    "RecipientReportParam",
    "ServerVersionParam",
    "ErrorParam",
]
