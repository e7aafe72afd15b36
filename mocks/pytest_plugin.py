"""pytest plugin of the typedsms mocks: the ``typedsms_mock`` fixture.

Installed with the mocks distribution (entry point ``pytest11``); in this repository
``tests/conftest.py`` loads it with ``pytest_plugins``. In a test::

    def test_alert_is_sent(typedsms_mock):
        mock = typedsms_mock("retarus-sms4a")
        with mock.client() as client:
            my_app.send_alert(client, "+4917600000000")
        assert [sms.recipient for sms in mock.sent] == ["+4917600000000"]

Each call of the factory gives a fresh mock (``mocks.testing.MockVendor``); all are
closed when the test ends.
"""

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .testing import MockVendor


@pytest.fixture
def typedsms_mock() -> Iterator[Callable[..., MockVendor]]:
    """A factory of in-process mocks: ``typedsms_mock("callr", seed=1)`` -> ``MockVendor``."""
    made: list[MockVendor] = []

    def factory(name: str, **options: Any) -> MockVendor:
        mock = MockVendor(name, **options)
        made.append(mock)
        return mock

    yield factory
    for mock in made:
        mock.close()
