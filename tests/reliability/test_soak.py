"""Soak: schemathesis against every mock with every check, stateless then stateful, 0 failures.

The short variant (every ``pytest`` run) sends a handful of cases per operation, to keep the
module working; ``TYPEDSMS_LONG=1`` (``nox -s soak``) sends about 20,000 cases per vendor.
A *case* is one request checked by ``call_and_validate``: one example of the stateless phase or
one step of a stateful scenario. The checks are schemathesis' defaults, which are all of them
but ``max_response_time`` (that one needs a threshold). Generation is derandomized and every
operation and every scenario starts with a fresh mock, so a run replays exactly.

The last test prints the cases and the results of each check per vendor, and in the long variant
asserts the ~20,000.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from starlette.applications import Starlette

from mocks.registry import create_app
from tests.support.reliability import LONG, scaled
from tests.support.vendors import VENDORS
from tests.support.vendors import vendor as vendor_of

# The module reports at its end (test_soak_report): all of it runs on one xdist worker, in order.
pytestmark = pytest.mark.xdist_group("soak")

TARGET_CASES = 20_000
"""Cases per vendor in the long variant."""


@dataclass(frozen=True)
class Plan:
    """How many cases a vendor gets: examples per operation (stateless), scenarios x steps (stateful)."""

    examples: int
    scenarios: int = 0
    steps: int = 0


# The short variant: a few cases per operation and two short scenarios, the same for every vendor.
# The long one is tuned from measured counts so that each vendor gets about TARGET_CASES (the
# stateless phase adds schemathesis' coverage cases to ``examples``; a scenario stops before
# ``steps`` when hypothesis decides so); a vendor without a tuned plan gets TARGET_CASES examples.
# A spec without links (Smartswitch: no read operation) has no stateful phase.
SHORT_PLAN = Plan(examples=4, scenarios=2, steps=4)
LONG_PLANS: dict[str, Plan] = {
    # Measured at a tenth of this: Retarus 1,403 stateless cases for 200 examples per operation
    # and 7.4 steps per scenario (a step there costs ~110 ms: POST /jobs bodies are large, so
    # Retarus leans on the stateless phase); SMS Scheduler 1,315 for 240 and 11.4 steps;
    # CALLR 1,506 for 300 and 10 steps; Smartswitch 2,132 for 2,000.
    "retarus-sms4a": Plan(examples=3_600, scenarios=260, steps=12),
    "sms-scheduler": Plan(examples=2_000, scenarios=880, steps=12),
    "callr": Plan(examples=2_500, scenarios=980, steps=12),
    "smartswitch": Plan(examples=19_900),
}
PLANS: dict[str, Plan] = {
    name: scaled(SHORT_PLAN, LONG_PLANS.get(name, Plan(examples=TARGET_CASES, scenarios=100, steps=12)))
    for name in VENDORS
}

APPS: dict[str, Starlette] = {name: create_app(name) for name in VENDORS}
SCHEMAS: dict[str, Any] = {name: schemathesis.openapi.from_asgi("/openapi.json", APPS[name]) for name in VENDORS}
if not LONG:
    # The coverage phase alone sends a few hundred cases per vendor; tests/mocks/test_schemathesis.py
    # runs it in every pytest run already. The long variant runs every phase.
    for _schema in SCHEMAS.values():
        _schema.config.phases.coverage.enabled = False
_VENDOR_OF_APP = {id(app): name for name, app in APPS.items()}

# (vendor, phase) -> cases; (vendor, check, status) -> results. Filled by the hook below, which
# ignores the mocks of other modules (schemathesis clones schemas, the app stays the same).
CASES: Counter[tuple[str, str]] = Counter()
CHECKS: Counter[tuple[str, str, str]] = Counter()
_phase: dict[str, str] = {}


@schemathesis.hook
def after_validate(context: Any, case: Any, response: Any, results: Any) -> None:
    vendor = _VENDOR_OF_APP.get(id(case.operation.schema.app))
    if vendor is None:
        return
    CASES[(vendor, _phase.get(vendor, "?"))] += 1
    for result in results:
        CHECKS[(vendor, result.name, result.status.name.lower())] += 1


def _settings(**overrides: Any) -> settings:
    return settings(
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        **overrides,
    )


@pytest.fixture(autouse=True)
def _fresh_mocks() -> None:
    """Every operation's stateless run starts with fresh mocks (the stateful scenarios reset too)."""
    for app in APPS.values():
        app.state.api.reset()


def _stateless(name: str) -> Any:
    def test(case: Any) -> None:
        _phase[name] = "stateless"
        case.call_and_validate()

    return SCHEMAS[name].parametrize()(_settings(max_examples=PLANS[name].examples)(test))


def _stateful(name: str) -> Any:
    schema = SCHEMAS[name]
    app = APPS[name]
    plan = PLANS[name]

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            _phase[name] = "stateful"
            app.state.api.reset()

    test_case = Machine.TestCase
    test_case.settings = _settings(max_examples=plan.scenarios, stateful_step_count=plan.steps)
    return test_case


for _name in VENDORS:
    globals()[f"test_soak_{_name.replace('-', '_')}"] = _stateless(_name)
    if vendor_of(_name).has_links:
        _class = "".join(part.capitalize() for part in _name.replace("-", " ").split())
        globals()[f"TestSoak{_class}Stateful"] = _stateful(_name)


def report() -> str:
    lines = [f"soak ({'long' if LONG else 'short'} variant): cases per vendor and results per check"]
    for vendor in VENDORS:
        stateless, stateful = CASES[(vendor, "stateless")], CASES[(vendor, "stateful")]
        lines.append(f"{vendor}: {stateless + stateful} cases ({stateless} stateless, {stateful} stateful steps)")
        for (v, check, status), count in sorted(CHECKS.items()):
            if v == vendor:
                lines.append(f"  {check:34} {status:8} {count}")
    return "\n".join(lines)


def test_soak_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: every case passed every check, and the long variant sent ~20,000 per vendor."""
    ran = sorted({vendor for vendor, _ in CASES})
    if not ran:
        return  # run alone: nothing to report
    with capsys.disabled():
        print(f"\n{report()}")
    assert not [key for key in CHECKS if key[2] not in ("success", "skip", "skipped")], report()
    for vendor in ran:
        assert CASES[(vendor, "?")] == 0, report()
        checks_run = {check for v, check, _ in CHECKS if v == vendor}
        assert {"not_a_server_error", "response_schema_conformance", "status_code_conformance"} <= checks_run
        if LONG:
            total = CASES[(vendor, "stateless")] + CASES[(vendor, "stateful")]
            assert total >= TARGET_CASES * 0.95, report()
