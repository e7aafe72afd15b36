"""Every change of the API diff carries the line and column of its place, in all three formats:
in the new spec, or in the old one for something that was removed."""

import json
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.naming import REPO_ROOT

RETARUS = (REPO_ROOT / "specs" / "retarus-sms4a.yaml").read_text(encoding="utf-8")


def _line(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, str]:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(RETARUS, encoding="utf-8")
    # One change in place (the idempotent mark) and one removal (the failover of GET /jobs/{jobId}).
    edited = RETARUS.replace("x-sdk-idempotent: false", "x-sdk-idempotent: true", 1)
    start = edited.index("      x-sdk-failover:\n", edited.index("operationId: getJob\n      x-sdk-failover"))
    end = edited.index("\n      ", edited.index("statuses", start)) + 1
    edited = edited[:start] + edited[end:]
    new.write_text(edited, encoding="utf-8")
    return old, new, edited


def test_json_gives_line_column_and_side(pair: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    old, new, edited = pair
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    changes = {c["rule"]: c["location"] for c in json.loads(capsys.readouterr().out)["reports"][0]["changes"]}
    idempotent = changes["sdk-idempotent-changed"]
    assert (idempotent["line"], idempotent["column"], idempotent["side"]) == (
        _line(edited, "x-sdk-idempotent: true"),
        7,
        "new",
    )
    failover = changes["sdk-failover-removed"]
    assert failover["side"] == "old"
    getjob = RETARUS.index("operationId: getJob\n      x-sdk-failover")
    assert failover["line"] == RETARUS[:getjob].count("\n") + 2  # the line after the operationId, in the old file


def test_text_and_markdown_show_the_place(pair: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    old, new, edited = pair
    main(["diff", str(old), str(new)])
    text = capsys.readouterr().out
    assert f"new.yaml:{_line(edited, 'x-sdk-idempotent: true')}:7)" in text
    assert "in the old version)" in text
    main(["diff", str(old), str(new), "--format", "markdown"])
    markdown = capsys.readouterr().out
    assert f"line {_line(edited, 'x-sdk-idempotent: true')}:7 |" in markdown


MINIMAL = """openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        200:
          description: The things.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Base: &base
      type: string
      maxLength: 5
    Thing:
      <<: *base
      description: A thing.
"""


def test_merge_keys_integer_statuses_and_flow_mappings_are_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(MINIMAL, encoding="utf-8")
    edited = MINIMAL.replace("description: The things.", "description: All the things.").replace(
        "maxLength: 5", "maxLength: 2"
    )
    new.write_text(edited, encoding="utf-8")
    # Base is used by no operation, so it is compared both ways: a narrowed request limit breaks.
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    changes = {c["rule"]: c["location"] for c in json.loads(capsys.readouterr().out)["reports"][0]["changes"]}
    status = changes["description-changed"]
    assert (status["line"], status["column"]) == (_line(edited, "description: All the things."), 11)
    # maxLength reached through `<<: *base` in Thing, and directly in Base: both located, no traceback.
    limit = changes["response-limit-narrowed"]
    assert limit["line"] is not None and limit["line"] <= _line(edited, "description: A thing.")


def test_json_specs_are_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    data = yaml.safe_load(MINIMAL.replace("<<: *base\n", "type: string\n      maxLength: 5\n"))
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text(json.dumps(data, indent=2), encoding="utf-8")
    data["paths"]["/things"]["get"]["operationId"] = "getThings"
    text = json.dumps(data, indent=2)
    new.write_text(text, encoding="utf-8")
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    (change,) = json.loads(capsys.readouterr().out)["reports"][0]["changes"]
    assert change["location"]["line"] == _line(text, '"operationId": "getThings"')
