"""Provenance marks (``x-assumed``) and the error-in-success mark: checked, listed, honoured by the generator."""

from pathlib import Path
from typing import Any

import pytest

from generator.assumptions import find_assumptions
from generator.preprocess import for_generator
from generator.reference import render_reference
from generator.spec import iter_operations, load_spec, resolve
from generator.spec_checks import check_spec
from tests.support.spec_problems import problems_of

HEAD = """\
openapi: 3.1.0
info:
  title: Marks
  version: 1.0.0
security: []
tags:
  - name: things
    description: Things.
paths:
  /things:
    get:
      operationId: listThings
      summary: List things
      description: Lists things.
      tags: [things]
      externalDocs:
        url: https://example.com
      parameters:
        - name: size
          in: query
          description: The size.
          schema:
            type: integer
            maximum: 10
{param_mark}
      responses:
        '200':
          description: The things.
{response_mark}
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/{success}'
components:
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id]
{schema_mark}
      properties:
        id:
          type: string
          description: Its id.
    Problem:
      type: object
      description: The vendor's error body.
      required: [errors]
      properties:
        errors:
          type: array
          description: The errors.
          items:
            type: string
    ThingOrProblem:
      description: A thing or the vendor's error.
      oneOf:
        - $ref: '#/components/schemas/Thing'
        - $ref: '#/components/schemas/Problem'
"""


def _spec(
    tmp_path: Path,
    *,
    param_mark: str = "",
    schema_mark: str = "",
    response_mark: str = "",
    success: str = "ThingOrProblem",
) -> Path:
    path = tmp_path / "marks.yaml"
    text = HEAD.format(param_mark=param_mark, schema_mark=schema_mark, response_mark=response_mark, success=success)
    path.write_text(text, encoding="utf-8")
    return path


def test_well_formed_marks_pass_and_are_found(tmp_path: Path) -> None:
    path = _spec(
        tmp_path,
        param_mark="            x-assumed:\n              maximum: the sources give no limit",
        schema_mark="      x-assumed:\n        required: an identifier",
        response_mark="          x-assumed: the sources show no status\n          x-sdk-error-in-success: errors",
    )
    src = load_spec(path)
    check_spec(src)
    found = {(a.parts[-1], a.keyword, a.reason) for a in find_assumptions(src.data)}
    assert ("schema", "maximum", "the sources give no limit") in found
    assert ("Thing", "required", "an identifier") in found
    assert ("200", None, "the sources show no status") in found


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        ("            x-assumed: ''", "x-assumed needs a reason"),
        ("            x-assumed:\n              maximum: ''", "x-assumed names 'maximum' without a reason"),
        ("            x-assumed:\n              minimum: no lower bound", "'minimum', which this node does not have"),
        ("            x-assumed:\n              colour: red", "'colour', which is not a constraint keyword"),
        ("            x-assumed: [maximum]", "x-assumed must be a reason"),
    ],
)
def test_mark_without_reason_is_refused_at_its_place(tmp_path: Path, mark: str, expected: str) -> None:
    problems = problems_of(_spec(tmp_path, param_mark=mark))
    (problem,) = [p for p in problems if "x-assumed" in p]
    assert expected in problem
    assert "marks.yaml:" in problem and "/paths/~1things/get/parameters/0/schema/x-assumed" in problem
    line = int(problem.split(":")[1])
    assert 24 <= line <= 27  # the mark, or its keyword, under the parameter's schema


def test_error_in_success_needs_a_success_or_error_schema(tmp_path: Path) -> None:
    path = _spec(tmp_path, response_mark="          x-sdk-error-in-success: errors", success="Thing")
    problems = [p for p in problems_of(path) if "x-sdk-error-in-success" in p]
    assert problems and "oneOf/anyOf of two branches" in problems[0]


def test_generator_sees_only_the_success_branch(tmp_path: Path) -> None:
    path = _spec(tmp_path, response_mark="          x-sdk-error-in-success: errors")
    data = for_generator(load_spec(path).data)
    schema = data["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Thing"}
    assert data["paths"]["/things"]["get"]["responses"]["200"]["x-sdk-error-in-success"] == "errors"


def test_reference_page_lists_every_assumption(spec_path: Path) -> None:
    src = load_spec(spec_path)
    page = render_reference(src.data, spec_file=f"specs/{spec_path.name}", package_name="pkg")
    section = page.split('<a id="assumptions"></a>', 1)[1].split('<a id="operations"></a>', 1)[0]
    for assumption in find_assumptions(src.data):
        assert assumption.reason.split("`")[0][:40] in section


def _response_schemas(data: dict[str, Any]) -> list[Any]:
    found = []
    for _path, _method, op in iter_operations(data):
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for media in (resolve(data, response).get("content") or {}).values():
                    found.append(media.get("schema"))
    return found


def _required_in(data: dict[str, Any], node: Any, seen: set[int]) -> list[tuple[str, list[str], Any]]:
    node = resolve(data, node)
    if not isinstance(node, dict) or id(node) in seen:
        return []
    seen.add(id(node))
    found = []
    if node.get("required"):
        found.append((str(node.get("description", ""))[:40], list(node["required"]), node.get("x-assumed")))
    for key in ("items", "additionalProperties", "not"):
        found += _required_in(data, node.get(key), seen)
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in node.get(key) or []:
            found += _required_in(data, branch, seen)
    for sub in (node.get("properties") or {}).values():
        found += _required_in(data, sub, seen)
    return found


#: Required answer fields that the vendor's own sources state (so not marked x-assumed).
VENDOR_REQUIRED = {
    ("retarus-sms4a", "jobId"),  # the vendor's Go SDK marks only jobId required
    ("callr", "status"),  # the documented envelope {"status": ..., "data": ...}
    ("callr", "data"),
    ("callr", "endpoint"),  # SmsOptions.webhook, as the reference documents it
    ("smartswitch", "id"),  # documented mandatory; the identifier
    ("smartswitch", "data"),  # a success answer is data, never errors (documented)
    ("smartswitch", "errors"),
    ("smartswitch", "code"),  # documented mandatory; the code the client raises the API error with
}


def test_answers_require_only_identifiers(spec_path: Path) -> None:
    data = load_spec(spec_path).data
    seen: set[int] = set()
    for schema in _response_schemas(data):
        for where, required, mark in _required_in(data, schema, seen):
            if not (isinstance(mark, dict) and "required" in mark):
                unmarked = [name for name in required if (spec_path.stem, name) not in VENDOR_REQUIRED]
                assert not unmarked, f"{spec_path.stem}: {where!r} requires {unmarked} without x-assumed"
            else:
                assert len(required) == 1, f"{spec_path.stem}: {where!r} requires more than its identifier"
