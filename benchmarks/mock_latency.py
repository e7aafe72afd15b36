"""Benchmark 3: mock latency (p50, p99) and throughput over loopback, ours vs Stoplight Prism.

Both serve ``specs/retarus-sms4a.yaml`` as subprocesses on free 127.0.0.1 ports: ours with
``python -m mocks retarus-sms4a`` (routing, Basic auth, validation compiled per operation with
openapi-core behind it, stateful handlers), Prism 5.16.0 with ``prism mock`` (static examples).
A third server, ``benchmarks/fixed_answer.py``, answers every request with the same bytes: the
floor that the load generator and loopback alone set. Prism is measured quiet (``-v warn``, no
log line per request, as our mock runs) and, for reference, with its default ``info`` logging.

The load generator is wrk (``benchmarks/wrk.py``, C, one thread), the same for every server,
with the same requests and credentials: per request, one keep-alive connection sends it over and
over in blocks of ``BLOCK_SECONDS``, alternating the servers' order block by block; then
``CONCURRENCY`` connections send the three requests in turn (throughput). Without wrk on PATH the
benchmark says how to install it and measures with httpx instead (``benchmarks/httpx_load.py``),
whose client-side cost bounds what it can show. Behaviour checks show what each mock validates
and remembers.
"""

import asyncio
import cProfile
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import httpx

from mocks.registry import create_app, load_spec

from . import httpx_load, wrk
from .common import (
    ROOT,
    ProfileShares,
    Row,
    fmt_time,
    free_port,
    group_cpu_seconds,
    not_measured,
    ratio_met,
    server_process,
)
from .prism import PrismUnavailable, ensure_prism
from .wrk import Histogram, PlannedRequest, Result

GOAL = 0.5
SPEC = ROOT / "specs" / "retarus-sms4a.yaml"
AUTH = ("user", "secret")
AUTHORIZATION = "Basic dXNlcjpzZWNyZXQ="  # user:secret
WARMUP_SECONDS = 2  # per request and server, before the timed blocks: Prism's p50 settles after ~4 s of load
# Per request and server, BLOCKS x BLOCK_SECONDS: 9 blocks, because a block's p50 on this kind of machine
# moves by up to 1.7x from block to block for every server (POST /jobs in one run: ours 156-268 µs, Prism
# 432-701 µs), and more blocks put both servers' merged p50 on the same mix of fast and slow moments.
BLOCKS = 9
BLOCK_SECONDS = 1
CONCURRENCY = 8
THROUGHPUT_BLOCKS = 3
THROUGHPUT_SECONDS = 2
UNKNOWN_JOB = "J.20200101-000000.000-000000000000000000"

Load = Callable[..., Result]


@dataclass(frozen=True)
class Request:
    """One request of the workload, as a row label and as sent."""

    label: str
    planned: PlannedRequest


def _workload(job_id: str) -> list[Request]:
    body = load_spec("retarus-sms4a")["components"]["examples"]["MinimalJobRequest"]["value"]
    return [
        Request("GET /version", PlannedRequest("GET", "/version")),
        Request("GET /jobs/{jobId}", PlannedRequest("GET", f"/jobs/{job_id}")),
        Request("POST /jobs", PlannedRequest("POST", "/jobs", json.dumps(body, separators=(",", ":")))),
    ]


@dataclass
class Measured:
    """A server's blocks for one request (or the mixed plan): merged latencies, totals, server CPU."""

    latencies: Histogram
    requests: int = 0
    seconds: float = 0.0
    errors: int = 0
    cpu_seconds: float = 0.0
    block_p50s: list[float | None] = field(default_factory=list)  # one per block, None for a block without answers

    def add(self, result: Result, cpu_seconds: float) -> None:
        self.block_p50s.append(result.latencies.percentile(50) if result.latencies.total else None)
        self.latencies.add(result.latencies)
        self.requests += result.requests
        self.seconds += result.seconds
        self.errors += result.errors
        self.cpu_seconds += cpu_seconds

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_request(self) -> float:
        return self.cpu_seconds / self.requests if self.requests else 0.0


def _blocks(
    load: Load,
    urls: dict[str, str],
    pids: dict[str, int],
    plan: list[PlannedRequest],
    *,
    blocks: int,
    seconds: int,
    connections: int,
) -> dict[str, Measured]:
    """``blocks`` runs of ``plan`` on each server, alternating the servers' order block by block."""
    measured = {name: Measured(Histogram()) for name in urls}
    names = list(urls)
    for block in range(blocks):
        for name in names if block % 2 == 0 else reversed(names):
            cpu_before = group_cpu_seconds(pids[name])
            result = load(urls[name], plan, AUTHORIZATION, connections=connections, seconds=seconds)
            measured[name].add(result, group_cpu_seconds(pids[name]) - cpu_before)
    return measured


