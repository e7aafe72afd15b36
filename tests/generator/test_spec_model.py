"""The spec model: pointers, navigation, ``$ref`` resolution, operations, locating problems."""

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.naming import REPO_ROOT
from generator.problems import SpecError
from generator.spec import (
    HTTP_METHODS,
    Operation,
    SpecSource,
    error_in_success_branches,
    escape,
    from_pointer,
    get,
    iter_operations,
    load_spec,
    locate,
    operations,
    parse_yaml,
    ref_cycle,
    resolve,
    to_pointer,
    unescape,
)

SPEC_TEXT = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /jobs/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: trace, in: header, schema: {type: string}}
    get:
      operationId: getJob
      parameters:
        - $ref: '#/components/parameters/Trace'
        - {name: verbose, in: query, schema: {type: boolean}}
      responses:
        '200': {$ref: '#/components/responses/Job'}
        '404': {description: Not found.}
    post:
      operationId: updateJob
      responses: {'204': {description: Done.}}
  /aliased:
    $ref: '#/components/pathItems/Aliased'
webhooks:
  done:
    post:
      operationId: jobDone
      responses: {'200': {description: Ok.}}
components:
  parameters:
    Trace: {name: trace, in: header, description: Overridden here., schema: {type: string}}
  responses:
    Job:
      description: A job.
      content:
        application/json: {schema: {$ref: '#/components/schemas/Job'}}
  pathItems:
    Aliased:
      delete:
        operationId: deleteAlias
        responses: {'204': {description: Gone.}}
  schemas:
    Job: {type: object, properties: {id: {type: string}}}
    Alias: {$ref: '#/components/schemas/Job'}
    LoopA: {$ref: '#/components/schemas/LoopB'}
    LoopB: {$ref: '#/components/schemas/LoopA'}
    a/b~c: {type: string}
