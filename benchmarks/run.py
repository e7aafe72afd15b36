"""Run every benchmark in one process on this machine and print one table of ratios against goals.

``python -m benchmarks`` or ``python benchmarks/run.py`` from the repository root;
``--only NAME ...`` runs some, ``--json PATH`` also writes the rows and the machine as JSON,
``--markdown`` prints the table as Markdown too. Exits 1 when a benchmark broke (not when a
goal is missed: a missed goal is a result).
"""

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import client_call, diff_startup, generation, import_time, mock_latency, schemathesis_rate
from benchmarks.common import Row, not_measured
from benchmarks.prism import installed_version

BENCHMARKS: dict[str, tuple[str, Callable[[], list[Row]]]] = {
    "generation": ("1. regenerate clients vs openapi-python-client CLI", generation.run),
    "client": ("2. typed client call vs raw httpx + json", client_call.run),
    "mock": ("3. mock latency and throughput vs Prism", mock_latency.run),
    "schemathesis": ("4. schemathesis in-process vs loopback", schemathesis_rate.run),
    "import": ("5. import time vs httpx", import_time.run),
    "diff": ("6. generator diff start-up vs import ruamel.yaml", diff_startup.run),
}
HEADERS = ("benchmark", "ours", "baseline", "ratio", "goal", "met?")


def machine() -> dict[str, str]:
    """What this run ran on."""
    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    node = "not found"
    if shutil.which("node"):
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    git = ["git", "-C", str(Path(__file__).resolve().parent.parent)]
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    status = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True, check=False)
    tree = commit.stdout.strip() or "unknown"
    if status.stdout.strip():
        tree += " with uncommitted changes"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": f"{os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})",
        "memory": memory,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "node": node,
        "prism": installed_version() or "not installed",
        "tree": tree,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _cells(row: Row) -> tuple[str, ...]:
    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
    met = "—" if row.met is None else ("yes" if row.met else "NO")
    return (row.benchmark, row.ours, row.baseline, ratio, row.goal, met)


def table(rows: list[Row]) -> str:
    """The rows as an aligned text table, then their notes."""
    cells = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("ratio = ours ÷ baseline in time (per call, request or case): below 1 means ours is faster.")
    lines.append("Notes:")
    lines.extend(f"  {r.benchmark}: {r.note}" for r in rows if r.note)
    return "\n".join(lines)


def markdown(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines.extend("| " + " | ".join(c.replace("|", "\\|") for c in _cells(r)) + " |" for r in rows)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run only these benchmarks")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    args = parser.parse_args(argv)
    info = machine()
    print("Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    rows: list[Row] = []
    broken = False
    started = time.monotonic()
    for key in args.only or list(BENCHMARKS):
        title, run = BENCHMARKS[key]
        print(f"\n== {title}", flush=True)
        begin = time.monotonic()
        try:
            rows.extend(run())
        except Exception as exc:  # one broken benchmark must not hide the others' results
            broken = True
            print(f"  broke: {type(exc).__name__}: {exc}", flush=True)
            rows.append(not_measured(title, "—", f"broke: {type(exc).__name__}: {str(exc)[:300]}"))
        print(f"  ({time.monotonic() - begin:.0f} s)", flush=True)
    total = time.monotonic() - started
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{table(rows)}\n\nTotal: {total:.0f} s; load average at the end: {load}")
    if args.markdown:
        print("\n" + markdown(rows))
    if args.json:
        data = {
            "machine": info,
            "seconds": round(total),
            "load average at the end": load,
            "rows": [dataclasses.asdict(r) for r in rows],
        }
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
