# Generated from specs/smartswitch.yaml (sha256 6acd6b4aa832f8aab84f2e5bcab5a5f71280fb0e17dba2b0cb4fbac4a851698b)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains all the data models used in inputs/outputs"""

from .delivery_receipt import DeliveryReceipt
from .error import Error
from .error_response import ErrorResponse
from .message import Message
from .message_attributes import MessageAttributes
from .message_meta import MessageMeta
from .message_response import MessageResponse
from .message_state import MessageState
from .message_status import MessageStatus
from .yes_no import YesNo

__all__ = (
    "DeliveryReceipt",
    "Error",
    "ErrorResponse",
    "Message",
    "MessageAttributes",
    "MessageMeta",
    "MessageResponse",
    "MessageState",
    "MessageStatus",
    "YesNo",
)
