"""Malformed responses: whatever a server answers, every operation of every client ends in its own
typed error or a valid result.

hypothesis feeds each client (through ``httpx.MockTransport``) answers built from the spec's own
response examples, mutated (keys dropped, values of the wrong type, unknown keys and enum values,
wrapped, unwrapped, emptied, huge), fully random JSON, invalid JSON, HTML error pages, empty and huge
bodies, under any content type and any status. The operation is drawn among every method of every
resource of the client (``client.<resource>.<method>``); the call among sync, sync
``with_raw_response``, async and async ``with_raw_response``; the retries among none
(``with_options(max_retries=0)``) and the default (with a client that never sleeps). Every field of
a result is read (models read their fields lazily). Every answer must end in

- a result, only for a 2xx status;
- ``MalformedResponseError``, only for a 2xx status, saying that the server accepted the request
  (``accepted by the server (HTTP N)``) and that it must not be resent, after exactly one request;
- the ``APIStatusError`` subclass of the status, with ``documented`` telling whether the spec lists
  it (or, for a 2xx carrying the vendor's error member, the error it names);

never another exception (KeyError, TypeError, AttributeError, ValueError...), never a hang, never a
credential in the message, never more requests than the retry rules allow: sends are never
repeated after an answer, reads only after 408, 429 and 5xx (and not when ``Retry-After`` asks for
longer than the policy allows).

Unknown enum values in otherwise valid documents are kept: the result parses, the value is an
``UnknownStr``/``UnknownInt`` with ``is_known`` False and ``to_dict()`` writes it back (any value,
drawn by hypothesis, here; the spec examples' own enum sites in ``tests/clients/test_contract.py``).

Short variant: 300 answers per client; ``TYPEDSMS_LONG=1``: 10,000.

Escapes an earlier version of this suite found (statuses outside ``http.HTTPStatus``; JSON nested
deeper than the recursion limit; a ``Content-Encoding`` the body does not match) have their own
deterministic tests in ``tests/clients/test_contract.py``, with the garbled, truncated and
wrong-typed success answers of every operation.
"""

import asyncio
import copy
import faulthandler
import json
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.client_operations import (
    MODES,
    SECRET,
    ClientOperation,
    Switchboard,
    call_in_mode,
    check_unknown_values_kept,
    client_operations,
    enum_cases,
    expected_error_class,
    json_bytes,
    offline_async_client,
    offline_client,
    spec_keys,
)
from tests.support.reliability import LONG, scaled
from tests.support.vendors import VENDORS

# The module reports at its end (test_malformed_report): all of it runs on one xdist worker, in order.
pytestmark = pytest.mark.xdist_group("malformed-responses")

ANSWERS_PER_CLIENT = scaled(300, 10_000)
UNKNOWN_ENUM_EXAMPLES = scaled(20, 400)
WATCHDOG_SECONDS = scaled(300, 3600)
"""If one test runs longer, faulthandler dumps every thread's stack and ends the process: no hang."""
SLOW_CALL_SECONDS = 10.0

STANDARD_STATUSES = sorted(int(s) for s in HTTPStatus)
CONTENT_TYPES = (
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=latin-1",
    "application/json; charset=bogus",
    "application/problem+json",
    "text/html; charset=utf-8",
    "text/plain",
    "application/xml",
    "application/octet-stream",
    "",
)
RETRY_AFTER = (None, "0", "1", "120", "99999999", "-5", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", "1e9")
HTML_PAGES = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    b"<hr><center>nginx</center></body></html>",
    b"<!DOCTYPE html><html><body><h1>Error 520</h1><p>Web server is returning an unknown error</p>"
    b"<p>Cloudflare Ray ID: 7d0e1f2a3b4c5d6e</p></body></html>",
    b"<html><body><h2>Service Unavailable</h2><p>HTTP Error 503. The service is unavailable.</p></body></html>",
    b"<?xml version='1.0'?><error><code>500</code><message>Internal error</message></error>",
    b"<html>\xff\xfe broken \x00 bytes</html>",
)
INVALID_JSON = (
    b"{",
    b"[",
    b'{"a":',
    b"{'single': 'quotes'}",
    b"undefined",
    b'{"a": 1,}',
    b"[1, 2, 3",
    b"\x00\x01\x02",
    b"\xff\xfe\xfd",
    b'{"a": 1}{"b": 2}',
    b"nul",
    b'"unterminated',
    b"\xef\xbb\xbf",
)
ANSWER_KINDS = (
    "example",
    "mutated",
    "mutated",
    "mutated",
    "random json",
    "invalid json",
    "html",
    "empty",
    "huge",
    "bytes",
)
"""What the server's body is; mutated examples get three shares, as they reach deepest into the parsers."""
SAFE_DEPTH = 400  # deep, yet below the recursion limit (deeper nesting has its own test at the end)


