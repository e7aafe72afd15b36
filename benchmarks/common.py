"""Shared helpers: result rows, statistics, formatting, free ports and servers run as subprocesses."""

import cProfile
import os
import pstats
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
"""The repository root (specs/, generator/, mocks/ live here)."""


@dataclass(frozen=True)
class Row:
    """One line of the results table.

    ``ratio`` is ours ÷ baseline in time (time per call, per request or per case):
    below 1 means ours is faster. ``met`` is None where the issue sets no goal.
    """

    benchmark: str
    ours: str
    baseline: str
    ratio: float | None
    goal: str
    met: bool | None
    note: str = ""


def not_measured(benchmark: str, goal: str, reason: str) -> Row:
    """A row for a benchmark that could not run, with the reason."""
    return Row(benchmark, "not measured", "not measured", None, goal, None, reason)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile ``q`` (0-100) of ``values``."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def fmt_time(seconds: float) -> str:
    """A duration with a unit that keeps three significant figures."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def ratio_met(ratio: float, limit: float) -> bool:
    return ratio <= limit


def venv_bin() -> Path:
    """The folder of the running interpreter's scripts (ruff, openapi-python-client, ...)."""
    return Path(sys.executable).parent


def env_with_venv() -> dict[str, str]:
    """The environment with the running venv's bin first on PATH, as ``nox`` and an activated venv have it.

    Bytecode is written (``PYTHONDONTWRITEBYTECODE`` removed), as on a developer's machine, so
    that fresh interpreters do not compile the repository's modules anew each time.
    """
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(venv_bin()), env.get("PATH", "")])
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll ``url`` until the server answers anything; raise when it exits or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode} before answering") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not answer within {timeout:.0f} s") from None
            time.sleep(0.1)


@contextmanager
def server_process(
    command: list[str], probe_url: str, *, startup_timeout: float = 30
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` (a server) in its own process group until the block ends; wait until it answers.

    Yields the process (its pid is the process group's id: see ``group_cpu_seconds``).
    """
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env_with_venv(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_up(probe_url, proc, startup_timeout)
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def group_cpu_seconds(pgid: int) -> float:
    """CPU time (user + system) used so far by the processes of the process group ``pgid`` (Linux)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:  # pgrp
            total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def alternate(
    repeats: int, runs: dict[str, Callable[[], float]], deadline: float | None = None
) -> dict[str, list[float]]:
    """Call each measurement of ``runs`` ``repeats`` times, alternating their order, and collect the results.

    Alternating spreads slow phases of the machine over both sides. Stops early at ``deadline``
    (a ``time.monotonic()`` value) once every side has at least one result.
    """
    results: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for i in range(repeats):
        for name in names if i % 2 == 0 else reversed(names):
            results[name].append(runs[name]())
        if deadline is not None and time.monotonic() > deadline:
            break
    return results


class ProfileShares:
    """The cumulative share of named functions in a cProfile run (its own thread only)."""

    def __init__(self, profiler: cProfile.Profile) -> None:
        self.stats: dict[tuple[str, int, str], Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        self.total = float(sum(entry[2] for entry in self.stats.values())) or 1.0

    def share(self, fragment: str, function: str) -> float:
        """Share of the run spent in and under ``function`` (a prefix when it ends in ``_``) of files whose
        path contains ``fragment``."""
        cumulative = 0.0
        for (filename, _line, name), entry in self.stats.items():
            if fragment in filename and (name == function or (function.endswith("_") and name.startswith(function))):
                cumulative += float(entry[3])
        return cumulative / self.total

    def top_own_time(self, count: int) -> list[tuple[str, float]]:
        """The ``count`` functions with the most own time, with their shares."""
        ranked = sorted(self.stats.items(), key=lambda item: float(item[1][2]), reverse=True)[:count]
        return [(key[2], float(entry[2]) / self.total) for key, entry in ranked]
