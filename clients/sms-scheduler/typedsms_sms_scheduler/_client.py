# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""``Client`` and ``AsyncClient`` for SMS Scheduler API."""

import datetime
from collections.abc import Mapping, Sequence
from typing import Literal

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._retry import RetryPolicy
from ._types import Timeout
from .resources.messages import AsyncMessagesResource, MessagesResource
from .resources.sms import AsyncSmsResource, SmsResource


class Client(SyncAPIClient):
    """The SMS Scheduler API client.

    The SMS Scheduler API creates SMS to be sent at a given date to one or
    multiple phone numbers, reads the sending report of each SMS and deletes
    SMS. Every request sends and receives data in JSON format and needs a
    bearer token in the Authorization header; the token can be generated (and
    regenerated) in the account page.

    Use it as a context manager (``with Client() as client:``) or call ``close()``.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        server: Literal["production", "test"] | None = None,
        timezone: datetime.tzinfo | None = None,
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
            token: The bearer token sent in the Authorization header. Default: the environment variable ``SMS_SCHEDULER_TOKEN``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``SMS_SCHEDULER_BASE_URL``,
                else the server named by ``server``.
            server: One of the spec's servers: ``production`` (https://sms-scheduler.com/api/v1), ``test`` (http://test.sms-scheduler.com/api/v1).
                Default: ``production``.
            timezone: Your account's time zone (e.g. ``zoneinfo.ZoneInfo("Europe/Paris")``): the API names
                none, so the client writes datetime arguments in it and reads the API's timestamps in it.
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
                "token": token,
            },
            base_url=base_url,
            server=server,
            server_variables={},
            timezone=timezone,
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
        """Create SMS, read the sending report of one SMS and delete it."""
        return SmsResource(self)

    @property
    def messages(self) -> MessagesResource:
        """Read the sending reports of all SMS of a message and delete them."""
        return MessagesResource(self)


class AsyncClient(AsyncAPIClient):
    """The SMS Scheduler API client for ``asyncio``: the same methods as ``Client``, awaited.

    Use it as ``async with AsyncClient() as client:`` or await ``close()``.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        server: Literal["production", "test"] | None = None,
        timezone: datetime.tzinfo | None = None,
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
            token: The bearer token sent in the Authorization header. Default: the environment variable ``SMS_SCHEDULER_TOKEN``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``SMS_SCHEDULER_BASE_URL``,
                else the server named by ``server``.
            server: One of the spec's servers: ``production`` (https://sms-scheduler.com/api/v1), ``test`` (http://test.sms-scheduler.com/api/v1).
                Default: ``production``.
            timezone: Your account's time zone (e.g. ``zoneinfo.ZoneInfo("Europe/Paris")``): the API names
                none, so the client writes datetime arguments in it and reads the API's timestamps in it.
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
                "token": token,
            },
            base_url=base_url,
            server=server,
            server_variables={},
            timezone=timezone,
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
        """Create SMS, read the sending report of one SMS and delete it."""
        return AsyncSmsResource(self)

    @property
    def messages(self) -> AsyncMessagesResource:
        """Read the sending reports of all SMS of a message and delete them."""
        return AsyncMessagesResource(self)
