"""Bad inputs over real loopback: each gets a 4xx in the vendor's error format, never a 500,
and the mock's state serves back fine afterwards (nothing poisoned, nothing half-stored).

56 bad inputs (run against both HTTP parsers), then valid requests with random damage (100 per
vendor; 1,000 with ``TYPEDSMS_LONG=1``), all over loopback.

The corpus is sent as raw bytes on a socket, so that the HTTP layer's refusals are
covered too (``mocks.core.server``: a CR in a header, a 1 MB query, CONNECT, ...). Where
two statuses are allowed, the HTTP parser decides: httptools (llhttp) refuses CONNECT, an
unknown method and an HTTP/0.9 request line itself (400), h11 lets the app answer (404, 405).
"""

import base64
import contextlib
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mocks.registry import create_app, load_spec
from tests.support.servers import serve

pytestmark = pytest.mark.loopback

BASIC = b"Basic " + base64.b64encode(b"user:secret")
AUTH = {
    "retarus-sms4a": b"Authorization: " + BASIC + b"\r\n",
    "callr": b"Authorization: " + BASIC + b"\r\n",
    "sms-scheduler": b"Authorization: Bearer token\r\n",
    "smartswitch": b"",
}
SMARTSWITCH_KEYS = "_login=user&_password=secret"


def _example(name: str, path: str, example: str) -> Any:
    spec = load_spec(name)
    media = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    value = media["examples"][example]
    if "$ref" in value:
        value = spec["components"]["examples"][value["$ref"].rsplit("/", 1)[1]]
    return value["value"]


RETARUS_JOB = _example("retarus-sms4a", "/jobs", "minimal")
CALLR_SMS = _example("callr", "/sms", "vendor")
SCHEDULER_SMS = _example("sms-scheduler", "/sms", "single")
DEEP_ARRAY = b"[" * 10_000 + b"]" * 10_000
DEEP_OBJECT = b'{"a":' * 10_000 + b"1" + b"}" * 10_000


# Statuses the vendor documents without a body (SMS Scheduler's 401 and 404): the mock sends none.
BODYLESS = {("sms-scheduler", 401), ("sms-scheduler", 404)}


def _is_vendor_error(name: str, status: int, body: Any) -> bool:
    """Whether ``body`` has the vendor's error shape (the one its spec documents)."""
    if name == "retarus-sms4a":
        return isinstance(body, dict) and body.get("code") == status and isinstance(body.get("message"), str)
    if name == "callr":
        data = body.get("data") if isinstance(body, dict) else None
        return body.get("status") == "error" and isinstance(data, dict) and data.get("code") == status
    if name == "smartswitch":
        errors = body.get("errors") if isinstance(body, dict) else None
        return isinstance(errors, list) and bool(errors) and all("detail" in e for e in errors)
    errors = body.get("errors") if isinstance(body, dict) else None
    return isinstance(errors, dict)


@dataclass(frozen=True)
class Bad:
    """One bad request: its raw bytes (built from the vendor's auth line) and the statuses allowed."""

    id: str
    vendor: str
    build: Callable[[bytes], bytes]
    statuses: frozenset[int] = frozenset({400})


def _request(
    method: str, target: str, body: bytes = b"", headers: bytes = b"", ctype: bytes = b"application/json"
) -> Callable[[bytes], bytes]:
    """A request with the vendor's valid credentials, unless ``headers`` brings its own Authorization."""

    def build(auth: bytes) -> bytes:
        auth = b"" if b"Authorization" in headers else auth
        head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".encode() + auth + headers
        if body or method in ("POST", "PUT"):
            if ctype:
                head += b"Content-Type: " + ctype + b"\r\n"
            head += b"Content-Length: %d\r\n" % len(body)
        return head + b"\r\n" + body

    return build


def _raw(data: bytes) -> Callable[[bytes], bytes]:
    return lambda auth: data


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _with(base: dict[str, Any], **changes: Any) -> bytes:
    return _json({**base, **changes})


