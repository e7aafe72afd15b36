"""Property tests of the mocks with schemathesis: every default check, then the stateful phase.

Settings (auth, deterministic generation, expected statuses) come from schemathesis.toml.
The mocks run in-process (ASGI); ``test_schemathesis_cli_over_loopback`` runs the CLI once
against a mock started as a user would, over real HTTP on 127.0.0.1.
"""

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from mocks.registry import available, create_app
from tests.support.schemathesis_report import check_counts, table
from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
STATEFUL = settings(
    max_examples=25,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _schema(name: str) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(name))


def _stateful(schema: Any) -> Any:
    """The schema's state machine, starting every run with a fresh mock (so runs replay exactly)."""
    app = schema.app

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            app.state.api.reset()

    test_case = Machine.TestCase
    test_case.settings = STATEFUL
    return test_case


retarus = _schema("retarus-sms4a")
sms_scheduler = _schema("sms-scheduler")
callr = _schema("callr")
smartswitch = _schema("smartswitch")


@retarus.parametrize()
@SETTINGS
def test_retarus_sms4a(case: Any) -> None:
    case.call_and_validate()


@sms_scheduler.parametrize()
@SETTINGS
def test_sms_scheduler(case: Any) -> None:
    case.call_and_validate()


@callr.parametrize()
@SETTINGS
def test_callr(case: Any) -> None:
    case.call_and_validate()


@smartswitch.parametrize()
@SETTINGS
def test_smartswitch(case: Any) -> None:
    case.call_and_validate()


# The stateful phase follows the specs' links; Smartswitch has no read operation, so no links.
TestRetarusSms4aStateful = _stateful(retarus)
TestSmsSchedulerStateful = _stateful(sms_scheduler)
TestCallrStateful = _stateful(callr)


@pytest.mark.loopback
@pytest.mark.parametrize("name", available())
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
                "examples,coverage,fuzzing,stateful",
                "--max-examples",
                "25",
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
        for check in (
            "not_a_server_error",
            "status_code_conformance",
            "response_schema_conformance",
            "negative_data_rejection",
            "positive_data_acceptance",
            "ignored_auth",
            "unsupported_method",
        ):
            assert counts[(check, "success")] > 0, check
    finally:
        mock.terminate()
        mock.wait(timeout=10)
        log.close()
