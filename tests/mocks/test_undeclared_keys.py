"""The undeclared-key check: its compiled shortcut gives the walk's verdict, for every body schema.

``Assumptions.ignored`` names the JSON body keys a spec does not declare. A body is first put to a
validator compiled from the body schema (``_closed_schema``) and walked only when that validator
refuses it; the shortcut is right only if the validator accepts exactly the bodies in which the
walk finds nothing. Bodies are random JSON whose keys come from the spec's own property names
(so that they often fit) and a few undeclared ones, or follow the schema's own shape with an
undeclared key here and there.
"""

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mocks.core.assumptions import Assumptions
from mocks.core.validation import validator_for
from mocks.registry import load_spec
from tests.support.vendors import VENDORS


def _body_schemas(assumptions: Assumptions, spec: dict[str, Any]) -> list[tuple[str, Any]]:
    schemas = []
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            content = (assumptions._resolve(operation["requestBody"]).get("content") or {}).get("application/json")
            if content is not None:
                schemas.append((f"{method.upper()} {path}", assumptions._resolve(content.get("schema"))))
    return schemas


def _property_names(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            found.update(str(key) for key in node["properties"])
        for value in node.values():
            _property_names(value, found)
    elif isinstance(node, list):
        for value in node:
            _property_names(value, found)
    return found


def _assumptions(stem: str) -> Assumptions:
    spec = load_spec(stem)
    return Assumptions(spec, validator_for(spec))


CASES = [
    (stem, operation, schema, assumptions)
    for stem in VENDORS
    for assumptions in [_assumptions(stem)]
    for operation, schema in _body_schemas(assumptions, dict(assumptions.spec))
]


def test_every_vendor_with_a_json_body_is_covered() -> None:
    assert {name for name, *_ in CASES} >= {"retarus-sms4a", "callr", "sms-scheduler"}
    assert all(isinstance(schema, dict) for *_, schema, _ in CASES)


def _json(keys: list[str]) -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=3)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(keys), inner, max_size=4),
        max_leaves=20,
    )


_BODIES: dict[str, st.SearchStrategy[Any]] = {}


def _shaped(schema: Any, assumptions: Assumptions, depth: int = 0) -> st.SearchStrategy[Any]:
    """Bodies that follow the schema's properties, items and branches, now and then with a key it lacks."""
    schema = assumptions._resolve(schema)
    if not isinstance(schema, dict) or depth > 6:
        return _json(["undeclared"])
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(branches, list) and branches:
        return st.one_of([_shaped(branch, assumptions, depth + 1) for branch in branches])
    if isinstance(schema.get("properties"), dict):
        children = {str(k): _shaped(v, assumptions, depth + 1) for k, v in schema["properties"].items()}
        children["undeclared"] = _json(["undeclared"])
        return st.fixed_dictionaries({}, optional=children)
    if isinstance(schema.get("items"), dict):
        return st.lists(_shaped(schema["items"], assumptions, depth + 1), max_size=3)
    return _json(["undeclared"])


@pytest.mark.parametrize(("vendor", "operation", "schema", "assumptions"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_compiled_check_agrees_with_the_walk(
    vendor: str, operation: str, schema: dict[str, Any], assumptions: Assumptions, data: st.DataObject
) -> None:
    bodies = _BODIES.get(operation + vendor)
    if bodies is None:
        keys = sorted(_property_names(assumptions.relaxed_spec, set()) | {"undeclared", "status_requested"})
        bodies = _BODIES[operation + vendor] = _json(keys) | _shaped(schema, assumptions)
    body = data.draw(bodies)
    found: list[str] = []
    assumptions._unknown_keys(schema, body, "", found, 0)
    assert assumptions._surely_no_unknown_keys(schema, body) == (not found), found


def test_the_check_is_compiled_for_each_body_schema() -> None:
    for _, _, schema, assumptions in CASES:
        assert assumptions._closed_schema(schema, 0, [0]) is not None


def test_a_recursive_schema_is_left_to_the_walk() -> None:
    """A schema that unrolls beyond the node budget gets no compiled check; the walk still names keys."""
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "left": {"$ref": "#/components/schemas/Node"},
                        "right": {"$ref": "#/components/schemas/Node"},
                    },
                }
            }
        },
    }
    assumptions = Assumptions(spec, validator_for(spec))
    node = assumptions._resolve({"$ref": "#/components/schemas/Node"})
    assert assumptions._closed_schema(node, 0, [0]) is None
    body = {"left": {"right": {"odd": 1}}}
    assert not assumptions._surely_no_unknown_keys(node, body)
    found: list[str] = []
    assumptions._unknown_keys(node, body, "", found, 0)
    assert found == ["left.right.odd"]


def test_bodies_holding_datetimes_get_the_walks_verdict() -> None:
    """Validation hands date-times over as ``datetime`` objects: the check reads them (or, where it cannot,
    leaves the body to the walk) and agrees with the walk either way."""
    from datetime import UTC, datetime

    _, _, schema, assumptions = next(case for case in CASES if case[0] == "retarus-sms4a")
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    clean = {"messages": [], "options": {"jobPeriod": moment}}
    assert assumptions._surely_no_unknown_keys(schema, clean)
    body = {"messages": [], "options": {"jobPeriod": moment, "undeclared": 1}}
    assert not assumptions._surely_no_unknown_keys(schema, body)
    found: list[str] = []
    assumptions._unknown_keys(schema, body, "", found, 0)
    assert found == ["options.undeclared"]


def test_a_schema_the_validator_cannot_take_leaves_bodies_to_the_walk() -> None:
    """Property names that are not strings (YAML reads ``200:`` as a number) cannot be compiled: no 500."""
    _, _, _, assumptions = CASES[0]
    schema = {"type": "object", "properties": {200: {"type": "string"}}}
    assert not assumptions._surely_no_unknown_keys(schema, {"200": "x"})
    found: list[str] = []
    assumptions._unknown_keys(schema, {"other": 1}, "", found, 0)
    assert found == ["other"]
