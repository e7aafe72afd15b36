# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
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
