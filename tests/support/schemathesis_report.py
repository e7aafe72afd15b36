"""Counting schemathesis' work: per-check counts from a ``schemathesis run --report ndjson`` file, and
the session's tally (every in-process case and every CLI run, per vendor and check) that
``tests/conftest.py`` gathers from the xdist workers and prints at the end of the run."""

import json
from collections import Counter
from pathlib import Path
from typing import Any


def check_counts(ndjson: Path) -> Counter[tuple[str, str]]:
    """How many results each (check name, status) had, over every phase of the run."""
    counts: Counter[tuple[str, str]] = Counter()
    for line in ndjson.read_text(encoding="utf-8").splitlines():
        finished = json.loads(line).get("ScenarioFinished")
        if not finished:
            continue
        for results in finished["recorder"].get("checks", {}).values():
            for result in results:
                counts[(result["name"], result["status"])] += 1
    return counts


def table(counts: Counter[tuple[str, str]]) -> str:
    names = sorted({name for name, _ in counts})
    statuses = sorted({status for _, status in counts})
    lines = ["check".ljust(34) + "".join(s.ljust(10) for s in statuses)]
    for name in names:
        lines.append(name.ljust(34) + "".join(str(counts[(name, s)]).ljust(10) for s in statuses))
    return "\n".join(lines)


SESSION_CHECKS: Counter[tuple[str, str, str]] = Counter()
"""(vendor, check, status) -> results, over this process's schemathesis runs."""
SESSION_CASES: Counter[tuple[str, str]] = Counter()
"""(vendor, how: ``engine in-process``, ``cli over loopback``, ``pytest plugin`` (the soak)) -> cases."""
SESSION_ANSWERS: Counter[tuple[str, str]] = Counter()
"""(vendor, ``METHOD /path -> status``) -> answers of the in-process runs."""


def dump() -> dict[str, Any]:
    """The tally as JSON-able data (an xdist worker sends it to the controller)."""
    return {
        "checks": [[*key, n] for key, n in SESSION_CHECKS.items()],
        "cases": [[*key, n] for key, n in SESSION_CASES.items()],
        "answers": [[*key, n] for key, n in SESSION_ANSWERS.items()],
    }


def merge(data: dict[str, Any]) -> None:
    for vendor, check, status, n in data.get("checks", []):
        SESSION_CHECKS[(vendor, check, status)] += n
    for vendor, where, n in data.get("cases", []):
        SESSION_CASES[(vendor, where)] += n
    for vendor, answer, n in data.get("answers", []):
        SESSION_ANSWERS[(vendor, answer)] += n


def session_report() -> list[str]:
    """Per vendor: the cases (in-process, CLI) and each check's results; then the answers per operation."""
    lines = []
    for vendor in sorted({v for v, _ in SESSION_CASES} | {v for v, _, _ in SESSION_CHECKS}):
        where = {w: n for (v, w), n in sorted(SESSION_CASES.items()) if v == vendor}
        detail = ", ".join(f"{n} {w}" for w, n in where.items())
        lines.append(f"{vendor}: {sum(where.values())} cases ({detail})")
        for (v, check, status), count in sorted(SESSION_CHECKS.items()):
            if v == vendor:
                lines.append(f"  {check:34} {status:8} {count}")
        for (v, answer), count in sorted(SESSION_ANSWERS.items()):
            if v == vendor:
                lines.append(f"  {answer:43} {count}")
    return lines
