"""The broken-spec corpus, held to more than ``test_broken_spec_gets_a_located_error_and_touches_nothing``
(tests/generator/test_generator.py, which runs over every file of tests/generator/broken_specs/ too): each failure kind
added here gets its own message at its exact line and JSON pointer, and every problem of every
broken spec points at a place that exists in its file.
"""

from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate
from generator.problems import SpecProblem
from generator.spec import parse_yaml

BROKEN = Path(__file__).parent / "broken_specs"

# file -> (line, JSON pointer, a fragment of the message). The first line of each file is a
# comment saying what is broken.
EXPECTED: dict[str, tuple[int | None, str, str]] = {
    "wrong-openapi-version.yaml": (2, "/openapi", "expected OpenAPI 3.1.x, found '3.0.3'"),
    "swagger-2.yaml": (None, "/openapi", "expected OpenAPI 3.1.x"),
    "not-a-mapping.yaml": (1, "", "the document is not a mapping"),
    "no-document.yaml": (1, "", "the document is not a mapping"),
    "tab-indented-yaml.yaml": (11, "", "invalid YAML"),
    "response-without-description.yaml": (
        18,
        "/paths/~1things/get/responses/200",
        '"description" is a required property',
    ),
    "server-variable-without-default.yaml": (
        10,
        "/servers/0/variables/host",
        '"default" is a required property',
    ),
    "bad-ref-in-parameter.yaml": (
        19,
        "/paths/~1things/get/parameters/0/$ref",
        "reference '#/components/parameters/Limit' points at nothing",
    ),
    "enum-example-not-in-enum.yaml": (
        41,
        "/components/schemas/Thing/examples/0",
        "'blue' is not one of ['red', 'green']",
    ),
    "example-wrong-format.yaml": (
        41,
        "/components/schemas/Thing/examples/0",
        "'yesterday' is not a 'date-time'",
    ),
    "link-unknown-operation.yaml": (
        28,
        "/paths/~1things/get/responses/200/links/first",
        "link 'first' points at unknown operationId 'getThing'",
    ),
    "unused-component.yaml": (36, "/components/schemas/Spare", "schema 'Spare' is never used"),
    "undeclared-tag.yaml": (
        13,
        "/paths/~1things/get/tags",
        "tag 'widgets' is not declared in the top-level tags",
    ),
    "parameter-without-description.yaml": (
        19,
        "/paths/~1things/get/parameters/0",
        "parameter 'limit' has no description",
    ),
    "schema-without-description.yaml": (29, "/components/schemas/Thing", "schema 'Thing' has no description"),
    "missing-operation-externaldocs.yaml": (11, "/paths/~1things/get", "operation GET /things has no externalDocs"),
    "duplicate-server-names.yaml": (9, "/servers/1", "two servers would be named MAIN; set x-sdk-name"),
    "oauth2-security.yaml": (
        39,
        "/components/securitySchemes/oauth",
        "security scheme type 'oauth2' is not supported",
    ),
    "http-digest-security.yaml": (
        39,
        "/components/securitySchemes/digest",
        "security scheme type 'http/digest' is not supported",
    ),
}


def pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]] if pointer else []


def resolves(data: Any, parts: list[str]) -> bool:
    node = data
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and isinstance(next(iter(node), None), int) and part.isdigit():
            node = node.get(int(part))  # YAML keys such as 200 are integers
            if node is None:
                return False
        else:
            return False
    return True


def is_located_in(problem: SpecProblem, path: Path) -> bool:
    """The problem names the file and a place of it: a pointer whose parent exists (a missing key is
    located at its parent), or a line for the document as a whole."""
    if not problem.file.endswith(path.name):
        return False
    parts = pointer_parts(problem.pointer)
    if not parts:
        return problem.line is not None  # the document as a whole (YAML syntax, not a mapping)
    return resolves(parse_yaml(path.read_bytes()), parts[:-1])


def problems_of(path: Path, tmp_path: Path) -> list[SpecProblem]:
    result = generate([path], clients_dir=tmp_path / "clients", docs_dir=tmp_path / "docs")
    assert result.built == {}, f"{path.name} was built"
    assert not (tmp_path / "clients" / path.stem).exists()
    return result.problems


def test_the_corpus_holds_every_expected_file() -> None:
    assert sorted(EXPECTED) == sorted(p for p in EXPECTED if (BROKEN / p).exists())
    assert len(EXPECTED) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_failure_kind_gets_its_message_at_its_place(name: str, tmp_path: Path) -> None:
    line, pointer, fragment = EXPECTED[name]
    problems = problems_of(BROKEN / name, tmp_path)
    matching = [p for p in problems if p.pointer == pointer and p.line == line and fragment in p.message]
    assert matching, "\n".join(str(p) for p in problems)
    where = f"tests/generator/broken_specs/{name}" + (f":{line}:" if line is not None else ":")
    assert str(matching[0]).startswith(where), str(matching[0])


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_problem_points_at_a_place_that_exists(path: Path, tmp_path: Path) -> None:
    for problem in problems_of(path, tmp_path):
        assert is_located_in(problem, path), str(problem)
