"""The fast path (validators compiled per operation, ``mocks.core.fastpath``) against openapi-core.

For every operation of the four specs, schemathesis generates requests, valid (positive
mode) and invalid (negative mode). Each is sent to two fresh mocks with the same clock and
seed, one validating with the fast path, one with openapi-core alone (``fast=False``). They
must answer the same status and the same body: so the fast path never accepts what
openapi-core refuses, and when it accepts it hands the vendor the same typed values.
``TYPEDSMS_LONG=1`` generates more cases.
"""

import copy
import json
import os
from collections import Counter
from datetime import UTC, datetime
from typing import Any, cast

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, reject, settings
from schemathesis import GenerationMode

from mocks.registry import available, create_app, load_spec
from mocks.testing import InMemoryTransport

EXAMPLES = 400 if os.environ.get("TYPEDSMS_LONG") else 20
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
COUNTS: Counter[tuple[str, str]] = Counter()


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _request(kwargs: dict[str, Any]) -> dict[str, Any]:
    """httpx arguments for schemathesis' transport arguments (any value of a query parameter becomes text)."""
    params: list[tuple[str, str]] = []
    for name, value in (kwargs.get("params") or {}).items():
        values = value if isinstance(value, list) else [value]
        params += [(str(name), _text(item)) for item in values]
    headers = {k: _text(v) for k, v in (kwargs.get("headers") or {}).items() if k.lower() not in ("content-length",)}
    try:
        for key, value in headers.items():
            key.encode("ascii")
            value.encode("latin-1")
    except UnicodeEncodeError:
        reject()  # httpx cannot send it; the corpus test covers undecodable headers
    request: dict[str, Any] = {"method": kwargs["method"], "url": kwargs["url"], "params": params, "headers": headers}
    if "json" in kwargs:
        request["content"] = json.dumps(kwargs["json"]).encode()
        headers.setdefault("Content-Type", "application/json")
    elif "data" in kwargs:
        data = kwargs["data"]
        request["content"] = data if isinstance(data, bytes) else _text(data).encode("utf-8", "surrogatepass")
    elif "content" in kwargs:
        request["content"] = kwargs["content"]
    return request


def case_mode(case: Any) -> str:
    """Whether schemathesis generated ``case`` as valid (positive) or invalid (negative)."""
    meta = getattr(case, "meta", None)
    mode = getattr(getattr(meta, "generation", None), "mode", None)
    return str(getattr(mode, "value", mode))


@pytest.mark.parametrize("name", available())
def test_fast_path_answers_like_openapi_core(name: str) -> None:
    fast = create_app(name, clock=lambda: NOW, fast=True)
    reference = create_app(name, clock=lambda: NOW, fast=False)
    # Cases from the spec as written (its assumed constraints included): /openapi.json serves it without
    # them, and cases that break only assumptions go the tolerant way in both mocks alike, so the fast
    # path would rarely get a case it is sure of.
    schema = schemathesis.openapi.from_dict(copy.deepcopy(load_spec(name)))
    base = "http://mock.test"
    with (
        httpx.Client(transport=InMemoryTransport(fast), base_url=base) as fast_client,
        httpx.Client(transport=InMemoryTransport(reference), base_url=base) as reference_client,
    ):
        for result in schema.get_all_operations():
            operation = cast(Any, result).ok()  # every operation of our specs loads
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @given(operation.as_strategy(generation_mode=mode))
                @SETTINGS
                def same_answer(case: Any) -> None:
                    fast.state.api.reset()
                    reference.state.api.reset()
                    request = _request(case.as_transport_kwargs(base_url=base))
                    before = fast.state.api.fast_accepted
                    ours, theirs = fast_client.request(**request), reference_client.request(**request)
                    accepted_fast = fast.state.api.fast_accepted > before
                    assert (ours.status_code, ours.content) == (theirs.status_code, theirs.content), request
                    verdict = "answered 2xx" if theirs.status_code < 400 else "answered 4xx"
                    COUNTS[(name, f"{case_mode(case)} {verdict}{' (fast path)' if accepted_fast else ''}")] += 1

                same_answer()
    counts = {key: n for (vendor, key), n in sorted(COUNTS.items()) if vendor == name}
    print(f"\n{name}: {sum(counts.values())} requests: {counts}")
    assert any("(fast path)" in key for key in counts), counts
