# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The spec's schemas: result models and enumerations."""

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

__all__ = [
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
]
