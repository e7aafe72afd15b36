"""The Markdown API reference: complete for every spec, deterministic, well-formed tables and links."""

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from generator.context import server_choices
from generator.naming import CLIENTS_DIR, all_specs, package_name, relative_to_repo
from generator.reference import code, render_reference
from generator.spec import HTTP_METHODS, SpecSource, load_spec

SPECS = all_specs()

LINK_TARGET = re.compile(r"\]\(#([^)\s]+)\)")
ANCHOR = re.compile(r'<a id="([^"]+)"></a>')
CLIENT_MODULE = re.compile(r"\*\*Python:\*\* `([a-z0-9_.]+)(?:\(\.\.\.\))?`")


def render(src: SpecSource) -> str:
    return render_reference(src.data, spec_file=relative_to_repo(src.path), package_name=package_name(src.stem))


def render_data(data: dict[str, Any]) -> str:
    return render_reference(data, spec_file="specs/example.yaml", package_name="typedsms_example")


def table_cells(row: str) -> list[str]:
    """A GFM table row's cells, split as GitHub does: a ``|`` after a backslash is not a border."""
    assert row.startswith("|") and row.endswith("|"), row
    return re.split(r"(?<!\\)\|", row[1:-1])


def tables(page: str) -> list[list[str]]:
    """Every table of the page as its lines (header, delimiter, rows)."""
    found: list[list[str]] = []
    current: list[str] = []
    for line in page.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def assert_well_formed(page: str) -> None:
    """Tables keep their column count, link targets exist, anchors are unique, bytes are tidy."""
    for lines in tables(page):
        width = len(table_cells(lines[0]))
        assert re.fullmatch(r"\|(---\|)+", lines[1]), lines[1]
        assert len(table_cells(lines[1])) == width
        for row in lines[2:]:
            assert len(table_cells(row)) == width, row
    anchors = ANCHOR.findall(page)
    assert len(anchors) == len(set(anchors)), "duplicate anchors"
    missing = sorted(set(LINK_TARGET.findall(page)) - set(anchors))
    assert missing == [], f"links to anchors that do not exist: {missing}"
    assert page.endswith("\n") and not page.endswith("\n\n")
    assert "\r" not in page and "\t" not in page
    assert all(line == line.rstrip() for line in page.split("\n")), "trailing whitespace"


# -- the real specs -------------------------------------------------------------------------------


@pytest.fixture(params=SPECS, ids=[p.stem for p in SPECS])
def spec(request: pytest.FixtureRequest) -> SpecSource:
    path: Path = request.param
    return load_spec(path)


