"""Benchmark 3: mock latency (p50, p99) and throughput over loopback, ours vs Stoplight Prism.

Both serve ``specs/retarus-sms4a.yaml`` as subprocesses on free 127.0.0.1 ports: ours with
``python -m mocks retarus-sms4a`` (routing, Basic auth, validation compiled per operation with
openapi-core behind it, stateful handlers), Prism 5.16.0 with ``prism mock`` (static examples).
A third server, ``benchmarks/fixed_answer.py``, answers every request with the same bytes: the
floor that the client and loopback alone set. Prism is measured quiet
(``-v warn``, no log line per request, as our mock runs) and, for reference, with its default
``info`` logging. The same requests with the same credentials go to each, from one
``httpx.Client`` with keep-alive, sequentially, in alternating blocks; then an
``httpx.AsyncClient`` with 8 requests in flight measures throughput. Every loop is bounded
in count and time. Behaviour checks show what each mock validates and remembers.
"""

import asyncio
import cProfile
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx

from mocks.registry import create_app, load_spec

from .common import (
    ROOT,
    ProfileShares,
    Row,
    fmt_time,
    free_port,
    group_cpu_seconds,
    median,
    not_measured,
    percentile,
    ratio_met,
    server_process,
)
from .prism import PrismUnavailable, ensure_prism

GOAL = 0.5
SPEC = ROOT / "specs" / "retarus-sms4a.yaml"
AUTH = ("user", "secret")
WARMUP = 50
BLOCKS = 5
BLOCK = 200  # requests per block: BLOCKS x BLOCK per endpoint and server
ENDPOINT_DEADLINE = 60.0  # seconds per endpoint, all servers
CONCURRENCY = 8
CONCURRENT_TOTAL = 1200
CONCURRENT_DEADLINE = 30.0
UNKNOWN_JOB = "J.20200101-000000.000-000000000000000000"


@dataclass(frozen=True)
class Request:
    """One request of the workload and the status it must get."""

    label: str
    method: str
    path: str
    body: Any
    expected: int


def _workload(job_id: str) -> list[Request]:
    body = load_spec("retarus-sms4a")["components"]["examples"]["MinimalJobRequest"]["value"]
    return [
        Request("GET /version", "GET", "/version", None, 200),
        Request("GET /jobs/{jobId}", "GET", f"/jobs/{job_id}", None, 200),
        Request("POST /jobs", "POST", "/jobs", body, 201),
    ]


def _send(client: httpx.Client, request: Request) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.request(request.method, request.path, json=request.body)
    response.read()
    return time.perf_counter() - start, response.status_code


def _latencies(
    clients: dict[str, httpx.Client], request: Request, pids: dict[str, int], cpu: dict[str, list[float]]
) -> tuple[dict[str, list[float]], list[str]]:
    """Per-request latencies of ``request`` on each server, in alternating blocks; wrong statuses noted.

    Adds each server's CPU seconds per request (its process group, over the timed blocks) to ``cpu``.
    """
    problems: list[str] = []
    for client in clients.values():
        for _ in range(WARMUP):
            _send(client, request)
    results: dict[str, list[float]] = {name: [] for name in clients}
    deadline = time.monotonic() + ENDPOINT_DEADLINE
    names = list(clients)
    for block in range(BLOCKS):
        for name in names if block % 2 == 0 else reversed(names):
            cpu_before = group_cpu_seconds(pids[name])
            for _ in range(BLOCK):
                elapsed, status = _send(clients[name], request)
                results[name].append(elapsed)
                if status != request.expected and name != "floor" and len(problems) < 5:
                    problems.append(f"{name}: {request.label} answered {status}")
            cpu.setdefault(name, []).append((group_cpu_seconds(pids[name]) - cpu_before) / BLOCK)
        if time.monotonic() > deadline:
            problems.append(f"{request.label}: stopped after {block + 1} blocks (time bound)")
            break
    return results, problems