def _cases() -> list[Bad]:
    r, c, s, w = "retarus-sms4a", "callr", "sms-scheduler", "smartswitch"
    job = RETARUS_JOB
    message = job["messages"][0]
    recipient = message["recipients"][0]
    cases = [
        # -- credentials ----------------------------------------------------------------------
        Bad(
            "basic-non-ascii-bytes",
            r,
            _raw(
                b"GET /version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                b"Authorization: Basic \xc3\xa9\xc3\xa9\r\n\r\n"
            ),
            frozenset({401}),
        ),
        Bad(
            "basic-latin1-credentials",
            c,
            _request(
                "GET",
                "/sms/ABCDEF12",
                headers=b"Authorization: Basic " + base64.b64encode("é:é".encode("latin-1")) + b"\r\n",
            ),
            frozenset({401}),
        ),
        Bad(
            "basic-not-base64",
            r,
            _raw(b"GET /version HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Basic !!!*\r\n\r\n"),
            frozenset({401}),
        ),
        Bad(
            "basic-no-colon",
            c,
            _raw(
                b"GET /sms/ABCDEF12 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                b"Authorization: Basic " + base64.b64encode(b"usersecret") + b"\r\n\r\n"
            ),
            frozenset({401}),
        ),
        Bad(
            "bearer-non-ascii",
            s,
            _raw(b"GET /sms/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer \xff\xfe\r\n\r\n"),
            frozenset({401}),
        ),
        Bad(
            "api-key-undecodable",
            w,
            _request("POST", "/message?_login=%FF&_password=%FE&destination_number=%2B1"),
            frozenset({401}),
        ),
        # -- JSON that Python reads but cannot write back ---------------------------------------
        Bad("nested-10000-arrays-retarus", r, _request("POST", "/jobs", DEEP_ARRAY)),
        Bad("nested-10000-objects-callr", c, _request("POST", "/sms", DEEP_OBJECT)),
        Bad("nested-10000-scheduler", s, _request("POST", "/sms", DEEP_ARRAY)),
        Bad(
            "nested-40-in-options",
            c,
            _request(
                "POST",
                "/sms",
                _with(CALLR_SMS, options={"user_data": "x"})[:-1] + b',"x":' + b"[" * 40 + b"]" * 40 + b"}",
            ),
        ),
        Bad("nan-in-options", c, _request("POST", "/sms", _with(CALLR_SMS)[:-1] + b', "options": {"k": NaN}}')),
        Bad(
            "infinity-in-options", c, _request("POST", "/sms", _with(CALLR_SMS)[:-1] + b', "options": {"k": Infinity}}')
        ),
        Bad(
            "minus-infinity-in-options",
            c,
            _request("POST", "/sms", _with(CALLR_SMS)[:-1] + b', "options": {"k": -Infinity}}'),
        ),
        Bad("1e400-in-options", c, _request("POST", "/sms", _with(CALLR_SMS)[:-1] + b', "options": {"k": 1e400}}')),
        Bad(
            "nan-retarus-validity",
            r,
            _request("POST", "/jobs", _with(job)[:-1] + b', "options": {"validityMin": NaN}}'),
        ),
        Bad("nan-scheduler-sender", s, _request("POST", "/sms", _with(SCHEDULER_SMS)[:-1] + b', "x": NaN}')),
        Bad("lone-surrogate-callr-body", c, _request("POST", "/sms", _with(CALLR_SMS, body="\ud800"))),
        Bad(
            "lone-surrogate-callr-options",
            c,
            _request("POST", "/sms", _with(CALLR_SMS, options={"user_data": "\udfff"})),
        ),
        Bad(
            "lone-surrogate-retarus-customer-ref",
            r,
            _request(
                "POST",
                "/jobs",
                _json({"messages": [{**message, "recipients": [{**recipient, "customerRef": "\ud800"}]}]}),
            ),
        ),
        Bad(
            "lone-surrogate-retarus-text",
            r,
            _request("POST", "/jobs", _json({"messages": [{**message, "text": "a\udc00b"}]})),
        ),
        Bad("lone-surrogate-key", s, _request("POST", "/sms", _with(SCHEDULER_SMS)[:-1] + b', "\\ud800": 1}')),
        Bad("lone-surrogate-scheduler-text", s, _request("POST", "/sms", _with(SCHEDULER_SMS, message_text="\ud83d"))),
        Bad(
            "huge-integer",
            r,
            _request("POST", "/jobs", _with(job)[:-1] + b', "options": {"validityMin": ' + b"9" * 5000 + b"}}"),
        ),
        # -- bodies that are not the JSON the spec asks for ------------------------------------------
        Bad("invalid-utf8", c, _request("POST", "/sms", b'{"from": "\xff\xfe", "to": "+33612345678", "body": "x"}')),
        Bad("raw-surrogate-bytes", r, _request("POST", "/jobs", b'{"messages": "\xed\xa0\x80"}')),
        Bad("truncated-json", r, _request("POST", "/jobs", _with(job)[:-3])),
        Bad("empty-json-body", c, _request("POST", "/sms", b"")),
        Bad("null-body", s, _request("POST", "/sms", b"null")),
        Bad("array-body", r, _request("POST", "/jobs", b"[]")),
        Bad("string-body", c, _request("POST", "/sms", b'"hello"')),
        Bad("content-type-semicolons", r, _request("POST", "/jobs", _with(job), ctype=b";;;=")),
        Bad("content-type-text", c, _request("POST", "/sms", _with(CALLR_SMS), ctype=b"text/plain")),
        Bad(
            "content-type-multipart-no-boundary",
            s,
            _request("POST", "/sms", _with(SCHEDULER_SMS), ctype=b"multipart/form-data; boundary="),
        ),
        Bad("content-type-empty", r, _request("POST", "/jobs", _with(job), ctype=b" ")),
        Bad("ten-megabyte-body", r, _request("POST", "/jobs", b'{"messages": "' + b"a" * 10_000_000 + b'"}')),
        Bad("wrong-types", c, _request("POST", "/sms", _json({"from": 1, "to": [], "body": {}}))),
        # -- parameters -------------------------------------------------------------------------
        Bad("path-traversal", r, _request("GET", "/jobs/..%2F..%2Fetc%2Fpasswd"), frozenset({400, 404})),
        Bad("nul-in-path-param", c, _request("GET", "/sms/%00"), frozenset({400, 404})),
        Bad("non-utf8-path-param", s, _request("GET", "/sms/%FF%FE"), frozenset({400, 404})),
        Bad("non-utf8-query", c, _request("GET", "/sms?type=OUT&from=%FF&to=%FE"), frozenset({400})),
        Bad("month-13", c, _request("GET", "/sms?type=OUT&from=2024-13-01%2000:00:00&to=2024-13-02%2000:00:00")),
        Bad("smartswitch-no-number", w, _request("POST", f"/message?{SMARTSWITCH_KEYS}")),
        Bad(
            "smartswitch-count-mismatch",
            w,
            _request("POST", f"/message?{SMARTSWITCH_KEYS}&destination_number=%2B441234567890&body=a&body=b"),
        ),
        Bad("retarus-limit-not-int", r, _request("GET", "/jobs?limit=1e999")),
        # -- the HTTP layer ------------------------------------------------------------------------
        Bad("cr-in-header", c, _raw(b"GET /sms HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n")),
        Bad("header-without-colon", r, _raw(b"GET /version HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n")),
        Bad(
            "one-megabyte-query",
            r,
            _raw(b"GET /jobs?fromTs=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"),
            frozenset({431}),
        ),
        Bad(
            "many-headers",
            s,
            _raw(
                b"GET /sms/1 HTTP/1.1\r\nHost: x\r\n"
                + b"X-Pad: "
                + b"p" * 100
                + b"\r\n" * 1
                + b"".join(b"X-%d: v\r\n" % i for i in range(30000))
                + b"\r\n"
            ),
            frozenset({431}),
        ),
        Bad(
            "connect",
            r,
            _raw(b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"),
            frozenset({400, 404}),
        ),
        Bad("unknown-method", c, _request("BREW", "/sms"), frozenset({400, 405})),
        Bad("garbage-request-line", w, _raw(b"GARBAGE\r\n\r\n")),
        Bad("negative-content-length", r, _raw(b"POST /jobs HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")),
        Bad(
            "two-content-lengths",
            c,
            _raw(b"POST /sms HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}"),
        ),
        Bad("bad-chunk-size", s, _raw(b"POST /sms HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n")),
        Bad("non-ascii-target", r, _raw(b"GET /jobs/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n")),
        Bad("http-0.9-style", w, _raw(b"GET /message\r\n\r\n"), frozenset({400, 405})),
    ]
    return cases


CASES = _cases()


def _exchange(url: str, data: bytes, timeout: float = 20.0) -> tuple[int, bytes]:
    """Send ``data`` on a fresh connection; the answer's status and body (read until close)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        # the server may answer and close before reading everything: then read the answer
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(data)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    answer = b"".join(chunks)
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if b"transfer-encoding: chunked" in head.lower():
        body = _unchunk(body)
    return status, body


def _unchunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2 :]
    return out


@pytest.fixture(scope="module", params=["httptools", "h11"])
def servers(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The four mocks over loopback, with each HTTP parser the mock server can use."""
    from contextlib import ExitStack

    with ExitStack() as stack:
        yield {name: stack.enter_context(serve(create_app(name), parser=request.param)) for name in AUTH}


def test_corpus_size() -> None:
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_gets_a_vendor_4xx(case: Bad, servers: dict[str, str]) -> None:
    status, body = _exchange(servers[case.vendor], case.build(AUTH[case.vendor]))
    assert status in case.statuses, (status, body[:300])
    if (case.vendor, status) in BODYLESS:
        assert body == b"", body[:300]
        return
    assert _is_vendor_error(case.vendor, status, json.loads(body)), body[:300]


def _reads(name: str, url: str) -> list[httpx.Response]:
    """The mock's list operations, which render everything it stored."""
    today = time.strftime("%Y-%m-%d", time.gmtime())
    auth = None if name == "sms-scheduler" else ("user", "secret")
    with httpx.Client(base_url=url, auth=auth, timeout=10) as client:
        if name == "retarus-sms4a":
            return [client.get("/jobs", params={"jobIdsOnly": "true"})]
        if name == "callr":
            return [
                client.get("/sms", params={"type": t, "from": f"{today} 00:00:00", "to": f"{today} 23:59:59"})
                for t in ("OUT", "IN")
            ]
        if name == "sms-scheduler":
            return [client.get("/sms/1", headers={"Authorization": "Bearer token"})]
        return [client.post(f"/message?{SMARTSWITCH_KEYS}&destination_number=441234567890&body=hi")]


def test_state_serves_back_after_the_corpus(servers: dict[str, str]) -> None:
    """Runs after the corpus (same module-scoped servers): every stored thing still renders."""
    for name, url in servers.items():
        for response in _reads(name, url):
            assert response.status_code in (200, 404), (name, response.text[:300])
            if (name, response.status_code) not in BODYLESS:
                response.json()
    # and nothing a refused request sent was stored
    with httpx.Client(base_url=servers["callr"], timeout=10) as client:
        assert client.get("/__mock/sent").json() == {"sent": []}


def test_no_refused_job_counts_as_a_duplicate() -> None:
    """Retarus duplicate detection remembers accepted jobs only."""
    job: dict[str, Any] = {
        "options": {"duplicateDetection": True},
        "messages": [
            {
                "text": "hi",
                "recipients": [
                    {"dst": "+41790000000", "blackoutPeriods": ["2024-01-02T00:00:00Z/2024-01-01T00:00:00Z"]}
                ],
            }
        ],
    }
    with serve(create_app("retarus-sms4a")) as url, httpx.Client(base_url=url, auth=("user", "secret")) as client:
        assert client.post("/jobs", json=job).status_code == 400
        assert client.get("/jobs", params={"jobIdsOnly": "true"}).json() == []
        job["messages"] = [{"text": "hi", "recipients": [{"dst": "+41790000000"}]}]
        assert client.post("/jobs", json=job).status_code == 201
        assert client.post("/jobs", json=job).status_code == 409


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_a_byte_by_byte_client_is_cut_off(parser: str) -> None:
    """A client sending its headers one byte at a time gets the vendor's 408 within the header timeout."""
    with serve(create_app("callr"), header_timeout=0.5, parser=parser) as url:
        host, port = url.removeprefix("http://").split(":")
        start = time.monotonic()
        answer = b""
        with socket.create_connection((host, int(port)), timeout=0.05) as sock:
            for byte in b"GET /sms HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
                try:
                    sock.send(bytes([byte]))
                    answer += sock.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if answer or time.monotonic() - start > 5:
                    break
            sock.settimeout(2)
            try:
                while chunk := sock.recv(4096):
                    answer += chunk
            except OSError:
                pass
        elapsed = time.monotonic() - start
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert elapsed < 2.0
    body = json.loads(answer.partition(b"\r\n\r\n")[2])
    assert _is_vendor_error("callr", 408, body)


def test_a_slow_body_is_cut_off() -> None:
    """A body that does not arrive within the body timeout gets the vendor's 408."""
    with serve(create_app("retarus-sms4a", body_timeout=0.5)) as url:
        start = time.monotonic()
        status, body = _exchange_without_eof(
            url,
            b"POST /jobs HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + BASIC
            + b"\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        )
        assert status == 408
        assert time.monotonic() - start < 3
        assert _is_vendor_error("retarus-sms4a", 408, json.loads(body))


def _exchange_without_eof(url: str, data: bytes) -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(data)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.partition(b"\r\n\r\n")[2]) < _length(answer):
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def _length(answer: bytes) -> int:
    for line in answer.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 1 << 30


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_a_large_body_is_not_a_large_head(parser: str) -> None:
    """The 64 KiB limit is on the request line and headers only: a large valid job is accepted."""
    recipients = [{"dst": f"+4917600{i:06d}"} for i in range(3000)]
    job = {"messages": [{"text": "x" * 100, "recipients": recipients}]}
    with serve(create_app("retarus-sms4a"), parser=parser) as url, httpx.Client(base_url=url) as client:
        for _ in range(2):  # twice on one connection: the count starts again with each request
            answer = client.post("/jobs", json=job, auth=("user", "secret"), timeout=30)
            assert answer.status_code == 201, answer.text[:300]


# -- fuzzing: valid requests with random damage, over loopback ------------------------------------

DAMAGED = 1000 if os.environ.get("TYPEDSMS_LONG") else 100  # damaged requests per vendor
VALID = {
    "retarus-sms4a": _request("POST", "/jobs", _json(RETARUS_JOB)),
    "callr": _request("POST", "/sms", _json(CALLR_SMS)),
    "sms-scheduler": _request("POST", "/sms", _json(SCHEDULER_SMS)),
    "smartswitch": _request("POST", f"/message?{SMARTSWITCH_KEYS}&destination_number=441234567890&body=hi"),
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_damaged_requests_never_get_a_5xx(name: str) -> None:
    """Bytes of a valid request flipped, dropped or inserted anywhere (head or body): never a 5xx."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    valid = VALID[name](AUTH[name])
    edits = st.lists(
        st.tuples(st.sampled_from(["flip", "drop", "insert"]), st.integers(0, len(valid) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=4,
    )
    statuses: list[int] = []
    with serve(create_app(name, body_timeout=0.3), header_timeout=0.3) as url:

        @given(edits)
        @settings(
            max_examples=DAMAGED,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def damaged(changes: list[tuple[str, int, int]]) -> None:
            data = bytearray(valid)
            for kind, at, value in changes:
                at = min(at, len(data) - 1)
                if kind == "flip":
                    data[at] ^= value or 1
                elif kind == "drop":
                    del data[at]
                else:
                    data.insert(at, value)
            status = _status_or_none(url, bytes(data))
            if status is not None:
                assert status < 500, (status, bytes(data)[:200])
                statuses.append(status)

        damaged()
        # the mock still serves the undamaged request afterwards
        status = _status_or_none(url, valid)
        assert status is not None and 200 <= status < 300
    assert statuses  # most damaged requests get an answer


def _status_or_none(url: str, data: bytes) -> int | None:
    """The answer's status, or None when the server closed without one (e.g. waiting for a body)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(data)
        answer = b""
        with contextlib.suppress(TimeoutError, ConnectionResetError):
            sock.settimeout(3)
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
    if not answer.startswith(b"HTTP/1."):
        return None
    return int(answer.split(b" ", 2)[1])
