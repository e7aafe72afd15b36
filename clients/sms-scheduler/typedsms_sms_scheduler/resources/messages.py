# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Read the sending reports of all SMS of a message and delete them."""

import builtins
from collections.abc import (
    Mapping,  # noqa: F401
)

from .. import _codecs as _c
from .._base_client import Operation, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.message_deleted import MessageDeleted
from ..models.message_sms_report import MessageSmsReport

_GET_MESSAGE: Operation[builtins.list[MessageSmsReport]] = Operation(
    id="getMessage",
    method="get",
    path="/message/{id}",
    idempotent=True,
    result=_c.list_of(MessageSmsReport.reader()),
    params=(Param("id", "id", "path", _c.write_int, required=True),),
    errors={
        "401": _c.read_any,
        "404": _c.read_any,
    },
)
_DELETE_MESSAGE: Operation[MessageDeleted] = Operation(
    id="deleteMessage",
    method="delete",
    path="/message/{id}",
    idempotent=True,
    result=MessageDeleted.reader(),
    params=(Param("id", "id", "path", _c.write_int, required=True),),
    errors={
        "401": _c.read_any,
        "404": _c.read_any,
    },
)


class MessagesResource(SyncAPIResource):
    """Read the sending reports of all SMS of a message and delete them."""

    @property
    def with_raw_response(self) -> "MessagesResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return MessagesResourceWithRawResponse(self)

    def get(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> builtins.list[MessageSmsReport]:
        """Get sending report of all SMS sent with a particular message

        Gets the id, the recipient's phone number and the sending status of
        every SMS of a message (see `SmsStatus`).

        Args:
            id: The id of the message, the `message_id` answered by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No message with this id exists for the account (or its SMS were
                deleted). The documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _GET_MESSAGE,
            {
                "id": id,
            },
            timeout=timeout,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> MessageDeleted:
        """Delete multiple SMS by their message ID

        Deletes every SMS of a message and answers how many were deleted.
        Scheduled SMS are then not sent; sent SMS are assumed to be deletable
        too (see `DELETE /sms/{id}`). Afterwards the message's id is answered
        404.

        Args:
            id: The id of the message, the `message_id` answered by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No message with this id exists for the account (or its SMS were
                deleted). The documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _DELETE_MESSAGE,
            {
                "id": id,
            },
            timeout=timeout,
        )


class AsyncMessagesResource(AsyncAPIResource):
    """Read the sending reports of all SMS of a message and delete them."""

    @property
    def with_raw_response(self) -> "AsyncMessagesResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncMessagesResourceWithRawResponse(self)

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> builtins.list[MessageSmsReport]:
        """Get sending report of all SMS sent with a particular message

        Gets the id, the recipient's phone number and the sending status of
        every SMS of a message (see `SmsStatus`).

        Args:
            id: The id of the message, the `message_id` answered by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No message with this id exists for the account (or its SMS were
                deleted). The documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _GET_MESSAGE,
            {
                "id": id,
            },
            timeout=timeout,
        )

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> MessageDeleted:
        """Delete multiple SMS by their message ID

        Deletes every SMS of a message and answers how many were deleted.
        Scheduled SMS are then not sent; sent SMS are assumed to be deletable
        too (see `DELETE /sms/{id}`). Afterwards the message's id is answered
        404.

        Args:
            id: The id of the message, the `message_id` answered by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No message with this id exists for the account (or its SMS were
                deleted). The documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _DELETE_MESSAGE,
            {
                "id": id,
            },
            timeout=timeout,
        )


class MessagesResourceWithRawResponse:
    """``messages`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: MessagesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncMessagesResourceWithRawResponse:
    """``messages`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)


__all__ = ["AsyncMessagesResource", "MessagesResource"]
