# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The spec's schemas: result models and enumerations."""

from .encoding import Encoding
from .error import Error
from .invalid_characters import InvalidCharacters
from .job_options import JobOptions
from .job_report import JobReport
from .job_request import JobRequest
from .job_response import JobResponse
from .message import Message
from .process_status import ProcessStatus
from .qos import Qos
from .recipient import Recipient
from .recipient_report import RecipientReport
from .server_version import ServerVersion
from .sms_status import SmsStatus

__all__ = [
    "Encoding",
    "Error",
    "InvalidCharacters",
    "JobOptions",
    "JobReport",
    "JobRequest",
    "JobResponse",
    "Message",
    "ProcessStatus",
    "Qos",
    "Recipient",
    "RecipientReport",
    "ServerVersion",
    "SmsStatus",
]