def test_every_operation_path_schema_server_and_scheme_appears(spec: SpecSource) -> None:
    page = render(spec)
    data = spec.data
    for key in ("paths", "webhooks"):
        for where, item in (data.get(key) or {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    title = f"{method.upper()} {where}"
                    assert code(title) in page, title
                    assert code(str(item[method]["operationId"])) in page
    components = data.get("components") or {}
    for name in components.get("schemas") or {}:
        assert f'<a id="schema-{name.lower()}"></a>{name}\n' in page, name
    for server in data.get("servers") or []:
        assert code(server["url"]) in page, server["url"]
    for name in components.get("securitySchemes") or {}:
        assert f"| {code(name)} |" in page, name
    assert f"`{relative_to_repo(spec.path)}`" in page
    assert f"`{package_name(spec.stem)}`" in page


def test_output_is_deterministic(spec: SpecSource) -> None:
    first = render(spec)
    assert render(spec) == first
    assert (
        render_reference(
            copy.deepcopy(spec.data), spec_file=relative_to_repo(spec.path), package_name=package_name(spec.stem)
        )
        == first
    )
    assert render(load_spec(spec.path)) == first


def test_page_is_well_formed(spec: SpecSource) -> None:
    assert_well_formed(render(spec))


def test_descriptions_are_verbatim(spec: SpecSource) -> None:
    page = render(spec)
    assert str(spec.data["info"]["description"]).strip() in page
    for name, schema in (spec.data.get("components") or {}).get("schemas", {}).items():
        if schema.get("description"):
            assert str(schema["description"]).strip() in page, name


def test_python_names_match_the_generated_client(spec: SpecSource) -> None:
    """Every module and model the page names exists in the committed client."""
    package_dir = CLIENTS_DIR / spec.stem / package_name(spec.stem)
    if not package_dir.is_dir():
        pytest.skip(f"no generated client for {spec.stem}")
    page = render(spec)
    modules = CLIENT_MODULE.findall(page)
    assert modules
    models_init = (package_dir / "models" / "__init__.py").read_text(encoding="utf-8")
    client_module = (package_dir / "_client.py").read_text(encoding="utf-8")
    for dotted in modules:
        parts = dotted.split(".")
        if parts[0] == "client":
            assert f"def {parts[1]}(self)" in client_module, dotted
            if len(parts) > 2:
                resources = "".join(p.read_text(encoding="utf-8") for p in (package_dir / "resources").glob("*.py"))
                assert f"def {parts[2]}(" in resources, dotted
            continue
        assert parts[0] == package_name(spec.stem)
        assert parts[1] == "models", dotted
        assert f"import {parts[2]}\n" in models_init, dotted
    choices = server_choices(spec)[0]
    for choice in choices if len(choices) > 1 else []:
        assert f'| `"{choice.name}"` |' in page  # what server= takes


# -- a small synthetic spec -----------------------------------------------------------------------


def synthetic() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Example API",
            "version": "2.0",
            "description": "First line\nwrapped here.\n\n- a list item\n- another",
            "x-sdk-datetime-format": {"format": "%Y-%m-%d %H:%M:%S", "timezone": "UTC"},
        },
        "externalDocs": {"url": "https://example.com/docs"},
        "servers": [
            {
                "url": "https://{region}.example.com/v1",
                "description": "Regional | primary",
                "x-sdk-name": "regional",
                "variables": {"region": {"default": "eu", "enum": ["eu", "us"], "description": "The region."}},
            }
        ],
        "security": [{"key": []}],
        "tags": [{"name": "jobs", "description": "Jobs | tasks."}, {"name": "hooks", "description": "Pushed."}],
        "paths": {
            "/jobs/{jobId}": {
                "get": {
                    "operationId": "getJOBReport",
                    "tags": ["jobs"],
                    "summary": "Get a report",
                    "description": "Reads one report.",
                    "parameters": [
                        {
                            "name": "jobId",
                            "in": "path",
                            "required": True,
                            "description": "The id | the key,\nwrapped onto a second line.",
                            "schema": {"type": "string", "pattern": "^(a|b)+$"},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "description": "Page size.",
                            "schema": {
                                "type": "integer",
                                "format": "int32",
                                "minimum": 1,
                                "maximum": 1000,
                                "default": 10,
                            },
                        },
                        {
                            "name": "from",
                            "in": "query",
                            "description": "Since.",
                            "schema": {"$ref": "#/components/schemas/Stamp"},
                        },
                        {
                            "name": "kind",
                            "in": "query",
                            "style": "form",
                            "explode": True,
                            "description": "Kinds.",
                            "schema": {"type": "array", "items": {"enum": ["a", "b"]}},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "The report.",
                            "headers": {"X-Rate": {"description": "Calls left.", "schema": {"type": "integer"}}},
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}},
                            "links": {
                                "Again": {
                                    "operationId": "getJOBReport",
                                    "parameters": {"jobId": "$response.body#/data/id"},
                                }
                            },
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
                "delete": {
                    "operationId": "import",
                    "tags": ["jobs"],
                    "summary": "Delete",
                    "description": "Deletes.",
                    "security": [],
                    "responses": {"204": {"description": "Gone."}},
                },
            }
        },
        "webhooks": {
            "jobDone": {
                "post": {
                    "operationId": "jobDone",
                    "tags": ["hooks"],
                    "summary": "A job finished",
                    "description": "Pushed to your URL.",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobReport"}}},
                    },
                    "responses": {"200": {"description": "Acknowledged."}},
                }
            }
        },
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "X-Key", "description": "The key."},
            },
            "responses": {"NotFound": {"description": "No such job."}},
            "schemas": {
                "Stamp": {
                    "type": "string",
                    "description": "A vendor timestamp.",
                    "pattern": "^[0-9 :-]+$",
                    "x-sdk-datetime": True,
                },
                "Status": {
                    "type": "integer",
                    "description": "A status:\n\n- 1: open\n- 2: done\n",
                    "enum": [1, 2],
                    "x-enum-varnames": ["OPEN", "DONE"],
                    "x-enum-descriptions": ["Open | running", "Done"],
                },
                "JobReport": {
                    "type": "object",
                    "description": "UNIQUE-REPORT-DESCRIPTION",
                    "required": ["id"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string", "description": "The id:\n\n- a | b\n- c"},
                        "type": {"type": ["string", "null"], "description": "Nullable."},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "mode": {"type": "string", "enum": ["a", "b"], "description": "Mode."},
                        "tags": {
                            "type": "object",
                            "description": "Tags.",
                            "additionalProperties": {"type": "string"},
                        },
                        "nested": {
                            "type": "object",
                            "description": "Inline.",
                            "properties": {"inner": {"type": "boolean", "description": "Deep."}},
                        },
                    },
                },
                "Envelope": {
                    "type": "object",
                    "description": "An envelope.",
                    "x-sdk-unwrap": "data",
                    "required": ["data"],
                    "properties": {
                        "data": {"$ref": "#/components/schemas/JobReport"},
                        "previous": {
                            "anyOf": [{"$ref": "#/components/schemas/JobReport"}, {"type": "null"}],
                            "description": "The previous report.",
                        },
                        "history": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/JobReport"},
                            "description": "Older reports.",
                        },
                    },
                },
                "Either": {
                    "description": "One or the other.",
                    "oneOf": [
                        {"$ref": "#/components/schemas/JobReport"},
                        {"type": "string", "description": "A bare id."},
                    ],
                },
                "Both": {
                    "description": "Composed.",
                    "allOf": [
                        {"$ref": "#/components/schemas/JobReport"},
                        {"type": "object", "properties": {"extra": {"type": "integer", "description": "More."}}},
                    ],
                },
            },
        },
    }


