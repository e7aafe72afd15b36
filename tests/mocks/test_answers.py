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
        ids += [job_id, *vendor._report(job_id)["recipientIds"]]
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


def test_stored_jobs_and_sent_sms_leave_the_collector_alone(typedsms_mock: Any) -> None:
    """What a mock keeps per accepted SMS is plain tuples, which Python's garbage collector stops tracking
    after it has seen them: its full passes then do not grow with the jobs stored (they paused the mock
    30-80 ms at 30,000-60,000 jobs when each job was five tracked objects)."""
    import gc

    import httpx

    from mocks.registry import load_spec

    body = load_spec("retarus-sms4a")["components"]["examples"]["JobRequestWithOptions"]["value"]
    mock = typedsms_mock("retarus-sms4a")
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()  # the passes below are the first the new objects see
    try:
        with httpx.Client(transport=mock.transport, base_url=mock.base_url, auth=("user", "secret")) as client:
            # Every option set (duplicate detection too: each job's text differs), SMS with customerRef and blackouts.
            bodies = [{**body, "messages": [{**body["messages"][0], "text": f"code {i}"}]} for i in range(20)]
            ids = [client.post("/jobs", json=one).json()["jobId"] for one in bodies]
            report = client.get(f"/jobs/{ids[0]}").json()
    finally:
        if enabled:
            gc.enable()
    api = mock.app.state.api
    vendor = api.vendor
    # A tuple is let go once the tuples it holds were: two passes for a job (it holds its SMS ids), as
    # the collector's two younger generations give it before it reaches the one its full passes walk.
    gc.collect(0)
    gc.collect(1)
    assert not any(gc.is_tracked(vendor._jobs[job_id]) for job_id in ids)
    assert not any(gc.is_tracked(sms) for sms in vendor._sms.values())
    gc.collect()  # a dict of plain values is let go at a full pass
    sms_per_job = len(report["recipientIds"])
    assert not any(gc.is_tracked(sms) for sms in api._sent) and len(api._sent) == 20 * sms_per_job
    assert all(vendor._jobs[job_id][3] for job_id in ids)  # the options the report shows are stored
    assert not gc.is_tracked(vendor._reports[ids[0]]) and report["jobId"] == ids[0]
    # What users read is unchanged: SentSms with attributes, job reports with the ids of its SMS.
    sent = mock.sent
    assert [type(sms).__name__ for sms in sent] == ["SentSms"] * len(sent)
    assert report["recipientIds"] == [sms.id for sms in sent[:sms_per_job]]
