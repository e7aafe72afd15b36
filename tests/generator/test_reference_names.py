"""The reference page prints the client's names as the typed views made them, never names of its own."""

import re
from pathlib import Path
from typing import Any

import pytest

from generator.naming import all_specs, package_name, relative_to_repo
from generator.parsing import api_view
from generator.reference import render_reference
from generator.spec import SpecSource, load_spec

SPECS = all_specs()
PYTHON_NAME = re.compile(r"<br>Python: `([A-Za-z0-9_]+)`")


def small_spec() -> dict[str, Any]:
    query = [
        {"name": "type", "in": "query", "description": "Kept as is.", "schema": {"type": "string"}},
        {"name": "from", "in": "query", "description": "A keyword.", "schema": {"type": "string"}},
        {"name": "pageSize", "in": "query", "description": "Snake case.", "schema": {"type": "integer"}},
    ]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Small", "version": "1"},
        "servers": [{"url": "https://api.example.com", "description": "Main"}],
        "tags": [{"name": "jobs", "description": "Jobs."}],
        "paths": {
            "/jobs": {
                "get": {
                    "operationId": "import",
                    "tags": ["jobs"],
                    "parameters": query,
                    "responses": {
                        "200": {
                            "description": "Ok.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Job": {
                    "type": "object",
                    "description": "A job.",
                    "properties": {"jobId": {"type": "string"}, "class": {"type": "string"}},
                },
                "State": {"type": "string", "description": "A state.", "enum": ["open", "2fa"]},
            }
        },
    }


def render(data: dict[str, Any]) -> str:
    return render_reference(data, spec_file="specs/small.yaml", package_name="typedsms_small")


def test_names_follow_the_views() -> None:
    page = render(small_spec())
    assert "- **Python:** `client.jobs.import_(...)`" in page  # a keyword method gets its underscore
    assert "| `type` | query |" in page  # the client's argument is `type`, not `type_`
    assert "`from`<br>Python: `from_`" in page and "`pageSize`<br>Python: `page_size`" in page
    assert "`jobId`<br>Python: `job_id`" in page and "`class`<br>Python: `class_`" in page
    assert "`typedsms_small.models.Job`" in page and "`typedsms_small.models.State` (enum)" in page
    assert '| `"open"` | `OPEN` |' in page and '| `"2fa"` | `VALUE_1` |' in page
    assert "The client calls this server." in page and "`server=`" not in page  # one server: no choice


def test_a_given_view_is_the_one_the_page_prints() -> None:
    data = small_spec()
    src = SpecSource(path=Path("specs/small.yaml"), raw=b"", data=data)
    api = api_view(src, package="typedsms_small", version="1.0.0")
    api.resources[0].attr = "work"
    api.resources[0].methods[0].name = "bring_in"
    page = render_reference(data, spec_file="specs/small.yaml", package_name="typedsms_small", api=api)
    assert "- **Python:** `client.work.bring_in(...)`" in page and "- **Python:** `client.work`" in page


def test_a_spec_the_parser_cannot_read_gets_a_page_without_python_names() -> None:
    data = small_spec()
    data["paths"]["/jobs"]["get"]["parameters"][0]["in"] = "nowhere"
    page = render(data)
    assert "# Small" in page and "**Python:**" not in page


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_every_python_name_on_a_real_page_is_one_of_the_clients(path: Path) -> None:
    src = load_spec(path)
    api = api_view(src, package=package_name(src.stem), version="0.0.0")
    names = {p.name for r in api.resources for m in r.methods for p in m.params}
    names |= {f.name for m in api.models for f in m.fields} | {v.kwarg for v in api.server_variables}
    page = render_reference(
        src.data, spec_file=relative_to_repo(src.path), package_name=package_name(src.stem), api=api
    )
    shown = set(PYTHON_NAME.findall(page))
    assert shown <= names, shown - names


def test_servers_are_named_as_server_takes_them() -> None:
    data = small_spec()
    data["servers"].append({"url": "https://backup.example.com", "x-sdk-name": "Backup Site", "description": "Spare"})
    data["paths"]["/jobs"]["get"]["servers"] = [{"url": "https://backup.example.com/"}]
    page = render(data)
    assert "The client takes one as `server=`" in page
    assert '| `"main"` | `https://api.example.com` |' in page and '| `"backup_site"` |' in page
    assert '- **Servers:** only `server="backup_site"`' in page
