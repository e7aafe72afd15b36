# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Request objects as ``TypedDict``s: pass dict literals, checked by mypy (or the models themselves).

Keys are the attribute names of the models (snake case). A key that the schema does not have is
refused when the request is built, so a misspelt key never vanishes silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

from .models.sms_status import SmsStatus


class SmsRequestParam(TypedDict, total=False):
    """A message to send at `delivery_date` to one or multiple phone numbers."""

    message_text: Required[str]
    """The content of the message."""
    delivery_date: Required[datetime.datetime]
    """The date the message will be send to, `YYYY-MM-DD HH:MM:SS`. If
    the date is equal or inferior to the current date, the SMS will be
    sent right away. The time zone is not documented. The pattern does
    not check that the day exists in its month (e.g. `2021-02-30`)."""
    sender_id: Required[int]
    """The sender ID available on "Senders" page in SMS Scheduler when you are logged in."""
    phone_numbers: Required[str | Sequence[str]]
    """The phone numbers you want to send the message to with the country
    prefix and without spaces or hyphens (ex : +33123456789). It can be
    a String for a single number or an Array for multiple numbers. Each
    occurrence of a number gets its own SMS."""
    message_stop: bool
    """If set to true, STOP mention will be added to the end of the message (default to false)."""


class SmsCreatedParam(TypedDict, total=False):
    """The answer to a created message."""

    message_id: Required[int]
    """The message id."""
    sms_ids: Required[Mapping[str, int | Sequence[int]]]
    """List of sms ids indexed by phone numbers. The en-gb copy of the
    documentation shows each phone number with an array of ids, the
    en-us copy with one id: read both."""


class SmsReportParam(TypedDict, total=False):
    """The sending report of one SMS."""

    phone_number: Required[str]
    """The recipient's phone number."""
    status: Required[
        Literal[10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 38, 39] | SmsStatus
    ]
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


class MessageSmsReportParam(TypedDict, total=False):
    """The sending report of one SMS of a message."""

    id: Required[int]
    """The unique ID of the corresponding SMS."""
    phone_number: Required[str]
    """The recipient's phone number."""
    status: Required[
        Literal[10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 38, 39] | SmsStatus
    ]
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


class SmsDeletedParam(TypedDict, total=False):
    """The answer to a deleted SMS."""

    success: Required[bool]
    """True if the SMS has been deleted."""


class MessageDeletedParam(TypedDict, total=False):
    """The answer to deleted SMS of a message."""

    success: Required[int]
    """The number of SMS deleted."""


class ValidationErrorsParam(TypedDict, total=False):
    """The answer to an invalid request, its error messages indexed by field names."""

    errors: Required[Mapping[str, str | Sequence[str]]]
    """List of error messages indexed by field names."""


__all__ = [
    "SmsRequestParam",
    "SmsCreatedParam",
    "SmsReportParam",
    "MessageSmsReportParam",
    "SmsDeletedParam",
    "MessageDeletedParam",
    "ValidationErrorsParam",
]
