"""Shared fixtures: the specs, fresh mock apps, and mocks served over loopback."""

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from starlette.applications import Starlette

from mocks.registry import create_app
from tests.support.servers import serve
from tests.support.vendors import SPECS

# The mocks' pytest plugin (``typedsms_mock``), as an installed mocks distribution registers it.
pytest_plugins = ["mocks.pytest_plugin"]


@pytest.fixture(params=SPECS, ids=[p.stem for p in SPECS])
def spec_path(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


@pytest.fixture
def retarus_app() -> Starlette:
    return create_app("retarus-sms4a")


@pytest.fixture
def retarus_url(retarus_app: Starlette) -> Iterator[str]:
    with serve(retarus_app) as url:
        yield url


# -- schemathesis: count the results of every check, per API, and print them at the end -----------

SCHEMATHESIS_COUNTS: Counter[tuple[str, str, str]] = Counter()
RESPONSE_COUNTS: Counter[tuple[str, str]] = Counter()


@schemathesis.hook
def after_validate(context: Any, case: Any, response: Any, results: Any) -> None:
    """Count each check's results (in-process runs, stateless and stateful)."""
    title = str(case.operation.schema.raw_schema.get("info", {}).get("title", "?"))
    for result in results:
        SCHEMATHESIS_COUNTS[(title, result.name, result.status.name.lower())] += 1
    RESPONSE_COUNTS[(title, f"{case.operation.label} -> {response.status_code}")] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SCHEMATHESIS_COUNTS:
        return
    terminalreporter.section("schemathesis results per check (in-process)")
    for title in sorted({t for t, _, _ in SCHEMATHESIS_COUNTS}):
        terminalreporter.write_line(title)
        for (t, name, status), count in sorted(SCHEMATHESIS_COUNTS.items()):
            if t == title:
                terminalreporter.write_line(f"  {name:34} {status:8} {count}")
        for (t, answer), count in sorted(RESPONSE_COUNTS.items()):
            if t == title:
                terminalreporter.write_line(f"  {answer:43} {count}")
