# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Clients for CALLR SMS REST API: where requests go, how they authenticate, and their HTTP settings.

``AuthenticatedClient`` is what the secured operations take; it is built with typed
``Credentials``. ``Client`` is for operations that need no credentials. Both send to
``server`` (default ``Server.PRODUCTION``) unless ``base_url`` is given.
"""

import asyncio
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

from ._runtime import DEFAULT_RETRY, Operation, RetryPolicy, Transport
from .credentials import Credentials
from .servers import Server, ServerVariables

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read/write and 10 s to connect: a request never hangs forever by default."""

USER_AGENT = "typedsms-callr/2.0.1"


@define
class _ClientBase:
    """Settings shared by both clients.

    Attributes:
        server: The server to send requests to (ignored when ``base_url`` is given).
        base_url: Any other base URL, e.g. a local mock such as ``http://127.0.0.1:8080``.
        server_variables: Values for the server URL's variables, where it has any.
        headers: Headers sent with every request (``User-Agent`` is set unless given).
        cookies: Cookies sent with every request.
        timeout: Timeouts of each request; ``DEFAULT_TIMEOUT`` unless given.
        verify_ssl: TLS verification: True (default), False, a CA bundle path or an SSLContext.
        follow_redirects: Whether to follow redirects (default False).
        httpx_args: Further arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` constructor.
        retry: The retry policy of every call (a call may pass its own ``retry=``); see ``_runtime``.
        fallback_base_urls: With ``base_url``: the URLs that operations which fail over (per the spec)
            ask next. With ``server``: the spec names the servers itself.
        sleep, async_sleep, rand: How retries wait and draw their jitter (tests replace them).
    """

    server: Server = field(default=Server.default(), kw_only=True)
    base_url: str | None = field(default=None, kw_only=True)
    server_variables: ServerVariables = field(factory=lambda: ServerVariables(), kw_only=True)
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    cookies: dict[str, str] = field(factory=dict, kw_only=True)
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, repr=False)
    follow_redirects: bool = field(default=False, kw_only=True)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, repr=False)
    retry: RetryPolicy = field(default=DEFAULT_RETRY, kw_only=True)
    fallback_base_urls: tuple[str, ...] = field(default=(), kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, kw_only=True, repr=False)
    rand: Callable[[], float] = field(default=random.random, kw_only=True, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def resolved_base_url(self) -> str:
        """The base URL requests go to: ``base_url`` if given, else the server's URL."""
        return self.base_url if self.base_url is not None else self.server.url(self.server_variables)

    def _auth(self) -> httpx.Auth | None:
        return None

    def base_urls_for(self, operation: Operation) -> list[str]:
        """Where ``operation`` is sent, in order: the client's URL, then its failover servers."""
        first = self.resolved_base_url()
        if not operation.failover_servers:
            return [first]
        if self.base_url is not None:
            others = list(self.fallback_base_urls)
        else:
            others = [Server[name].url(self.server_variables) for name in operation.failover_servers]
        return [first, *(url for url in dict.fromkeys(others) if url != first)]

    def transport_for(self, operation: Operation, retry: RetryPolicy | None = None) -> Transport:
        """The runtime settings of one call of ``operation``."""
        return Transport(self.base_urls_for(operation), retry or self.retry, self.sleep, self.async_sleep, self.rand)

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.resolved_base_url(),
            "cookies": self.cookies,
            "headers": {"User-Agent": USER_AGENT, **self.headers},
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
            "auth": self._auth(),
            **self.httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with more headers."""
        return evolve(self, headers={**self.headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with other timeouts."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for sync requests. It replaces every other setting, credentials included."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async requests. It replaces every other setting, credentials included."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_kwargs())
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


@define
class Client(_ClientBase):
    """A client without credentials, for the operations that need none."""


@define
class AuthenticatedClient(_ClientBase):
    """A client that authenticates every request with ``credentials``.

    Example::

        client = AuthenticatedClient(credentials=Credentials(username="...", password="..."))
        with client:
            ...  # client.sms.<operation>(...)

    Attributes:
        credentials: The account's credentials; their ``repr()`` never shows a secret.
    """

    credentials: Credentials = field(kw_only=True)

    def _auth(self) -> httpx.Auth | None:
        return self.credentials

    @property
    def sms(self) -> "SmsResource":
        """The ``sms`` operations."""
        from .resources import SmsResource

        return SmsResource(self)


@define
class AsyncClient(AuthenticatedClient):
    """``AuthenticatedClient`` whose resources are async: ``async with AsyncClient(...) as client:``
    then ``await client.sms.<operation>(...)``. It works with the ``asyncio``
    functions of ``api/`` too.
    """

    @property
    def sms(self) -> "AsyncSmsResource":  # type: ignore[override]
        """The ``sms`` operations, async."""
        from .resources import AsyncSmsResource

        return AsyncSmsResource(self)


if TYPE_CHECKING:
    from .resources import AsyncSmsResource, SmsResource

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "AsyncClient", "AuthenticatedClient", "Client", "RetryPolicy"]
