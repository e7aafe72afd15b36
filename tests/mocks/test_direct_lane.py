"""The server's direct lane answers as the ASGI app does, and leaves to the app what it must.

``mocks.core.server.FastMockProtocol`` answers a complete keep-alive HTTP/1.1 request to a
vendor path itself (``MockApi.answer_now``). The same requests, in the same order, go to a
mock with the lane and to one without it (``direct=False``: every request through the ASGI
app), both with the same seed and clock: every answer must be the same, byte for byte but
the ``date`` header. Then a body that arrives in a later read (awaited on the lane, within the
body timeout), pipelined requests, and what the lane hands to the app: HTTP/1.0,
``Connection: close``, HEAD, ``Expect: 100-continue``, a pending fault, and a request the app
refuses from its head alone while its body is still missing.
"""

import base64
import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette

from mocks.core.server import config
from mocks.registry import create_app, load_spec

METHODS = ("get", "put", "post", "delete", "patch")
BASIC = "Basic " + base64.b64encode(b"user:secret").decode()
CREDENTIALS: dict[str, tuple[dict[str, str], str]] = {  # headers, query
    "retarus-sms4a": ({"Authorization": BASIC}, ""),
    "callr": ({"Authorization": BASIC}, ""),
    "sms-scheduler": ({"Authorization": "Bearer token"}, ""),
    "smartswitch": ({}, "_login=user&_password=secret"),
}
CLOCK = datetime(2026, 12, 1, 10, 0, 0, 123456, tzinfo=UTC)


@contextmanager
def _served(app: Starlette, *, direct: bool, keep_alive: int = 5, header_timeout: float = 10) -> Iterator[int]:
    """``app`` on a free 127.0.0.1 port, as ``python -m mocks`` serves it; yields the port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    served = config(app, "127.0.0.1", port, direct=direct, keep_alive_timeout=keep_alive, header_timeout=header_timeout)
    server = uvicorn.Server(served)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the mock did not start"
        time.sleep(0.01)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _example_body(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    media = (_resolve(spec, operation.get("requestBody")) or {}).get("content", {}).get("application/json")
    if not media:
        return None
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        return _resolve(spec, example).get("value")
    return None


def _requests(name: str) -> list[tuple[str, str, dict[str, str], bytes | None]]:
    """Valid and invalid requests for every operation of the spec: (method, target, headers, body)."""
    spec = load_spec(name)
    headers, credentials = CREDENTIALS[name]
    requests: list[tuple[str, str, dict[str, str], bytes | None]] = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            target = path
            for parameter in [_resolve(spec, p) for p in operation.get("parameters") or []]:
                if parameter.get("in") == "path":
                    value = str(parameter.get("example", "x"))
                    target = target.replace("{" + parameter["name"] + "}", value)
            body = _example_body(spec, operation)
            raw = None if body is None else json.dumps(body).encode()
            json_headers = {**headers, "Content-Type": "application/json"} if raw is not None else dict(headers)
            query = f"?{credentials}" if credentials else ""
            extra = f"{query}&zz=1" if query else "?zz=1"
            requests += [
                (method.upper(), target + query, json_headers, raw),
                (method.upper(), target + query, json_headers, raw),  # again: state, duplicates
                (method.upper(), target, {k: v for k, v in json_headers.items() if k != "Authorization"}, raw),
                (method.upper(), target + extra, json_headers, raw),  # an undeclared query parameter
                ("PATCH" if method != "patch" else "PUT", target + query, json_headers, raw),  # 405
            ]
            if raw is not None and isinstance(body, dict):
                requests += [
                    (method.upper(), target + query, json_headers, json.dumps({**body, "zz": 1}).encode()),
                    (method.upper(), target + query, json_headers, b'{"broken'),
                    (method.upper(), target + query, json_headers, b'{"a": NaN}'),
                    (method.upper(), target + query, json_headers, b"{}"),
                ]
    requests.append(("GET", "/nowhere", dict(headers), None))
    requests.append(("GET", "/__mock/sent", {}, None))
    return requests


def _answers(port: int, requests: list[tuple[str, str, dict[str, str], bytes | None]]) -> list[Any]:
    answers = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        for method, target, headers, body in requests:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            kept = [(k.lower(), v) for k, v in response.getheaders() if k.lower() != "date"]
            answers.append((method, target, response.status, kept, data))
            if response.will_close:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    finally:
        connection.close()
    return answers


@pytest.mark.parametrize("name", sorted(CREDENTIALS))
def test_the_direct_lane_answers_as_the_asgi_app(name: str) -> None:
    requests = _requests(name)
    apps = {direct: create_app(name, seed=7, clock=lambda: CLOCK) for direct in (True, False)}
    answers = {}
    for direct, app in apps.items():
        with _served(app, direct=direct) as port:
            answers[direct] = _answers(port, requests)
    assert apps[True].state.api.answered_now > len(requests) // 2  # the lane was taken
    assert apps[False].state.api.answered_now == 0
    for with_lane, without in zip(answers[True], answers[False], strict=True):
        assert with_lane == without
    assert apps[True].state.api.sent == apps[False].state.api.sent


def _exchange(port: int, *parts: bytes, pause: float = 0.0, answers: int = 1, bodies: bool = True) -> list[bytes]:
    """Send ``parts`` (with ``pause`` seconds between them) on one connection; read ``answers`` answers
    (without their bodies for ``bodies=False``: the answers to HEAD)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for i, part in enumerate(parts):
            if i and pause:
                time.sleep(pause)
            sock.sendall(part)
        received = b""
        found: list[bytes] = []
        while len(found) < answers:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
            while b"\r\n\r\n" in received:
                head, _, rest = received.partition(b"\r\n\r\n")
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                length = length if bodies else 0
                if len(rest) < length:
                    break
                if not head.startswith(b"HTTP/1.1 100 "):  # an interim answer (Expect: 100-continue)
                    found.append(head + b"\r\n\r\n" + rest[:length])
                received = rest[length:]
        return found


