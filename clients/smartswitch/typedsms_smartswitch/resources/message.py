# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Send messages (SMS) to one or several recipients."""

import builtins
from collections.abc import (
    Mapping,  # noqa: F401
    Sequence,
)
from typing import Literal

from .. import _codecs as _c
from .._base_client import Operation, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.error_response import ErrorResponse
from ..models.message import Message
from ..models.yes_no import YesNo

_SEND_MESSAGE: Operation[builtins.list[Message]] = Operation(
    id="sendMessage",
    method="post",
    path="/message",
    idempotent=False,
    result=_c.field_of("data", _c.one_or_list(Message.reader())),
    params=(
        Param("destination_number", "destination_number", "query", _c.write_list(_c.write_str), required=True),
        Param("body", "body", "query", _c.write_list(_c.write_str), repeat_for="destination_number"),
        Param("source_name", "source_name", "query", _c.write_str),
        Param("source_number", "source_number", "query", _c.write_str),
        Param("require_dlr", "require_dlr", "query", _c.write_list(_c.write_int), repeat_for="destination_number"),
        Param("stealth_ping", "stealth_ping", "query", _c.write_int),
        Param("request_id", "request_id", "query", _c.write_str),
    ),
    errors={
        "400": ErrorResponse.reader(),
        "401": ErrorResponse.reader(),
    },
    error_member="errors",
    error_codes={"invalid_parameter": 400, "parameter_count": 400, "authentication": 401},
)


