# Generated from specs/smartswitch.yaml (sha256 5c7fea3054df23d262df0c353a3221dab4de6bfe1338d79eaf33bddc36da47f0)
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
