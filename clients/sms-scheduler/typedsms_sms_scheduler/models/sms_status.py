# Generated from specs/sms-scheduler.yaml (sha256 bedf60397d2c5e7c0be13de7369164d973c95f67a581a47b561c55fbe9dd5724)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import IntEnum


class SmsStatus(IntEnum):
    SCHEDULED = 10
    PENDING = 11
    SENT = 12
    RECEIVED = 13
    CANCELLED_MISSING_CONTACT = 20
    CANCELLED_MISSING_TEXT = 21
    CANCELLED_INVALID_TEXT = 22
    CANCELLED_MISSING_SENDER = 23
    CANCELLED_INVALID_SENDER = 24
    CANCELLED_NOT_ENOUGH_CREDITS = 25
    CANCELLED_BLACKLISTED = 26
    CANCELLED_END_OF_VALIDITY = 27
    CANCELLED_UNAVAILABLE_COUNTRY = 28
    CANCELLED_ERROR = 29
    MISSED_INVALID_PHONE_NUMBER = 30
    MISSED_BLACKLISTED_OR_BLOCKED = 31
    MISSED_END_OF_VALIDITY = 32
    MISSED_NETWORK_NOT_AVAILABLE = 33
    MISSED_SENDING_FAILED = 38
    MISSED_ERROR = 39

    def __str__(self) -> str:
        return str(self.value)
