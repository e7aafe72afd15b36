"""wrk as the mock benchmark's load generator: a C client that is not the bottleneck on 2 cores.

``run(wrk, url, plan, authorization, connections=1, seconds=1)`` runs ``wrk`` with one thread and
``benchmarks/wrk_requests.lua``, which sends the plan's requests in turn on every connection
(keep-alive) and prints wrk's latency histogram (microseconds), so that blocks of the same
server can be merged exactly. ``find()`` says where wrk is, or ``None``: install it with
``apt-get install wrk`` (Debian, Ubuntu) or ``brew install wrk`` (macOS), see ``INSTALL_HINT``.
"""

import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "wrk_requests.lua"
INSTALL_HINT = "wrk not found on PATH: install it with `apt-get install wrk` (Debian/Ubuntu) or `brew install wrk`"
TIMEOUT_MARGIN = 30.0  # seconds beyond the run's own duration before wrk is given up


class WrkFailed(RuntimeError):
    """wrk did not run or printed no result."""


@dataclass(frozen=True)
class PlannedRequest:
    """One request of a plan: method, path (with query) and an optional JSON body (one line)."""

    method: str
    path: str
    body: str | None = None

    def line(self) -> str:
        if "\t" in self.path or "\n" in self.path or (self.body is not None and ("\n" in self.body)):
            raise ValueError("a planned request may hold no tab or line break (the body no line break)")
        return f"{self.method}\t{self.path}" + ("" if self.body is None else f"\t{self.body}")


@dataclass
class Histogram:
    """Latencies as counts per microsecond value (wrk's resolution); merged across runs."""

    counts: Counter[int] = field(default_factory=Counter)

    def add(self, other: "Histogram") -> None:
        self.counts.update(other.counts)

    def add_seconds(self, values: Iterable[float]) -> None:
        self.counts.update(round(v * 1e6) for v in values)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def percentile(self, q: float) -> float:
        """The nearest-rank percentile ``q`` (0-100), in seconds."""
        total = self.total
        if total == 0:
            raise ValueError("no latencies")
        rank = max(1, min(total, round(q / 100 * total + 0.5)))
        seen = 0
        for value in sorted(self.counts):
            seen += self.counts[value]
            if seen >= rank:
                return value / 1e6
        raise AssertionError("unreachable")


@dataclass
class Result:
    """One wrk run: requests completed, their latencies, the run's duration and its errors."""

    requests: int
    seconds: float
    errors: int
    latencies: Histogram

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def find() -> str | None:
    """The path of the wrk executable, or None."""
    return shutil.which("wrk")


def version(wrk: str) -> str:
    """wrk's version line (``wrk 4.1.0 [epoll] ...``)."""
    done = subprocess.run([wrk, "--version"], capture_output=True, text=True, timeout=10, check=False)
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "wrk"


def parse(output: str) -> Result:
    """The result line that ``wrk_requests.lua`` printed."""
    for line in output.splitlines():
        if line.startswith("WRK "):
            fields = dict(item.split("=", 1) for item in line[4:].split(" "))
            histogram = Histogram()
            for pair in filter(None, fields["histogram"].split(",")):
                value, count = pair.split(":")
                histogram.counts[int(value)] += int(count)
            return Result(int(fields["requests"]), int(fields["duration_us"]) / 1e6, int(fields["errors"]), histogram)
    raise WrkFailed(f"wrk printed no result: {output.strip()[-300:] or 'no output'}")


def run(
    wrk: str,
    url: str,
    plan: Sequence[PlannedRequest],
    authorization: str,
    *,
    connections: int = 1,
    seconds: int = 1,
) -> Result:
    """Send ``plan`` (in turn, repeatedly) to ``url`` for ``seconds`` (whole: wrk's unit) on ``connections``
    keep-alive connections."""
    with tempfile.NamedTemporaryFile("w", suffix=".plan", encoding="utf-8") as plan_file:
        plan_file.write("\n".join(request.line() for request in plan) + "\n")
        plan_file.flush()
        command = [
            wrk,
            "-t1",
            f"-c{connections}",
            f"-d{max(1, seconds)}s",
            "--timeout",
            "10s",
            "-s",
            str(SCRIPT),
            url,
            "--",
            plan_file.name,
            authorization,
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=seconds + TIMEOUT_MARGIN, check=False
            )
        except subprocess.TimeoutExpired:
            raise WrkFailed(f"wrk did not finish within {seconds + TIMEOUT_MARGIN:.0f} s") from None
    if done.returncode != 0:
        raise WrkFailed(f"wrk exited with {done.returncode}: {(done.stderr or done.stdout).strip()[-300:]}")
    return parse(done.stdout)
