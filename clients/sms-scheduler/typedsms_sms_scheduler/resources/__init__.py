# Generated from specs/sms-scheduler.yaml (sha256 38208c9fc17b602b96b0e5ce0f75fde10c01eaa519d439943ac1035c09a4a201)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .messages import AsyncMessagesResource, MessagesResource
from .sms import AsyncSmsResource, SmsResource

__all__ = [
    "AsyncSmsResource",
    "SmsResource",
    "AsyncMessagesResource",
    "MessagesResource",
]
