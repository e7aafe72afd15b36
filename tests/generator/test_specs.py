"""Every spec is valid OpenAPI 3.1, its examples match their schemas, and it keeps the house rules."""

from pathlib import Path

import pytest

from generator.problems import SpecError
from generator.spec import iter_operations, load_spec
from generator.spec_checks import check_spec, count_examples

BROKEN = Path(__file__).parent / "broken_specs"


def test_spec_passes_every_check(spec_path: Path) -> None:
    check_spec(load_spec(spec_path))


def test_spec_has_examples_and_operations(spec_path: Path) -> None:
    src = load_spec(spec_path)
    assert count_examples(src) >= 5
    operations = list(iter_operations(src.data))
    assert operations and all(op.get("operationId") for _, _, op in operations)


def test_spec_declares_servers_and_security(spec_path: Path) -> None:
    data = load_spec(spec_path).data
    assert data["servers"] and all(s.get("description") for s in data["servers"])
    assert data["security"] and data["components"]["securitySchemes"]


def _problems(name: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        check_spec(load_spec(BROKEN / name))
    return [str(p) for p in caught.value.problems]


def test_yaml_error_names_file_and_line() -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(BROKEN / "yaml-syntax.yaml")
    (problem,) = caught.value.problems
    assert problem.file.endswith("yaml-syntax.yaml") and problem.line is not None and problem.line >= 10


def test_openapi_error_names_the_place() -> None:
    problems = _problems("missing-responses.yaml")
    assert any("missing-responses.yaml:7:5: at /paths/~1things/get" in p and "responses" in p for p in problems)


def test_example_mismatch_names_the_example() -> None:
    (problem,) = _problems("bad-example.yaml")
    assert (
        "bad-example.yaml:24:15:" in problem and "/example" in problem and "'big' is not of type 'integer'" in problem
    )


def test_house_rules() -> None:
    problems = "\n".join(_problems("house-rules.yaml"))
    for expected in (
        "has no operationId",
        "has no summary",
        "has no description",
        "has no tags",
        "has no externalDocs",
        "schema 'Unused' is never used",
        "schema 'Unused' has no description",
    ):
        assert expected in problems


def test_dangling_reference() -> None:
    problems = "\n".join(_problems("dangling-ref.yaml"))
    assert "dangling-ref.yaml:" in problems and "Missing" in problems
