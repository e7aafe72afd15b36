"""Client versions and changelogs follow the spec: breaking -> major, addition -> minor, docs -> patch."""

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.naming import CLIENTS_DIR, SPECS_DIR
from generator.pipeline import generate
from generator.spec import parse_yaml
from generator.versioning import strip_header


def _version(client: Path) -> str:
    line = next(ln for ln in (client / "pyproject.toml").read_text().splitlines() if ln.startswith("version = "))
    return line.split('"')[1]


def _docs_change(spec: dict[str, Any]) -> None:
    spec["paths"]["/sms/{hash}"]["get"]["description"] += " Reworded."


def _addition(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Sms"]["properties"]["network_name"] = {
        "type": "string",
        "description": "The carrier's name.",
    }


def _breaking(spec: dict[str, Any]) -> None:
    del spec["paths"]["/sms/send"]


@pytest.mark.parametrize(
    "edit,part,heading",
    [(_docs_change, 2, "### Documentation"), (_addition, 1, "### Additions"), (_breaking, 0, "### Breaking changes")],
    ids=["docs", "addition", "breaking"],
)
def test_a_spec_change_bumps_the_version_and_adds_a_changelog_entry(
    tmp_path: Path, edit: Callable[[dict[str, Any]], None], part: int, heading: str
) -> None:
    clients, docs = tmp_path / "clients", tmp_path / "docs"
    shutil.copytree(CLIENTS_DIR / "callr", clients / "callr")
    current = _version(clients / "callr")
    numbers = [int(n) for n in current.split(".")]
    numbers = [*numbers[:part], numbers[part] + 1, *([0] * (2 - part))]
    expected = ".".join(str(n) for n in numbers)
    spec = parse_yaml((SPECS_DIR / "callr.yaml").read_text())
    edit(spec)
    changed = tmp_path / "callr.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))

    assert generate([changed], clients_dir=clients, docs_dir=docs).problems == []
    client = clients / "callr"
    assert _version(client) == expected
    changelog = strip_header((client / "CHANGELOG.md").read_text())
    assert changelog.index(f"## {expected}") < changelog.index(f"## {current}")
    assert heading in changelog.split(f"## {current}")[0]
    assert f'__version__ = "{expected}"' in (client / "typedsms_callr" / "__init__.py").read_text()

    # Generating again from the same spec changes nothing: no second bump.
    before = {p: p.read_bytes() for p in client.rglob("*") if p.is_file()}
    assert generate([changed], clients_dir=clients, docs_dir=docs).problems == []
    assert {p: p.read_bytes() for p in client.rglob("*") if p.is_file()} == before


def test_the_snapshot_is_the_spec_the_client_was_made_from() -> None:
    for spec in sorted(SPECS_DIR.glob("*.yaml")):
        snapshot = CLIENTS_DIR / spec.stem / "openapi.yaml"
        assert parse_yaml(strip_header(snapshot.read_text())) == parse_yaml(spec.read_text())
