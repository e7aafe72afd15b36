"""Spec text is data, never code: hostile specs either are refused at their place or generate a
client whose import runs nothing from the spec.

Each case mutates a small valid spec (``edge_specs/no-error-responses.yaml``); the result must be
a list of located problems (no traceback, nothing written outside the output folder) or a client
that imports in a fresh interpreter without the payload running.
"""

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.naming import package_name
from generator.pipeline import generate

BASE = Path(__file__).parent / "edge_specs" / "no-error-responses.yaml"
PAYLOAD = "__import__('pathlib').Path('PWNED').touch()"
CODE = f'"""\n{PAYLOAD}\n"""'

Mutation = Callable[[dict[str, Any]], None]


def _op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/things"]["get"]
    return op


def _thing(spec: dict[str, Any]) -> dict[str, Any]:
    thing: dict[str, Any] = spec["components"]["schemas"]["Thing"]
    return thing


def _set(path: list[str], value: Any) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _servers(url: str, variables: dict[str, Any] | None = None) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        server: dict[str, Any] = {"url": url, "description": "A server."}
        if variables:
            server["variables"] = variables
        spec["servers"] = [server]

    return mutate


def _scheme(name: str, scheme: dict[str, Any]) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        spec.setdefault("components", {})["securitySchemes"] = {name: {"description": "Credentials.", **scheme}}
        spec["security"] = [{name: []}]

    return mutate


def _property(name: str) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        _thing(spec)["properties"][name] = {"type": "string", "description": "A field."}

    return mutate


def _tag_name(name: str) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        spec["tags"][0].update(name=name)
        _op(spec).update(tags=[name])

    return mutate


def _enum(values: list[Any]) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        _thing(spec)["properties"]["kind"] = {"type": "string", "enum": values, "description": "A kind."}

    return mutate


def _param(spec: dict[str, Any]) -> dict[str, Any]:
    """The operation's first parameter (the base spec has one), created when missing."""
    params: list[dict[str, Any]] = _op(spec).setdefault("parameters", [])
    if not params:
        params.append({"name": "limit", "in": "query", "description": "A limit.", "schema": {"type": "integer"}})
    return params[0]


def _servers_named(name: str) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        spec["servers"] = [{"url": "https://h/api", "description": "A server.", "x-sdk-name": name}]

    return mutate


def _enum_named(spec: dict[str, Any], names: list[str]) -> None:
    _thing(spec)["properties"]["level"] = {
        "type": "integer",
        "enum": [1, 2],
        "x-enum-varnames": names,
        "description": "A level.",
    }


def _enum_described(spec: dict[str, Any], descriptions: list[str]) -> None:
    _enum(["a", "b"])(spec)
    _thing(spec)["properties"]["kind"]["x-enum-descriptions"] = descriptions


