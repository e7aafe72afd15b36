"""Extensions where the generator honours them but ``check`` used not to look: a path-level parameter's
``x-sdk-repeat-for``, a ``$ref``'d response's ``x-sdk-error-in-success``, and ``x-sdk-datetime``, which
turns only a string into a ``datetime``. Each is checked where it is written, at its line and column.
"""

from pathlib import Path

import pytest

from generator.preprocess import for_generator
from generator.spec import load_spec
from generator.spec_checks import check_spec
from tests.support.spec_problems import line_of, problems_of

HEAD = """\
openapi: 3.1.0
info:
  title: Places
  version: 1.0.0
security: []
tags:
  - name: things
    description: Things.
paths:
"""
TEMPLATE = (
    HEAD
    + """\
  /things:
    parameters:
      - name: ids
        in: query
        description: The ids.
        schema:
          type: array
          items:
            type: string
      - $ref: '#/components/parameters/Tag'
    get:
      operationId: listThings
      summary: List things
      description: Lists things.
      tags: [things]
      externalDocs:
        url: https://example.com
      responses:
        '{status}':
          $ref: '#/components/responses/Things'
components:
  parameters:
    Tag:
      name: tag
      in: query
      description: A tag, repeated for each id.
      schema:
        type: string
      x-sdk-repeat-for: {repeat_for}
  responses:
    Things:
      description: The things, or the vendor's error.
      x-sdk-error-in-success: errors
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/{schema}'
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id]
      properties:
        id:
          type: string
          description: Its id.
        seen:
          type: {seen_type}
          description: When it was seen.
          x-sdk-datetime: true
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
)

GOOD = {"status": "200", "repeat_for": "ids", "schema": "ThingOrProblem", "seen_type": "string"}


def _write(tmp_path: Path, **changes: str) -> Path:
    path = tmp_path / "places.yaml"
    path.write_text(TEMPLATE.format(**{**GOOD, **changes}), encoding="utf-8")
    return path


def test_the_marks_in_their_places_pass_and_are_honoured(tmp_path: Path) -> None:
    path = _write(tmp_path)
    src = load_spec(path)
    check_spec(src)
    prepared = for_generator(src.data)
    answer = prepared["components"]["responses"]["Things"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/Thing"}  # the error branch is the client's to raise
    assert prepared["components"]["schemas"]["Thing"]["properties"]["seen"]["format"] == "date-time"


def test_a_shared_parameter_must_repeat_for_an_array_of_the_operation(tmp_path: Path) -> None:
    path = _write(tmp_path, repeat_for="nothing")
    (problem,) = [p for p in problems_of(path) if "x-sdk-repeat-for" in p]
    assert f"places.yaml:{line_of(path, 'x-sdk-repeat-for')}:7:" in problem
    assert "'nothing', which is not another array query parameter of GET /things" in problem


def test_a_referenced_response_is_checked_where_it_is_written(tmp_path: Path) -> None:
    path = _write(tmp_path, schema="Thing")
    (problem,) = [p for p in problems_of(path) if "x-sdk-error-in-success" in p]
    assert f"places.yaml:{line_of(path, 'x-sdk-error-in-success')}:7:" in problem
    assert "needs every media type's schema to be a oneOf/anyOf of two branches" in problem


def test_a_referenced_error_in_success_response_under_an_error_status_is_refused_there(tmp_path: Path) -> None:
    path = _write(tmp_path, status="404")
    (problem,) = [p for p in problems_of(path) if "x-sdk-error-in-success" in p]
    assert f"places.yaml:{line_of(path, chr(39) + '404' + chr(39))}:" in problem
    assert "belongs on a success (2xx) response, not 404" in problem


@pytest.mark.parametrize(("seen_type", "shown"), [("integer", "type 'integer'"), ("[integer, 'null']", "type [")])
def test_datetime_on_a_schema_that_is_not_a_string_is_refused(tmp_path: Path, seen_type: str, shown: str) -> None:
    path = _write(tmp_path, seen_type=seen_type)
    (problem,) = [p for p in problems_of(path) if "x-sdk-datetime" in p]
    assert f"places.yaml:{line_of(path, 'x-sdk-datetime')}:11:" in problem
    assert f"x-sdk-datetime: true needs a string schema (type: string), not {shown}" in problem


def test_datetime_on_a_nullable_string_passes(tmp_path: Path) -> None:
    check_spec(load_spec(_write(tmp_path, seen_type="[string, 'null']")))


def test_a_shared_parameter_is_reported_once_naming_every_operation(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    text = TEMPLATE.format(**{**GOOD, "repeat_for": "nothing"})
    delete = text.split("    get:\n", 1)[1].split("components:\n", 1)[0].replace("listThings", "deleteThings")
    path.write_text(text.replace("components:\n", "    delete:\n" + delete + "components:\n", 1), encoding="utf-8")
    (problem,) = [p for p in problems_of(path) if "x-sdk-repeat-for" in p]
    assert problem.endswith("not another array query parameter of GET /things, DELETE /things")


def test_an_operation_in_a_referenced_path_item_is_located_where_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "item.yaml"
    path.write_text(
        HEAD
        + """\
  /things:
    $ref: '#/components/pathItems/Things'
components:
  pathItems:
    Things:
      get:
        operationId: listThings
        summary: List things
        description: Lists things.
        tags: [things]
        externalDocs:
          url: https://example.com
        parameters:
          - name: tag
            in: query
            description: A tag.
            schema:
              type: string
            x-sdk-repeat-for: nothing
        responses:
          '404':
            description: Not found, or the vendor's error.
            x-sdk-error-in-success: errors
            content:
              application/json:
                schema:
                  type: object
                  description: The error.
""",
        encoding="utf-8",
    )
    problems = [p for p in problems_of(path) if "x-sdk-" in p]
    assert any(
        f"item.yaml:{line_of(path, 'x-sdk-repeat-for')}:13: at /components/pathItems/Things/get/" in p for p in problems
    )
    assert any(f"item.yaml:{line_of(path, 'x-sdk-error-in-success')}:13:" in p and "not 404" in p for p in problems)
