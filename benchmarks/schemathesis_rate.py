"""Benchmark 4: schemathesis cases per second, in-process (ASGI) vs over loopback (uvicorn subprocess).

The same spec (Retarus), the same settings (``schemathesis.toml`` for auth and checks; hypothesis
derandomized, ``MAX_EXAMPLES`` per operation, no database), the same test body
(``case.call_and_validate()`` with every default check). In-process the cases go to
``mocks.registry.create_app`` through schemathesis' ASGI transport; over loopback to
``python -m mocks retarus-sms4a`` on a free 127.0.0.1 port, through one ``requests.Session``
(keep-alive, as the schemathesis CLI uses). Only the case loop is timed, not loading the schema.
"""

import cProfile
import sys
import time
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig

from mocks.registry import create_app

from .common import ROOT, ProfileShares, Row, free_port, median, server_process

MAX_EXAMPLES = 10
REPEATS = 3
TIME_BOUND = 120.0  # seconds for all repeats of both sides
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _cases_per_second(schema: Any, session: requests.Session | None) -> tuple[float, int, int]:
    """Run every operation's cases once: (cases per second, cases, failed checks)."""
    cases = 0
    failures = 0

    def make_test() -> Any:
        def check(case: Any) -> None:
            nonlocal cases, failures
            cases += 1
            try:
                case.call_and_validate(session=session) if session is not None else case.call_and_validate()
            except Exception:  # a failed check: counted, not shrunk, so both sides run the same cases
                failures += 1

        return SETTINGS(check)

    start = time.perf_counter()
    for result in schema.get_all_operations():
        given(case=result.ok().as_strategy())(make_test())()
    elapsed = time.perf_counter() - start
    return cases / elapsed, cases, failures


def _profile(schema: Any) -> str:
    """Shares (cProfile, cumulative) of drawing cases and of sending and checking them, in-process."""
    profiler = cProfile.Profile()
    profiler.enable()
    _cases_per_second(schema, None)
    profiler.disable()
    profiled = ProfileShares(profiler)
    drawing = profiled.share("schemathesis/specs/openapi/_hypothesis.py", "openapi_cases")
    calling = profiled.share("schemathesis/generation/case.py", "call_and_validate")
    return f"in-process profile: drawing cases {drawing:.0%}, call_and_validate {calling:.0%}"


def run() -> list[Row]:
    """Alternate in-process and loopback runs ``REPEATS`` times; compare median cases per second."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "mocks", "retarus-sms4a", "--port", str(port), "--seed", "1"]
    in_process: list[float] = []
    loopback: list[float] = []
    counts: list[str] = []
    deadline = time.monotonic() + TIME_BOUND
    config = SchemathesisConfig.from_path(str(ROOT / "schemathesis.toml"))
    with server_process(command, f"{url}/openapi.json"), requests.Session() as session:
        remote = schemathesis.openapi.from_url(f"{url}/openapi.json", config=config)
        for i in range(REPEATS):
            local = schemathesis.openapi.from_asgi("/openapi.json", create_app("retarus-sms4a", seed=1), config=config)
            sides = [("asgi", local, None, in_process), ("loopback", remote, session, loopback)]
            for name, schema, http, results in sides if i % 2 == 0 else reversed(sides):
                rate, cases, failures = _cases_per_second(schema, http)
                results.append(rate)
                counts.append(f"{name} {cases} cases, {failures} failed, {rate:.1f}/s")
            if time.monotonic() > deadline:
                break
    print("  schemathesis: " + "; ".join(counts))
    where = _profile(
        schemathesis.openapi.from_asgi("/openapi.json", create_app("retarus-sms4a", seed=1), config=config)
    )
    print(f"  schemathesis profile, {where}")
    ratio = median(loopback) / median(in_process)  # time per case: ours (ASGI) / loopback
    return [
        Row(
            "4. schemathesis cases/s, in-process ASGI vs loopback",
            f"{median(in_process):.1f} cases/s",
            f"{median(loopback):.1f} cases/s",
            ratio,
            "none set",
            None,
            f"Retarus, {MAX_EXAMPLES} examples x 5 operations, median of {len(in_process)}; ratio in time per case; "
            + where,
        )
    ]
