# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Bounds on one call: an overall deadline and a maximum answer size.

``timeout`` (per request) bounds each network operation; a server that sends one byte just
before each read times out keeps a request alive for ever. The *deadline* bounds the whole call,
retries and waits included: the async client runs each attempt under ``asyncio.timeout``; the
sync client's own connections read through a network backend that never waits past the
deadline (``install_deadline``), so a slow drip is cut off there too.

Answers are read in chunks and decompressed here with a bound (gzip and deflate), so a small
compressed body that expands to gigabytes stops at ``max_bytes`` without being held in memory.
"""

import contextvars
import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # httpcore is imported by httpx only when a client is created; so do we
    import httpcore

DEFAULT_DEADLINE = 120.0
"""Seconds for a whole call, retries included, unless the client or ``with_options`` says otherwise."""

DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
"""The largest answer body read (after decompression); a larger one is refused."""

ACCEPT_ENCODING = "gzip, deflate"

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)
"""The ``time.monotonic()`` by which the current call must be done (set around each attempt)."""


def remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


def _bound(timeout: float | None) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise httpcore.ReadTimeout("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream:
    """A network stream (``httpcore.NetworkStream``) whose reads and writes end by the deadline."""

    def __init__(self, inner: "httpcore.NetworkStream") -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bound(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bound(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> "_DeadlineStream":
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _bound(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend:
    """Wraps a network backend (``httpcore.NetworkBackend``) so that no read, write or connect waits past ``DEADLINE``."""

    def __init__(self, inner: "httpcore.NetworkBackend") -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        stream = self._inner.connect_tcp(host, port, _bound(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _DeadlineStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _bound(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncDeadlineStream:
    """An async network stream (``httpcore.AsyncNetworkStream``) whose reads and writes end by the deadline."""

    def __init__(self, inner: "httpcore.AsyncNetworkStream") -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bound(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bound(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> "_AsyncDeadlineStream":
        return _AsyncDeadlineStream(await self._inner.start_tls(ssl_context, server_hostname, _bound(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncDeadlineBackend:
    """The async twin of ``_DeadlineBackend``: no per-call timer, the bound is applied at each read."""

    def __init__(self, inner: "httpcore.AsyncNetworkBackend") -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _AsyncDeadlineStream:
        stream = await self._inner.connect_tcp(host, port, _bound(timeout), local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _AsyncDeadlineStream:
        return _AsyncDeadlineStream(await self._inner.connect_unix_socket(path, _bound(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install_deadline(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Make the connections of ``client``'s default transport respect ``DEADLINE``; False if it cannot."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, _DeadlineBackend | _AsyncDeadlineBackend):
        return backend is not None
    wrapper = _AsyncDeadlineBackend if isinstance(client, httpx.AsyncClient) else _DeadlineBackend
    pool._network_backend = wrapper(backend)  # type: ignore[union-attr]
    return True


class TooLarge(Exception):
    """The answer's body is larger than the client reads."""


class _Decoder:
    """Content-Encoding decoding that never produces more than it is asked for."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise ValueError(encoding)
        self._first = True
        self._encoding = encoding

    def decode(self, data: bytes, room: int) -> bytes:
        """At most ``room + 1`` decoded bytes of ``data`` (one more than fits tells that it does not)."""
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if self._first and self._encoding == "deflate":  # some servers send raw deflate
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                return self.decode(data, room)
            raise httpx.DecodingError("the body does not match its Content-Encoding") from None
        self._first = False
        while self._zlib.unconsumed_tail and len(out) <= room:
            try:
                out += self._zlib.decompress(self._zlib.unconsumed_tail, room + 1 - len(out))
            except zlib.error:
                raise httpx.DecodingError("the body does not match its Content-Encoding") from None
        return out


def _decoder(response: httpx.Response) -> _Decoder | None:
    try:
        return _Decoder(response.headers.get("content-encoding", ""))
    except ValueError:
        return None  # an encoding we do not decode ourselves: httpx does, and we count after it


def _already_read(response: httpx.Response, max_bytes: int) -> bool:
    """Whether the body is in memory already (a transport that answered with bytes); checks its size."""
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > max_bytes:
        response._content = response.content[:2048]
        raise TooLarge(max_bytes)
    return True


def _plain_and_small(response: httpx.Response, max_bytes: int) -> bool:
    """No Content-Encoding and a declared length within bounds: the body can be read in one go."""
    headers = response.headers
    length = headers.get("content-length")
    return "content-encoding" not in headers and length is not None and length.isdigit() and int(length) <= max_bytes


def read_bounded(response: httpx.Response, max_bytes: int) -> None:
    """Read ``response``'s body into ``response.content``, or raise ``TooLarge`` (keeping an excerpt)."""
    if _already_read(response, max_bytes):
        return
    if _plain_and_small(response, max_bytes):
        response.read()
        return
    decoder = _decoder(response)
    chunks: Iterator[bytes] = response.iter_raw() if decoder is not None else response.iter_bytes()
    body = bytearray()
    for chunk in chunks:
        data = decoder.decode(chunk, max_bytes - len(body)) if decoder is not None else chunk
        body += data
        if len(body) > max_bytes:
            response._content = bytes(body[:2048])
            raise TooLarge(max_bytes)
    response._content = bytes(body)


async def aread_bounded(response: httpx.Response, max_bytes: int) -> None:
    """The async twin of ``read_bounded``."""
    if _already_read(response, max_bytes):
        return
    if _plain_and_small(response, max_bytes):
        await response.aread()
        return
    decoder = _decoder(response)
    chunks: AsyncIterator[bytes] = response.aiter_raw() if decoder is not None else response.aiter_bytes()
    body = bytearray()
    async for chunk in chunks:
        data = decoder.decode(chunk, max_bytes - len(body)) if decoder is not None else chunk
        body += data
        if len(body) > max_bytes:
            response._content = bytes(body[:2048])
            raise TooLarge(max_bytes)
    response._content = bytes(body)
