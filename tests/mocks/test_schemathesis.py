"""Property tests of the mocks with schemathesis: every default check, then the stateful phase, then
the CLI over real HTTP; at least ``CASES_PER_VENDOR`` cases per vendor, each checked by every check.

Settings (auth, deterministic generation, expected statuses) come from schemathesis.toml. The
mocks run in-process (ASGI) for the stateless and stateful phases; ``test_schemathesis_cli_over_loopback``
runs the CLI against a mock started as a user would, over real HTTP on 127.0.0.1. A *case* is one
request checked by every check: one example of the stateless phase, one step of a stateful
scenario, one request of the CLI run. Generation is derandomized and every stateful scenario starts
with a fresh mock, so a run replays exactly.

All of a vendor's tests form one xdist group (``--dist loadgroup``): they run in this order on one
worker, and ``test_cases_per_vendor_and_check`` (last) counts what that worker ran for the vendor.
"""

import math
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from starlette.applications import Starlette

from mocks.registry import create_app
from tests.support import schemathesis_report
from tests.support.schemathesis_report import check_counts, table
from tests.support.servers import free_port
from tests.support.vendors import VENDORS, vendor

ROOT = Path(__file__).resolve().parents[2]
CASES_PER_VENDOR = 1_000
"""What each vendor must get, per check, from the three runs below together."""
STATELESS_EXAMPLES = 900
"""Fuzzed examples per vendor in the stateless phase, spread over its operations (plus the coverage
cases); an operation with few inputs to vary stops earlier, the stateful phase makes up for it."""
STATEFUL = {"max_examples": 60, "stateful_step_count": 8}
"""Scenarios and steps of the stateful phase (specs whose operations are linked)."""
CLI_EXAMPLES = 5
"""Examples per operation and phase of the CLI run over loopback: it proves the real HTTP path (its
coverage phase would repeat the in-process one's cases, so it is left out)."""
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "ignored_auth",
    "unsupported_method",
)
"""Checks every vendor's cases must have run (schemathesis' defaults run all of them)."""

APPS: dict[str, Starlette] = {stem: create_app(stem) for stem in VENDORS}
SCHEMAS: dict[str, Any] = {stem: schemathesis.openapi.from_asgi("/openapi.json", APPS[stem]) for stem in VENDORS}
_VENDOR_OF_APP = {id(app): stem for stem, app in APPS.items()}

# (vendor, phase) -> cases; (vendor, check, status) -> results; what each vendor's tests ran.
CASES: Counter[tuple[str, str]] = Counter()
CHECK_RESULTS: Counter[tuple[str, str, str]] = Counter()
RAN: dict[str, set[str]] = {stem: set() for stem in VENDORS}


@schemathesis.hook
def after_validate(context: Any, case: Any, response: Any, results: Any) -> None:
    stem = _VENDOR_OF_APP.get(id(case.operation.schema.app))
    if stem is None:  # another module's mock
        return
    CASES[(stem, "in-process")] += 1
    for result in results:
        CHECK_RESULTS[(stem, result.name, result.status.name.lower())] += 1


def _settings(**overrides: Any) -> settings:
    return settings(
        deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck), **overrides
    )


def _group(stem: str) -> pytest.MarkDecorator:
    return pytest.mark.xdist_group(f"schemathesis-{stem}")


def _operations(stem: str) -> int:
    return sum(1 for result in SCHEMAS[stem].get_all_operations() if result.ok() is not None)


def _stateless(stem: str) -> Any:
    examples = math.ceil(STATELESS_EXAMPLES / _operations(stem))

    def test(case: Any) -> None:
        RAN[stem].add("stateless")
        case.call_and_validate()

    test.__name__ = f"test_{stem.replace('-', '_')}"
    return _group(stem)(SCHEMAS[stem].parametrize()(_settings(max_examples=examples)(test)))


def _stateful(stem: str) -> Any:
    """The schema's state machine, starting every scenario with a fresh mock (so runs replay exactly)."""
    app = APPS[stem]

    class Machine(SCHEMAS[stem].as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            RAN[stem].add("stateful")
            app.state.api.reset()

    test_case = Machine.TestCase
    test_case.settings = _settings(**STATEFUL)
    test_case.pytestmark = [_group(stem)]
    return test_case


for _stem in VENDORS:
    globals()[f"test_{_stem.replace('-', '_')}"] = _stateless(_stem)
    # The stateful phase follows the specs' links; a spec without links (no read operation) has none.
    if vendor(_stem).has_links:
        _name = "".join(part.capitalize() for part in _stem.replace("-", " ").split())
        globals()[f"Test{_name}Stateful"] = _stateful(_stem)


@pytest.mark.loopback
@pytest.mark.parametrize("name", [pytest.param(stem, marks=_group(stem)) for stem in VENDORS])
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
                "examples,fuzzing,stateful",
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
        for check in CHECKS:
            assert counts[(check, "success")] > 0, check
        RAN[name].add("cli")
        CASES[(name, "cli")] += max(counts[("not_a_server_error", status)] for status in ("success", "skip"))
        for (check, status), count in counts.items():
            CHECK_RESULTS[(name, check, status.lower())] += count
            schemathesis_report.SESSION_CHECKS[(name, check, status.lower())] += count
        schemathesis_report.SESSION_CASES[(name, "cli")] += CASES[(name, "cli")]
    finally:
        mock.terminate()
        mock.wait(timeout=10)
        log.close()


def report(stem: str) -> str:
    phases = {phase: n for (v, phase), n in sorted(CASES.items()) if v == stem}
    lines = [f"{stem}: {sum(phases.values())} cases ({', '.join(f'{n} {p}' for p, n in phases.items())})"]
    for (v, check, status), count in sorted(CHECK_RESULTS.items()):
        if v == stem:
            lines.append(f"  {check:34} {status:8} {count}")
    return "\n".join(lines)


@pytest.mark.parametrize("stem", [pytest.param(stem, marks=_group(stem)) for stem in VENDORS])
def test_cases_per_vendor_and_check(stem: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last of the vendor's group: no check failed, and with every run done each check saw >= 1,000 cases."""
    expected = {"stateless", "cli"} | ({"stateful"} if vendor(stem).has_links else set())
    if not RAN[stem]:
        return  # run alone (``-k``): nothing to count
    with capsys.disabled():
        print(f"\nschemathesis, {report(stem)}")
    failed = [key for key in CHECK_RESULTS if key[0] == stem and key[2] not in ("success", "skip", "skipped")]
    assert not failed, report(stem)
    if RAN[stem] != expected:
        return  # a part of the vendor's runs was deselected: the count would mean nothing
    for check in CHECKS:
        assert CHECK_RESULTS[(stem, check, "success")] >= CASES_PER_VENDOR, report(stem)
    assert sum(n for (v, _), n in CASES.items() if v == stem) >= CASES_PER_VENDOR, report(stem)
