# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The spec's schemas: result models and enumerations."""

from .customer_mode import CustomerMode
from .error_data import ErrorData
from .error_response import ErrorResponse
from .force_encoding import ForceEncoding
from .send_sms_request import SendSmsRequest
from .sms import Sms
from .sms_hash_response import SmsHashResponse
from .sms_list_response import SmsListResponse
from .sms_nature import SmsNature
from .sms_options import SmsOptions
from .sms_response import SmsResponse
from .sms_status import SmsStatus
from .sms_type import SmsType
from .sms_webhook import SmsWebhook
from .status_change import StatusChange
from .unset_date import UnsetDate

__all__ = [
    "CustomerMode",
    "ErrorData",
    "ErrorResponse",
    "ForceEncoding",
    "SendSmsRequest",
    "Sms",
    "SmsHashResponse",
    "SmsListResponse",
    "SmsNature",
    "SmsOptions",
    "SmsResponse",
    "SmsStatus",
    "SmsType",
    "SmsWebhook",
    "StatusChange",
    "UnsetDate",
]