JOB = json.dumps({"messages": [{"text": "Code 1234", "recipients": [{"dst": "+4917600000000"}]}]}).encode()


def _post(body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"POST /jobs HTTP/1.1\r\nHost: mock\r\nAuthorization: " + BASIC.encode() + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body) + extra + b"\r\n" + body
    )


def _get(target: bytes, version: bytes = b"1.1", extra: bytes = b"", method: bytes = b"GET") -> bytes:
    return (
        method
        + b" "
        + target
        + b" HTTP/"
        + version
        + b"\r\nHost: mock\r\nAuthorization: "
        + BASIC.encode()
        + b"\r\n"
        + extra
        + b"\r\n"
    )


@pytest.fixture
def retarus() -> Iterator[tuple[Starlette, int]]:
    app = create_app("retarus-sms4a", seed=1)
    with _served(app, direct=True) as port:
        yield app, port


def test_a_body_in_a_later_read_is_awaited_on_the_lane(retarus: tuple[Starlette, int]) -> None:
    app, port = retarus
    request = _post(JOB)
    (answer,) = _exchange(port, request[: len(request) - 10], request[-10:], pause=0.2)
    assert answer.startswith(b"HTTP/1.1 201 ")
    assert app.state.api.answered_now == 1
    assert len(app.state.api.sent) == 1


def test_a_late_body_gets_the_vendors_408_and_changes_nothing() -> None:
    app = create_app("retarus-sms4a", body_timeout=0.3)
    with _served(app, direct=True) as port, socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        start = time.monotonic()
        sock.sendall(_post(JOB)[:-5])
        answer = b""
        while chunk := sock.recv(65536):  # the mock closes the connection after its answer
            answer += chunk
    assert 0.3 <= time.monotonic() - start < 3
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ") and b"connection: close" in head.lower()
    assert json.loads(body) == {"code": 408, "message": "Request body not received within 0.3 s"}
    assert app.state.api.sent == []


