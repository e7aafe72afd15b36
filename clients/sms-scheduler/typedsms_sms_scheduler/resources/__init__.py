# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
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
