"""Shared fixtures: the specs, fresh mock apps, and mocks served over loopback."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette

from generator.naming import all_specs
from mocks.registry import available, create_app

from .servers import serve

SPECS = all_specs()
MOCKS = available()


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
