"""Serving a mock with uvicorn: the HTTP layer's refusals in the vendor's format, and timeouts.

uvicorn's h11 protocol answers some requests itself, before the app sees them: a request
it cannot parse (a CR inside a header, a malformed request line) or one whose request line
and headers exceed ``h11_max_incomplete_event_size`` (a 1 MB query). It answers them in
plain text; ``MockProtocol`` answers them with the vendor's error body instead (400, or 431
for a request head that is too large) and closes the connection.

Slow clients: a client that sends its request line and headers slower than
``header_timeout`` seconds (e.g. one byte at a time) gets the vendor's 408 and is
disconnected; a connection that never sends anything is closed after ``header_timeout``;
an idle keep-alive connection after ``timeout_keep_alive``; a body that does not arrive
within ``body_timeout`` gets a 408 from the app (``mocks.core.app``).

It also gives the app a way to drop a connection (an injected fault): ``ABORT`` in the
ASGI scope's ``state`` closes it without an answer.

The direct lane (httptools protocol): a plain keep-alive HTTP/1.1 request to a vendor path
is answered when its last byte is parsed, by ``MockApi.answer_now``: the same steps and the
same Starlette response as the ASGI app's, written by the protocol, without the ASGI task,
events and messages per request (more than half the mock's time per request). A body that
arrives after the head is awaited on the lane, within the body timeout (then the vendor's
408, as the app answers it), when the app would read it too; what the app answers from the
head alone (405, 401, a pending fault) goes to the app at once. Everything else goes through
the ASGI app as before: the spec and the control API, unknown paths, pending faults, HEAD,
HTTP/1.0, ``Connection: close``, ``Expect: 100-continue``, upgrades, and pipelined requests
behind an unfinished one.
"""

import urllib.parse
from collections.abc import Callable
from typing import Any, cast

import h11
import httptools
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.types import Scope
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HEADER_VALUE_RE, STATUS_LINE, HttpToolsProtocol

from .app import ABORT, MockApi

HEADER_TIMEOUT = 10.0
KEEP_ALIVE_TIMEOUT = 5
MAX_HEAD_SIZE = 64 * 1024
LINGER = 2.0
_REASONS = {400: b"Bad Request", 408: b"Request Timeout", 431: b"Request Header Fields Too Large"}

Render = Callable[[int, str], bytes]


def _head(status: int, body: bytes) -> bytes:
    return b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n" % (
        status,
        _REASONS.get(status, b"Error"),
        len(body),
    )


