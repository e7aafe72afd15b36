# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resource facade: ``client.sms.<operation>(...)``, sync and async.

Each tag of the spec is a resource and each operation a method named after the operation without
the tag (``x-sdk-method`` overrides it). ``<method>_detailed`` returns the raw answer (status,
headers, content) beside the parsed result. The per-operation modules in ``api/`` stay the
foundation: every method here calls one of them.
"""

import builtins
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from .api.messages import delete_message, get_message
from .api.sms import create_sms, delete_sms, get_sms
from .models.message_deleted import MessageDeleted
from .models.message_sms_report import MessageSmsReport
from .models.sms_created import SmsCreated
from .models.sms_deleted import SmsDeleted
from .models.sms_report import SmsReport
from .models.sms_request import SmsRequest
from .types import Response

if TYPE_CHECKING:
    from .client import AuthenticatedClient


class SmsResource:
    """The ``sms`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def create(
        self,
        *,
        body: SmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsCreated:
        """Create an SMS (to one or multiple phone numbers)

        Creates a message and one SMS per phone number, to be sent at
        `delivery_date`. If the date is equal or inferior to the current date,
        the SMS are sent right away; otherwise they stay Scheduled (status 10)
        until then.

        Answers 200 with the id of the message and the ids of its SMS indexed
        by phone number. An invalid field is answered 400 with a list of error
        messages per field name.

        See ``typedsms_sms_scheduler.api.sms.create_sms`` for the arguments and errors.
        """

        return create_sms.sync(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def create_detailed(
        self,
        *,
        body: SmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsCreated]:
        """Like ``create``, with the answer's status, headers and raw content beside the parsed result."""
        return create_sms.sync_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsReport:
        """Get sending report of a particular SMS

        Gets the recipient's phone number and the sending status of one SMS
        (see `SmsStatus`).

        See ``typedsms_sms_scheduler.api.sms.get_sms`` for the arguments and errors.
        """

        return get_sms.sync(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsReport]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return get_sms.sync_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def delete(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsDeleted:
        """Delete a SMS by its ID

        Deletes one SMS. A scheduled SMS is then not sent. The documentation
        does not say whether a sent SMS can be deleted; this spec assumes it
        can (its record is removed, the SMS is not recalled). Afterwards the
        SMS's id is answered 404.

        See ``typedsms_sms_scheduler.api.sms.delete_sms`` for the arguments and errors.
        """

        return delete_sms.sync(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def delete_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsDeleted]:
        """Like ``delete``, with the answer's status, headers and raw content beside the parsed result."""
        return delete_sms.sync_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncSmsResource:
    """The ``sms`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def create(
        self,
        *,
        body: SmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsCreated:
        """Create an SMS (to one or multiple phone numbers)

        Creates a message and one SMS per phone number, to be sent at
        `delivery_date`. If the date is equal or inferior to the current date,
        the SMS are sent right away; otherwise they stay Scheduled (status 10)
        until then.

        Answers 200 with the id of the message and the ids of its SMS indexed
        by phone number. An invalid field is answered 400 with a list of error
        messages per field name.

        See ``typedsms_sms_scheduler.api.sms.create_sms`` for the arguments and errors.
        """

        return await create_sms.asyncio(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def create_detailed(
        self,
        *,
        body: SmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsCreated]:
        """Like ``create``, with the answer's status, headers and raw content beside the parsed result."""
        return await create_sms.asyncio_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsReport:
        """Get sending report of a particular SMS

        Gets the recipient's phone number and the sending status of one SMS
        (see `SmsStatus`).

        See ``typedsms_sms_scheduler.api.sms.get_sms`` for the arguments and errors.
        """

        return await get_sms.asyncio(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsReport]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return await get_sms.asyncio_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def delete(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> SmsDeleted:
        """Delete a SMS by its ID

        Deletes one SMS. A scheduled SMS is then not sent. The documentation
        does not say whether a sent SMS can be deleted; this spec assumes it
        can (its record is removed, the SMS is not recalled). Afterwards the
        SMS's id is answered 404.

        See ``typedsms_sms_scheduler.api.sms.delete_sms`` for the arguments and errors.
        """

        return await delete_sms.asyncio(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def delete_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[SmsDeleted]:
        """Like ``delete``, with the answer's status, headers and raw content beside the parsed result."""
        return await delete_sms.asyncio_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class MessagesResource:
    """The ``messages`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def get(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[MessageSmsReport]:
        """Get sending report of all SMS sent with a particular message

        Gets the id, the recipient's phone number and the sending status of
        every SMS of a message (see `SmsStatus`).

        See ``typedsms_sms_scheduler.api.messages.get_message`` for the arguments and errors.
        """

        return get_message.sync(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[MessageSmsReport]]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return get_message.sync_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def delete(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> MessageDeleted:
        """Delete multiple SMS by their message ID

        Deletes every SMS of a message and answers how many were deleted.
        Scheduled SMS are then not sent; sent SMS are assumed to be deletable
        too (see `DELETE /sms/{id}`). Afterwards the message's id is answered
        404.

        See ``typedsms_sms_scheduler.api.messages.delete_message`` for the arguments and errors.
        """

        return delete_message.sync(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def delete_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[MessageDeleted]:
        """Like ``delete``, with the answer's status, headers and raw content beside the parsed result."""
        return delete_message.sync_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncMessagesResource:
    """The ``messages`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def get(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[MessageSmsReport]:
        """Get sending report of all SMS sent with a particular message

        Gets the id, the recipient's phone number and the sending status of
        every SMS of a message (see `SmsStatus`).

        See ``typedsms_sms_scheduler.api.messages.get_message`` for the arguments and errors.
        """

        return await get_message.asyncio(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[MessageSmsReport]]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return await get_message.asyncio_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def delete(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> MessageDeleted:
        """Delete multiple SMS by their message ID

        Deletes every SMS of a message and answers how many were deleted.
        Scheduled SMS are then not sent; sent SMS are assumed to be deletable
        too (see `DELETE /sms/{id}`). Afterwards the message's id is answered
        404.

        See ``typedsms_sms_scheduler.api.messages.delete_message`` for the arguments and errors.
        """

        return await delete_message.asyncio(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def delete_detailed(
        self,
        id: int,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[MessageDeleted]:
        """Like ``delete``, with the answer's status, headers and raw content beside the parsed result."""
        return await delete_message.asyncio_detailed(
            id=id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )
