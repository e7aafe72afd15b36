"""What the mock writes back: JSON answers byte for byte as Starlette's, and the Retarus ids."""

import re
import string
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.responses import JSONResponse

from mocks.core.app import _JSONResponse
from mocks.core.vendor import Call
from mocks.vendors.retarus_sms4a import RetarusSms4a

CONTENTS: list[Any] = [{"jobId": "J.1", "n": [1, 2.5, None, True]}, [], "é ✓", None, {"nested": {"a": "\u2028"}}]
HEADERS: list[dict[str, str] | None] = [
    None,
    {},
    {"Warning": '299 - "accepted"'},
    {"Content-Type": "application/problem+json"},
    {"Content-Length": "0", "Retry-After": "2"},
]


@pytest.mark.parametrize("status", [100, 200, 201, 204, 304, 400, 503])
@pytest.mark.parametrize("headers", HEADERS, ids=lambda h: "none" if h is None else ",".join(h) or "empty")
@pytest.mark.parametrize("content", CONTENTS, ids=range(len(CONTENTS)))
def test_json_answers_are_starlettes(status: int, headers: dict[str, str] | None, content: Any) -> None:
    ours = _JSONResponse(content, status_code=status, headers=headers)
    theirs = JSONResponse(content, status_code=status, headers=headers)
    assert (ours.status_code, ours.body, ours.raw_headers) == (theirs.status_code, theirs.body, theirs.raw_headers)
    assert ours.background is None and ours.headers == theirs.headers


def test_json_answers_refuse_what_json_cannot_carry() -> None:
    with pytest.raises(ValueError):
        _JSONResponse({"x": float("nan")})


ID = re.compile(r"[JS]\.\d{8}-\d{6}\.\d{3}-0[A-Za-z0-9]{17}")
NOW = datetime(2026, 12, 1, 9, 5, 7, 123456, tzinfo=UTC)


def _ids(seed: int, jobs: int, recipients: int = 1) -> list[str]:
    vendor = RetarusSms4a(seed)
    body = {"messages": [{"text": "hi", "recipients": [{"dst": f"+49170{i:07d}"} for i in range(recipients)]}]}
    ids = []
    for _ in range(jobs):
        job_id = vendor.create_job(Call("createJob", {}, {}, body, b"", NOW)).body["jobId"]
        ids += [job_id, *vendor._jobs[job_id].report()["recipientIds"]]
    return ids


def test_ids_have_the_vendors_form_and_stamp() -> None:
    ids = _ids(0, 20, recipients=3)
    assert all(ID.fullmatch(i) for i in ids), ids[:3]
    assert {i[2:21] for i in ids} == {"20261201-090507.123"}
    assert [i[0] for i in ids[:4]] == ["J", "S", "S", "S"]
    assert len(set(ids)) == len(ids) == 80


def test_ids_are_reproducible_per_seed() -> None:
    assert _ids(7, 5) == _ids(7, 5)
    assert _ids(7, 5) != _ids(8, 5)


def test_every_character_of_an_id_is_equally_likely() -> None:
    """62 characters over 34,000 draws: each within 15% of the mean (the bytes 248-255 are redrawn, so
    a-h are not favoured: with ``byte % 62`` alone they would come 25% more often)."""
    drawn = Counter("".join(i[-17:] for i in _ids(3, 1000)))
    assert set(drawn) == set(string.ascii_letters + string.digits)
    mean = sum(drawn.values()) / 62
    assert all(abs(count - mean) < 0.15 * mean for count in drawn.values()), drawn.most_common(3)
