# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""``Client`` and ``AsyncClient`` for Retarus SMS for Applications REST API."""

from collections.abc import Mapping, Sequence
from typing import Literal

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._retry import RetryPolicy
from ._types import Timeout
from .resources.jobs import AsyncJobsResource, JobsResource
from .resources.sms import AsyncSmsResource, SmsResource
from .resources.version import AsyncVersionResource, VersionResource


class Client(SyncAPIClient):
    """The Retarus SMS for Applications REST API client.

    The Retarus SMS for Applications (SMS4A) REST API is a service to send SMS
    and look up the status. To obtain a test account for this service or any
    other Retarus SMS service, contact Retarus.

    Use it as a context manager (``with Client() as client:``) or call ``close()``.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        server: Literal["primary", "secondary", "ha", "vendor_mock"] | None = None,
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
            username: The user name for HTTP Basic authentication. Default: the environment variable ``RETARUS_USERNAME``.
            password: The password for HTTP Basic authentication. Default: the environment variable ``RETARUS_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``RETARUS_BASE_URL``,
                else the server named by ``server``.
            server: One of the spec's servers: ``primary`` (https://sms4a.de2.retarus.com/rest/v1), ``secondary`` (https://sms4a.de1.retarus.com/rest/v1), ``ha`` (https://sms4a.eu.retarus.com/rest/v1), ``vendor_mock`` (https://developers.retarus.com/_mock/sms/sms4a-api).
                Default: ``primary``.
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
            server=server,
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
    def jobs(self) -> JobsResource:
        """Send SMS jobs and read job reports."""
        return JobsResource(self)

    @property
    def sms(self) -> SmsResource:
        """Read the status report of each SMS (one per recipient and message)."""
        return SmsResource(self)

    @property
    def version(self) -> VersionResource:
        """Server version information."""
        return VersionResource(self)


class AsyncClient(AsyncAPIClient):
    """The Retarus SMS for Applications REST API client for ``asyncio``: the same methods as ``Client``, awaited.

    Use it as ``async with AsyncClient() as client:`` or await ``close()``.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        server: Literal["primary", "secondary", "ha", "vendor_mock"] | None = None,
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
            username: The user name for HTTP Basic authentication. Default: the environment variable ``RETARUS_USERNAME``.
            password: The password for HTTP Basic authentication. Default: the environment variable ``RETARUS_PASSWORD``.
            base_url: Any other base URL (a proxy, a local mock). Default: ``RETARUS_BASE_URL``,
                else the server named by ``server``.
            server: One of the spec's servers: ``primary`` (https://sms4a.de2.retarus.com/rest/v1), ``secondary`` (https://sms4a.de1.retarus.com/rest/v1), ``ha`` (https://sms4a.eu.retarus.com/rest/v1), ``vendor_mock`` (https://developers.retarus.com/_mock/sms/sms4a-api).
                Default: ``primary``.
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
            server=server,
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
    def jobs(self) -> AsyncJobsResource:
        """Send SMS jobs and read job reports."""
        return AsyncJobsResource(self)

    @property
    def sms(self) -> AsyncSmsResource:
        """Read the status report of each SMS (one per recipient and message)."""
        return AsyncSmsResource(self)

    @property
    def version(self) -> AsyncVersionResource:
        """Server version information."""
        return AsyncVersionResource(self)
