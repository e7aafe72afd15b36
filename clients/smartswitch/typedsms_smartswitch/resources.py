# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resource facade: ``client.message.<operation>(...)``, sync and async.

Each tag of the spec is a resource and each operation a method named after the operation without
the tag (``x-sdk-method`` overrides it). ``<method>_detailed`` returns the raw answer (status,
headers, content) beside the parsed result. The per-operation modules in ``api/`` stay the
foundation: every method here calls one of them.
"""

import builtins
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from .api.message import send_message
from .models.message_response import MessageResponse
from .models.yes_no import YesNo
from .types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient


class MessageResource:
    """The ``message`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def send(
        self,
        *,
        destination_number: builtins.list[str],
        body: builtins.list[str] | Unset = UNSET,
        source_name: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        require_dlr: builtins.list[YesNo] | Unset = UNSET,
        stealth_ping: YesNo | Unset = UNSET,
        request_id: str | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> MessageResponse:
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

        See ``typedsms_smartswitch.api.message.send_message`` for the arguments and errors.
        """

        return send_message.sync(
            destination_number=destination_number,
            body=body,
            source_name=source_name,
            source_number=source_number,
            require_dlr=require_dlr,
            stealth_ping=stealth_ping,
            request_id=request_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def send_detailed(
        self,
        *,
        destination_number: builtins.list[str],
        body: builtins.list[str] | Unset = UNSET,
        source_name: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        require_dlr: builtins.list[YesNo] | Unset = UNSET,
        stealth_ping: YesNo | Unset = UNSET,
        request_id: str | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[MessageResponse]:
        """Like ``send``, with the answer's status, headers and raw content beside the parsed result."""
        return send_message.sync_detailed(
            destination_number=destination_number,
            body=body,
            source_name=source_name,
            source_number=source_number,
            require_dlr=require_dlr,
            stealth_ping=stealth_ping,
            request_id=request_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncMessageResource:
    """The ``message`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def send(
        self,
        *,
        destination_number: builtins.list[str],
        body: builtins.list[str] | Unset = UNSET,
        source_name: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        require_dlr: builtins.list[YesNo] | Unset = UNSET,
        stealth_ping: YesNo | Unset = UNSET,
        request_id: str | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> MessageResponse:
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

        See ``typedsms_smartswitch.api.message.send_message`` for the arguments and errors.
        """

        return await send_message.asyncio(
            destination_number=destination_number,
            body=body,
            source_name=source_name,
            source_number=source_number,
            require_dlr=require_dlr,
            stealth_ping=stealth_ping,
            request_id=request_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def send_detailed(
        self,
        *,
        destination_number: builtins.list[str],
        body: builtins.list[str] | Unset = UNSET,
        source_name: str | Unset = UNSET,
        source_number: str | Unset = UNSET,
        require_dlr: builtins.list[YesNo] | Unset = UNSET,
        stealth_ping: YesNo | Unset = UNSET,
        request_id: str | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[MessageResponse]:
        """Like ``send``, with the answer's status, headers and raw content beside the parsed result."""
        return await send_message.asyncio_detailed(
            destination_number=destination_number,
            body=body,
            source_name=source_name,
            source_number=source_number,
            require_dlr=require_dlr,
            stealth_ping=stealth_ping,
            request_id=request_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )
