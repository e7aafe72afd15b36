# Generated from specs/sms-scheduler.yaml (sha256 bedf60397d2c5e7c0be13de7369164d973c95f67a581a47b561c55fbe9dd5724)
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
