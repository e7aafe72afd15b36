"""Malformed responses: whatever a server answers, every operation of every client ends in its own
typed error or a valid result.

hypothesis feeds each client (through ``httpx.MockTransport``) answers built from the spec's own
response examples, mutated (keys dropped, values of the wrong type, unknown keys and enum values,
wrapped, unwrapped, emptied, huge), fully random JSON, invalid JSON, HTML error pages, empty and huge
bodies, under any content type and any status. The operation is drawn among every module of the
client's ``api`` package; the call among ``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``; the retry policy among ``NO_RETRY`` and the default (with a client that never
sleeps). Every answer must end in

- a result, only for a status the spec documents as a result (``Response.status_code`` matching);
- ``MalformedResponseError``, only for such a status;
- the ``ApiStatusError`` subclass of the status, with ``documented`` telling whether the spec lists it;

never another exception (KeyError, TypeError, AttributeError, ValueError...), never a hang, never a
credential in the message, never more than ``max_attempts`` requests.

Unknown enum values in otherwise valid documents are kept: the result parses, the value is an
open-enum member with ``is_known`` False (or the plain value where the client types the field so)
and ``to_dict()`` writes it back.

Short variant: 300 answers per client; ``TYPEDSMS_LONG=1``: 10,000.

Three escapes this suite found (statuses outside ``http.HTTPStatus``; JSON nested deeper than the
recursion limit; a ``Content-Encoding`` the body does not match) are fixed in the templates and
have their own tests at the end of this module.
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

from .client_operations import (
    SECRET,
    ClientOperation,
    Switchboard,
    client_operations,
    expected_error_class,
    json_bytes,
    leaves,
    load_spec,
    offline_client,
    spec_keys,
)
from .reliability import LONG, VENDORS, scaled

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


MODES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def call(op: ClientOperation, client: Any, mode: str, retry: Any, runner: asyncio.Runner) -> Any:
    function = getattr(op.module, mode)
    arguments = {**op.call_arguments(), "client": client, "retry": retry}
    if mode.startswith("asyncio"):
        return runner.run(function(**arguments))
    return function(**arguments)


def judge(op: ClientOperation, answer: Answer, mode: str, outcome: Any, error: BaseException | None) -> str:
    """The outcome's name, after asserting that it is one the client promises for ``answer``."""
    where = f"{op.label} via {mode}: {answer.describe()}"
    errors = op.errors
    if error is None:
        assert answer.status in op.success, f"{where}: a result for a status that is not a documented result"
        if mode.endswith("detailed"):
            assert int(outcome.status_code) == answer.status, where
        return "result"
    if not isinstance(error, errors.ApiError):
        trace = "".join(traceback.format_exception(error))
        raise AssertionError(f"{where}: {type(error).__name__} escaped\n{trace}")
    assert SECRET not in str(error), f"{where}: the message shows a credential: {error}"
    if isinstance(error, errors.MalformedResponseError):
        assert answer.status in op.success and error.status_code == answer.status, where
        return "MalformedResponseError"
    assert isinstance(error, errors.ApiStatusError), f"{where}: {type(error).__name__}: {error}"
    assert answer.status not in op.success, f"{where}: a documented result status raised {type(error).__name__}"
    assert type(error) is expected_error_class(op, answer.status), f"{where}: {type(error).__name__}"
    status_error: Any = error
    assert status_error.status_code == answer.status, where
    assert status_error.documented == (answer.status in op.documented), where
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
    client = offline_client(stem, switchboard)
    package = operations[0].package
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
        retry = data.draw(st.sampled_from([package.NO_RETRY, None]))
        switchboard.answer = answer.response
        switchboard.requests = 0
        started = time.monotonic()
        outcome: Any = None
        error: BaseException | None = None
        try:
            outcome = call(op, client, mode, retry, runner)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        name = judge(op, answer, mode, outcome, error)
        assert elapsed < SLOW_CALL_SECONDS, f"{op.label}: {elapsed:.1f} s for {answer.describe()}"
        attempts = 1 if retry is package.NO_RETRY else package.RetryPolicy().max_attempts
        assert 1 <= switchboard.requests <= attempts, f"{op.label}: {switchboard.requests} requests"
        tally.answers[answer.kind] += 1
        tally.outcomes[name] += 1
        tally.operations[op.label] += 1

    with asyncio.Runner() as runner:
        one_answer()
    client.close()
    # Every operation got answers, and the run was not cut short.
    assert set(tally.operations) == {op.label for op in operations}
    assert sum(tally.answers.values()) >= ANSWERS_PER_CLIENT * 0.9


# -- unknown enum values are kept ------------------------------------------------------------------------


