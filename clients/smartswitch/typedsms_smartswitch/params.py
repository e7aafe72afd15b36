# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Request objects as ``TypedDict``s: pass dict literals, checked by mypy (or the models themselves).

Keys are the attribute names of the models (snake case). A key that the schema does not have is
refused when the request is built, so a misspelt key never vanishes silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

from .models.error import Error
from .models.message import Message
from .models.message_attributes import MessageAttributes
from .models.message_meta import MessageMeta
from .models.message_state import MessageState
from .models.message_status import MessageStatus


class MessageAttributesParam(TypedDict, total=False):
    """The attributes of one message. The documentation marks all three
    mandatory; none is required here, so that an answer missing one is
    still read (the message's `id` is what a client needs)."""

    destination_number: str
    """The number of the recipient."""
    segments: int
    """The number of segments the original message has been split into
    (see "Message billing" in the vendor's wiki; this spec assumes
    the GSM 03.38 rules, see the API description). A message that
    was not sent (`status: error`) may report 0."""
    status: Literal["ok", "error"] | MessageStatus
    """`ok` - the message has been successfully sent, the balance has been
    charged for the message; `error` - the message hasn't been sent, the
    balance hasn't been charged for the message. (The documentation's
    table writes `ok` in Cyrillic letters, a typo; its examples use
    Latin `ok`.)"""


class MessageMetaParam(TypedDict, total=False):
    """Non-standard information about a message (JSON API `meta`)."""

    request_id: str
    """The `request_id` the client passed in the request."""


class MessageParam(TypedDict, total=False):
    """The result for one recipient (a JSON API resource object). Only the
    `id` is required (the documentation marks `type` and the attributes
    mandatory too)."""

    id: Required[str]
    """The message's id assigned by the server (digits in every example,
    e.g. `1561370632513`). Delivery receipts name the message by this
    id (`message_id`)."""
    type: Literal["message"]
    """Always `message`."""
    attributes: MessageAttributesParam | MessageAttributes
    """The attributes of one message. The documentation marks all three
    mandatory; none is required here, so that an answer missing one is
    still read (the message's `id` is what a client needs)."""
    meta: MessageMetaParam | MessageMeta
    """Non-standard information about a message (JSON API `meta`)."""


class MessageResponseParam(TypedDict, total=False):
    """A successful answer: `data` is one message object when the request
    holds one `destination_number`, an array of message objects (in the
    order of the numbers) when it holds several. It never holds
    `errors`."""

    data: Required[MessageParam | Message | Sequence[MessageParam | Message]]
    """One message object, or an array of them for several numbers."""


class ErrorParam(TypedDict, total=False):
    """An error that occurred when processing the request (a JSON API error
    object). The documentation marks all three fields mandatory; only
    `code` (for programs) is required here."""

    code: Required[str]
    """A short error code. It might be used by a client for conditional
    error handling. It doesn't depend on the client's locale. The
    documentation names `authentication`."""
    title: str
    """An error title. It might be used by a client to display a message
    in the header of an error dialog. It may be returned in the
    client's locale."""
    detail: str
    """The error details. They might be used by a client to display a
    message inside the contents of an error dialog. They may be
    returned in the client's locale."""


class ErrorResponseParam(TypedDict, total=False):
    """An error answer. It never holds `data`."""

    errors: Required[ErrorParam | Error | Sequence[ErrorParam | Error]]
    """The errors that occurred when processing the request."""


class DeliveryReceiptParam(TypedDict, total=False):
    """A delivery receipt, as Smartswitch posts it to the client's URL (form fields)."""

    message_id: Required[str]
    """The id of the message: the `id` returned to the client by
    `POST /message`."""
    message_state: Required[
        Literal["enroute", "delivered", "expired", "undeliverable", "accepted", "unknown", "rejected"] | MessageState
    ]
    """The state of a message in a delivery receipt."""


__all__ = [
    "MessageAttributesParam",
    "MessageMetaParam",
    "MessageParam",
    "MessageResponseParam",
    "ErrorParam",
    "ErrorResponseParam",
    "DeliveryReceiptParam",
]