def _behaviour(client: httpx.Client) -> list[tuple[str, bool]]:
    """What the mock checks and remembers: each item is (check, passed)."""
    body = load_spec("retarus-sms4a")["components"]["examples"]["MinimalJobRequest"]["value"]
    created = client.post("/jobs", json=body)
    job_id = created.json().get("jobId", "") if created.status_code == 201 else ""
    read = client.get(f"/jobs/{job_id}") if job_id else None
    anonymous = httpx.Client(base_url=str(client.base_url), timeout=10)
    wrong = httpx.Client(base_url=str(client.base_url), auth=("user", "wrong"), timeout=10)
    with anonymous, wrong:
        checks = [
            ("wrong password -> 401", wrong.post("/jobs", json=body).status_code == 401),
            ("no credentials -> 401", anonymous.get("/version").status_code == 401),
            ("empty messages -> 400", client.post("/jobs", json={"messages": []}).status_code == 400),
            ("unknown job -> 404", client.get(f"/jobs/{UNKNOWN_JOB}").status_code == 404),
            (
                "created job is read back",
                read is not None and read.status_code == 200 and read.json().get("jobId") == job_id,
            ),
        ]
    return checks


def _profile_ours(workload: list[Request], calls: int = 200) -> dict[str, str]:
    """Where our mock's time goes, without HTTP: each request through the ASGI app in-process.

    Gives the time per request inside the app and the shares (cProfile, cumulative) of
    openapi-core validation (``mocks/core/validation.py:validate``) and of the credential check.
    """
    summaries: dict[str, str] = {}

    async def measure() -> None:
        transport = httpx.ASGITransport(app=create_app("retarus-sms4a", seed=1))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=AUTH) as client:
            for request in workload:
                planned = request.planned
                content = None if planned.body is None else planned.body.encode()
                headers = {} if planned.body is None else {"Content-Type": "application/json"}
                if "{" in request.label:  # a job of this in-process mock
                    created = await client.post("/jobs", content=workload[2].planned.body, headers=_JSON)
                    path = f"/jobs/{created.json()['jobId']}"
                else:
                    path = planned.path
                for _ in range(20):
                    await client.request(planned.method, path, content=content, headers=headers)
                start = time.perf_counter()
                for _ in range(calls):
                    await client.request(planned.method, path, content=content, headers=headers)
                in_app = (time.perf_counter() - start) / calls
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(calls):
                    await client.request(planned.method, path, content=content, headers=headers)
                profiler.disable()
                profiled = ProfileShares(profiler)
                fast = profiled.share("mocks/core/fastpath.py", "validate")
                validation = profiled.share("mocks/core/validation.py", "validate")
                auth = profiled.share("mocks/core/auth.py", "__call__")
                summaries[request.label] = (
                    f"in-process (httpx.ASGITransport, no HTTP) {fmt_time(in_app)}/request, of which compiled "
                    f"validation {fast:.0%}, openapi-core {validation:.0%}, auth {auth:.0%}"
                )
                print(f"  ours, {request.label}: {summaries[request.label]}")

    asyncio.run(measure())
    return summaries


_JSON = {"Content-Type": "application/json"}