def enum_sites(spec: dict[str, Any], schema: Any, document: Any, path: tuple[Any, ...] = ()) -> Iterator[Any]:
    """(path, enum values) of every place in ``document`` whose schema is an enum of 2+ values."""
    from generator.spec_checks import resolve

    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    values = schema.get("enum")
    if isinstance(values, list) and len(values) > 1 and not isinstance(document, bool) and document in values:
        yield path, values
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            yield from enum_sites(spec, sub, document, path)
    if isinstance(document, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, value in document.items():
            if key in properties:
                yield from enum_sites(spec, properties[key], value, (*path, key))
            elif isinstance(extra, dict):
                yield from enum_sites(spec, extra, value, (*path, key))
    elif isinstance(document, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(document):
            yield from enum_sites(spec, schema["items"], value, (*path, index))


@dataclass(frozen=True)
class EnumCase:
    op: ClientOperation
    status: int
    document: Any
    sites: tuple[tuple[tuple[Any, ...], tuple[Any, ...]], ...]


def enum_cases(stem: str) -> list[EnumCase]:
    cases = []
    for op in client_operations(stem):
        for status, document, schema in op.examples():
            if status not in op.success:
                continue
            sites = {path: tuple(values) for path, values in enum_sites(load_spec(stem), schema, document)}
            if sites:
                cases.append(EnumCase(op, status, document, tuple(sorted(sites.items(), key=repr))))
    return cases


def check_unknown_values_kept(case: EnumCase, unknown: list[Any]) -> int:
    document = copy.deepcopy(case.document)
    for (path, _), value in zip(case.sites, unknown, strict=True):
        parent = _get(document, path[:-1])
        parent[path[-1]] = value
    switchboard = Switchboard()
    switchboard.answer = lambda request: httpx.Response(case.status, json=document, request=request)
    with offline_client(case.op.stem, switchboard) as client:
        result = case.op.module.sync(client=client, retry=case.op.package.NO_RETRY, **case.op.call_arguments())
    found = list(leaves(result))
    written = json.dumps(
        [r.to_dict() if hasattr(r, "to_dict") else r for r in (result if isinstance(result, list) else [result])],
        default=str,
    )
    for value in unknown:
        matches = [leaf for leaf in found if type(leaf) is not bool and leaf == value]
        assert matches, f"{case.op.label}: unknown value {value!r} lost in {result!r}"
        for leaf in matches:
            if hasattr(leaf, "is_known"):
                assert leaf.is_known is False and leaf.value == value, f"{case.op.label}: {leaf!r}"
        assert json.dumps(value) in written, f"{case.op.label}: to_dict() lost {value!r}"
    return len(unknown)


def _unknown_like(values: tuple[Any, ...]) -> Any:
    if all(isinstance(v, int) for v in values):
        return max(values) + 1000
    return f"NEW_{values[0]}_2031"


@pytest.mark.parametrize("stem", VENDORS)
def test_unknown_enum_values_in_the_spec_examples_are_kept_and_readable(stem: str) -> None:
    cases = enum_cases(stem)
    assert cases, f"{stem}: no success example holds an enum value"
    checked = 0
    for case in cases:
        checked += check_unknown_values_kept(case, [_unknown_like(values) for _, values in case.sites])
    assert checked >= len(cases)


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


# -- escapes found by the property test, fixed in the templates; each answer must end in a typed error ----------


def _every_operation_answered(stem: str, respond: Callable[[httpx.Request], httpx.Response]) -> None:
    switchboard = Switchboard()
    switchboard.answer = respond
    with offline_client(stem, switchboard) as client:
        for op in client_operations(stem):
            try:
                op.module.sync_detailed(client=client, retry=op.package.NO_RETRY, **op.call_arguments())
            except op.errors.ApiError:
                continue


@pytest.mark.parametrize("stem", VENDORS)
def test_a_status_outside_httpstatus_is_a_typed_error(stem: str) -> None:
    _every_operation_answered(stem, lambda request: httpx.Response(520, content=b"<html>520</html>", request=request))


@pytest.mark.parametrize("stem", VENDORS)
def test_deeply_nested_json_is_a_typed_error(stem: str) -> None:
    body = b"[" * 100_000 + b"]" * 100_000

    def respond(request: httpx.Request) -> httpx.Response:
        ops = [op for op in client_operations(stem) if op.path == request.url.path]
        status = min(ops[0].success) if ops and ops[0].success else 200
        return httpx.Response(status, content=body, headers={"content-type": "application/json"}, request=request)

    _every_operation_answered(stem, respond)


@pytest.mark.parametrize("stem", VENDORS)
def test_a_body_not_matching_its_content_encoding_is_a_typed_error(stem: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(200, content=b'{"not": "gzip"}', headers=headers, request=request)

    _every_operation_answered(stem, respond)


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
