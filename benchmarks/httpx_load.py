"""The mock benchmark's fallback load generator when wrk is missing: httpx, in this process.

The same interface as ``benchmarks/wrk.py`` (``run(url, plan, authorization, connections=,
seconds=)`` gives a ``Result``), the same plans: one ``httpx.Client`` with keep-alive sends the
plan's requests in turn for one connection, an ``httpx.AsyncClient`` with that many requests in
flight for more. On a 2-core machine the Python client costs more CPU per request than the
servers it measures (see BENCHMARKS.md, section 3), so these figures say more about httpx than
about the servers; wrk's are the ones the goals are judged by.
"""

import asyncio
import time
from collections.abc import Sequence

import httpx

from .wrk import Histogram, PlannedRequest, Result

NAME = "httpx (Python, in the benchmark's process)"


def _content(request: PlannedRequest) -> tuple[bytes | None, dict[str, str]]:
    if request.body is None:
        return None, {}
    return request.body.encode(), {"Content-Type": "application/json"}


def _sequential(url: str, plan: Sequence[PlannedRequest], authorization: str, seconds: float) -> Result:
    histogram = Histogram()
    latencies: list[float] = []
    errors = 0
    prepared = [(r.method, r.path, *_content(r)) for r in plan]
    with httpx.Client(base_url=url, headers={"Authorization": authorization}, timeout=10) as client:
        start = time.perf_counter()
        deadline = start + seconds
        i = 0
        while time.perf_counter() < deadline:
            method, path, content, headers = prepared[i % len(prepared)]
            i += 1
            sent = time.perf_counter()
            response = client.request(method, path, content=content, headers=headers)
            response.read()
            latencies.append(time.perf_counter() - sent)
            errors += response.status_code >= 400
        elapsed = time.perf_counter() - start
    histogram.add_seconds(latencies)
    return Result(len(latencies), elapsed, errors, histogram)


async def _in_flight(
    url: str, plan: Sequence[PlannedRequest], authorization: str, connections: int, seconds: float
) -> Result:
    latencies: list[float] = []
    errors = 0
    issued = 0
    prepared = [(r.method, r.path, *_content(r)) for r in plan]
    deadline = 0.0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal issued, errors
        while time.perf_counter() < deadline:
            method, path, content, headers = prepared[issued % len(prepared)]
            issued += 1
            sent = time.perf_counter()
            response = await client.request(method, path, content=content, headers=headers)
            await response.aread()
            latencies.append(time.perf_counter() - sent)
            errors += response.status_code >= 400

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    headers = {"Authorization": authorization}
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=10) as client:
        deadline = time.perf_counter() + 0.2  # warm-up: opens the connections
        await asyncio.gather(*(worker(client) for _ in range(connections)))
        latencies.clear()
        errors = 0
        start = time.perf_counter()
        deadline = start + seconds
        await asyncio.gather(*(worker(client) for _ in range(connections)))
        elapsed = time.perf_counter() - start
    histogram = Histogram()
    histogram.add_seconds(latencies)
    return Result(len(latencies), elapsed, errors, histogram)


def run(
    url: str, plan: Sequence[PlannedRequest], authorization: str, *, connections: int = 1, seconds: int = 1
) -> Result:
    """Send ``plan`` (in turn, repeatedly) to ``url`` for ``seconds`` on ``connections`` keep-alive connections."""
    if connections == 1:
        return _sequential(url, plan, authorization, seconds)
    return asyncio.run(_in_flight(url, plan, authorization, connections, seconds))