class MessageResource(SyncAPIResource):
    """Send messages (SMS) to one or several recipients."""

    @property
    def with_raw_response(self) -> "MessageResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return MessageResourceWithRawResponse(self)

    def send(
        self,
        *,
        destination_number: str | Sequence[str],
        body: str | Sequence[str] | None = None,
        source_name: str | None = None,
        source_number: str | None = None,
        require_dlr: Literal[0, 1] | YesNo | Sequence[Literal[0, 1] | YesNo] | None = None,
        stealth_ping: Literal[0, 1] | YesNo | None = None,
        request_id: str | None = None,
        timeout: Timeout = None,
    ) -> builtins.list[Message]:
        """Send a message to one or several recipients

        Sends a message with a text `body` from `source_name` /
        `source_number` to the recipient `destination_number`. Every argument
        is a query parameter; the request has no body.

        Several messages can be sent in one request by repeating
        `destination_number`, `body` and `require_dlr` in order: the i-th
        `body` and `require_dlr` belong to the i-th `destination_number`.
        `body` and `require_dlr` must each be given not at all or once per
        `destination_number`; other counts are answered 400.

        Answers 200 with `data`: one message object when the request holds
        one number, an array of message objects (in the order of the
        numbers) when it holds several. Each message has the id assigned by
        the server, the number of segments the text was split into and its
        status (`ok`: sent and charged; `error`: not sent, not charged), and
        in `meta` the `request_id` when the client passed one.
        Wrong credentials are answered 401 and invalid arguments 400, both
        with JSON API `errors`.

        Args:
            destination_number: The number of a recipient. Repeat it to send several messages in
                one request; the i-th `body` and the i-th `require_dlr` belong to
                the i-th `destination_number`.
            body: The body (text) of a message. Repeated with `destination_number`:
                the i-th `body` belongs to the i-th `destination_number`. Give it
                not at all or once per `destination_number`. Ignored with
                `stealth_ping=1`.
            source_name: The name of the sender (an alphanumeric sender id): 1 to 11
                printable ASCII characters (the GSM limit for alphanumeric
                senders; the documentation states no limit).
            source_number: The number of the sender: 1 to 15 digits, without `+` (an
                international number or a short code).
            require_dlr: Whether a delivery receipt is required (`1`) or not (`0`, the
                default). Repeated with `destination_number`: the i-th
                `require_dlr` belongs to the i-th `destination_number`. Give it
                not at all or once per `destination_number`. Delivery receipts are
                pushed to the URL configured in Smartswitch (see the webhook
                `deliveryReceipt`).
            stealth_ping: Aka Silent SMS (0 - no, 1 - yes; absent means 0). An invisible
                message is sent to the recipient: the recipient doesn't see the
                message on the device, and the sender gets a delivery receipt
                from which it can learn whether the recipient is available. It
                applies to every message of the request; their `body` is ignored.
            request_id: A value assigned by the client. It is returned to the client in
                the `meta` of each message of the response. Not empty (an empty
                value is refused with 400).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
                or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
                is not 0 or 1, or `body` / `require_dlr` are given a number of times
                other than zero or once per `destination_number`. One error per
                invalid argument. (400 is this spec's choice; the documentation shows
                no status.)
            AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
                choice; the documentation shows the body, not the status, and a
                server may send it with 200: see `POST /message`.)
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return self._client._call(
            _SEND_MESSAGE,
            {
                "destination_number": destination_number,
                "body": body,
                "source_name": source_name,
                "source_number": source_number,
                "require_dlr": require_dlr,
                "stealth_ping": stealth_ping,
                "request_id": request_id,
            },
            timeout=timeout,
        )


class AsyncMessageResource(AsyncAPIResource):
    """Send messages (SMS) to one or several recipients."""

    @property
    def with_raw_response(self) -> "AsyncMessageResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncMessageResourceWithRawResponse(self)

    async def send(
        self,
        *,
        destination_number: str | Sequence[str],
        body: str | Sequence[str] | None = None,
        source_name: str | None = None,
        source_number: str | None = None,
        require_dlr: Literal[0, 1] | YesNo | Sequence[Literal[0, 1] | YesNo] | None = None,
        stealth_ping: Literal[0, 1] | YesNo | None = None,
        request_id: str | None = None,
        timeout: Timeout = None,
    ) -> builtins.list[Message]:
        """Send a message to one or several recipients

        Sends a message with a text `body` from `source_name` /
        `source_number` to the recipient `destination_number`. Every argument
        is a query parameter; the request has no body.

        Several messages can be sent in one request by repeating
        `destination_number`, `body` and `require_dlr` in order: the i-th
        `body` and `require_dlr` belong to the i-th `destination_number`.
        `body` and `require_dlr` must each be given not at all or once per
        `destination_number`; other counts are answered 400.

        Answers 200 with `data`: one message object when the request holds
        one number, an array of message objects (in the order of the
        numbers) when it holds several. Each message has the id assigned by
        the server, the number of segments the text was split into and its
        status (`ok`: sent and charged; `error`: not sent, not charged), and
        in `meta` the `request_id` when the client passed one.
        Wrong credentials are answered 401 and invalid arguments 400, both
        with JSON API `errors`.

        Args:
            destination_number: The number of a recipient. Repeat it to send several messages in
                one request; the i-th `body` and the i-th `require_dlr` belong to
                the i-th `destination_number`.
            body: The body (text) of a message. Repeated with `destination_number`:
                the i-th `body` belongs to the i-th `destination_number`. Give it
                not at all or once per `destination_number`. Ignored with
                `stealth_ping=1`.
            source_name: The name of the sender (an alphanumeric sender id): 1 to 11
                printable ASCII characters (the GSM limit for alphanumeric
                senders; the documentation states no limit).
            source_number: The number of the sender: 1 to 15 digits, without `+` (an
                international number or a short code).
            require_dlr: Whether a delivery receipt is required (`1`) or not (`0`, the
                default). Repeated with `destination_number`: the i-th
                `require_dlr` belongs to the i-th `destination_number`. Give it
                not at all or once per `destination_number`. Delivery receipts are
                pushed to the URL configured in Smartswitch (see the webhook
                `deliveryReceipt`).
            stealth_ping: Aka Silent SMS (0 - no, 1 - yes; absent means 0). An invisible
                message is sent to the recipient: the recipient doesn't see the
                message on the device, and the sender gets a delivery receipt
                from which it can learn whether the recipient is available. It
                applies to every message of the request; their `body` is ignored.
            request_id: A value assigned by the client. It is returned to the client in
                the `meta` of each message of the response. Not empty (an empty
                value is refused with 400).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
                or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
                is not 0 or 1, or `body` / `require_dlr` are given a number of times
                other than zero or once per `destination_number`. One error per
                invalid argument. (400 is this spec's choice; the documentation shows
                no status.)
            AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
                choice; the documentation shows the body, not the status, and a
                server may send it with 200: see `POST /message`.)
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return await self._client._call(
            _SEND_MESSAGE,
            {
                "destination_number": destination_number,
                "body": body,
                "source_name": source_name,
                "source_number": source_number,
                "require_dlr": require_dlr,
                "stealth_ping": stealth_ping,
                "request_id": request_id,
            },
            timeout=timeout,
        )


class MessageResourceWithRawResponse:
    """``message`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: MessageResource) -> None:
        self.send = to_raw_response_wrapper(resource.send)


class AsyncMessageResourceWithRawResponse:
    """``message`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncMessageResource) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)


__all__ = ["AsyncMessageResource", "MessageResource"]
