# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The spec's schemas: result models and enumerations."""

from .message_deleted import MessageDeleted
from .message_sms_report import MessageSmsReport
from .sms_created import SmsCreated
from .sms_deleted import SmsDeleted
from .sms_report import SmsReport
from .sms_request import SmsRequest
from .sms_status import SmsStatus
from .validation_errors import ValidationErrors

__all__ = [
    "MessageDeleted",
    "MessageSmsReport",
    "SmsCreated",
    "SmsDeleted",
    "SmsReport",
    "SmsRequest",
    "SmsStatus",
    "ValidationErrors",
]
