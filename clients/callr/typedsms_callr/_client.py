# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""``Client`` and ``AsyncClient`` for CALLR SMS REST API."""

from collections.abc import Mapping, Sequence

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._retry import RetryPolicy
from ._types import Timeout
from .resources.sms import AsyncSmsResource, SmsResource


class Client(SyncAPIClient):
    """The CALLR SMS REST API client.

    Alternatively to CALLR's JSON-RPC API, the REST endpoints send, retrieve
    or list the SMS resources attached to a CALLR account. Every endpoint is
    appended to `https://api.callr.com/rest/v1.1`.

    Use it as a context manager (``with Client() as client:``) or call ``close()``.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        deadline: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
        fallback_base_urls: Sequence[str] = (),
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client; credentials not given come from the environment.

        Args:
            username: The user name for HTTP Basic authentication. Default: the environment variable ``CALLR_USERNAME``.
            password: The password for HTTP Basic authentication. Default: the environment variable ``CALLR_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``CALLR_BASE_URL``,
                else the spec's server.
            timeout: Seconds (or an ``httpx.Timeout``) per request; default 30 s, 10 s to connect.
            deadline: Seconds for a whole call, retries and waits included; default 120 s.
            max_retries: Retries of a failed request where repeating it is safe; default 2.
            retry: The whole retry policy (delays, jitter, ``Retry-After``), see ``RetryPolicy``.
            max_response_bytes: The largest answer read, after decompression; default 4 MiB.
            fallback_base_urls: With ``base_url``: where operations that fail over (per the spec) go next.
            default_headers: Headers sent with every request.
            http_client: Your own ``httpx`` client (proxies, transports, limits); the client does not close it.

        Raises:
            MissingCredentialsError: A credential is neither given nor in the environment.
        """
        super().__init__(
            config=CONFIG,
            credentials={
                "username": username,
                "password": password,
            },
            base_url=base_url,
            server_variables={},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            fallback_base_urls=fallback_base_urls,
            default_headers=default_headers,
            http_client=http_client,
        )

    @property
    def sms(self) -> SmsResource:
        """Send SMS and read the SMS sent or received through the account."""
        return SmsResource(self)


class AsyncClient(AsyncAPIClient):
    """The CALLR SMS REST API client for ``asyncio``: the same methods as ``Client``, awaited.

    Use it as ``async with AsyncClient() as client:`` or await ``close()``.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = None,
        deadline: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
        fallback_base_urls: Sequence[str] = (),
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client; credentials not given come from the environment.

        Args:
            username: The user name for HTTP Basic authentication. Default: the environment variable ``CALLR_USERNAME``.
            password: The password for HTTP Basic authentication. Default: the environment variable ``CALLR_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``CALLR_BASE_URL``,
                else the spec's server.
            timeout: Seconds (or an ``httpx.Timeout``) per request; default 30 s, 10 s to connect.
            deadline: Seconds for a whole call, retries and waits included; default 120 s.
            max_retries: Retries of a failed request where repeating it is safe; default 2.
            retry: The whole retry policy (delays, jitter, ``Retry-After``), see ``RetryPolicy``.
            max_response_bytes: The largest answer read, after decompression; default 4 MiB.
            fallback_base_urls: With ``base_url``: where operations that fail over (per the spec) go next.
            default_headers: Headers sent with every request.
            http_client: Your own ``httpx`` client (proxies, transports, limits); the client does not close it.

        Raises:
            MissingCredentialsError: A credential is neither given nor in the environment.
        """
        super().__init__(
            config=CONFIG,
            credentials={
                "username": username,
                "password": password,
            },
            base_url=base_url,
            server_variables={},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            fallback_base_urls=fallback_base_urls,
            default_headers=default_headers,
            http_client=http_client,
        )

    @property
    def sms(self) -> AsyncSmsResource:
        """Send SMS and read the SMS sent or received through the account."""
        return AsyncSmsResource(self)