def _servers(prism: str | None, ports: dict[str, int]) -> Iterator[tuple[str, list[str], str]]:
    """(name, command, probe URL) of each server to start."""
    ours = ports["ours"]
    yield "ours", [sys.executable, "-m", "mocks", "retarus-sms4a", "--port", str(ours), "--seed", "1"], _url(ours)
    floor = ports["floor"]
    yield "floor", [sys.executable, "-m", "benchmarks.fixed_answer", str(floor)], _url(floor)
    if prism is not None:
        for name, level in (("prism", "warn"), ("prism-info", "info")):
            command = [prism, "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(ports[name]), "-v", level]
            yield name, command, _url(ports[name])


def _url(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def _load_generator() -> tuple[Load, str]:
    """wrk when it is on PATH, else httpx (with a message how to install wrk); and its name."""
    found = wrk.find()
    if found is None:
        print(f"  {wrk.INSTALL_HINT}; measuring with {httpx_load.NAME} instead, whose own cost bounds the figures")
        return httpx_load.run, httpx_load.NAME
    name = f"{wrk.version(found).split(' [')[0]}, 1 thread"

    def load(url: str, plan: list[PlannedRequest], authorization: str, **options: int) -> Result:
        return wrk.run(found, url, plan, authorization, **options)

    return load, name


def run() -> list[Row]:
    """Start the servers, check their behaviour, measure latencies and throughput, compare."""
    prism_reason = ""
    prism: str | None = None
    try:
        prism = str(ensure_prism())
    except PrismUnavailable as exc:
        prism_reason = f"Prism not available: {exc}"
        print(f"  {prism_reason}")
    load, generator = _load_generator()
    print(f"  load generator: {generator}")
    ports = {name: free_port() for name in ("ours", "floor", "prism", "prism-info")}
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        pids: dict[str, int] = {}
        behaviour: dict[str, list[tuple[str, bool]]] = {}
        for name, command, url in _servers(prism, ports):
            pids[name] = stack.enter_context(server_process(command, f"{url}/openapi.json")).pid
            urls[name] = url
            if name in ("ours", "prism"):
                with httpx.Client(base_url=url, auth=AUTH, timeout=10) as client:
                    behaviour[name] = _behaviour(client)
        for name, checks in behaviour.items():
            passed = [check for check, ok in checks if ok]
            print(
                f"  behaviour of {name}: {len(passed)}/{len(checks)} -> "
                + "; ".join(f"{check}: {'yes' if ok else 'no'}" for check, ok in checks)
            )
        with httpx.Client(base_url=urls["ours"], auth=AUTH, timeout=10) as client:
            created = client.post("/jobs", content=_workload("")[2].planned.body, headers=_JSON)
        created.raise_for_status()
        workload = _workload(created.json()["jobId"])
        profiles = _profile_ours(workload)
        mixed = [request.planned for request in workload]
        for request in workload:  # warm-up: Node's JIT (Prism) needs a few seconds of each request
            _blocks(load, urls, pids, [request.planned], blocks=1, seconds=WARMUP_SECONDS, connections=1)
        per_request: dict[str, dict[str, Measured]] = {}
        for request in workload:
            per_request[request.label] = _blocks(
                load, urls, pids, [request.planned], blocks=BLOCKS, seconds=BLOCK_SECONDS, connections=1
            )
        in_flight = _blocks(
            load,
            {name: url for name, url in urls.items() if name != "prism-info"},
            pids,
            mixed,
            blocks=THROUGHPUT_BLOCKS,
            seconds=THROUGHPUT_SECONDS,
            connections=CONCURRENCY,
        )
    for label, measured in per_request.items():
        for name, figures in measured.items():
            blocks = ", ".join("—" if p50 is None else fmt_time(p50) for p50 in figures.block_p50s)
            print(f"  {label}, {name}: p50 per block {blocks}")
            if figures.errors and name != "floor":
                print(f"  note: {name}: {label}: {figures.errors} answers with a status of 400 or more, or errors")
    return _rows(workload, per_request, in_flight, generator, prism_reason, profiles, behaviour)


def _total(per_request: dict[str, dict[str, Measured]], name: str) -> Measured:
    total = Measured(Histogram())
    for measured in per_request.values():
        figures = measured[name]
        total.latencies.add(figures.latencies)
        total.requests += figures.requests
        total.seconds += figures.seconds
        total.errors += figures.errors
        total.cpu_seconds += figures.cpu_seconds
    return total


def _rows(
    workload: list[Request],
    per_request: dict[str, dict[str, Measured]],
    in_flight: dict[str, Measured],
    generator: str,
    prism_reason: str,
    profiles: dict[str, str],
    behaviour: dict[str, list[tuple[str, bool]]],
) -> list[Row]:
    rows: list[Row] = []
    for request in workload:
        rows.extend(_latency_rows(request, per_request[request.label], generator, prism_reason, profiles))
    ours_all, floor_all = _total(per_request, "ours"), _total(per_request, "floor")
    if "prism" in in_flight:
        prism_all = _total(per_request, "prism")
        rows.append(
            _throughput_row(
                "sequential, keep-alive, 1 connection (all 3 requests)",
                ours_all,
                prism_all,
                f"{generator}; each request in its own blocks, one at a time; the fixed-answer floor: "
                f"{floor_all.rate:.0f} req/s",
            )
        )
        rows.append(
            _throughput_row(
                f"{CONCURRENCY} connections (the 3 requests in turn)",
                in_flight["ours"],
                in_flight["prism"],
                f"{generator}; {THROUGHPUT_BLOCKS} blocks of {THROUGHPUT_SECONDS} s per server; the fixed-answer "
                f"floor: {in_flight['floor'].rate:.0f} req/s",
            )
        )
        rows.append(
            Row(
                "3. mock p50 floor: fixed answer, no HTTP parsing (all 3 requests)",
                fmt_time(floor_all.latencies.percentile(50)),
                fmt_time(prism_all.latencies.percentile(50)),
                floor_all.latencies.percentile(50) / prism_all.latencies.percentile(50),
                "none set",
                None,
                f"benchmarks/fixed_answer.py with the same load generator ({generator}): the load generator and "
                "loopback alone; no server can go below this ratio here",
            )
        )
        ours_cpu, prism_cpu = ours_all.cpu_per_request, prism_all.cpu_per_request
        rows.append(
            Row(
                "3. mock server CPU per request (all 3 requests, sequential)",
                fmt_time(ours_cpu),
                fmt_time(prism_cpu),
                ours_cpu / prism_cpu if prism_cpu else None,
                "none set",
                None,
                "CPU time of the server's processes over the timed blocks (/proc), per request: the requests per "
                f"CPU second each can serve ({1 / ours_cpu:.0f} vs {1 / prism_cpu:.0f}), whatever the client; "
                f"the fixed-answer floor: {fmt_time(floor_all.cpu_per_request)}",
            )
        )
    else:
        rows.append(not_measured("3. mock throughput", ">= 2x req/s", prism_reason))
    ours_checks = behaviour["ours"]
    prism_checks = behaviour.get("prism")
    rows.append(
        Row(
            "3. mock behaviour: auth, validation, state",
            f"{sum(ok for _, ok in ours_checks)}/{len(ours_checks)} checks",
            f"{sum(ok for _, ok in prism_checks)}/{len(prism_checks)} checks" if prism_checks else "not measured",
            None,
            "validates, keeps state",
            all(ok for _, ok in ours_checks),
            "; ".join(check for check, _ in ours_checks),
        )
    )
    return rows


def _latency_rows(
    request: Request, measured: dict[str, Measured], generator: str, prism_reason: str, profiles: dict[str, str]
) -> list[Row]:
    ours = measured["ours"].latencies
    if "prism" not in measured:
        return [
            not_measured(f"3. mock p50, {request.label}", f"<= {GOAL}x", prism_reason),
            not_measured(f"3. mock p99, {request.label}", "none set", prism_reason),
        ]
    prism, prism_info = measured["prism"].latencies, measured["prism-info"].latencies
    p50_ratio = ours.percentile(50) / prism.percentile(50)
    # Block by block (each of ours beside Prism's of the same round): how far the ratio moves.
    blocks = zip(measured["ours"].block_p50s, measured["prism"].block_p50s, strict=True)
    paired = sorted(o / p for o, p in blocks if o is not None and p)
    spread = ""
    if paired:
        spread = f"block by block {paired[0]:.2f}x-{paired[-1]:.2f}x (median {paired[len(paired) // 2]:.2f}x); "
    return [
        Row(
            f"3. mock p50, {request.label}",
            fmt_time(ours.percentile(50)),
            fmt_time(prism.percentile(50)),
            p50_ratio,
            f"<= {GOAL}x",
            ratio_met(p50_ratio, GOAL),
            f"{generator}, 1 connection; {ours.total} vs {prism.total} requests in {BLOCKS} alternating blocks of "
            f"{BLOCK_SECONDS} s, {spread}Prism with default info logging: {fmt_time(prism_info.percentile(50))} "
            f"({ours.percentile(50) / prism_info.percentile(50):.2f}x); "
            f"ours {profiles[request.label]}",
        ),
        Row(
            f"3. mock p99, {request.label}",
            fmt_time(ours.percentile(99)),
            fmt_time(prism.percentile(99)),
            ours.percentile(99) / prism.percentile(99),
            "none set",
            None,
            f"Prism with info logging: {fmt_time(prism_info.percentile(99))}",
        ),
    ]


def _throughput_row(label: str, ours: Measured, prism: Measured, note: str) -> Row:
    ratio = prism.rate / ours.rate  # in time per request, as every ratio: below 1 means ours is faster
    return Row(
        f"3. mock throughput, {label}",
        f"{ours.rate:.0f} req/s",
        f"{prism.rate:.0f} req/s",
        ratio,
        f"<= {GOAL}x (>= 2x req/s)",
        ratio_met(ratio, GOAL),
        f"{note}; ours {ours.rate / prism.rate:.2f}x Prism's requests per second",
    )