def row_of(page: str, first_cell: str) -> str:
    rows = [line for line in page.split("\n") if line.startswith(f"| {first_cell}")]
    assert len(rows) == 1, (first_cell, rows)
    return rows[0]


def test_pipes_and_newlines_in_cells_are_escaped() -> None:
    page = render_data(synthetic())
    assert_well_formed(page)
    row = row_of(page, "`jobId`")
    assert "The id \\| the key, wrapped onto a second line." in row
    assert "pattern `^(a\\|b)+$`" in row
    prop = row_of(page, "`id`")
    assert "The id:<br><br>- a \\| b<br>- c" in prop
    assert "| `1` | `OPEN` | Open \\| running |" in page
    assert "| `https://{region}.example.com/v1` | Regional \\| primary |" in page


def test_escaped_cells_parse_as_one_cell_each() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render_data(synthetic()))
    assert "<td>The id | the key, wrapped onto a second line.</td>" in html
    assert "<code>^(a|b)+$</code>" in html


def test_prose_outside_tables_is_verbatim() -> None:
    page = render_data(synthetic())
    assert "First line\nwrapped here.\n\n- a list item\n- another\n" in page
    assert "Jobs | tasks." in page


def test_types_are_compact_and_link_to_components() -> None:
    page = render_data(synthetic())
    assert "| integer (int32, 1..1000) |" in row_of(page, "`limit`")
    assert "`10`" in row_of(page, "`limit`")
    assert "| array of [JobReport](#schema-jobreport) |" in row_of(page, "`history`")
    assert "| [JobReport](#schema-jobreport) \\| null |" in row_of(page, "`previous`")
    assert '| `"a"` \\| `"b"` |' in row_of(page, "`mode`")
    assert "| string \\| null |" in row_of(page, "`type`")
    assert "| map of string |" in row_of(page, "`tags`")
    assert 'array of (`"a"` \\| `"b"`)' in row_of(page, "`kind`")
    assert "explode: `true`" in row_of(page, "`kind`")
    assert "| `nested.inner` | boolean |" in page
    assert "- **Other properties:** not allowed" in page
    assert "**Exactly one of:**" in page and "- string: A bare id." in page
    assert "**All of:**" in page and "| `extra` | integer |" in page


def test_facts_after_a_list_start_a_list_of_their_own() -> None:
    page = render_data(synthetic())
    assert "- 2: done\n\n<!-- -->\n\n- **Type:** integer\n" in page
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").render(page)
    assert "<li>2: done</li>\n</ul>" in html


def test_refs_are_linked_never_inlined() -> None:
    page = render_data(synthetic())
    assert page.count("UNIQUE-REPORT-DESCRIPTION") == 1
    assert "No such job." in page  # a shared response is shown where it is used


def test_python_names_and_sdk_extensions() -> None:
    page = render_data(synthetic())
    assert "- **Python:** `client.jobs.get_report(...)`" in page
    assert "client.jobs.import" not in page  # DELETE declares no jobId: the client has no such method
    assert "`from`<br>Python: `from_`" in page
    assert "`datetime` in the client" in row_of(page, "`from`")
    assert "- **In the client:** a `datetime` (`x-sdk-datetime`), written `%Y-%m-%d %H:%M:%S` on the wire" in page
    assert "returns `data`: [JobReport](#schema-jobreport)" in page
    assert "the client returns `data` ([JobReport](#schema-jobreport)), not the envelope" in page
    assert "raises `NotFoundError`" in page
    assert "| `1` | `OPEN` |" in page and "Python member (`x-enum-varnames`)" in page
    assert "`typedsms_example.models.Status` (enum)" in page


def test_security_servers_links_headers_and_webhooks() -> None:
    page = render_data(synthetic())
    assert "| `key` | API key | header `X-Key` | The key. |" in page
    assert "**Required by default:** `key`." in page
    assert "- [`DELETE /jobs/{jobId}`](#op-import): none" in page
    assert "- **Authentication:** none (overrides the default)" in page
    assert '| `region` | `"eu"` | `"eu"`, `"us"` | The region. |' in page
    assert "`X-Rate`: integer — Calls left." in page
    assert "| 200 | `Again` | [`getJOBReport`](#op-getjobreport) | `jobId` = `$response.body#/data/id` |" in page
    assert '## <a id="webhooks"></a>Webhooks' in page
    assert "`POST jobDone` — A job finished" in page
    assert '### <a id="webhook-tag-hooks"></a>hooks' in page


def test_a_spec_without_optional_parts_renders() -> None:
    page = render_data({"openapi": "3.1.0", "info": {"title": "Bare", "version": "0"}, "paths": {}})
    assert_well_formed(page)
    assert page.startswith("<!-- Generated from specs/example.yaml")
    assert "# Bare\n" in page
