# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains all the data models used in inputs/outputs"""

from .message_deleted import MessageDeleted
from .message_sms_report import MessageSmsReport
from .sms_created import SmsCreated
from .sms_created_sms_ids import SmsCreatedSmsIds
from .sms_deleted import SmsDeleted
from .sms_report import SmsReport
from .sms_request import SmsRequest
from .sms_status import SmsStatus
from .validation_errors import ValidationErrors
from .validation_errors_errors import ValidationErrorsErrors

__all__ = (
    "MessageDeleted",
    "MessageSmsReport",
    "SmsCreated",
    "SmsCreatedSmsIds",
    "SmsDeleted",
    "SmsReport",
    "SmsRequest",
    "SmsStatus",
    "ValidationErrors",
    "ValidationErrorsErrors",
)