class _CoalescingTransport:
    """A transport whose writes within one turn of the event loop leave in one ``send``.

    uvicorn writes a response's head and body separately; two small TCP segments cost the
    server a second system call and the client a second wake-up. Writes are buffered and
    flushed at the end of the current loop iteration (``call_soon``), or before a close.
    """

    def __init__(self, transport: Any, loop: Any) -> None:
        self._transport = transport
        self._loop = loop
        self._buffer: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not self._buffer:
            self._loop.call_soon(self._flush)
        self._buffer.append(bytes(data))

    def write_now(self, data: bytes) -> None:
        """Write at once (one ``send`` now) unless earlier writes of this turn are waiting: then after them."""
        if self._buffer:
            self._buffer.append(data)
        elif not self._transport.is_closing():
            self._transport.write(data)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def _flush(self) -> None:
        if self._buffer:
            data = b"".join(self._buffer)
            self._buffer.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def abort(self) -> None:
        self._buffer.clear()
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _MockBehaviour:
    """What both protocols add to uvicorn's: vendor-format refusals, a header timeout, drops.

    A subclass says whether the request head is still being read (``_awaiting_head``).
    """

    render: Render = staticmethod(lambda status, message: b'{"message": "%s"}' % message.encode())
    header_timeout: float = HEADER_TIMEOUT
    transport: Any
    loop: Any
    cycle: Any
    app_state: dict[str, Any]

    def _awaiting_head(self) -> bool:
        raise NotImplementedError

    def _setup(self) -> None:
        self.app_state = {**self.app_state, ABORT: self._drop}
        self._bytes_in_head = 0
        self._header_timer: Any = None
        self._head_deadline: float | None = None  # when the head being read must be in
        self._lingering = False
        self._arm_header_timer()

    def _drop(self) -> None:
        """Close the connection without an answer (an injected fault); uvicorn then sends nothing."""
        if self.cycle is not None:
            self.cycle.disconnected = True
        self.transport.close()

    # One timer per connection, not one per request: arming sets a deadline (a timer is started only
    # when none is pending), cancelling clears it, and a timer that fires before the deadline waits
    # for the rest. A new deadline is never earlier than a pending timer, so none fires late.

    def _arm_header_timer(self) -> None:
        if self._head_deadline is None:
            self._head_deadline = self.loop.time() + self.header_timeout
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(self.header_timeout, self._header_timer_fired)

    def _cancel_header_timer(self) -> None:
        self._head_deadline = None

    def _stop_header_timer(self) -> None:
        self._head_deadline = None
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timer_fired(self) -> None:
        self._header_timer = None
        if self._head_deadline is None:
            return
        left = self._head_deadline - self.loop.time()
        if left > 0:
            self._header_timer = self.loop.call_later(left, self._header_timer_fired)
        else:
            self._head_deadline = None
            self._header_timeout_handler()

    def _header_timeout_handler(self) -> None:
        if self.transport.is_closing() or not self._awaiting_head():
            return
        if self._bytes_in_head:
            self._refuse(408, f"Request headers not received within {self.header_timeout:g} s")
        else:
            self.transport.close()

    def _refuse(self, status: int, message: str) -> None:
        """Answer in the vendor's format, then close gently.

        Closing a socket with unread request bytes makes the kernel reset the connection, and
        the client may lose the answer; so the mock half-closes, reads and forgets whatever
        the client still sends, and closes after ``LINGER`` seconds or the client's EOF.
        """
        body = self.render(status, message)
        self.transport.write(_head(status, body) + body)
        self._lingering = True
        self._cancel_header_timer()
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER, self.transport.close)

    def eof_received(self) -> None:
        if self._lingering:
            self.transport.close()


class MockProtocol(_MockBehaviour, H11Protocol):
    """uvicorn's h11 protocol (pure Python) with the mock's refusals, timeouts and drops."""

    def connection_made(self, transport: Any) -> None:
        super().connection_made(_CoalescingTransport(transport, self.loop))  # type: ignore[arg-type]
        self._refusal: h11.RemoteProtocolError | None = None
        self._setup()
        next_event = self.conn.next_event

        def remembering_next_event() -> Any:
            try:
                return next_event()
            except h11.RemoteProtocolError as exc:
                self._refusal = exc
                raise

        self.conn.next_event = remembering_next_event  # type: ignore[method-assign]

    def _awaiting_head(self) -> bool:
        return self.conn.their_state is h11.IDLE

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._lingering:  # refused: read and forget the rest of the request
            return
        if self.conn.their_state is h11.IDLE:
            self._bytes_in_head += len(data)
            self._arm_header_timer()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the request line and headers are in
            self._cancel_header_timer()
            self._bytes_in_head = 0

    def send_400_response(self, msg: str) -> None:
        refusal = self._refusal
        status = getattr(refusal, "error_status_hint", 400) if refusal is not None else 400
        status = status if status in (400, 431) else 400
        reason = str(refusal) if refusal is not None and str(refusal) else msg
        self._refuse(status, f"Invalid HTTP request: {reason}")


