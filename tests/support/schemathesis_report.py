"""Per-check counts from a ``schemathesis run --report ndjson`` file."""

import json
from collections import Counter
from pathlib import Path


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