"""


@pytest.fixture
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = parse_yaml(SPEC_TEXT)
    return loaded


# -- pointers ---------------------------------------------------------------------------------------


def test_pointers_escape_slash_and_tilde_both_ways() -> None:
    parts = ("components", "schemas", "a/b~c")
    assert to_pointer(parts) == "/components/schemas/a~1b~0c"
    assert from_pointer("/components/schemas/a~1b~0c") == parts
    assert from_pointer("#/components/schemas/a~1b~0c") == parts
    assert escape("~1") == "~01" and unescape("~01") == "~1"  # ~0 is unescaped last
    assert to_pointer([]) == "" and from_pointer("") == () and from_pointer("#") == ()
    assert to_pointer(["paths", "/jobs", "get", "parameters", 0]) == "/paths/~1jobs/get/parameters/0"


# -- navigation -------------------------------------------------------------------------------------


def test_get_follows_keys_and_list_indexes(data: dict[str, Any]) -> None:
    assert get(data, ["paths", "/jobs/{id}", "parameters", 1, "name"]) == "trace"
    assert get(data, from_pointer("/paths/~1jobs~1{id}/parameters/1/name")) == "trace"  # indexes as strings
    assert get(data, ["paths", "/nowhere"]) is None
    assert get(data, ["paths", "/jobs/{id}", "parameters", 9]) is None
    assert get(data, ["info", "title", "deeper"]) is None
    assert get(data, []) is data


def test_resolve_follows_chains_and_stops_at_cycles(data: dict[str, Any]) -> None:
    job = data["components"]["schemas"]["Job"]
    assert resolve(data, {"$ref": "#/components/schemas/Alias"}) is job
    assert resolve(data, {"$ref": "#/components/schemas/a~1b~0c"}) == {"type": "string"}
    assert resolve(data, {"$ref": "#/components/schemas/Missing"}) is None
    assert resolve(data, {"$ref": "other.yaml#/x"}) == {"$ref": "other.yaml#/x"}  # not local: left as is
    looped = resolve(data, {"$ref": "#/components/schemas/LoopA"})
    assert isinstance(looped, dict) and "$ref" in looped  # the cycle closes, no endless loop
    assert resolve(data, job) is job and resolve(data, None) is None


def test_ref_cycle_is_found_only_where_aliases_loop(data: dict[str, Any]) -> None:
    assert ref_cycle(data, "#/components/schemas/LoopA")
    assert not ref_cycle(data, "#/components/schemas/Alias")
    assert not ref_cycle(data, "#/components/schemas/Missing")


# -- operations -------------------------------------------------------------------------------------


def test_operations_in_file_order_with_path_item_refs_followed(data: dict[str, Any]) -> None:
    found = [(o.path, o.method, o.operation_id) for o in operations(data)]
    assert found == [
        ("/jobs/{id}", "get", "getJob"),
        ("/jobs/{id}", "post", "updateJob"),
        ("/aliased", "delete", "deleteAlias"),
    ]
    assert [(p, m) for p, m, _ in iter_operations(data)] == [(p, m) for p, m, _ in found]
    hooks = list(operations(data, "webhooks"))
    assert [(o.title, o.webhook, o.parts) for o in hooks] == [("POST done", True, ["webhooks", "done", "post"])]
    assert set(HTTP_METHODS) >= {"get", "post", "delete"}


def test_parameters_merge_the_path_level_ones_resolved(data: dict[str, Any]) -> None:
    get_job = next(o for o in operations(data) if o.operation_id == "getJob")
    params = get_job.parameters(data)
    assert [(p["name"], p["in"]) for p in params] == [("id", "path"), ("trace", "header"), ("verbose", "query")]
    assert params[1]["description"] == "Overridden here."  # the operation's own wins over the path item's


def test_responses_are_resolved(data: dict[str, Any]) -> None:
    get_job = next(o for o in operations(data) if o.operation_id == "getJob")
    responses = dict(get_job.responses(data))
    assert responses["200"]["description"] == "A job." and responses["404"] == {"description": "Not found."}
    dangling = Operation("/x", "get", {"responses": {"200": {"$ref": "#/nowhere"}}}, {})
    assert dict(dangling.responses(data)) == {"200": {}}


def test_error_in_success_branches() -> None:
    spec: dict[str, Any] = {
        "components": {"schemas": {"Err": {"type": "object", "required": ["errors"]}, "Ok": {"type": "object"}}}
    }
    either = {"oneOf": [{"$ref": "#/components/schemas/Ok"}, {"$ref": "#/components/schemas/Err"}]}
    response = {"x-sdk-error-in-success": "errors", "content": {"application/json": {"schema": either}}}
    assert error_in_success_branches(spec, response) == ("errors", either["oneOf"][0], either["oneOf"][1])
    assert error_in_success_branches(spec, {"content": {}}) is None
    both_errors = {"oneOf": [{"$ref": "#/components/schemas/Err"}, {"$ref": "#/components/schemas/Err"}]}
    response["content"] = {"application/json": {"schema": both_errors}}
    assert error_in_success_branches(spec, response) is None


# -- the file ---------------------------------------------------------------------------------------


def test_problems_are_located_as_file_line_column(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(SPEC_TEXT, encoding="utf-8")
    src = load_spec(path)
    assert isinstance(src, SpecSource) and src.stem == "demo" and len(src.sha256) == 64
    problem = src.problem(["paths", "/jobs/{id}", "get", "operationId"], "bad")
    assert (problem.line, problem.column, problem.pointer) == (9, 7, "/paths/~1jobs~1{id}/get/operationId")
    assert str(problem).endswith("demo.yaml:9:7: at /paths/~1jobs~1{id}/get/operationId: bad")
    deepest = src.problem(["paths", "/jobs/{id}", "get", "nothing", "here"], "bad")
    assert (deepest.line, deepest.column) == (8, 5)  # the deepest node that exists
    assert locate(src.tree, ["webhooks", "done", "post"]) == (23, 5)
    assert locate(src.tree, ["no-such-key"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [("a: [1, 2\n", "invalid YAML"), ("- a list\n", "not a mapping")],
)
def test_load_spec_refuses_what_is_not_a_spec(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match=message):
        load_spec(path)
    with pytest.raises(SpecError, match="cannot read the file"):
        load_spec(tmp_path / "absent.yaml")


def test_yaml_is_read_as_1_2() -> None:
    assert parse_yaml("country: NO\nflag: yes\n") == {"country": "NO", "flag": "yes"}


def test_the_spec_model_imports_no_generation_stack() -> None:
    """``python -m generator diff`` starts without openapi-python-client, jsonschema or jinja2."""
    heavy = ["openapi_python_client", "jsonschema", "jinja2", "openapi_spec_validator", "openapi_core"]
    code = f"import sys, generator.spec, generator.__main__; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