async def _throughput(base_url: str, workload: list[Request]) -> float:
    """Requests per second with ``CONCURRENCY`` requests in flight, bounded in count and time."""
    issued = 0
    done = 0
    deadline = time.monotonic() + CONCURRENT_DEADLINE

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal issued, done
        while issued < CONCURRENT_TOTAL and time.monotonic() < deadline:
            request = workload[issued % len(workload)]
            issued += 1
            response = await client.request(request.method, request.path, json=request.body)
            await response.aread()
            done += 1

    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base_url, auth=AUTH, limits=limits, timeout=10) as client:
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))  # warm-up: opens the connections
        issued = done = 0
        deadline = time.monotonic() + CONCURRENT_DEADLINE
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))
        return done / (time.perf_counter() - start)


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
            created = await client.post("/jobs", json=workload[2].body)
            job_id = created.json()["jobId"]
            for request in workload:
                path = request.path if "{" not in request.label else f"/jobs/{job_id}"
                for _ in range(20):
                    await client.request(request.method, path, json=request.body)
                start = time.perf_counter()
                for _ in range(calls):
                    await client.request(request.method, path, json=request.body)
                in_app = (time.perf_counter() - start) / calls
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(calls):
                    await client.request(request.method, path, json=request.body)
                profiler.disable()
                profiled = ProfileShares(profiler)
                fast = profiled.share("mocks/core/fastpath.py", "validate")
                validation = profiled.share("mocks/core/validation.py", "validate")
                auth = profiled.share("mocks/core/auth.py", "is_authorized")
                summaries[request.label] = (
                    f"in-process (httpx.ASGITransport, no HTTP) {fmt_time(in_app)}/request, of which compiled "
                    f"validation {fast:.0%}, openapi-core {validation:.0%}, auth {auth:.0%}"
                )
                print(f"  ours, {request.label}: {summaries[request.label]}")

    asyncio.run(measure())
    return summaries


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


def run() -> list[Row]:
    """Start the servers, check their behaviour, measure latencies and throughput, compare."""
    prism_reason = ""
    prism: str | None = None
    try:
        prism = str(ensure_prism())
    except PrismUnavailable as exc:
        prism_reason = f"Prism not available: {exc}"
        print(f"  {prism_reason}")
    ports = {name: free_port() for name in ("ours", "floor", "prism", "prism-info")}
    with ExitStack() as stack:
        clients: dict[str, httpx.Client] = {}
        pids: dict[str, int] = {}
        for name, command, url in _servers(prism, ports):
            pids[name] = stack.enter_context(server_process(command, f"{url}/openapi.json")).pid
            clients[name] = stack.enter_context(httpx.Client(base_url=url, auth=AUTH, timeout=10))
        behaviour = {name: _behaviour(client) for name, client in clients.items() if name in ("ours", "prism")}
        for name, checks in behaviour.items():
            passed = [check for check, ok in checks if ok]
            print(
                f"  behaviour of {name}: {len(passed)}/{len(checks)} -> "
                + "; ".join(f"{check}: {'yes' if ok else 'no'}" for check, ok in checks)
            )
        created = clients["ours"].post("/jobs", json=_workload("")[2].body)
        created.raise_for_status()
        workload = _workload(created.json()["jobId"])
        profiles = _profile_ours(workload)
        rows: list[Row] = []
        sequential: dict[str, list[float]] = {name: [] for name in clients}
        server_cpu: dict[str, list[float]] = {}
        for request in workload:
            results, problems = _latencies(clients, request, pids, server_cpu)
            for problem in problems:
                print(f"  note: {problem}")
            for name, values in results.items():
                sequential[name].extend(values)
            rows.extend(_latency_rows(request, results, prism_reason, profiles[request.label]))
        throughput = {
            name: asyncio.run(_throughput(_url(ports[name]), workload)) for name in clients if name != "prism-info"
        }
        floor_p50 = median(sequential.pop("floor"))
    rows.append(_throughput_row("sequential, keep-alive", sequential, prism_reason))
    print("  throughput, 8 in flight: " + ", ".join(f"{n} {v:.0f} req/s" for n, v in throughput.items()))
    if "prism" in throughput:
        ratio = throughput["prism"] / throughput["ours"]
        rows.append(
            Row(
                "3. mock throughput, 8 in flight (mixed)",
                f"{throughput['ours']:.0f} req/s",
                f"{throughput['prism']:.0f} req/s",
                ratio,
                f"<= {GOAL}x (>= 2x req/s)",
                ratio_met(ratio, GOAL),
                f"up to {CONCURRENT_TOTAL} requests / {CONCURRENT_DEADLINE:.0f} s; ratio in time per request; "
                f"the fixed-answer floor: {throughput['floor']:.0f} req/s",
            )
        )
        rows.append(
            Row(
                "3. mock p50 floor: fixed answer, no HTTP parsing (all 3 requests)",
                fmt_time(floor_p50),
                fmt_time(median(sequential["prism"])),
                floor_p50 / median(sequential["prism"]),
                "none set",
                None,
                "benchmarks/fixed_answer.py with the same client: the client and loopback alone; no server "
                "can go below this ratio here",
            )
        )
    if "prism" in server_cpu:
        ours_cpu, prism_cpu = (sum(server_cpu[n]) / len(server_cpu[n]) for n in ("ours", "prism"))
        rows.append(
            Row(
                "3. mock server CPU per request (all 3 requests, sequential)",
                fmt_time(ours_cpu),
                fmt_time(prism_cpu),
                ours_cpu / prism_cpu,
                "none set",
                None,
                "CPU time of the server's processes over the timed blocks (/proc), per request: the "
                f"requests per CPU second each can serve ({1 / ours_cpu:.0f} vs {1 / prism_cpu:.0f}), "
                "whatever the client; the fixed-answer floor: "
                f"{fmt_time(sum(server_cpu['floor']) / len(server_cpu['floor']))}",
            )
        )
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


