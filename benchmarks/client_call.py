"""Benchmark 2: a typed client call vs raw httpx + json, on the same in-memory transport.

Both sides send through one ``httpx.MockTransport`` that answers with canned, realistic
bodies built from the specs' own examples: a Retarus job report, a page of 100 Retarus job
reports and a CALLR page of 20 SMS (enveloped). Both authenticate with HTTP Basic. Ours
builds the request from typed keyword arguments (``client.jobs.get(job_id)``,
``client.jobs.list()``, ``client.sms.list(...)``) and reads the answer into result models;
the baseline is what a user writes by hand: ``client.get(...)``, ``raise_for_status()``,
``.json()``. Time per call, sync and async.

Result models read a field when it is first accessed, so "ours" (the call) hands over results
whose values are type-checked and converted as they are read; the time of the call *and* reading
every field of every result (timestamps into ``datetime``, every value type-checked), which is
what the baseline's ``.json()`` hands over at once, is in each row's note, and the profile is of
that.
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
from typedsms_callr import AsyncClient as AsyncCallrClient
from typedsms_callr import Client as CallrClient
from typedsms_retarus_sms4a import AsyncClient as AsyncRetarusClient
from typedsms_retarus_sms4a import Client as RetarusClient

from mocks.registry import load_spec

from .common import ProfileShares, Row, alternate, fmt_time, median, ratio_met

GOALS = {"1 report": 1.10, "100 reports": 1.30, "20 SMS": 1.50}
"""The budgets of the client-surface issue: a single object, 100 Retarus job reports, 20 CALLR SMS."""


def goal_of(name: str) -> float:
    return next(goal for key, goal in GOALS.items() if key in name)


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


def read_every_field(value: Any) -> int:
    """Read every field of a result (models read fields lazily); the number of values read."""
    fields = getattr(type(value), "_FIELDS", None)
    if fields is not None:
        return 1 + sum(read_every_field(getattr(value, f.name)) for f in fields)
    if isinstance(value, list):
        return sum(read_every_field(item) for item in value)
    if isinstance(value, dict):
        return sum(read_every_field(item) for item in value.values())
    return 1


def _transport() -> httpx.MockTransport:
    payloads = _payloads()

    def handler(request: httpx.Request) -> httpx.Response:
        body = payloads[request.url.path]
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)

    return httpx.MockTransport(handler)


@dataclass
class Case:
    """One operation, with our call and the hand-written baseline, sync and async.

    ``ours`` and ``ours_async`` return the typed result (fields not read yet).
    """

    name: str
    calls: int  # calls per timed batch
    ours: Callable[[], object]
    baseline: Callable[[], object]
    ours_async: Callable[[], Awaitable[object]]
    baseline_async: Callable[[], Awaitable[object]]

    def ours_read(self) -> object:
        return read_every_field(self.ours())

    async def ours_async_read(self) -> object:
        return read_every_field(await self.ours_async())


@dataclass
class Opened:
    """Every client the cases use, to close afterwards."""

    sync: list[httpx.Client]
    asynchronous: list[httpx.AsyncClient]

    async def aclose(self) -> None:
        for raw in self.sync:
            raw.close()
        for araw in self.asynchronous:
            await araw.aclose()


def _cases(transport: httpx.MockTransport) -> tuple[list[Case], Opened]:
    """The cases, and every httpx client opened for them (the typed clients do not own theirs)."""
    http, ahttp = httpx.Client(transport=transport), httpx.AsyncClient(transport=transport)
    retarus = RetarusClient(username=USER, password=PASSWORD, base_url=RETARUS_URL, http_client=http)
    aretarus = AsyncRetarusClient(username=USER, password=PASSWORD, base_url=RETARUS_URL, http_client=ahttp)
    callr = CallrClient(username=USER, password=PASSWORD, base_url=CALLR_URL, http_client=http)
    acallr = AsyncCallrClient(username=USER, password=PASSWORD, base_url=CALLR_URL, http_client=ahttp)
    raw_retarus = httpx.Client(base_url=RETARUS_URL, auth=(USER, PASSWORD), transport=transport)
    raw_callr = httpx.Client(base_url=CALLR_URL, auth=(USER, PASSWORD), transport=transport)
    araw_retarus = httpx.AsyncClient(base_url=RETARUS_URL, auth=(USER, PASSWORD), transport=transport)
    araw_callr = httpx.AsyncClient(base_url=CALLR_URL, auth=(USER, PASSWORD), transport=transport)
    callr_params = {"type": "OUT", "from": "2024-03-01 00:00:00", "to": "2024-03-31 00:00:00"}
    jobs_params = {"jobIdsOnly": "true", "offset": "0", "limit": "100"}

    def raw(client: httpx.Client, url: str, params: dict[str, str] | None = None, key: str = "") -> Any:
        response = client.get(url, params=params)
        response.raise_for_status()
        return response.json()[key] if key else response.json()

    async def araw(client: httpx.AsyncClient, url: str, params: dict[str, str] | None = None, key: str = "") -> Any:
        response = await client.get(url, params=params)
        response.raise_for_status()
        return response.json()[key] if key else response.json()

    async def first_page() -> object:
        return (await aretarus.jobs.list()).items

    cases = [
        Case(
            "Retarus GET /jobs/{jobId} (1 report)",
            200,
            lambda: retarus.jobs.get(JOB_ID),
            lambda: raw(raw_retarus, f"/jobs/{JOB_ID}"),
            lambda: aretarus.jobs.get(JOB_ID),
            lambda: araw(araw_retarus, f"/jobs/{JOB_ID}"),
        ),
        Case(
            "Retarus GET /jobs (100 reports)",
            20,
            lambda: retarus.jobs.list().items,  # the first page only: one request
            lambda: raw(raw_retarus, "/jobs", jobs_params),
            first_page,
            lambda: araw(araw_retarus, "/jobs", jobs_params),
        ),
        Case(
            "CALLR GET /sms (20 SMS)",
            50,
            lambda: callr.sms.list(type="OUT", from_=FROM_TS, to=TO_TS),
            lambda: raw(raw_callr, "/sms", callr_params, "data"),
            lambda: acallr.sms.list(type="OUT", from_=FROM_TS, to=TO_TS),
            lambda: araw(araw_callr, "/sms", callr_params, "data"),
        ),
    ]
    return cases, Opened([http, raw_retarus, raw_callr], [ahttp, araw_retarus, araw_callr])


def _check(cases: list[Case], loop: asyncio.AbstractEventLoop) -> None:
    """Make sure our calls really read what the baseline reads, sync and async."""
    for ours in (cases[0].ours(), loop.run_until_complete(cases[0].ours_async())):
        assert getattr(ours, "job_id", None) == JOB_ID, ours
        assert isinstance(getattr(ours, "receipt_ts", None), dt.datetime)
    reports = cases[1].ours()
    assert isinstance(reports, list) and len(reports) == 100
    assert reports == loop.run_until_complete(cases[1].ours_async())
    sms = cases[2].ours()
    assert isinstance(sms, list) and len(sms) == 20 and isinstance(sms[0].date_creation, dt.datetime)
    assert sms == loop.run_until_complete(cases[2].ours_async())
    for case in cases:
        values = read_every_field(case.ours())
        assert values > 1, case.name


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
    ("request: arguments to query, path, body", "_base_client.py", "_prepare"),
    ("answer: status, JSON decode, result models", "_base_client.py", "_result"),
    ("  of which JSON decode", "json/decoder.py", "decode"),
    ("reading every field (models, lazily)", "benchmarks/client_call.py", "read_every_field"),
    ("  of which timestamps (_codecs.read_datetime)", "_codecs.py", "read_datetime"),
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
    summary = ", ".join(f"{label.strip()} {share:.0%}" for label, share in shares if not label.startswith(" "))
    return summary, lines


def run() -> list[Row]:
    """Time every case sync and async, alternating ours and the baseline; profile ours (sync)."""
    transport = _transport()
    cases, clients = _cases(transport)
    loop = asyncio.new_event_loop()
    rows: list[Row] = []
    try:
        _check(cases, loop)
        for case in cases:
            for mode in ("sync", "async"):
                runs: dict[str, Callable[[], float]]
                if mode == "sync":
                    runs = {
                        "ours": partial(_time_sync, case.ours, case.calls),
                        "baseline": partial(_time_sync, case.baseline, case.calls),
                        "reading every field": partial(_time_sync, case.ours_read, case.calls),
                    }
                else:
                    runs = {
                        "ours": partial(_time_async, loop, case.ours_async, case.calls),
                        "baseline": partial(_time_async, loop, case.baseline_async, case.calls),
                        "reading every field": partial(_time_async, loop, case.ours_async_read, case.calls),
                    }
                for measure in runs.values():  # warm-up
                    measure()
                results = alternate(REPEATS, runs)
                ours, base = results["ours"], results["baseline"]
                ratio = median(ours) / median(base)
                read_all = median(results["reading every field"])
                note = (
                    f"median of {REPEATS} x {case.calls} calls; ours then reading every field of the result "
                    f"{fmt_time(read_all)} ({read_all / median(base):.2f}x)"
                )
                if mode == "sync":
                    summary, lines = profile(case.ours_read, case.calls * 2)
                    print(f"  profile of ours then reading every field, {case.name} (share of profiled time):")
                    print("\n".join(lines))
                    note += f"; profile of that: {summary}"
                rows.append(
                    Row(
                        f"2. client call, {case.name}, {mode}",
                        fmt_time(median(ours)),
                        fmt_time(median(base)),
                        ratio,
                        f"<= {goal_of(case.name)}x",
                        ratio_met(ratio, goal_of(case.name)),
                        note,
                    )
                )
    finally:
        loop.run_until_complete(clients.aclose())
        loop.close()
    return rows
