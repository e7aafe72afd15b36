"""The client runtime under faults (issue: secrets, deadlines, size limits, failover on outages).

Each numbered point of the issue is a test here, against small fake servers on 127.0.0.1:

1. query credentials never reach an exception, its chain, a traceback's locals or its text;
2. failover asks the next server on connection failures (reads always; sends only when the
   request never reached a server);
3. an overall deadline cuts off a server that drips its answer;
4. a maximum answer size, enforced while decompressing;
5. odd ``Retry-After`` values and redirect loops end in the package's typed errors.
"""

import asyncio
import contextlib
import gzip
import socket
import threading
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator

import httpx
import pytest
import typedsms_retarus_sms4a as retarus
import typedsms_smartswitch as smartswitch
from starlette.testclient import TestClient

from mocks.registry import create_app
from tests.support.servers import free_port, serve

LOGIN, PASSWORD = "user", "s3cret-Pa55"


@contextlib.contextmanager
def raw_server(handle: Callable[[socket.socket], None]) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that runs ``handle`` for each connection, in threads."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=_run, args=(conn,), daemon=True).start()

    def _run(conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            conn.settimeout(10)
            handle(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def closed_port_url() -> str:
    return f"http://127.0.0.1:{free_port()}"


def no_secret(text: str) -> None:
    assert PASSWORD not in text
    assert "_password=" not in text.replace("_password=***", "")


def smartswitch_client(base_url: str, **kwargs: object) -> smartswitch.Client:
    client = smartswitch.Client(login=LOGIN, password=PASSWORD, base_url=base_url, **kwargs)  # type: ignore[arg-type]
    client._sleep = lambda s: None
    return client


# -- 1. secrets -----------------------------------------------------------------------------------


def test_1_a_connection_error_holds_no_query_secret_anywhere() -> None:
    client = smartswitch_client(closed_port_url())
    with pytest.raises(smartswitch.APIConnectionError) as caught:
        client.message.send(destination_number="12123388100", body="hi")
    exc = caught.value
    assert exc.reason == "connection refused" and exc.request_sent is False
    assert exc.__cause__ is None and exc.__context__ is None
    no_secret(str(exc))
    no_secret(repr(exc))
    formatted = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    no_secret(formatted)
    no_secret(repr(client))


def test_1_a_server_that_echoes_the_request_line_does_not_put_the_password_in_the_error() -> None:
    def echo(conn: socket.socket) -> None:
        line = read_request(conn).split(b"\r\n", 1)[0]
        body = b'{"errors": [{"code": "bad", "title": "Bad request", "detail": "' + line.replace(b'"', b"") + b'"}]}'
        conn.sendall(
            b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(body)).encode()
            + b"\r\nconnection: close\r\n\r\n"
            + body
        )

    with raw_server(echo) as url:
        client = smartswitch_client(url)
        with pytest.raises(smartswitch.APIStatusError) as caught:
            client.message.send(destination_number="12123388100", body="hi")
    exc = caught.value
    assert "Bad request" in str(exc)
    no_secret(str(exc))
    no_secret(exc.content.decode())
    formatted = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    no_secret(formatted)


def test_1_the_request_a_user_can_reach_carries_no_query_secret() -> None:
    app = create_app("smartswitch")
    http = TestClient(app, base_url="http://mock")
    client = smartswitch.Client(login="user", password="secret", base_url="http://mock", http_client=http)
    raw = client.message.with_raw_response.send(destination_number="12123388100", body="hi")
    assert raw.status_code == 200
    assert "_password" not in str(raw.http_response.request.url)
    assert len(raw.parse()) == 1


# -- 2. failover on outages -----------------------------------------------------------------------


def test_2_a_read_goes_to_the_next_server_when_the_first_is_unreachable() -> None:
    with serve(create_app("retarus-sms4a")) as live:
        setup = retarus.Client(username="user", password="secret", base_url=live)
        job = setup.jobs.create(messages=[{"text": "hi", "recipients": [{"dst": "+4917600000000"}]}])
        client = retarus.Client(
            username="user", password="secret", base_url=closed_port_url(), fallback_base_urls=[live], max_retries=0
        )
        assert client.jobs.get(job.job_id).job_id == job.job_id


def test_2_a_send_that_never_reached_a_server_is_retried_but_one_that_did_is_not() -> None:
    attempts: list[str] = []

    def refuse_then_answer(request: httpx.Request) -> httpx.Response:
        attempts.append(str(request.url))
        if len(attempts) == 1:
            raise httpx.ConnectError("[Errno 111] Connection refused")
        if len(attempts) == 2:
            raise httpx.ReadTimeout("timed out")
        return httpx.Response(201, json={"jobId": "J.x"})

    client = retarus.Client(
        username="u",
        password="p",
        base_url="http://a",
        http_client=httpx.Client(transport=httpx.MockTransport(refuse_then_answer)),
    )
    client._sleep = lambda s: None
    with pytest.raises(retarus.APITimeoutError) as caught:
        client.jobs.create(messages=[{"text": "hi", "recipients": [{"dst": "+49"}]}])
    assert len(attempts) == 2  # refused: tried again; timed out after sending: never again
    assert caught.value.request_sent is True


# -- 3. deadline --------------------------------------------------------------------------------


def drip(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for i in range(40):
        time.sleep(0.2)
        conn.sendall(f"x-drip-{i}: {i}\r\n".encode())


@pytest.mark.loopback
def test_3_the_deadline_cuts_off_a_dripping_server_sync() -> None:
    with raw_server(drip) as url:
        client = retarus.Client(username="u", password="p", base_url=url, timeout=1.0, deadline=1.5)
        started = time.monotonic()
        with pytest.raises(retarus.APITimeoutError):
            client.version.get()
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, elapsed  # without the deadline: 8 s and more


@pytest.mark.loopback
def test_3_the_deadline_cuts_off_a_dripping_server_async() -> None:
    async def call() -> float:
        async with retarus.AsyncClient(username="u", password="p", base_url=url, timeout=1.0, deadline=1.5) as client:
            started = time.monotonic()
            with pytest.raises(retarus.APITimeoutError):
                await client.version.get()
            return time.monotonic() - started

    with raw_server(drip) as url:
        elapsed = asyncio.run(call())
    assert elapsed < 3.0, elapsed


def test_3_retries_stop_at_the_deadline() -> None:
    calls: list[float] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        return httpx.Response(503, headers={"Retry-After": "1"})

    client = retarus.Client(
        username="u",
        password="p",
        base_url="http://a",
        max_retries=10,
        deadline=2.5,
        http_client=httpx.Client(transport=httpx.MockTransport(unavailable)),
    )
    started = time.monotonic()
    with pytest.raises(retarus.InternalServerError):
        client.version.get()
    assert time.monotonic() - started < 2.6
    assert 2 <= len(calls) <= 3


# -- 4. size limit --------------------------------------------------------------------------------


@pytest.mark.loopback
def test_4_a_decompression_bomb_is_refused_without_being_held_in_memory() -> None:
    bomb = gzip.compress(b"[" + b" " * (256 * 1024 * 1024) + b"]", compresslevel=9)
    assert len(bomb) < 300 * 1024

    def send_bomb(conn: socket.socket) -> None:
        read_request(conn)
        head = (
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
            f"content-length: {len(bomb)}\r\nconnection: close\r\n\r\n"
        )
        conn.sendall(head.encode() + bomb)

    with raw_server(send_bomb) as url:
        client = retarus.Client(username="u", password="p", base_url=url)
        tracemalloc.start()
        try:
            with pytest.raises(retarus.MalformedResponseError) as caught:
                client.version.get()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "larger than 4194304 bytes" in str(caught.value)
    assert len(caught.value.content) <= 2048
    assert peak < 32 * 1024 * 1024, peak  # the whole body would be 256 MiB


def test_4_the_limit_is_configurable_and_applies_to_error_answers_too() -> None:
    big = httpx.MockTransport(lambda r: httpx.Response(500, content=b"x" * 5000))
    client = retarus.Client(
        username="u",
        password="p",
        base_url="http://a",
        max_response_bytes=1000,
        max_retries=0,
        http_client=httpx.Client(transport=big),
    )
    with pytest.raises(retarus.InternalServerError) as caught:
        client.version.get()
    assert "larger than 1000 bytes" in str(caught.value)
    assert len(caught.value.content) <= 2048


# -- 5. odd answers --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xc2\xb2", b"\xb2", b"1e3", b"soon"])
def test_5_an_odd_retry_after_is_ignored(value: bytes) -> None:
    calls = 0

    def busy(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(429, headers=[(b"Retry-After", value)])

    sleeps: list[float] = []
    client = retarus.Client(
        username="u", password="p", base_url="http://a", http_client=httpx.Client(transport=httpx.MockTransport(busy))
    )
    client._sleep = sleeps.append
    with pytest.raises(retarus.RateLimitError):
        client.version.get()
    assert calls == 3 and len(sleeps) == 2 and all(s < 10 for s in sleeps)


def test_5_a_redirect_loop_is_a_typed_error() -> None:
    loop = httpx.MockTransport(lambda r: httpx.Response(302, headers={"Location": str(r.url)}))
    client = retarus.Client(
        username="u",
        password="p",
        base_url="http://a",
        max_retries=0,
        http_client=httpx.Client(transport=loop, follow_redirects=True),
    )
    with pytest.raises(retarus.APIConnectionError, match="too many redirects"):
        client.version.get()