CASES: dict[str, Mutation] = {
    "title-triple-quote": _set(["info", "title"], f"T{CODE}"),
    "title-backslash": _set(["info", "title"], "T\\"),
    "description-ends-in-quote": _set(["info", "description"], 'Ends with "'),
    "operation-summary-code": lambda s: _op(s).update(summary=f"S{CODE}"),
    "operation-description-code": lambda s: _op(s).update(description=f"D{CODE}\\"),
    "tag-description-code": lambda s: s["tags"][0].update(description=f"T{CODE}"),
    "schema-description-code": lambda s: _thing(s).update(description=f"X{CODE}"),
    "property-description-code": lambda s: _thing(s)["properties"]["size"].update(description=f"P{CODE}"),
    "property-name-quote": _property('na"me'),
    "property-name-keyword": _property("class"),
    "property-name-dunder": _property("__class__"),
    "enum-value-quote": _enum(['a"b', "c'd", "e\\"]),
    "enum-value-code": _enum([CODE, "x"]),
    "server-url-quote": _servers('https://h/"+__import__("os")+"'),
    "server-variable-default-code": _servers(
        "https://{host}/api", {"host": {"default": CODE, "enum": [CODE], "description": "H."}}
    ),
    "server-variable-keyword": _servers("https://{class}/api", {"class": {"default": "h", "description": "H."}}),
    "scheme-name-keyword": _scheme("class", {"type": "http", "scheme": "bearer"}),
    "scheme-key-name-quote": _scheme("key", {"type": "apiKey", "in": "header", "name": 'X-"Key'}),
    "scheme-cookie-name-code": _scheme("key", {"type": "apiKey", "in": "cookie", "name": f"c{CODE}"}),
    "operation-id-code": lambda s: _op(s).update(operationId=f"list{CODE}"),
    "x-sdk-method-code": lambda s: _op(s).update({"x-sdk-method": f"x(self): pass\n{PAYLOAD}\ndef y"}),
    "x-sdk-method-keyword": lambda s: _op(s).update({"x-sdk-method": "class"}),
    "x-sdk-method-await": lambda s: _op(s).update({"x-sdk-method": "await"}),
    "tag-name-code": _tag_name(f"t{CODE}"),
    "x-sdk-env-prefix-code": _set(["info", "x-sdk-env-prefix"], f"P{CODE}"),
    "x-sdk-error-in-success-code": lambda s: _op(s)["responses"]["200"].update({"x-sdk-error-in-success": CODE}),
    "x-sdk-pagination-garbage": lambda s: _op(s).update({"x-sdk-pagination": {"offset": CODE, "limit": 3}}),
    "x-sdk-failover-garbage": lambda s: _op(s).update({"x-sdk-failover": {"servers": [CODE], "statuses": ["x"]}}),
    "x-sdk-datetime-format-garbage": _set(["info", "x-sdk-datetime-format"], {"format": 7, "timezone": CODE}),
    "x-sdk-name-code": _servers_named(f"n{CODE}"),
    "x-sdk-repeat-for-code": lambda s: _param(s).update({"x-sdk-repeat-for": CODE}),
    "x-sdk-unwrap-code": lambda s: _thing(s).update({"x-sdk-unwrap": CODE}),
    "x-sdk-idempotent-code": lambda s: _op(s).update({"x-sdk-idempotent": CODE}),
    "x-sdk-datetime-code": lambda s: _thing(s)["properties"]["size"].update({"x-sdk-datetime": CODE}),
    "x-sdk-unknown-key": lambda s: _op(s).update({"x-sdk-exec": CODE}),
    "x-sdk-misplaced": lambda s: _thing(s).update({"x-sdk-method": "fine_name"}),
    "x-enum-varnames-code": lambda s: _enum_named(s, ["A", f"B{CODE}"]),
    "x-enum-descriptions-code": lambda s: _enum_described(s, [f"D{CODE}", "E\\"]),
    "x-mock-note-code": lambda s: _thing(s).update({"x-mock-note": f"M{CODE}\\"}),
    "x-assumed-code": lambda s: _thing(s)["properties"]["size"].update({"x-assumed": f"R{CODE}"}),
    "parameter-name-quote": lambda s: _param(s).update(name='li"mit'),
    "parameter-description-code": lambda s: _param(s).update(description=f"P{CODE}\\"),
    "response-description-code": lambda s: _op(s)["responses"]["200"].update(description=f"R{CODE}"),
    "external-docs-url-quote": lambda s: _op(s).update(externalDocs={"url": 'https://d/"+x+"', "description": CODE}),
    "example-value-code": lambda s: _thing(s)["properties"]["size"].update(examples=[CODE]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_spec_is_refused_at_its_place_or_runs_nothing(case: str, tmp_path: Path) -> None:
    spec = copy.deepcopy(yaml.safe_load(BASE.read_text(encoding="utf-8")))
    CASES[case](spec)
    path = tmp_path / "specs" / "hostile.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    clients = tmp_path / "clients"
    result = generate([path], clients_dir=clients, docs_dir=tmp_path / "docs")  # never raises
    if result.problems:
        assert not result.built
        for problem in result.problems:
            assert str(problem).startswith(str(path.name)) or "hostile.yaml" in str(problem), str(problem)
        # Refused at its place: at least one problem names the line and column.
        assert any(p.line is not None and p.column is not None for p in result.problems), result.problems
        return
    package = package_name(path.stem)
    done = subprocess.run(
        [
            sys.executable,
            "-I",
            "-B",
            "-c",
            f"import sys; sys.path.insert(0, {str(clients / path.stem)!r}); import {package}",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    assert not (tmp_path / "PWNED").exists(), "the spec's text ran as code"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients", "docs", "specs"]


@pytest.mark.parametrize("stem", ["..", ".hidden", "a b", "foo.v2", "Upper", "-dash", "ünï"])
def test_spec_file_names_that_make_no_package_are_refused(stem: str, tmp_path: Path) -> None:
    folder = tmp_path / "specs"
    folder.mkdir()
    path = folder / f"{stem}.yaml"
    path.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = generate([path], clients_dir=tmp_path / "clients", docs_dir=tmp_path / "docs")
    assert not result.built
    assert any("must be <name>.yaml" in str(p) for p in result.problems)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("clients", "docs")) == before
