"""Property tests of the mocks with schemathesis: every check, every phase, at least ``CASES_PER_VENDOR``
cases per vendor, each checked by every check.

``test_schemathesis`` runs schemathesis' own engine (what ``schemathesis run`` runs) against the mock
in-process (ASGI): the spec's examples, the coverage phase, fuzzing (positive and negative), then the
stateful phase along the spec's links; settings (auth, expected statuses) come from schemathesis.toml,
generation is deterministic. It counts every check's results from the engine's own records and
asserts that no check failed and that each ran on at least ``CASES_PER_VENDOR`` cases.
``test_schemathesis_cli_over_loopback`` runs the CLI against a mock started as a user would, over
real HTTP on 127.0.0.1, with every check (``max_response_time`` too): a smaller run (examples and
fuzzing) that proves the real HTTP path. A *case* is one request checked by every check. The counts
are printed at the end of the pytest run, summed over the xdist workers (``tests/conftest.py``).
"""

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import schemathesis
from schemathesis.engine import events

from mocks.registry import create_app
from tests.support import schemathesis_report
from tests.support.schemathesis_report import check_counts, table
from tests.support.servers import free_port
from tests.support.vendors import VENDORS

ROOT = Path(__file__).resolve().parents[2]
CASES_PER_VENDOR = 1_000
"""What every check must have run on, per vendor, in the in-process run."""
FUZZED_PER_VENDOR = 950
"""Fuzzed examples per vendor (positive and negative), spread over its operations; with the spec's examples
and the coverage phase (a few hundred deterministic cases) every vendor passes ``CASES_PER_VENDOR``, even
one with a single operation and no links (an operation with little to vary gives fewer)."""
STATEFUL_RUNS = 30
"""Runs of the stateful phase (specs with links), each a scenario of several steps along the links."""
CLI_EXAMPLES = 5
"""``--max-examples`` of the CLI run over loopback: the spec's examples and fuzzing over real HTTP (the
coverage and stateful phases would repeat the in-process run's, so they are left out)."""
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "allow_header_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
    "object_level_authorization",
)
"""Checks every vendor's cases must have run (schemathesis' defaults are all of them but max_response_time)."""
PHASES = ("examples", "coverage", "fuzzing", "stateful")


def run_engine(stem: str) -> tuple[Counter[tuple[str, str]], Counter[str], list[str]]:
    """Every phase against a fresh in-process mock: (check, status) -> results, phase -> cases, problems."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(stem))
    schema.config.seed = 1
    schema.config.generation.update(deterministic=True, database="none")
    schema.config.phases.update(phases=list(PHASES))
    operations = len(list(schema.get_all_operations()))  # every operation of our specs loads
    fuzzed = -(-FUZZED_PER_VENDOR // operations)
    schema.config.phases.fuzzing.generation.update(max_examples=fuzzed, deterministic=True, database="none")
    schema.config.phases.stateful.generation.update(max_examples=STATEFUL_RUNS, deterministic=True, database="none")
    results: Counter[tuple[str, str]] = Counter()
    cases: Counter[str] = Counter()
    problems: list[str] = []
    for event in schemathesis.engine.from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            cases[str(event.phase.value if hasattr(event.phase, "value") else event.phase)] += len(event.recorder.cases)
            for checks in event.recorder.checks.values():
                for check in checks:
                    status = str(check.status.value)
                    results[(check.name, status)] += 1
                    if status in ("failure", "error"):
                        problems.append(f"{event.recorder.label}: {check.name}: {check.failure_info}")
        elif isinstance(event, events.NonFatalError):
            problems.append(f"{event.label}: {event.info.format() if hasattr(event.info, 'format') else event.value!r}")
        elif isinstance(event, events.FatalError):
            problems.append(f"fatal: {event.exception!r}")
    return results, cases, problems


@pytest.mark.parametrize("stem", VENDORS)
def test_schemathesis(stem: str, capsys: pytest.CaptureFixture[str]) -> None:
    results, cases, problems = run_engine(stem)
    schemathesis_report.SESSION_CASES[(stem, "engine in-process")] += sum(cases.values())
    for (check, status), count in results.items():
        schemathesis_report.SESSION_CHECKS[(stem, check, status)] += count
    summary = f"{stem}: {sum(cases.values())} cases ({dict(cases)})\n{table(results)}"
    with capsys.disabled():
        print(f"\nschemathesis in-process, {summary}")
    assert not problems, "\n".join(problems[:20])
    assert not [key for key in results if key[1] not in ("success", "skip")], summary
    for check in CHECKS:
        assert results[(check, "success")] >= CASES_PER_VENDOR, f"{check}\n{summary}"
    assert cases["stateful"] or "fuzzing" in cases, summary


@pytest.mark.loopback
@pytest.mark.parametrize("name", VENDORS)
def test_schemathesis_cli_over_loopback(name: str, tmp_path: Path) -> None:
    port = free_port()
    # The mock's log goes to a file: a pipe nobody reads fills up with its warning lines and stalls it.
    log = (tmp_path / "mock.log").open("w", encoding="utf-8")
    mock = subprocess.Popen(
        [sys.executable, "-m", "mocks", name, "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/openapi.json", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or mock.poll() is not None:
                    pytest.fail("the mock did not start")
                time.sleep(0.1)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{url}/openapi.json",
                "--url",
                url,
                "--checks",
                "all",
                "--phases",
                "examples,fuzzing",
                "--max-examples",
                str(CLI_EXAMPLES),
                "--seed",
                "1",
                "--generation-database",
                "none",
                "--report",
                "ndjson",
                "--report-dir",
                str(tmp_path),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-4000:]
        (report,) = tmp_path.glob("*.ndjson")
        counts = check_counts(report)
        print(f"\nschemathesis over loopback, {name}:\n{table(counts)}")
        assert not [key for key in counts if key[1].lower() in ("failure", "error")], table(counts)
        for check in (*CHECKS, "max_response_time"):
            assert counts[(check, "success")] > 0, check
        schemathesis_report.SESSION_CASES[(name, "cli over loopback")] += counts[("not_a_server_error", "success")]
        for (check, status), count in counts.items():
            schemathesis_report.SESSION_CHECKS[(name, check, status.lower())] += count
    finally:
        mock.terminate()
        mock.wait(timeout=10)
        log.close()
