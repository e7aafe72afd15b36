"""Benchmark 2: a typed client call vs raw httpx + json, on the same in-memory transport.

Both sides send through one ``httpx.MockTransport`` that answers with canned, realistic
bodies built from the specs' own examples: a Retarus job report, a page of 100 Retarus job
reports and a CALLR page of 20 SMS (enveloped). Both authenticate with HTTP Basic. Ours
builds the request from typed arguments and parses the answer into attrs models (timestamps
into ``datetime``, every value type-checked); the baseline is what a user writes by hand:
``client.get(...)``, ``raise_for_status()``, ``.json()``. Time per call, sync and async.
"""

import asyncio
import copy
import cProfile
import datetime as dt
import gc
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx
from typedsms_callr import AuthenticatedClient as CallrClient
from typedsms_callr import Credentials as CallrCredentials
from typedsms_callr.api.sms import list_sms
from typedsms_callr.models import SmsType
from typedsms_retarus_sms4a import AuthenticatedClient as RetarusClient
from typedsms_retarus_sms4a import Credentials as RetarusCredentials
from typedsms_retarus_sms4a.api.jobs import get_job, list_jobs

from mocks.registry import load_spec

from .common import ProfileShares, Row, alternate, fmt_time, median, ratio_met

GOAL = 1.15
REPEATS = 15
RETARUS_URL = "http://retarus.bench.invalid/rest/v1"  # never resolved: MockTransport answers
CALLR_URL = "http://callr.bench.invalid/rest/v1.1"
JOB_ID = "J.20220928-125820.020-0l8likuetGNOTM4A4U"
USER, PASSWORD = "user", "secret"
FROM_TS = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
TO_TS = dt.datetime(2024, 3, 31, tzinfo=dt.UTC)


def _payloads() -> dict[str, bytes]:
    """Canned answers by request path, made from the specs' examples."""
    retarus = load_spec("retarus-sms4a")
    report = retarus["components"]["examples"]["JobReport"]["value"]
    reports = []
    for i in range(100):
        item = copy.deepcopy(report)
        item["jobId"] = f"J.20220928-125820.{i:03d}-0l8likuetGNOTM4A4U"
        item["recipientIds"] = [f"S.20220928-125820.{i:03d}-0l8likueyRB3CT8F{j:02d}" for j in range(3)]
        reports.append(item)
    callr = load_spec("callr")
    envelope = callr["paths"]["/sms"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]["list"]
    sms = envelope["value"]["data"][0]
    page = {"status": "success", "data": [{**copy.deepcopy(sms), "hash": f"{0x8242D945 + i:08X}"} for i in range(20)]}
    return {
        f"/rest/v1/jobs/{JOB_ID}": json.dumps(report).encode(),
        "/rest/v1/jobs": json.dumps(reports).encode(),
        "/rest/v1.1/sms": json.dumps(page).encode(),
    }


def _transport() -> httpx.MockTransport:
    payloads = _payloads()

    def handler(request: httpx.Request) -> httpx.Response:
        body = payloads[request.url.path]
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)

    return httpx.MockTransport(handler)


@dataclass
class Case:
    """One operation, with our call and the hand-written baseline, sync and async."""

    name: str
    calls: int  # calls per timed batch
    ours: Callable[[], object]
    baseline: Callable[[], object]
    ours_async: Callable[[], Awaitable[object]]
    baseline_async: Callable[[], Awaitable[object]]


@dataclass
class Opened:
    """Every client the cases use, to close afterwards."""

    generated: list[RetarusClient | CallrClient]
    sync: list[httpx.Client]
    asynchronous: list[httpx.AsyncClient]

    async def aclose(self) -> None:
        for client in self.generated:
            client.close()
            await client.aclose()
        for raw in self.sync:
            raw.close()
        for araw in self.asynchronous:
            await araw.aclose()


