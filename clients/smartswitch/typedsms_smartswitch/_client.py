# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""``Client`` and ``AsyncClient`` for Smartswitch HTTP API message."""

from collections.abc import Mapping, Sequence

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._retry import RetryPolicy
from ._types import Timeout
from .resources.message import AsyncMessageResource, MessageResource


class Client(SyncAPIClient):
    """The Smartswitch HTTP API message client.

    Smartswitch (Streamco) is a messaging switch that each customer runs on
    its own server. Its "HTTP API message" sends a message with a text body
    from a sender to one or several recipients; the server answers in JSON API
    format (jsonapi.org): either `data` (one object for one number, an array
    for several) or `errors`, never both.

    Use it as a context manager (``with Client() as client:``) or call ``close()``.
    """

    def __init__(
        self,
        *,
        login: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        server: str | None = None,
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
            login: The user / company login of the personal account, as the query
                parameter `_login`; required together with `_password`. It is a
                credential in the URL: it must never be logged (nor shown in an
                exception message or a repr). Default: the environment variable ``SMARTSWITCH_LOGIN``.
            password: The user / company password of the personal account, as the query
                parameter `_password`; required together with `_login`. It is a
                secret in the URL: it must never be logged (nor shown in an
                exception message or a repr). Default: the environment variable ``SMARTSWITCH_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``SMARTSWITCH_BASE_URL``,
                else the spec's server.
            server: The host name (and, if needed, port) of the customer's Smartswitch
                server; `your.server.name` is the placeholder of the vendor's
                examples and must be replaced. Required unless base_url is given.
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
                "login": login,
                "password": password,
            },
            base_url=base_url,
            server_variables={
                "server": server,
            },
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
    def message(self) -> MessageResource:
        """Send messages (SMS) to one or several recipients."""
        return MessageResource(self)


class AsyncClient(AsyncAPIClient):
    """The Smartswitch HTTP API message client for ``asyncio``: the same methods as ``Client``, awaited.

    Use it as ``async with AsyncClient() as client:`` or await ``close()``.
    """

    def __init__(
        self,
        *,
        login: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        server: str | None = None,
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
            login: The user / company login of the personal account, as the query
                parameter `_login`; required together with `_password`. It is a
                credential in the URL: it must never be logged (nor shown in an
                exception message or a repr). Default: the environment variable ``SMARTSWITCH_LOGIN``.
            password: The user / company password of the personal account, as the query
                parameter `_password`; required together with `_login`. It is a
                secret in the URL: it must never be logged (nor shown in an
                exception message or a repr). Default: the environment variable ``SMARTSWITCH_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``SMARTSWITCH_BASE_URL``,
                else the spec's server.
            server: The host name (and, if needed, port) of the customer's Smartswitch
                server; `your.server.name` is the placeholder of the vendor's
                examples and must be replaced. Required unless base_url is given.
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
                "login": login,
                "password": password,
            },
            base_url=base_url,
            server_variables={
                "server": server,
            },
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
    def message(self) -> AsyncMessageResource:
        """Send messages (SMS) to one or several recipients."""
        return AsyncMessageResource(self)
