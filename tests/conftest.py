"""Shared fixtures: the specs, fresh mock apps, and mocks served over loopback."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from _pytest.nodeid import coerce_node_id
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


# -- two workers that end together ---------------------------------------------------------------
# xdist hands the tests out in collection order; a test of a minute left for the end keeps one worker
# busy while the other waits. These start first (longest first); the short ones then fill both workers.

HEAVY_FIRST = (
    "tests/mocks/test_schemathesis.py::test_schemathesis[retarus-sms4a]",
    "tests/mocks/test_fast_validation.py::test_fast_path_answers_like_openapi_core[retarus-sms4a]",
    "tests/mocks/test_schemathesis.py::test_schemathesis[",
    "tests/mocks/test_fast_validation.py::",
    "tests/reliability/test_malformed_responses.py::",
    "tests/mocks/test_schemathesis.py::test_schemathesis_cli_over_loopback[",
    "tests/mocks/test_mock_distribution.py::",
    "tests/clients/test_readme_programs.py::test_readme_program_is_typed[",
    "tests/generator/test_runtime_units.py::test_an_exhaustive_match",
    "tests/generator/test_generator.py::",
)


def _rename(item: pytest.Item, nodeid: str) -> None:
    item._id = coerce_node_id(nodeid)  # pytest 9 keeps the node id there


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        # schemathesis' pytest plugin names an item per operation (``test_soak_callr[GET /sms]``) but gives
        # them all the function's node id under pytest 9; xdist tells tests apart by node id, and would run
        # one operation of each. The node id takes the item's name.
        parent, _, tail = item.nodeid.rpartition("::")
        if item.name != tail and item.name.startswith(f"{tail}["):
            _rename(item, f"{parent}::{item.name}")
        # ``--dist loadgroup`` reads a test's xdist_group from its node id (``...@group``); xdist 3.8 writes
        # that suffix where pytest 9 no longer reads it, so it is written here (it leaves ids with "@").
        groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name")) for m in item.iter_markers("xdist_group")})
        if groups and "@" not in item.nodeid:
            _rename(item, f"{item.nodeid}@{'_'.join(groups)}")

    def rank(item: pytest.Item) -> int:
        return next((i for i, prefix in enumerate(HEAVY_FIRST) if item.nodeid.startswith(prefix)), len(HEAVY_FIRST))

    items.sort(key=rank)  # stable: the rest keeps its order, a module's tests stay together


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
