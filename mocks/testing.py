"""A mock in the test's own process, wired to a client of ours without a socket.

``MockVendor("retarus-sms4a")`` holds a fresh mock app and gives:

- ``transport``: a sync ``httpx`` transport into the app, in memory (the app runs on a
  private event loop thread); ``async_transport``: an ``httpx.ASGITransport`` into it;
- ``credentials``: the keyword arguments a client of ours needs (named after the spec's
  security schemes: ``username``/``password`` for Basic, ``token`` for bearer, the scheme
  names for API keys, e.g. ``login``/``password`` for Smartswitch);
- ``client()`` / ``async_client()``: one of our generated clients wired to the transport
  (the client package is imported only then: the mocks do not depend on the clients);
- ``sent``: the SMS the mock accepted (``SentSms``: operation_id, recipient, text, sender,
  id, at); ``reset()``; ``faults``: the control API's fault injection
  (``faults.inject("createJob", count=2, status=503, retry_after=1)``).

A dropped connection (an injected fault) surfaces as ``httpx.RemoteProtocolError``, as it
does over the network; a fault's delay longer than the client's read timeout as
``httpx.ReadTimeout``.

The pytest fixture ``typedsms_mock`` (``mocks.pytest_plugin``) makes these per test.
"""

import asyncio
import concurrent.futures
import importlib
import threading
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any, TypeVar

import httpx
from starlette.applications import Starlette

from .core.app import ConnectionDropped, MockApi
from .core.auth import AcceptedCredentials
from .core.control import Faults, SentSms
from .registry import create_app, load_spec

T = TypeVar("T")
BASE_URL = "http://typedsms-mock.test"


def _dropped(exc: ConnectionDropped) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.")


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


class AsyncInMemoryTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` that drops connections and times out reads as the network would."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await asyncio.wait_for(super().handle_async_request(request), _read_timeout(request))
        except ConnectionDropped as exc:
            raise _dropped(exc) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out waiting for the mock's answer", request=request) from exc


class _LoopThread:
    """An event loop on a daemon thread, for running the ASGI app from sync code."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="typedsms-mock", daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None) -> T:
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        if not self.thread.is_alive():
            self.loop.close()


class InMemoryTransport(httpx.BaseTransport):
    """A sync ``httpx`` transport into an ASGI app, without a socket."""

    def __init__(self, app: Starlette) -> None:
        self._inner = AsyncInMemoryTransport(app)
        self._loop: _LoopThread | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        inner = httpx.Request(request.method, request.url, headers=request.headers, content=content)

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await self._inner.handle_async_request(inner)
            return response.status_code, response.headers.raw, await response.aread()

        if self._loop is None:
            self._loop = _LoopThread()
        try:
            status, headers, body = self._loop.run(call(), _read_timeout(request))
        except ConnectionDropped as exc:
            raise _dropped(exc) from exc
        except concurrent.futures.TimeoutError as exc:
            raise httpx.ReadTimeout("timed out waiting for the mock's answer", request=request) from exc
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


def client_package(name: str) -> str:
    """The import name of our client for the spec stem ``name``."""
    return "typedsms_" + name.replace("-", "_")


def credentials_for(spec: dict[str, Any], accepted: AcceptedCredentials) -> dict[str, str]:
    """The client's credential keyword arguments, named after the spec's security schemes."""
    credentials: dict[str, str] = {}
    for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            credentials.update(username=accepted.username, password=accepted.password)
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            credentials["token"] = accepted.token
        elif scheme.get("type") == "apiKey":
            credentials[name] = (accepted.api_keys or {})[name]
    return credentials


# --------------------------------------------------------------------------------------------
# THE ONE PLACE THAT KNOWS THE CLIENTS' CONSTRUCTOR: Client(*, base_url=..., http_client=...,
# <credentials as keyword arguments named after the spec's security schemes>), and AsyncClient
# the same with an httpx.AsyncClient. (Until the new clients landed in main, a second branch
# built the old AuthenticatedClient(credentials=Credentials(...)); removed with the merge.)
# --------------------------------------------------------------------------------------------
def _build_client(
    package: str, base_url: str, http_client: httpx.Client | httpx.AsyncClient, credentials: dict[str, str]
) -> Any:
    """One of our clients (``package``) sending through ``http_client`` with ``credentials``."""
    module = importlib.import_module(package)
    cls = module.AsyncClient if isinstance(http_client, httpx.AsyncClient) else module.Client
    return cls(base_url=base_url, http_client=http_client, **credentials)


class MockVendor:
    """A fresh in-process mock of the vendor ``name`` and the means to talk to it and inspect it."""

    def __init__(
        self,
        name: str,
        *,
        seed: int = 0,
        clock: Callable[[], datetime] | None = None,
        accepted: AcceptedCredentials | None = None,
    ) -> None:
        self.name = name
        self.app = create_app(name, accepted, seed=seed, clock=clock)
        self.api: MockApi = self.app.state.api
        self.base_url = BASE_URL
        self.transport = InMemoryTransport(self.app)
        self.async_transport = AsyncInMemoryTransport(self.app)
        self.credentials = credentials_for(load_spec(name), self.api.accepted)
        self._http_clients: list[httpx.Client] = []

    @property
    def sent(self) -> list[SentSms]:
        """The SMS the mock accepted since it started (or since ``reset()``), oldest first."""
        return list(self.api.sent)

    @property
    def faults(self) -> Faults:
        """Fault injection for the next requests of an operation (as ``POST /__mock/faults``)."""
        return self.api.faults

    def reset(self) -> None:
        """Forget all state, the sent SMS and pending faults."""
        self.api.reset()

    def client(self, **httpx_options: Any) -> Any:
        """Our sync client for this vendor, wired to the mock in memory."""
        http_client = httpx.Client(transport=self.transport, base_url=self.base_url, **httpx_options)
        self._http_clients.append(http_client)
        return _build_client(client_package(self.name), self.base_url, http_client, self.credentials)

    def async_client(self, **httpx_options: Any) -> Any:
        """Our async client for this vendor, wired to the mock in memory (close it with ``aclose``)."""
        http_client = httpx.AsyncClient(transport=self.async_transport, base_url=self.base_url, **httpx_options)
        return _build_client(client_package(self.name), self.base_url, http_client, self.credentials)

    def close(self) -> None:
        for http_client in self._http_clients:
            http_client.close()
        self.transport.close()
