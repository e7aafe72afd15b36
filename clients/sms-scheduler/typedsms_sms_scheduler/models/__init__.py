# Generated from specs/sms-scheduler.yaml (sha256 38208c9fc17b602b96b0e5ce0f75fde10c01eaa519d439943ac1035c09a4a201)
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
