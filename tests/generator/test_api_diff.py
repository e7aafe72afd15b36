"""The API-change classifier: a corpus of small edits of the real specs, the renderers, the CLI.

Each file in ``tests/generator/api_diff_corpus/`` names a spec, patches a copy of it (``set``,
``remove`` or ``copy`` at a JSON pointer) and says what ``compare(original, patched)`` must find:
``expect.changes`` lists (rule, level) pairs that must appear, ``expect.exact: true``
says no other pair may, and ``expect.verdict`` is the most severe level (or ``none``).
An optional ``base`` patch is applied to both sides first, for edits whose starting point
the real spec does not have (an object to open must first be closed).
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.api_diff import cli
from generator.api_diff.compare import compare
from generator.api_diff.model import Change, Level, Location, SpecReport, is_breaking, verdict
from generator.api_diff.refs import from_pointer
from generator.api_diff.render import parse_json, render
from generator.api_diff.rules import RULES
from generator.naming import SPECS_DIR, all_specs
from generator.spec import parse_yaml

CORPUS_DIR = Path(__file__).parent / "api_diff_corpus"
SPEC_STEMS = tuple(path.stem for path in all_specs())


# -- the patch applier ----------------------------------------------------------------------------


def _get(document: Any, parts: Sequence[str | int]) -> Any:
    node = document
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def apply_patch(document: Any, operations: Sequence[Mapping[str, Any]]) -> Any:
    """A copy of ``document`` with each operation applied, in order.

    ``{op: set, path, value}`` replaces or creates the member at the JSON pointer ``path``
    (``-`` as the last list index appends); ``{op: remove, path}`` deletes it;
    ``{op: copy, from, path}`` sets ``path`` to a copy of what is at ``from`` (to inline or
    rename a component without repeating it). A pointer whose parent does not exist is an error.
    """
    result = copy.deepcopy(document)
    for operation in operations:
        parts = list(from_pointer(str(operation["path"])))
        if not parts:
            raise ValueError("a patch cannot replace the whole document")
        parent = _get(result, parts[:-1])
        last = parts[-1]
        kind = operation["op"]
        if kind in ("set", "copy"):
            source = operation["value"] if kind == "set" else _get(result, from_pointer(str(operation["from"])))
            value = copy.deepcopy(source)
            if isinstance(parent, list):
                if last == "-":
                    parent.append(value)
                else:
                    parent[int(last)] = value
            else:
                parent[last] = value
        elif kind == "remove":
            if isinstance(parent, list):
                del parent[int(last)]
            else:
                del parent[last]
        else:
            raise ValueError(f"unknown patch operation {kind!r}")
    return result


def test_patch_applier() -> None:
    doc = {"a": {"b": [1, 2]}, "c~d": {"e/f": 1}}
    patched = apply_patch(
        doc,
        [
            {"op": "set", "path": "/a/b/-", "value": 3},
            {"op": "set", "path": "/a/b/0", "value": 0},
            {"op": "remove", "path": "/c~0d/e~1f"},
            {"op": "set", "path": "/g", "value": {"h": True}},
            {"op": "copy", "from": "/a/b", "path": "/g/i"},
        ],
    )
    assert patched == {"a": {"b": [0, 2, 3]}, "c~d": {}, "g": {"h": True, "i": [0, 2, 3]}}
    assert doc == {"a": {"b": [1, 2]}, "c~d": {"e/f": 1}}
    with pytest.raises(KeyError):
        apply_patch(doc, [{"op": "set", "path": "/x/y", "value": 1}])


# -- the corpus -----------------------------------------------------------------------------------


def load_spec(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = parse_yaml((SPECS_DIR / f"{stem}.yaml").read_text(encoding="utf-8"))
    return data


def corpus_cases() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.yaml"))


def load_case(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return case


@pytest.mark.parametrize("case_path", corpus_cases(), ids=lambda p: p.stem)
def test_corpus_case(case_path: Path) -> None:
    case = load_case(case_path)
    old = apply_patch(load_spec(case["spec"]), case.get("base") or [])
    new = apply_patch(old, case.get("patch") or [])
    changes = compare(old, new)
    found = {(c.rule, c.level.value) for c in changes}
    expect = case["expect"]
    wanted = {(e["rule"], e["level"]) for e in expect.get("changes") or []}
    listing = "\n".join(str(c) for c in changes) or "(no change)"
    assert wanted <= found, f"missing {sorted(wanted - found)}; found:\n{listing}"
    if expect.get("exact"):
        assert found == wanted, f"unexpected {sorted(found - wanted)}; found:\n{listing}"
    assert verdict(changes) == expect["verdict"], listing
    assert is_breaking(changes) == (expect["verdict"] == "breaking")


def test_corpus_shape() -> None:
    """At least 10 cases per spec, each well-formed, with rules and levels of the catalog."""
    per_spec: dict[str, int] = dict.fromkeys(SPEC_STEMS, 0)
    for path in corpus_cases():
        case = load_case(path)
        assert set(case) <= {"spec", "description", "base", "patch", "expect"}, path.name
        assert case.get("patch") is not None, path.name
        assert case["spec"] in per_spec, path.name
        assert str(case.get("description") or "").strip(), path.name
        assert case["expect"]["verdict"] in ("breaking", "non-breaking", "docs", "none"), path.name
        for item in case["expect"].get("changes") or []:
            assert item["rule"] in RULES, f"{path.name}: unknown rule {item['rule']}"
            assert RULES[item["rule"]].level.value == item["level"], (
                f"{path.name}: {item['rule']} is not {item['level']}"
            )
        per_spec[case["spec"]] += 1
    assert all(n >= 10 for n in per_spec.values()), per_spec
    assert sum(per_spec.values()) >= 48


def test_corpus_covers_every_rule() -> None:
    covered = {item["rule"] for p in corpus_cases() for item in load_case(p)["expect"].get("changes") or []}
    assert sorted(set(RULES) - covered) == []


def test_no_change_on_every_spec() -> None:
    for stem in SPEC_STEMS:
        spec = load_spec(stem)
        assert compare(spec, copy.deepcopy(spec)) == []


def test_whole_spec_added_and_removed() -> None:
    spec = load_spec("retarus-sms4a")
    added = compare({}, spec)
    assert not is_breaking(added)
    assert {c.rule for c in added} >= {"operation-added", "server-added", "model-added", "security-scheme-added"}
    removed = compare(spec, {})
    assert is_breaking(removed)
    assert {c.rule for c in removed} >= {"operation-removed", "server-removed", "model-removed"}


def test_shared_component_reported_once_with_its_operations() -> None:
    old = load_spec("retarus-sms4a")
    new = apply_patch(old, [{"op": "remove", "path": "/components/schemas/Error/properties/code"}])
    changes = [c for c in compare(old, new) if c.rule == "response-property-removed"]
    assert len(changes) == 1
    (change,) = changes
    assert change.location.pointer == "/components/schemas/Error/properties/code"
    assert change.location.path == "schema `Error` › code"
    # Error is the body of the shared 401 answer: every operation uses it.
    assert set(change.location.operations) >= {"GET /jobs", "GET /jobs/{jobId}", "GET /sms", "POST /jobs"}
    assert list(change.location.operations) == sorted(change.location.operations)


def test_recursive_schemas_terminate() -> None:
    def spec(extra: dict[str, Any]) -> dict[str, Any]:
        node = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}, **extra}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/n": {
                    "post": {
                        "requestBody": {
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}
                        },
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
                            }
                        },
                    }
                }
            },
            "components": {"schemas": {"Node": node}},
        }

    changes = compare(spec({"v": {"type": "string"}}), spec({}))
    assert {(c.rule, c.location.pointer) for c in changes} == {
        ("request-property-removed", "/components/schemas/Node/properties/v"),
        ("response-property-removed", "/components/schemas/Node/properties/v"),
    }
    assert all(c.location.operations == ("POST /n",) for c in changes)


def _one_operation_spec(response_schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        200: {"description": "ok", "content": {"application/json": {"schema": response_schema}}}
                    },
                }
            }
        },
        "components": {"schemas": components},
    }


def test_all_of_is_flattened() -> None:
    def spec(base_props: dict[str, Any], base_doc: str) -> dict[str, Any]:
        return _one_operation_spec(
            {"$ref": "#/components/schemas/Thing"},
            {
                "Base": {"type": "object", "description": base_doc, "properties": base_props, "required": ["id"]},
                "Thing": {
                    "allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"name": {"type": "string"}}}]
                },
            },
        )

    old = spec({"id": {"type": "integer"}, "kind": {"type": "string"}}, "A base.")
    new = spec({"id": {"type": "integer"}}, "The base.")
    found = {(c.rule, c.location.pointer) for c in compare(old, new)}
    assert found == {
        ("response-property-removed", "/components/schemas/Base/properties/kind"),
        ("description-changed", "/components/schemas/Base/description"),
    }
    # Moving a property from a member to the schema itself changes nothing for the client.
    moved = spec({"id": {"type": "integer"}}, "A base.")
    moved["components"]["schemas"]["Thing"]["allOf"][1]["properties"]["kind"] = {"type": "string"}
    assert compare(old, moved) == []


def test_numeric_status_keys() -> None:
    old = _one_operation_spec({"type": "string"}, {})
    new = copy.deepcopy(old)
    responses = new["paths"]["/things"]["get"]["responses"]
    responses["200"] = responses.pop(200)
    assert compare(old, new) == []
    responses["201"] = responses.pop("200")
    assert [c.rule for c in compare(old, new)] == ["response-success-status-removed", "response-success-status-added"]


# -- renderers ------------------------------------------------------------------------------------


def _mixed_changes() -> list[Change]:
    """Breaking, non-breaking and docs changes from one edit of the Retarus spec."""
    old = load_spec("retarus-sms4a")
    new = apply_patch(
        old,
        [
            {"op": "set", "path": "/components/schemas/Qos/enum/-", "value": "BULK"},
            {"op": "set", "path": "/paths/~1jobs/post/x-sdk-method", "value": "send"},
            {"op": "set", "path": "/paths/~1jobs/get/summary", "value": "List | the jobs"},
            {"op": "set", "path": "/components/schemas/JobOptions/properties/note", "value": {"type": "string"}},
        ],
    )
    changes = compare(old, new)
    assert {c.level for c in changes} == set(Level)
    return changes


def test_markdown_table_lists_breaking_first() -> None:
    changes = _mixed_changes()
    # Shuffled on purpose: the renderer orders the rows itself.
    report = SpecReport("specs/retarus-sms4a.yaml", tuple(reversed(changes)))
    text = render([report], "markdown")
    assert "### API changes in `specs/retarus-sms4a.yaml`: **breaking**" in text
    assert "| Level | Rule | Where | Change |" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| Level")]
    levels = [row.split("|")[1].strip() for row in rows]
    assert levels == sorted(levels, key=["**breaking**", "non-breaking", "docs"].index)
    assert levels[0] == "**breaking**" and levels[-1] == "docs"
    assert len(rows) == len(changes)
    assert all(row.count(" | ") == 3 for row in rows), "a pipe in a cell must be escaped"


def test_markdown_without_changes() -> None:
    text = render([SpecReport("specs/callr.yaml", ())], "markdown")
    assert "no change" in text and "|" not in text
    assert render([], "markdown") == "No spec changed.\n"


def test_text_report() -> None:
    changes = _mixed_changes()
    text = render([SpecReport("specs/retarus-sms4a.yaml", tuple(reversed(changes)))], "text")
    lines = text.splitlines()
    assert lines[0].startswith("specs/retarus-sms4a.yaml: breaking (1 breaking, ")
    assert lines[1].split()[0] == "breaking"
    assert "at /components/schemas/Qos/enum" in text


def test_json_round_trip() -> None:
    changes = _mixed_changes()
    reports = [
        SpecReport("specs/retarus-sms4a.yaml", tuple(changes)),
        SpecReport("specs/new.yaml", (), "added"),
    ]
    text = render(reports, "json")
    data = json.loads(text)
    assert data["breaking"] is True
    assert data["reports"][0]["verdict"] == "breaking"
    assert data["reports"][0]["counts"]["breaking"] == 1
    assert data["reports"][0]["changes"][0]["level"] == "breaking"
    assert {"rule", "level", "location", "message"} == set(data["reports"][0]["changes"][0])
    assert parse_json(text) == reports


def test_change_round_trip_and_location_text() -> None:
    location = Location(
        "/paths/~1jobs/post", "request body › options.billcode", ("POST /jobs", "GET /a", "GET /b", "GET /c")
    )
    change = Change("request-limit-narrowed", Level.BREAKING, location, "maxLength decreased from 70 to 50")
    assert Change.from_dict(json.loads(json.dumps(change.to_dict()))) == change
    assert location.where() == "POST /jobs, GET /a, GET /b (+1 more): request body › options.billcode"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render([], "html")


# -- the command line -----------------------------------------------------------------------------


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator diff")
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(argv))


def write_spec(path: Path, data: Mapping[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(dict(data), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("patch", "status"),
    [
        ([{"op": "remove", "path": "/paths/~1version"}], 1),
        ([{"op": "set", "path": "/components/schemas/JobOptions/properties/note", "value": {"type": "string"}}], 0),
        ([{"op": "set", "path": "/paths/~1jobs/get/summary", "value": "List the jobs"}], 0),
        ([], 0),
    ],
    ids=["breaking", "non-breaking", "docs", "none"],
)
def test_exit_status(
    tmp_path: Path, patch: list[Mapping[str, Any]], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = load_spec("retarus-sms4a")
    old = write_spec(tmp_path / "old.yaml", spec)
    new = write_spec(tmp_path / "new.yaml", apply_patch(spec, patch))
    assert run_cli([str(old), str(new), "--format", "json"]) == status
    data = json.loads(capsys.readouterr().out)
    assert data["breaking"] is (status == 1)


def test_cli_refuses_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(tmp_path / "spec.yaml", load_spec("callr"))
    assert run_cli([str(spec)]) == 2
    assert run_cli([str(spec), str(tmp_path / "missing.yaml")]) == 2
    assert run_cli([str(spec), str(spec), "--since", "HEAD"]) == 2
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    assert run_cli([str(spec), str(tmp_path / "list.yaml")]) == 2
    err = capsys.readouterr().err
    assert "give OLD and NEW" in err and "cannot read" in err and "not both" in err and "not a mapping" in err


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def spec_repo(tmp_path: Path) -> Path:
    """A git repository with three specs committed."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    write_spec(repo / "specs" / "retarus-sms4a.yaml", load_spec("retarus-sms4a"))
    write_spec(repo / "specs" / "smartswitch.yaml", load_spec("smartswitch"))
    write_spec(repo / "specs" / "callr.yaml", load_spec("callr"))
    (repo / "README.md").write_text("specs\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "specs")
    return repo


def test_since_reports_changed_added_and_removed_specs(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    retarus = load_spec("retarus-sms4a")
    write_spec(
        spec_repo / "specs" / "retarus-sms4a.yaml", apply_patch(retarus, [{"op": "remove", "path": "/paths/~1version"}])
    )
    (spec_repo / "specs" / "smartswitch.yaml").unlink()
    write_spec(spec_repo / "specs" / "sms-scheduler.yaml", load_spec("sms-scheduler"))  # new, untracked
    (spec_repo / "README.md").write_text("changed, not a spec\n", encoding="utf-8")

    assert run_cli(["--since", "HEAD", "--repo", str(spec_repo), "--format", "json"]) == 1
    reports = {r.name: r for r in parse_json(capsys.readouterr().out)}
    assert sorted(reports) == ["specs/retarus-sms4a.yaml", "specs/smartswitch.yaml", "specs/sms-scheduler.yaml"]
    changed = reports["specs/retarus-sms4a.yaml"]
    assert changed.status == "changed"
    assert [(c.rule, c.location.operations) for c in changed.changes] == [("operation-removed", ("GET /version",))]
    removed = reports["specs/smartswitch.yaml"]
    assert removed.status == "removed" and removed.breaking
    assert {c.rule for c in removed.changes} >= {"operation-removed", "webhook-removed", "server-removed"}
    added = reports["specs/sms-scheduler.yaml"]
    assert added.status == "added" and not added.breaking
    assert all(c.level is not Level.BREAKING for c in added.changes)
    assert sum(c.rule == "operation-added" for c in added.changes) == 5


def test_since_exit_status_and_formats(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--since", "HEAD", "--repo", str(spec_repo)]) == 0
    assert capsys.readouterr().out == "no spec changed\n"

    callr = load_spec("callr")
    patch = [
        {"op": "set", "path": "/servers/-", "value": {"url": "https://sandbox.example.com", "x-sdk-name": "sandbox"}}
    ]
    write_spec(spec_repo / "specs" / "callr.yaml", apply_patch(callr, patch))
    git(spec_repo, "add", "specs/callr.yaml")  # staged changes count too
    assert run_cli(["--since", "HEAD", "--repo", str(spec_repo), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "### API changes in `specs/callr.yaml`: non-breaking" in out
    assert "`server-added`" in out

    git(spec_repo, "commit", "-q", "-m", "sandbox")
    assert run_cli(["--since", "HEAD~1", "--repo", str(spec_repo), "--format", "text"]) == 0
    assert "server-added" in capsys.readouterr().out

    assert run_cli(["--since", "no-such-ref", "--repo", str(spec_repo)]) == 2
    assert "unknown git ref" in capsys.readouterr().err