# -- what the server says ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes
    content_type: str
    retry_after: str | None
    kind: str

    def response(self, request: httpx.Request) -> httpx.Response:
        headers = {}
        if self.content_type:
            headers["content-type"] = self.content_type
        if self.retry_after is not None:
            headers["retry-after"] = self.retry_after
        return httpx.Response(self.status, headers=headers, content=self.content, request=request)

    def describe(self) -> str:
        return f"{self.kind} answer {self.status} {self.content_type!r} {self.content[:200]!r}"


_DELETE = object()
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)


def random_json(keys: list[str]) -> st.SearchStrategy[Any]:
    names = st.sampled_from(keys) | st.text(max_size=8) if keys else st.text(max_size=8)
    return st.recursive(
        SCALARS,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(names, children, max_size=6),
        max_leaves=30,
    )


def json_paths(document: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from json_paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from json_paths(value, (*prefix, index))


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def _mutations(keys: list[str]) -> dict[str, Callable[[Any, st.DataObject], Any]]:
    def unwrap(value: Any, data: st.DataObject) -> Any:
        if isinstance(value, list) and value:
            return value[0]
        if isinstance(value, dict):
            return list(value.values())
        return value

    def add_key(value: Any, data: st.DataObject) -> Any:
        if isinstance(value, dict):
            return {**value, data.draw(st.sampled_from(keys) | st.text(max_size=8)): data.draw(random_json(keys))}
        return value

    return {
        "delete": lambda value, data: _DELETE,
        "null": lambda value, data: None,
        "scalar": lambda value, data: data.draw(SCALARS),
        "random json": lambda value, data: data.draw(random_json(keys)),
        "as string": lambda value, data: json.dumps(value, allow_nan=True),
        "unknown string": lambda value, data: "UNKNOWN_VALUE_FROM_THE_FUTURE",
        "empty": lambda value, data: data.draw(st.sampled_from([{}, [], "", 0])),
        "wrap": lambda value, data: [value],
        "unwrap": unwrap,
        "add key": add_key,
        "huge int": lambda value, data: 10**40,
        "float": lambda value, data: 1.5,
        "negative": lambda value, data: -1,
        "nan": lambda value, data: float("nan"),
        "long string": lambda value, data: "x" * 20_000,
        "duplicate": lambda value, data: value + value if isinstance(value, list) else value,
        "bool": lambda value, data: True,
    }


def mutate(document: Any, keys: list[str], data: st.DataObject) -> Any:
    """One to three mutations at random places of a deep copy of ``document``."""
    mutations = _mutations(keys)
    document = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(list(json_paths(document))))
        name = data.draw(st.sampled_from(sorted(mutations)))
        new = mutations[name](_get(document, path), data)
        if not path:
            document = None if new is _DELETE else new
            continue
        parent, last = _get(document, path[:-1]), path[-1]
        if new is _DELETE:
            del parent[last]
        else:
            parent[last] = new
    return document


def huge_bodies(op: ClientOperation) -> list[bytes]:
    examples = [document for _, document, _ in op.examples()] or [{"a": 1}]
    big_array = json_bytes(examples * (2_000_000 // max(1, len(json_bytes(examples)))))
    first = copy.deepcopy(examples[0])
    if isinstance(first, dict):
        for key, value in first.items():
            if isinstance(value, str):
                first[key] = value + "x" * 1_000_000
                break
    return [
        big_array,
        json_bytes("x" * 2_000_000),
        bytes(range(256)) * 8_000,
        json_bytes({f"key{i}": i for i in range(100_000)}),
        json_bytes(first),
        b"[" * SAFE_DEPTH + b"]" * SAFE_DEPTH,
        b'{"a":' * SAFE_DEPTH + b"1" + b"}" * SAFE_DEPTH,
    ]


def encode(document: Any, data: st.DataObject) -> bytes:
    text = json.dumps(document, allow_nan=True, ensure_ascii=data.draw(st.booleans()))
    return text.encode(data.draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "utf-32"])))


