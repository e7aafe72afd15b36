# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import IntEnum


class SmsStatus(IntEnum):
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

    Open: a value the spec does not list yet (vendors add values) is kept as a member whose
    ``is_known`` is False, instead of making the whole answer unreadable.
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

    @classmethod
    def _missing_(cls, value: object) -> "SmsStatus | None":
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
