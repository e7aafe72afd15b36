# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
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
)