def draw_answer(op: ClientOperation, huge: list[bytes], keys: list[str], data: st.DataObject) -> Answer:
    examples = op.examples()
    documented = sorted(op.documented)
    kind = data.draw(st.sampled_from(ANSWER_KINDS))
    matched = kind in ("example", "mutated") and bool(examples) and data.draw(st.booleans())
    if matched:
        status, document, _ = data.draw(st.sampled_from(examples))
    else:
        status = data.draw(st.sampled_from(documented) | st.sampled_from(STANDARD_STATUSES))
        document = data.draw(st.sampled_from(examples))[1] if examples else {}
    if kind == "example":
        content = encode(document, data)
    elif kind == "mutated":
        content = encode(mutate(document, keys, data), data)
    elif kind == "random json":
        content = encode(data.draw(random_json(keys)), data)
    elif kind == "invalid json":
        valid = json_bytes(document)
        truncated = valid[: data.draw(st.integers(min_value=0, max_value=max(0, len(valid) - 1)))]
        content = data.draw(st.sampled_from([*INVALID_JSON, truncated]))
    elif kind == "html":
        content = data.draw(st.sampled_from(HTML_PAGES))
    elif kind == "empty":
        content = b""
    elif kind == "huge":
        content = data.draw(st.sampled_from(huge))
    else:
        content = data.draw(st.binary(max_size=80))
    return Answer(
        status=status,
        content=content,
        content_type=data.draw(st.sampled_from(CONTENT_TYPES)),
        retry_after=data.draw(st.sampled_from(RETRY_AFTER)),
        kind=kind,
    )


# -- calling an operation and judging the outcome ------------------------------------------------------


RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60


def expected_requests(op: ClientOperation, answer: Answer, max_retries: int) -> int:
    """How many requests the retry rules allow for an answer that is repeated every time."""
    if not op.operation.idempotent or answer.status not in RETRYABLE:
        return 1
    value = (answer.retry_after or "").strip()
    if value.isascii() and value.isdigit() and int(value) > MAX_RETRY_AFTER:
        return 1
    return max_retries + 1


def error_member_of(op: ClientOperation, content: bytes) -> bool:
    """Whether a success body holds the vendor's error member (JSON:API ``errors``)."""
    member = op.operation.error_member
    if not member or not content.strip():
        return False
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and bool(data.get(member))


def judge(
    op: ClientOperation, answer: Answer, mode: str, error: BaseException | None, requests: int, max_retries: int
) -> str:
    """The outcome's name, after asserting that it is one the client promises for ``answer``."""
    where = f"{op.label} via {mode}, max_retries={max_retries}: {answer.describe()}"
    package = op.package
    success = 200 <= answer.status < 300
    if error is None:
        assert success, f"{where}: a result for a status that is not a success"
        assert requests == 1, f"{where}: {requests} requests"
        return "result"
    if not isinstance(error, package.APIError):
        trace = "".join(traceback.format_exception(error))
        raise AssertionError(f"{where}: {type(error).__name__} escaped\n{trace}")
    assert SECRET not in str(error), f"{where}: the message shows a credential: {error}"
    if isinstance(error, package.MalformedResponseError):
        assert success and error.status_code == answer.status, f"{where}: {error}"
        assert f"accepted by the server (HTTP {answer.status})" in str(error), f"{where}: {error}"
        assert str(error).endswith("do not resend"), f"{where}: {error}"
        assert requests == 1, f"{where}: a malformed answer was retried ({requests} requests)"
        return "MalformedResponseError"
    assert isinstance(error, package.APIStatusError), f"{where}: {type(error).__name__}: {error}"
    if success:
        assert error_member_of(op, answer.content), f"{where}: a success raised {type(error).__name__}"
        assert type(error) is expected_error_class(op, error.status_code), f"{where}: {type(error).__name__}"
        assert requests == 1, f"{where}: {requests} requests"
        return f"{type(error).__name__} (error member in a {answer.status})"
    status_error: Any = error  # the package's APIStatusError (the packages are imported at run time)
    error_class = type(status_error)
    assert error_class is expected_error_class(op, answer.status), f"{where}: {error_class.__name__}"
    assert status_error.status_code == answer.status, where
    assert status_error.documented == (answer.status in op.documented), where
    assert requests == expected_requests(op, answer, max_retries), f"{where}: {requests} requests"
    return type(error).__name__


