"""Shared fixtures: the specs, fresh mock apps, and mocks served over loopback."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from starlette.applications import Starlette

from mocks.registry import create_app
from tests.support import schemathesis_report
from tests.support.servers import serve
from tests.support.vendors import SPECS, VENDORS, vendor

# The mocks' pytest plugin (``typedsms_mock``), as an installed mocks distribution registers it.
pytest_plugins = ["mocks.pytest_plugin"]


@pytest.fixture(params=SPECS, ids=[p.stem for p in SPECS])
def spec_path(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the tests that run mypy on a program (one per xdist worker, fresh each run): the
    standard library, httpx and a client package are analysed once, not once per program."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def retarus_app() -> Starlette:
    return create_app("retarus-sms4a")


@pytest.fixture
def retarus_url(retarus_app: Starlette) -> Iterator[str]:
    with serve(retarus_app) as url:
        yield url


# -- schemathesis: count the cases and the results of every check, per vendor, and print them at the end --
# Each xdist worker counts its own runs and sends them to the controller, which prints the sum.

_VENDOR_OF_TITLE = {vendor(stem).spec["info"]["title"]: stem for stem in VENDORS}


@schemathesis.hook
def after_validate(context: Any, case: Any, response: Any, results: Any) -> None:
    """Count each case of the pytest plugin (the soak's stateless and stateful runs) and its checks' results."""
    title = str(case.operation.schema.raw_schema.get("info", {}).get("title", "?"))
    stem = _VENDOR_OF_TITLE.get(title, title)
    schemathesis_report.SESSION_CASES[(stem, "pytest plugin")] += 1
    for result in results:
        schemathesis_report.SESSION_CHECKS[(stem, result.name, result.status.name.lower())] += 1
    schemathesis_report.SESSION_ANSWERS[(stem, f"{case.operation.label} -> {response.status_code}")] += 1


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: hand the counts to the controller
        workeroutput["schemathesis"] = json.dumps(schemathesis_report.dump())


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist's controller: add up what a worker counted."""
    data = getattr(node, "workeroutput", {}).get("schemathesis")
    if data:
        schemathesis_report.merge(json.loads(data))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not schemathesis_report.SESSION_CASES:
        return
    terminalreporter.section("schemathesis: cases and results per vendor and check (all workers)")
    for line in schemathesis_report.session_report():
        terminalreporter.write_line(line)