def test_what_the_app_answers_from_the_head_is_not_kept_waiting(retarus: tuple[Starlette, int]) -> None:
    app, port = retarus
    wrong = _post(JOB).replace(BASIC.encode(), b"Basic d3Jvbmc6d3Jvbmc=")  # wrong:wrong
    (answer,) = _exchange(port, wrong[:-5])  # the body never completes
    assert answer.startswith(b"HTTP/1.1 401 ")
    assert app.state.api.answered_now == 0


def test_pipelined_requests_are_answered_in_order(retarus: tuple[Starlette, int]) -> None:
    app, port = retarus
    answers = _exchange(port, _post(JOB) + _get(b"/version") + _get(b"/jobs/J.unknown"), answers=3)
    assert [a.split(b" ", 2)[1] for a in answers] == [b"201", b"200", b"404"]
    assert b"buildNumber" in answers[1]
    assert app.state.api.answered_now == 3


@pytest.mark.parametrize(
    "request_bytes",
    [
        _get(b"/version", version=b"1.0"),
        _get(b"/version", extra=b"Connection: close\r\n"),
        _get(b"/version", method=b"HEAD"),
        _post(JOB, extra=b"Expect: 100-continue\r\n"),
    ],
    ids=["http-1.0", "connection-close", "head", "expect-100-continue"],
)
def test_the_app_serves_what_the_lane_leaves(retarus: tuple[Starlette, int], request_bytes: bytes) -> None:
    app, port = retarus
    head = request_bytes.startswith(b"HEAD ")
    (answer,) = _exchange(port, request_bytes, bodies=not head)
    assert answer.split(b" ", 2)[1] == (b"405" if head else b"201" if request_bytes.startswith(b"POST") else b"200")
    assert app.state.api.answered_now == 0


def test_a_pending_fault_is_served_by_the_app(retarus: tuple[Starlette, int]) -> None:
    app, port = retarus
    app.state.api.faults.inject("getVersion", count=1, status=503, retry_after=1)
    first, second = (_exchange(port, _get(b"/version"))[0] for _ in range(2))
    assert first.startswith(b"HTTP/1.1 503 ") and b"retry-after: 1" in first.lower()
    assert second.startswith(b"HTTP/1.1 200 ")
    assert app.state.api.answered_now == 1


def _closed_after(sock: socket.socket, limit: float) -> float | None:
    """Seconds until the server closes ``sock`` (reading nothing else), or None within ``limit``."""
    start = time.monotonic()
    sock.settimeout(limit)
    try:
        data = sock.recv(65536)
    except TimeoutError:
        return None
    assert data == b""
    return time.monotonic() - start


def test_an_idle_connection_is_closed_after_the_keep_alive_timeout() -> None:
    app = create_app("retarus-sms4a")
    with _served(app, direct=True, keep_alive=1) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        for _ in range(4):  # a request every 0.4 s keeps the connection open past the timeout
            sock.sendall(_get(b"/version"))
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
            time.sleep(0.4)
        closed = _closed_after(sock, 5)
    assert app.state.api.answered_now == 4
    assert closed is not None and 0.4 <= closed < 2


def test_a_slow_head_gets_the_408_after_requests_on_the_lane() -> None:
    app = create_app("retarus-sms4a")
    with _served(app, direct=True, header_timeout=0.5) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        for _ in range(3):  # heads in time, each well within the header timeout
            sock.sendall(_get(b"/version"))
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
            time.sleep(0.3)
        start = time.monotonic()
        sock.sendall(b"GET /version HTTP/1.1\r\nHost: mock\r\n")  # and the rest never comes
        sock.settimeout(5)
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert 0.4 <= time.monotonic() - start < 2