class FastMockProtocol(_MockBehaviour, HttpToolsProtocol):
    """uvicorn's httptools protocol (llhttp, in C) with the mock's refusals, timeouts and drops.

    llhttp has no limit on the request head; this protocol refuses a request line and headers
    larger than ``MAX_HEAD_SIZE`` with 431, as h11 does.
    """

    api: MockApi | None = None  # set by ``protocol_for``: the direct lane's app; None turns the lane off

    def connection_made(self, transport: Any) -> None:
        super().connection_made(_CoalescingTransport(transport, self.loop))  # type: ignore[arg-type]
        self._head_done = False
        self._head_too_large = False
        self._direct: bytearray | None = None  # the body so far of a request on the direct lane
        self._body_timer: Any = None  # while the lane awaits the rest of a body
        self._idle_since: float | None = None  # since the lane's last answer, while no request arrives
        self._idle_timer: Any = None  # the keep-alive timeout after the lane's answers
        self._setup()

    def _awaiting_head(self) -> bool:
        return not self._head_done

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        self._cancel_body_timer()
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        self._direct = None
        super().connection_lost(exc)

    def _count(self, size: int) -> None:
        self._bytes_in_head += size
        if self._bytes_in_head > MAX_HEAD_SIZE:
            self._head_too_large = True

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_done = False
        self._bytes_in_head = 1  # a request has begun: a timeout now answers 408

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        self._count(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:  # uvicorn's, and the head's size counted
        name = name.lower()
        if name == b"expect" and value.lower() == b"100-continue":
            self.expect_100_continue = True
        self.headers.append((name, value))
        self._bytes_in_head += len(name) + len(value) + 4
        if self._bytes_in_head > MAX_HEAD_SIZE:
            self._head_too_large = True

    def on_headers_complete(self) -> None:
        self._head_done = True
        self._cancel_header_timer()
        if self._takes_direct_lane():
            self._direct = bytearray()
        else:
            super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self._direct is not None:
            self._direct += body
        else:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if self._direct is not None:
            body, self._direct = bytes(self._direct), None
            self._cancel_body_timer()
            self._answer_now(body)
        else:
            super().on_message_complete()
        self._head_done = False
        self._bytes_in_head = 0

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return
        self._idle_since = None
        if not self._head_done:
            self._arm_header_timer()
        super().data_received(data)
        if self._direct is not None and self._body_timer is None:  # the body continues in a later read
            self._await_body()
        if self._head_too_large and not self._lingering and not self.transport.is_closing():
            self._refuse(431, "Invalid HTTP request: the request line and headers are too large")
        elif self._head_done:
            self._cancel_header_timer()

    # -- the direct lane -------------------------------------------------------------------------

    def _takes_direct_lane(self) -> bool:
        """Whether the request whose head was just parsed can be answered without the ASGI app."""
        if self.api is None or self._lingering or self._head_too_large or self.expect_100_continue:
            return False
        if self.cycle is not None and not self.cycle.response_complete:  # pipelined behind an unfinished one
            return False
        parser = self.parser
        if parser.get_http_version() != "1.1" or not parser.should_keep_alive() or parser.should_upgrade():
            return False
        method = parser.get_method()
        if method == b"HEAD" or self.limit_concurrency is not None or self.flow.write_paused:
            return False
        url = httptools.parse_url(self.url)
        raw_path = url.path
        path = raw_path.decode("ascii")
        if "%" in path:
            path = urllib.parse.unquote(path)
        scope = self.scope
        scope["method"] = method.decode("ascii")
        scope["path"] = self.root_path + path
        scope["raw_path"] = self.root_path.encode("ascii") + raw_path
        scope["query_string"] = url.query or b""
        return not (self.root_path or self.api.faults) and self.api.match(scope["path"]) is not None

    def _await_body(self) -> None:
        """Wait on the lane for the rest of the body, within the body timeout, when the app would read it
        too; else (401, 405, a fault) hand the request to the app, which answers without it."""
        assert self.api is not None
        if self._lingering or self.transport.is_closing():
            self._direct = None
        elif self.api.reads_body_first(cast(Scope, self.scope)):
            self._body_timer = self.loop.call_later(self.api.body_timeout, self._body_timed_out)
        else:
            self._leave_direct_lane()

    def _cancel_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _body_timed_out(self) -> None:
        """The vendor's 408, as the app answers a body that is late; the connection is closed."""
        self._body_timer = None
        if self._direct is None or self.api is None or self.transport.is_closing():
            return
        self._direct = None
        self._lingering = True  # whatever still arrives is not parsed
        self._write_response(self.api.body_timeout_error())

    def _leave_direct_lane(self) -> None:
        """Hand a request whose body is still arriving to the ASGI app, with the body read so far."""
        body, self._direct = self._direct, None
        if self._lingering or self.transport.is_closing():
            return
        HttpToolsProtocol.on_headers_complete(self)  # the scope is rebuilt as uvicorn builds it
        if body:
            self.cycle.body += body
            self.cycle.message_event.set()

    def _answer_now(self, body: bytes) -> None:
        """Answer the direct lane's request; ``None`` from the app (a fault came in) means the ASGI way."""
        assert self.api is not None
        try:
            response = self.api.answer_now(cast(Scope, self.scope), body)
        except Exception as exc:
            response = self.api.internal_error(exc)
        if response is None:
            HttpToolsProtocol.on_headers_complete(self)
            self.cycle.body += body
            self.cycle.more_body = False
            self.cycle.message_event.set()
            return
        self._write_response(response)

    def _write_response(self, response: Response) -> None:
        """The response as uvicorn's cycle writes it: status line, default headers (date, server), body."""
        content = [STATUS_LINE[response.status_code]]
        close = False
        sized = False
        for name, value in [*self.server_state.default_headers, *response.raw_headers]:
            if HEADER_VALUE_RE.search(value):  # as uvicorn's cycle does: nothing sent, the connection closed
                self.logger.error("Invalid HTTP header value in the mock's answer: %r", value)
                self.transport.close()
                return
            lowered = name.lower()
            if lowered == b"content-length":
                sized = True
            elif lowered == b"connection" and b"close" in [t.lower().strip() for t in value.split(b",")]:
                close = True
            content.extend([lowered, b": ", value, b"\r\n"])
        body = bytes(response.body)
        if not sized and response.status_code not in (204, 304):
            content.append(b"transfer-encoding: chunked\r\n")
            body = (b"%x\r\n%s\r\n" % (len(body), body) if body else b"") + b"0\r\n\r\n"
        content.extend([b"\r\n", body])
        self.transport.write_now(b"".join(content))
        self.server_state.total_requests += 1
        if close:
            self.transport.close()
        else:  # the keep-alive timeout as uvicorn's (which the next request's data_received cancels)
            self._unset_keepalive_if_required()
            self._idle_since = self.loop.time()
            if self._idle_timer is None:
                self._idle_timer = self.loop.call_later(self.timeout_keep_alive, self._idle_timer_fired)

    def _idle_timer_fired(self) -> None:
        """Close the connection when it stayed idle since the lane's last answer for the keep-alive timeout."""
        self._idle_timer = None
        if self._idle_since is None or self.transport.is_closing():
            return  # a request came in: its answer (the lane's, or uvicorn's) starts the timeout again
        left = self._idle_since + self.timeout_keep_alive - self.loop.time()
        if left > 0:
            self._idle_timer = self.loop.call_later(left, self._idle_timer_fired)
        else:
            self.timeout_keep_alive_handler()

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, f"Invalid HTTP request: {msg}")


