# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resource facade: ``client.sms.<operation>(...)``, sync and async.

Each tag of the spec is a resource and each operation a method named after the operation without
the tag (``x-sdk-method`` overrides it). ``<method>_detailed`` returns the raw answer (status,
headers, content) beside the parsed result. The per-operation modules in ``api/`` stay the
foundation: every method here calls one of them.
"""

import builtins
import datetime
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from .api.sms import get_sms, list_sms, send_sms, send_sms_with_query
from .models.force_encoding import ForceEncoding
from .models.send_sms_request import SendSmsRequest
from .models.sms import Sms
from .models.sms_nature import SmsNature
from .models.sms_type import SmsType
from .types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient


class SmsResource:
    """The ``sms`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list(
        self,
        *,
        type_: SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[Sms]:
        """List SMS

        Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
        account, created between `from` and `to` (both inclusive, UTC).

        See ``typedsms_callr.api.sms.list_sms`` for the arguments and errors.
        """

        return list_sms.sync(
            type_=type_,
            from_=from_,
            to=to,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def list_detailed(
        self,
        *,
        type_: SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[Sms]]:
        """Like ``list``, with the answer's status, headers and raw content beside the parsed result."""
        return list_sms.sync_detailed(
            type_=type_,
            from_=from_,
            to=to,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def send(
        self,
        *,
        body: SendSmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> str:
        """Send an SMS

        Create and send an SMS resource. Answers with the new SMS's hash;
        read the SMS (status, number of parts) with `GET /sms/{hash}`.

        See ``typedsms_callr.api.sms.send_sms`` for the arguments and errors.
        """

        return send_sms.sync(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def send_detailed(
        self,
        *,
        body: SendSmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[str]:
        """Like ``send``, with the answer's status, headers and raw content beside the parsed result."""
        return send_sms.sync_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def send_with_query(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: ForceEncoding | Unset = UNSET,
        options_nature: SmsNature | Unset = UNSET,
        options_user_data: str | Unset = UNSET,
        options_webhook_endpoint: str | Unset = UNSET,
        options_flash_message: bool | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> str:
        """Send an SMS with query string parameters

        Create and send an SMS resource with query string parameters: the
        same fields as `POST /sms`, options written `options.key=value`.
        Answers with the new SMS's hash.

        See ``typedsms_callr.api.sms.send_sms_with_query`` for the arguments and errors.
        """

        return send_sms_with_query.sync(
            from_=from_,
            to=to,
            body=body,
            options_force_encoding=options_force_encoding,
            options_nature=options_nature,
            options_user_data=options_user_data,
            options_webhook_endpoint=options_webhook_endpoint,
            options_flash_message=options_flash_message,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def send_with_query_detailed(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: ForceEncoding | Unset = UNSET,
        options_nature: SmsNature | Unset = UNSET,
        options_user_data: str | Unset = UNSET,
        options_webhook_endpoint: str | Unset = UNSET,
        options_flash_message: bool | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[str]:
        """Like ``send_with_query``, with the answer's status, headers and raw content beside the parsed result."""
        return send_sms_with_query.sync_detailed(
            from_=from_,
            to=to,
            body=body,
            options_force_encoding=options_force_encoding,
            options_nature=options_nature,
            options_user_data=options_user_data,
            options_webhook_endpoint=options_webhook_endpoint,
            options_flash_message=options_flash_message,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get(
        self,
        hash_: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Sms:
        """Get an SMS

        Retrieve a specific SMS resource based on its hash.

        See ``typedsms_callr.api.sms.get_sms`` for the arguments and errors.
        """

        return get_sms.sync(
            hash_=hash_,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get_detailed(
        self,
        hash_: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[Sms]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return get_sms.sync_detailed(
            hash_=hash_,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncSmsResource:
    """The ``sms`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list(
        self,
        *,
        type_: SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[Sms]:
        """List SMS

        Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
        account, created between `from` and `to` (both inclusive, UTC).

        See ``typedsms_callr.api.sms.list_sms`` for the arguments and errors.
        """

        return await list_sms.asyncio(
            type_=type_,
            from_=from_,
            to=to,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def list_detailed(
        self,
        *,
        type_: SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[Sms]]:
        """Like ``list``, with the answer's status, headers and raw content beside the parsed result."""
        return await list_sms.asyncio_detailed(
            type_=type_,
            from_=from_,
            to=to,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def send(
        self,
        *,
        body: SendSmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> str:
        """Send an SMS

        Create and send an SMS resource. Answers with the new SMS's hash;
        read the SMS (status, number of parts) with `GET /sms/{hash}`.

        See ``typedsms_callr.api.sms.send_sms`` for the arguments and errors.
        """

        return await send_sms.asyncio(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def send_detailed(
        self,
        *,
        body: SendSmsRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[str]:
        """Like ``send``, with the answer's status, headers and raw content beside the parsed result."""
        return await send_sms.asyncio_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def send_with_query(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: ForceEncoding | Unset = UNSET,
        options_nature: SmsNature | Unset = UNSET,
        options_user_data: str | Unset = UNSET,
        options_webhook_endpoint: str | Unset = UNSET,
        options_flash_message: bool | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> str:
        """Send an SMS with query string parameters

        Create and send an SMS resource with query string parameters: the
        same fields as `POST /sms`, options written `options.key=value`.
        Answers with the new SMS's hash.

        See ``typedsms_callr.api.sms.send_sms_with_query`` for the arguments and errors.
        """

        return await send_sms_with_query.asyncio(
            from_=from_,
            to=to,
            body=body,
            options_force_encoding=options_force_encoding,
            options_nature=options_nature,
            options_user_data=options_user_data,
            options_webhook_endpoint=options_webhook_endpoint,
            options_flash_message=options_flash_message,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def send_with_query_detailed(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: ForceEncoding | Unset = UNSET,
        options_nature: SmsNature | Unset = UNSET,
        options_user_data: str | Unset = UNSET,
        options_webhook_endpoint: str | Unset = UNSET,
        options_flash_message: bool | Unset = UNSET,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[str]:
        """Like ``send_with_query``, with the answer's status, headers and raw content beside the parsed result."""
        return await send_sms_with_query.asyncio_detailed(
            from_=from_,
            to=to,
            body=body,
            options_force_encoding=options_force_encoding,
            options_nature=options_nature,
            options_user_data=options_user_data,
            options_webhook_endpoint=options_webhook_endpoint,
            options_flash_message=options_flash_message,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get(
        self,
        hash_: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Sms:
        """Get an SMS

        Retrieve a specific SMS resource based on its hash.

        See ``typedsms_callr.api.sms.get_sms`` for the arguments and errors.
        """

        return await get_sms.asyncio(
            hash_=hash_,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get_detailed(
        self,
        hash_: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[Sms]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return await get_sms.asyncio_detailed(
            hash_=hash_,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )
