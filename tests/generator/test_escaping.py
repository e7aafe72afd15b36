"""The one escaping path (``generator/escaping.py``): spec text is data, never code.

Property tests over any text the spec loader can produce (quotes, backslashes, triple quotes,
every line break, NUL and other control characters, lone surrogates, which ruamel's pure-Python
parser reads from ``"\\ud800"``): a literal evaluates back to its value, a docstring is the
module's ``__doc__`` and nothing else, a comment stays one line, a TOML string reads back.
Then one spec full of such text, generated end to end.
"""

import ast
import datetime
import io
import math
import pprint
import subprocess
import sys
import tokenize
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment

from generator import build, escaping
from generator.escaping import (
    EscapeError,
    comment,
    docstring_body,
    one_line,
    python_literal,
    python_literal_block,
    toml_string,
)
from generator.naming import package_name
from generator.pipeline import generate

# Characters that break naive escaping, often; then any code point, lone surrogates included.
_AWKWARD = st.sampled_from(
    [
        *('"', "'", '"""', "\\", "\\N", "\n", "\r", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85"),
        *("\ud800", "\udfff", "\u2028", "\u2029", "#", "{", "}", "`", "\ufeff", " "),
    ]
)
CHARS = st.characters(exclude_categories=())
TEXT = st.lists(st.one_of(_AWKWARD, CHARS), max_size=40).map("".join)
NO_BUILTINS: dict[str, Any] = {"__builtins__": {}}

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
PLAIN = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(SCALARS.filter(lambda k: not (isinstance(k, float) and math.isnan(k))), inner, max_size=4),
    ),
    max_leaves=12,
)


def _same(a: object, b: object) -> bool:
    """Equal, of the same types all the way down; NaN equals NaN and -0.0 differs from 0.0."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return a == b


def _finite(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list | tuple):
        return all(_finite(v) for v in value)
    if isinstance(value, dict):
        return all(_finite(k) and _finite(v) for k, v in value.items())
    return True


def _evaluate(source: str) -> Any:
    """The value of ``x = <source>`` run with no builtins but ``float``; the module must be one assignment."""
    module = ast.parse(source)
    assert len(module.body) == 1 and isinstance(module.body[0], ast.Assign)
    namespace: dict[str, Any] = {"__builtins__": {"float": float}}
    exec(compile(source, "<literal>", "exec", dont_inherit=True), namespace)
    return namespace["x"]


# -- Python literals ------------------------------------------------------------------------------


@given(PLAIN)
def test_a_literal_evaluates_back_to_its_value(value: object) -> None:
    literal = python_literal(value)
    assert "\n" not in literal
    literal.encode("utf-8")  # writable to a source file: lone surrogates are escaped
    assert _same(_evaluate(f"x = {literal}"), value)


@given(PLAIN)
def test_a_literal_is_repr_where_repr_was_already_python(value: object) -> None:
    if _finite(value):
        assert python_literal(value) == repr(value)


@given(PLAIN, st.integers(min_value=10, max_value=100))
def test_a_literal_block_evaluates_back_to_its_value(value: object, width: int) -> None:
    block = python_literal_block(value, width=width)
    block.encode("utf-8")
    assert _same(_evaluate(f"x = (\n{block}\n)"), value)
    if _finite(value):
        assert block == pprint.pformat(value, width=width, sort_dicts=False)


def test_non_finite_floats_are_expressions_without_imports() -> None:
    assert python_literal([math.nan, math.inf, -math.inf]) == '[float("nan"), float("inf"), -float("inf")]'
    assert python_literal_block({"n": -math.inf}) == "{'n': -float(\"inf\")}"


def _recursive() -> list[object]:
    value: list[object] = []
    value.append(value)
    return value


@pytest.mark.parametrize(
    "value",
    [
        datetime.date(2024, 1, 1),  # YAML 1.2 via ruamel: an unquoted 2024-01-01
        datetime.datetime(2024, 1, 1, 10, tzinfo=datetime.UTC),
        b"hello",  # !!binary
        {"a"},  # !!set
        {"key": [1, object()]},
        {(1, 2): "a tuple key"},
        _recursive(),
        Path("x"),
    ],
    ids=lambda v: type(v).__name__,
)
def test_what_is_not_plain_data_is_refused_with_a_reason(value: object) -> None:
    with pytest.raises(EscapeError, match=r"not plain data|contains itself"):
        python_literal(value)
    with pytest.raises(EscapeError):
        python_literal_block(value)


def test_the_refusal_says_where() -> None:
    with pytest.raises(EscapeError, match=r"the value\['a'\]\[1\] is a date"):
        python_literal({"a": [1, datetime.date(2024, 1, 1)]})


# -- docstrings -----------------------------------------------------------------------------------


@given(TEXT)
def test_a_docstring_is_the_modules_doc_and_runs_nothing(text: str) -> None:
    source = f'"""{docstring_body(text)}"""\n'
    source.encode("utf-8")
    module = ast.parse(source)
    assert len(module.body) == 1
    statement = module.body[0]
    assert isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
    namespace = dict(NO_BUILTINS)
    exec(compile(source, "<docstring>", "exec", dont_inherit=True), namespace)
    assert namespace["__doc__"] == text


@given(TEXT, st.sampled_from([0, 4, 8, 16]))
def test_an_indented_docstring_in_a_template_keeps_its_lines(text: str, width: int) -> None:
    """As the templates place it: after ``\"\"\"``, through Jinja's ``indent``, inside a function."""
    template = Environment(keep_trailing_newline=True).from_string(
        'def f():\n    """{{ body|indent(width) }}"""\n    return 1\n'
    )
    source = template.render(body=docstring_body(text), width=width)
    namespace: dict[str, Any] = {}
    exec(compile(source, "<template>", "exec", dont_inherit=True), namespace)
    first, *rest = text.split("\n")  # indent leaves blank lines blank; \n is the only line break left
    assert namespace["f"].__doc__ == "\n".join([first, *(" " * width + line if line else line for line in rest)])
    assert namespace["f"]() == 1


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Plain prose, with 'quotes' and \"quotes\" inside.", "Plain prose, with 'quotes' and \"quotes\" inside."),
        ('Ends with "', 'Ends with \\"'),
        ('Ends with ""', 'Ends with \\"\\"'),
        ('a """ b', 'a \\"\\"\\" b'),
        ('a """" b', 'a \\"\\"\\"\\" b'),
        ("C:\\path\\N", "C:\\\\path\\\\N"),
        ("a\r\nb\x00c\ud800", "a\\r\nb\\x00c\\ud800"),
        ("line\u2028separator", "line\\u2028separator"),
    ],
)
def test_a_docstring_stays_readable(text: str, body: str) -> None:
    assert docstring_body(text) == body


# -- comments and one line ------------------------------------------------------------------------


@given(TEXT)
def test_a_comment_stays_one_line_and_runs_nothing(text: str) -> None:
    line = comment(text)
    assert line.startswith("# ")
    assert len(line.splitlines()) == 1
    source = f"x = 1  {line}\ny = 2\n"
    source.encode("utf-8")
    module = ast.parse(source)
    assert [type(s) for s in module.body] == [ast.Assign, ast.Assign]
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    assert [t.string for t in tokens if t.type == tokenize.COMMENT] == [line]


@given(TEXT)
def test_one_line_has_no_line_break(text: str) -> None:
    assert len(one_line(text).splitlines()) <= 1
    assert one_line(text.replace("\n", "")) == one_line(text.replace("\n", "")).replace("\n", "")


# -- TOML -----------------------------------------------------------------------------------------


@given(TEXT)
def test_a_toml_string_reads_back(text: str) -> None:
    if any("\ud800" <= c <= "\udfff" for c in text):
        with pytest.raises(EscapeError, match="lone surrogate"):
            toml_string(text)
        return
    string = toml_string(text)
    assert len(string.splitlines()) == 1
    assert tomllib.loads(f"v = {string}\n") == {"v": text}


# -- the only path ----------------------------------------------------------------------------------


def test_the_templates_escape_only_through_escaping() -> None:
    filters = build._ENVIRONMENT.filters
    assert filters["tomlstr"] is escaping.toml_string
    assert filters["one_line"] is escaping.one_line
    assert filters["pyrepr"]([1.5, "a"]) == python_literal([1.5, "a"])
    assert filters["pyrepr"](math.inf) == 'float("inf")'
    assert filters["doc"]('  x"  ') == docstring_body('x"')


# -- end to end -------------------------------------------------------------------------------------

AWKWARD = 'Say "hi" \\N{x} """ #\r\x01\x7f "'
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": f"Awkward {AWKWARD}", "version": "1.0.0", "description": f"Prose {AWKWARD}"},
    "externalDocs": {"url": "https://example.com/docs?\x7f\t"},
    "tags": [{"name": "things", "description": f"Things {AWKWARD}"}],
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "tags": ["things"],
                "summary": f"Create {AWKWARD}",
                "description": f"Creates {AWKWARD}",
                "externalDocs": {"url": "https://example.com/docs"},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Thing"},
                            "example": {"name": AWKWARD, "ratio": math.nan},
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": f"Created {AWKWARD}",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "description": f"A thing {AWKWARD}",
                "properties": {
                    "name": {"type": "string", "description": f"Its name {AWKWARD}"},
                    "ratio": {"type": "number", "description": f"Its ratio {AWKWARD}"},
                    "limit": {"type": "number", "const": math.inf, "description": "No limit."},
                },
            }
        }
    },
}


def test_a_spec_full_of_awkward_text_generates_a_client_that_is_its_text(tmp_path: Path) -> None:
    """Descriptions ending in a quote, control characters in the title, NaN and infinity."""
    path = tmp_path / "specs" / "awkward.yaml"
    path.parent.mkdir()
    # PyYAML writes control characters as escapes of double-quoted scalars, NaN as .nan.
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False, allow_unicode=False), encoding="utf-8")
    clients = tmp_path / "clients"
    result = generate([path], clients_dir=clients, docs_dir=tmp_path / "docs")
    assert not result.problems, [str(p) for p in result.problems]
    project = clients / "awkward"
    package = package_name("awkward")
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == (
        f"Typed Python client for Awkward {one_line(AWKWARD)}, generated from its OpenAPI spec."
    )
    assert pyproject["project"]["urls"]["API reference"] == "https://example.com/docs?\x7f\t"
    readme = (project / "README.md").read_text(encoding="utf-8")
    program = readme.split("```python\n", 1)[1].split("```", 1)[0]
    compile(program, "README.md", "exec", dont_inherit=True)
    assert 'ratio=float("nan")' in program
    check = (
        f"import {package} as p, {package}.models as m, {package}.resources.things as r\n"
        f"assert p.__doc__.startswith({('Awkward ' + AWKWARD).strip()!r}), p.__doc__\n"
        f"assert m.Thing.__doc__.startswith({('A thing ' + AWKWARD).strip()!r}), m.Thing.__doc__\n"
        f"assert m.Thing.name.__doc__ == {('Its name ' + AWKWARD).strip()!r}, m.Thing.name.__doc__\n"
        f"assert r.ThingsResource.__doc__ == {('Things ' + AWKWARD).strip()!r}\n"
        f"assert r.ThingsResource.create.__doc__.startswith({('Create ' + AWKWARD).strip()!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-B", "-c", f"import sys; sys.path.insert(0, {str(project)!r})\n{check}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_value_no_escaping_carries_is_a_problem_of_its_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backstop: the checks refuse such values first, but one that slips through is no traceback."""

    def refuse(*args: object) -> str:
        raise EscapeError("the value is a date, not plain data")

    monkeypatch.setattr(build, "readme_program", refuse)
    path = tmp_path / "specs" / "plain.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    result = generate([path], clients_dir=tmp_path / "clients", docs_dir=tmp_path / "docs")
    assert not result.built
    [problem] = result.problems
    assert "cannot be written into the client: the value is a date" in str(problem)
    assert str(problem).startswith(str(path)) or "plain.yaml" in str(problem)