def _cases(transport: httpx.MockTransport) -> tuple[list[Case], Opened]:
    """The cases, and every client opened for them."""
    args: dict[str, Any] = {"transport": transport}
    retarus = RetarusClient(
        credentials=RetarusCredentials(username=USER, password=PASSWORD), base_url=RETARUS_URL, httpx_args=args
    )
    callr = CallrClient(
        credentials=CallrCredentials(username=USER, password=PASSWORD), base_url=CALLR_URL, httpx_args=args
    )
    raw_retarus = httpx.Client(base_url=RETARUS_URL, auth=(USER, PASSWORD), transport=transport)
    raw_callr = httpx.Client(base_url=CALLR_URL, auth=(USER, PASSWORD), transport=transport)
    araw_retarus = httpx.AsyncClient(base_url=RETARUS_URL, auth=(USER, PASSWORD), transport=transport)
    araw_callr = httpx.AsyncClient(base_url=CALLR_URL, auth=(USER, PASSWORD), transport=transport)
    callr_params = {"type": "OUT", "from": "2024-03-01 00:00:00", "to": "2024-03-31 00:00:00"}

    def raw(client: httpx.Client, url: str, params: dict[str, str] | None = None, key: str = "") -> Any:
        response = client.get(url, params=params)
        response.raise_for_status()
        return response.json()[key] if key else response.json()

    async def araw(client: httpx.AsyncClient, url: str, params: dict[str, str] | None = None, key: str = "") -> Any:
        response = await client.get(url, params=params)
        response.raise_for_status()
        return response.json()[key] if key else response.json()

    cases = [
        Case(
            "Retarus GET /jobs/{jobId} (1 report)",
            200,
            lambda: get_job.sync(JOB_ID, client=retarus),
            lambda: raw(raw_retarus, f"/jobs/{JOB_ID}"),
            lambda: get_job.asyncio(JOB_ID, client=retarus),
            lambda: araw(araw_retarus, f"/jobs/{JOB_ID}"),
        ),
        Case(
            "Retarus GET /jobs (100 reports)",
            20,
            lambda: list_jobs.sync(client=retarus, job_ids_only=True),
            lambda: raw(raw_retarus, "/jobs", {"jobIdsOnly": "true"}),
            lambda: list_jobs.asyncio(client=retarus, job_ids_only=True),
            lambda: araw(araw_retarus, "/jobs", {"jobIdsOnly": "true"}),
        ),
        Case(
            "CALLR GET /sms (20 SMS)",
            50,
            lambda: list_sms.sync(client=callr, type_=SmsType.OUT, from_=FROM_TS, to=TO_TS),
            lambda: raw(raw_callr, "/sms", callr_params, "data"),
            lambda: list_sms.asyncio(client=callr, type_=SmsType.OUT, from_=FROM_TS, to=TO_TS),
            lambda: araw(araw_callr, "/sms", callr_params, "data"),
        ),
    ]
    return cases, Opened([retarus, callr], [raw_retarus, raw_callr], [araw_retarus, araw_callr])


def _check(cases: list[Case]) -> None:
    """Make sure our calls really parse what the baseline reads."""
    report = cases[0].ours()
    assert getattr(report, "job_id", None) == JOB_ID, report
    assert isinstance(getattr(report, "receipt_ts", None), dt.datetime)
    reports = cases[1].ours()
    assert isinstance(reports, list) and len(reports) == 100
    sms = cases[2].ours()
    assert isinstance(sms, list) and len(sms) == 20 and isinstance(sms[0].date_creation, dt.datetime)


def _time_sync(call: Callable[[], object], n: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - start) / n


def _time_async(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]], n: int) -> float:
    async def batch() -> float:
        start = time.perf_counter()
        for _ in range(n):
            await call()
        return (time.perf_counter() - start) / n

    gc.collect()
    return loop.run_until_complete(batch())


# Where the time of our call goes: (label, file path fragment, function name); cumulative times.
PROFILE_PARTS = [
    ("httpx send (auth, transport, response)", "httpx/_client.py", "send"),
    ("httpx build_request (URL, headers)", "httpx/_client.py", "build_request"),
    ("parse: JSON decode + models", "/api/", "_parse_response"),
    ("  of which JSON decode", "httpx/_models.py", "json"),
    ("  of which timestamps (_wire.parse_datetime)", "_wire.py", "parse_datetime"),
    ("  of which type checks (_wire.expect_*)", "_wire.py", "expect_"),
]


def profile(call: Callable[[], object], n: int) -> tuple[str, list[str]]:
    """Profile ``n`` calls with cProfile: a one-line summary and the detail lines."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(n):
        call()
    profiler.disable()
    profiled = ProfileShares(profiler)
    shares = [(label, profiled.share(path, name)) for label, path, name in PROFILE_PARTS]
    top = profiled.top_own_time(6)
    lines = [f"    {label:48} {share:6.1%}" for label, share in shares]
    lines.append("    top own time: " + ", ".join(f"{name} ({share:.0%})" for name, share in top))
    summary = ", ".join(f"{label.strip()} {share:.0%}" for label, share in shares[:3])
    return summary, lines


def run() -> list[Row]:
    """Time every case sync and async, alternating ours and the baseline; profile ours (sync)."""
    transport = _transport()
    cases, clients = _cases(transport)
    loop = asyncio.new_event_loop()
    rows: list[Row] = []
    try:
        _check(cases)
        for case in cases:
            for mode in ("sync", "async"):
                runs: dict[str, Callable[[], float]]
                if mode == "sync":
                    runs = {
                        "ours": partial(_time_sync, case.ours, case.calls),
                        "baseline": partial(_time_sync, case.baseline, case.calls),
                    }
                else:
                    runs = {
                        "ours": partial(_time_async, loop, case.ours_async, case.calls),
                        "baseline": partial(_time_async, loop, case.baseline_async, case.calls),
                    }
                for measure in runs.values():  # warm-up
                    measure()
                results = alternate(REPEATS, runs)
                ours, base = results["ours"], results["baseline"]
                ratio = median(ours) / median(base)
                summary = ""
                if mode == "sync":
                    summary, lines = profile(case.ours, case.calls * 2)
                    print(f"  profile of ours, {case.name} (share of profiled time):")
                    print("\n".join(lines))
                rows.append(
                    Row(
                        f"2. client call, {case.name}, {mode}",
                        fmt_time(median(ours)),
                        fmt_time(median(base)),
                        ratio,
                        f"<= {GOAL}x",
                        ratio_met(ratio, GOAL),
                        f"median of {REPEATS} x {case.calls} calls" + (f"; ours: {summary}" if summary else ""),
                    )
                )
    finally:
        loop.run_until_complete(clients.aclose())
        loop.close()
    return rows
