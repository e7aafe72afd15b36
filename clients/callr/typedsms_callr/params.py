# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Request objects as ``TypedDict``s: pass dict literals, checked by mypy (or the models themselves).

Keys are the attribute names of the models (snake case). A key that the schema does not have is
refused when the request is built, so a misspelt key never vanishes silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

from .models.customer_mode import CustomerMode
from .models.error_data import ErrorData
from .models.force_encoding import ForceEncoding
from .models.sms import Sms
from .models.sms_nature import SmsNature
from .models.sms_options import SmsOptions
from .models.sms_status import SmsStatus
from .models.sms_type import SmsType
from .models.sms_webhook import SmsWebhook
from .models.status_change import StatusChange


class SmsWebhookParam(TypedDict, total=False):
    """A webhook notified of the SMS's events."""

    endpoint: Required[str]
    """The URL notified: an absolute http(s) URL of URI characters
    (RFC 3986)."""


class SmsOptionsParam(TypedDict, total=False):
    """SMS options (object `SMS.Options`). Omit it to use the default values."""

    force_encoding: Literal["GSM", "UNICODE"] | ForceEncoding
    """Forces the encoding of the text instead of detecting it."""
    nature: Literal["ALERTING", "MARKETING"] | SmsNature
    """The nature of the SMS."""
    user_data: str
    """Custom data stored with the SMS."""
    webhook: SmsWebhookParam | SmsWebhook
    """A webhook notified of the SMS's events."""
    flash_message: bool
    """Whether the SMS is sent as a flash message (shown at once, not stored on the phone)."""


class SendSmsRequestParam(TypedDict, total=False):
    """An SMS to create and send."""

    from_: Required[str]
    """The SMS sender (format `sms_sender`). Empty: a shared shortcode is
    selected depending on the destination carrier. Otherwise a dedicated
    shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
    space, dash and underscore with at least one letter; at most 11
    characters. Custom sender IDs may have to be authorized by CALLR's
    support; "SMS" is always authorized."""
    to: Required[str]
    """A phone number in international E.164 format `+CCNSN`, such as `+16467890800`."""
    body: Required[str]
    """Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
    detected, or forced with the option `force_encoding`. A text longer
    than one SMS (160 GSM or 70 UNICODE characters) is split into parts
    of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
    a custom sender, the special string `%STOPNUM%` is replaced by the
    STOP number (with an empty sender or a shortcode the sources do not
    say)."""
    options: SmsOptionsParam | SmsOptions
    """SMS options; omit or null for the default values."""


class StatusChangeParam(TypedDict, total=False):
    """One status change of an SMS (a key of the captured live answer, not in the reference)."""

    old_status: str
    """The status before the change."""
    new_status: str
    """The status after the change."""
    updated_at: datetime.datetime
    """When the status changed (UTC)."""


class SmsParam(TypedDict, total=False):
    """An SMS (object `SMS`). Besides the reference's fields, the captured
    live answer carries `encoding`, `user_data`, `network`, `nature` and
    `status_history`; other keys are admitted too. Only `hash` is
    required: every other field may be absent from an answer."""

    hash: Required[str]
    """An SMS's unique object identifier (its hash), such as `8242D945`."""
    type: Literal["IN", "OUT"] | SmsType
    """`IN`: an SMS received by the account; `OUT`: an SMS sent by the account."""
    from_: str
    """The sender: for an outbound SMS as sent (an `SmsSender`, or a
    shared shortcode's number when sent with an empty sender), for an
    inbound SMS the sender's phone number. Read as any string: the
    sources do not promise that a stored SMS keeps to the sending rules."""
    to: str
    """The recipient: an E.164 number for an outbound SMS, the account's
    number or shortcode for an inbound one. Read as any string."""
    text: str
    """The text of the SMS (`%STOPNUM%` already replaced)."""
    options: SmsOptionsParam | SmsOptions
    """The SMS options it was sent with, or null."""
    status: Literal["CREATED", "PENDING", "SENT", "ERROR", "RECEIVED", "REMOTE_QUEUED", "EXPIRED"] | SmsStatus
    """The status of the SMS: one of `SmsStatus`, or a value the
    reference does not list (read as a string)."""
    status_error: str
    """What went wrong, when `status` is `ERROR`; else null."""
    date_creation: datetime.datetime
    """A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone."""
    date_update: datetime.datetime
    """When the SMS was last updated (UTC), or `0000-00-00 00:00:00`."""
    date_sent: datetime.datetime
    """When the SMS was sent (UTC), or `0000-00-00 00:00:00` if it was not (yet)."""
    date_received: datetime.datetime
    """When the SMS was received (UTC), or `0000-00-00 00:00:00` if not received (such as an outbound SMS)."""
    parts: int
    """The number of SMS parts the text was sent in (each billed as one SMS)."""
    b_customer_mode: Literal["PREPAID", "POSTPAID"] | CustomerMode
    """How the account is billed, or null (a real answer may carry null)."""
    b_customer_debit: float | str
    """The amount debited for the SMS, a decimal. The reference says
    decimal; the live answer sends a string such as `"7.80"`."""
    encoding: str
    """The encoding the text was sent in, such as `GSM` or `UNICODE` (live answer only)."""
    user_data: str
    """The option `user_data` the SMS was sent with, or null (live answer only)."""
    network: Any
    """The destination network (live answer only; its type is not documented)."""
    nature: str
    """The nature of the SMS, such as `ALERTING` or `MARKETING` (live answer only)."""
    status_history: StatusChangeParam | StatusChange | Sequence[StatusChangeParam | StatusChange]
    """The SMS's status changes, oldest first (live answer only)."""


class SmsListResponseParam(TypedDict, total=False):
    """The success envelope of a list of SMS."""

    status: Required[Literal["success"]]
    """Always `success`."""
    data: Required[SmsParam | Sms | Sequence[SmsParam | Sms]]
    """The SMS list."""


class SmsHashResponseParam(TypedDict, total=False):
    """The success envelope of a created SMS."""

    status: Required[Literal["success"]]
    """Always `success`."""
    data: Required[str]
    """An SMS's unique object identifier (its hash), such as `8242D945`."""


class SmsResponseParam(TypedDict, total=False):
    """The success envelope of one SMS."""

    status: Required[Literal["success"]]
    """Always `success`."""
    data: Required[SmsParam | Sms]
    """An SMS (object `SMS`). Besides the reference's fields, the captured
    live answer carries `encoding`, `user_data`, `network`, `nature` and
    `status_history`; other keys are admitted too. Only `hash` is
    required: every other field may be absent from an answer."""


class ErrorDataParam(TypedDict, total=False):
    """What went wrong."""

    code: Required[int]
    """The error code; the HTTP status of the answer."""
    message: Required[str]
    """A text explaining the error."""


class ErrorResponseParam(TypedDict, total=False):
    """The error envelope, sent with HTTP 4xx and 5xx."""

    status: Required[Literal["error"]]
    """Always `error`."""
    data: Required[ErrorDataParam | ErrorData]
    """What went wrong."""


__all__ = [
    "SmsWebhookParam",
    "SmsOptionsParam",
    "SendSmsRequestParam",
    "StatusChangeParam",
    "SmsParam",
    "SmsListResponseParam",
    "SmsHashResponseParam",
    "SmsResponseParam",
    "ErrorDataParam",
    "ErrorResponseParam",
]