@dataclass
class Tally:
    answers: Counter[str]
    outcomes: Counter[str]
    operations: Counter[str]


TALLIES: dict[str, Tally] = {}


@pytest.fixture
def watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.mark.parametrize("stem", VENDORS)
def test_every_bad_answer_ends_in_a_typed_error_or_a_result(stem: str, watchdog: None) -> None:
    operations = client_operations(stem)
    huge = {op.label: huge_bodies(op) for op in operations}
    keys = spec_keys(stem)
    switchboard = Switchboard()
    sync_client = offline_client(stem, switchboard)
    async_client = offline_async_client(stem, switchboard)
    policies = {
        0: (sync_client.with_options(max_retries=0), async_client.with_options(max_retries=0)),
        sync_client.retry.max_retries: (sync_client, async_client),
    }
    tally = TALLIES.setdefault(stem, Tally(Counter(), Counter(), Counter()))

    @settings(
        max_examples=ANSWERS_PER_CLIENT,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(data=st.data())
    def one_answer(data: st.DataObject) -> None:
        op = data.draw(st.sampled_from(operations))
        answer = draw_answer(op, huge[op.label], keys, data)
        mode = data.draw(st.sampled_from(MODES))
        max_retries = data.draw(st.sampled_from(sorted(policies)))
        switchboard.answer = answer.response
        switchboard.requests = 0
        started = time.monotonic()
        error: BaseException | None = None
        try:
            call_in_mode(op, policies[max_retries], mode, runner)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        name = judge(op, answer, mode, error, switchboard.requests, max_retries)
        assert elapsed < SLOW_CALL_SECONDS, f"{op.label}: {elapsed:.1f} s for {answer.describe()}"
        tally.answers[answer.kind] += 1
        tally.outcomes[name] += 1
        tally.operations[op.label] += 1

    with asyncio.Runner() as runner:
        one_answer()
        runner.run(async_client._http.aclose())
    sync_client._http.close()
    # Every operation got answers, and the run was not cut short.
    assert set(tally.operations) == {op.label for op in operations}
    assert sum(tally.answers.values()) >= ANSWERS_PER_CLIENT * 0.9


# -- unknown enum values are kept ------------------------------------------------------------------------


@pytest.mark.parametrize("stem", VENDORS)
def test_any_unknown_enum_value_is_kept_and_readable(stem: str) -> None:
    cases = enum_cases(stem)

    def unknown_for(values: tuple[Any, ...]) -> st.SearchStrategy[Any]:
        if all(isinstance(v, int) for v in values):
            return st.integers(min_value=-(2**31), max_value=2**31).filter(lambda v: v not in values)
        return st.text(min_size=1, max_size=30).filter(lambda v: v not in values)

    @settings(max_examples=UNKNOWN_ENUM_EXAMPLES, deadline=None, derandomize=True, database=None)
    @given(data=st.data())
    def one_document(data: st.DataObject) -> None:
        case = data.draw(st.sampled_from(cases))
        check_unknown_values_kept(case, [data.draw(unknown_for(values)) for _, values in case.sites])

    one_document()


def test_malformed_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: prints what each client was fed and how it ended."""
    if not TALLIES:
        return  # run alone: nothing to report
    lines = [f"malformed responses ({'long' if LONG else 'short'} variant)"]
    for stem, tally in TALLIES.items():
        lines.append(f"{stem}: {sum(tally.answers.values())} answers over {len(tally.operations)} operations")
        lines.append("  fed:   " + ", ".join(f"{k} {v}" for k, v in sorted(tally.answers.items())))
        lines.append("  ended: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.outcomes.items())))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
