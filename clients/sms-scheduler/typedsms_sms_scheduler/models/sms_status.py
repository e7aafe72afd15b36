# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
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

from .._models import OpenIntEnum


class SmsStatus(OpenIntEnum):
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
    - 39: Missed - Error

    Results type this as ``SmsStatus | UnknownInt``: a value the spec does not
    list arrives as ``UnknownInt`` (``is_known`` is False) instead of failing.
    """

    SCHEDULED = 10
    """Scheduled"""
    PENDING = 11
    """Pending"""
    SENT = 12
    """Sent"""
    RECEIVED = 13
    """Received"""
    CANCELLED_MISSING_CONTACT = 20
    """Cancelled - Missing contact or phone number"""
    CANCELLED_MISSING_TEXT = 21
    """Cancelled - Missing text message"""
    CANCELLED_INVALID_TEXT = 22
    """Cancelled - Invalid text message"""
    CANCELLED_MISSING_SENDER = 23
    """Cancelled - Missing sender"""
    CANCELLED_INVALID_SENDER = 24
    """Cancelled - Invalid sender"""
    CANCELLED_NOT_ENOUGH_CREDITS = 25
    """Cancelled - Not enough credits"""
    CANCELLED_BLACKLISTED = 26
    """Cancelled - Blacklisted contact or phone number"""
    CANCELLED_END_OF_VALIDITY = 27
    """Cancelled - End of validity period"""
    CANCELLED_UNAVAILABLE_COUNTRY = 28
    """Cancelled - Unavailable country"""
    CANCELLED_ERROR = 29
    """Cancelled - Error"""
    MISSED_INVALID_PHONE_NUMBER = 30
    """Missed - Invalid phone number"""
    MISSED_BLACKLISTED_OR_BLOCKED = 31
    """Missed - Blacklisted phone number or blocked by phone carrier"""
    MISSED_END_OF_VALIDITY = 32
    """Missed - End of validity period"""
    MISSED_NETWORK_NOT_AVAILABLE = 33
    """Missed - Network not available on sending phone"""
    MISSED_SENDING_FAILED = 38
    """Missed - Sending failed (Unknown reason)"""
    MISSED_ERROR = 39
    """Missed - Error"""


__all__ = ["SmsStatus"]
