# Generated from specs/retarus-sms4a.yaml (sha256 a0dde1fa6f98a7847cf10989ace2bdd2bd96a0a9886feafd6cb1b151ae2a5f7f)
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
