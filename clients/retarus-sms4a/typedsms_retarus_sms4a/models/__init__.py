# Generated from specs/retarus-sms4a.yaml (sha256 d53f2ff40b71477ac33853695b54a3de8275df85f78b46ed1262c5955a898a87)
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