def _latency_rows(request: Request, results: dict[str, list[float]], prism_reason: str, profile: str) -> list[Row]:
    ours = results["ours"]
    if "prism" not in results:
        return [
            not_measured(f"3. mock p50, {request.label}", f"<= {GOAL}x", prism_reason),
            not_measured(f"3. mock p99, {request.label}", "none set", prism_reason),
        ]
    prism, prism_info = results["prism"], results["prism-info"]
    p50_ratio = median(ours) / median(prism)
    return [
        Row(
            f"3. mock p50, {request.label}",
            fmt_time(median(ours)),
            fmt_time(median(prism)),
            p50_ratio,
            f"<= {GOAL}x",
            ratio_met(p50_ratio, GOAL),
            f"{len(ours)} requests each; Prism with default info logging: {fmt_time(median(prism_info))} "
            f"({median(ours) / median(prism_info):.2f}x); ours {profile}",
        ),
        Row(
            f"3. mock p99, {request.label}",
            fmt_time(percentile(ours, 99)),
            fmt_time(percentile(prism, 99)),
            percentile(ours, 99) / percentile(prism, 99),
            "none set",
            None,
            f"Prism with info logging: {fmt_time(percentile(prism_info, 99))}",
        ),
    ]


def _throughput_row(label: str, sequential: dict[str, list[float]], prism_reason: str) -> Row:
    rate: Callable[[list[float]], float] = lambda values: len(values) / sum(values)  # noqa: E731
    if "prism" not in sequential:
        return not_measured(f"3. mock throughput, {label}", "none set", prism_reason)
    ours, prism = rate(sequential["ours"]), rate(sequential["prism"])
    return Row(
        f"3. mock throughput, {label} (all 3 requests)",
        f"{ours:.0f} req/s",
        f"{prism:.0f} req/s",
        prism / ours,
        "none set",
        None,
        "one connection, one request at a time; ratio in time per request",
    )