def protocol_for(
    app: Starlette, header_timeout: float = HEADER_TIMEOUT, parser: str = "auto", *, direct: bool = True
) -> type[Any]:
    """The mock's protocol, rendering refusals with the error format of the mock ``app``.

    ``parser``: ``"httptools"`` (C, faster; also ``"auto"``) or ``"h11"`` (pure Python).
    ``direct=False`` turns the httptools protocol's direct lane off (every request through ASGI).
    """
    if parser == "auto":
        parser = "httptools"
    base = MockProtocol if parser == "h11" else FastMockProtocol
    api = app.state.api
    render: Render = api.error_bytes
    attributes = {"render": staticmethod(render), "header_timeout": header_timeout, "api": api if direct else None}
    return type(f"{base.__name__}For{type(api.vendor).__name__}", (base,), attributes)


def config(
    app: Starlette,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    header_timeout: float = HEADER_TIMEOUT,
    keep_alive_timeout: int = KEEP_ALIVE_TIMEOUT,
    log_level: str = "warning",
    parser: str = "auto",
    direct: bool = True,
) -> uvicorn.Config:
    """The uvicorn configuration of a mock: the mock's protocol, timeouts, bounded request heads.

    uvicorn runs on uvloop when it is installed (``loop="auto"``); no access log (the mock's
    log level has always hidden it) and no proxy headers (a mock is not behind a proxy: the
    ``X-Forwarded-*`` headers of a client on 127.0.0.1 do not change the request's scheme or
    client). ``direct=False``: every request through the ASGI app (see ``FastMockProtocol``).
    """
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol_for(app, header_timeout, parser, direct=direct),
        access_log=False,
        proxy_headers=False,
        timeout_keep_alive=keep_alive_timeout,
        h11_max_incomplete_event_size=MAX_HEAD_SIZE,
        ws="none",  # no WebSocket upgrades: an Upgrade header is an ordinary request
        log_level=log_level,
        lifespan="off",
    )
