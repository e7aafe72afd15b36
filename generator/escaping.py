"""The one escaping path: spec text into generated code, one function per target.

Spec text is data, never code. Every spec string (or value) that a template, a view or the
README program puts into generated output goes through exactly one of these functions, chosen by
where it lands:

- ``python_literal`` / ``python_literal_block``: a Python expression that evaluates to the value
  (string and number literals, ``Literal[...]`` arguments, tuples and dicts of settings, the README
  program's example arguments);
- ``docstring_body``: text inside a ``\"\"\"...\"\"\"`` docstring;
- ``comment``: a one-line ``#`` comment;
- ``toml_string``: a TOML basic string (``pyproject.toml``);
- ``one_line``: text with its line breaks made spaces (a summary that must stay on one line).

What a spec can carry: the loader reads YAML 1.2 into ``str``, ``int``, ``float`` (``.nan`` and
``.inf`` included), ``bool``, ``None``, lists and dicts, but also ``datetime.date``,
``datetime.datetime``, ``bytes`` (``!!binary``) and ``set`` (``!!set``). Strings can hold any
character, NUL and other control characters included (``"\\x00"`` in a double-quoted scalar),
and, with ruamel's pure-Python parser (not its C parser, which refuses them), lone surrogates
(``"\\ud800"``): these cannot even be written to a UTF-8 file as they are.

Decisions:

- Only plain data becomes a Python literal: ``str``, ``int``, ``float``, ``bool``, ``None`` and
  lists, tuples and dicts of them (dict keys: the scalars). Anything else (a date, bytes, a set,
  a recursive structure, an object of the generator) raises ``EscapeError`` naming what and
  where: its ``repr`` would be code (``datetime.date(2024, 1, 1)`` needs an import; an object's
  ``repr`` need not be Python at all).
- NaN and infinities have no literal; they become ``float("nan")``, ``float("inf")`` and
  ``-float("inf")``, expressions that evaluate to them without any import.
- A docstring keeps the text as it reads and makes Python read back exactly that text: a
  backslash is doubled, a quote is escaped only where it could close the docstring (in a run of
  three or more, and at the end), and the characters that would break the line structure or the
  file (control characters other than tab and newline, lone surrogates, U+2028, U+2029) are
  written as escapes (``\\r``, ``\\x00``, ``\\ud800``). Nothing is dropped.
- A comment is ``# `` and the text on one line: every line break is a space, every other control
  character and lone surrogate an escape. A comment runs nothing, but tools read some comments
  (``# noqa``, ``# type:``, ``# fmt:``): callers put their own words first, so spec text never
  starts one.
- TOML strings carry the text exactly (TOML's escapes); a lone surrogate has no TOML form and
  raises ``EscapeError``.
"""

import math
import pprint
import re
from typing import Any

__all__ = [
    "EscapeError",
    "comment",
    "docstring_body",
    "one_line",
    "python_literal",
    "python_literal_block",
    "toml_string",
]


class EscapeError(ValueError):
    """A value that no escaping carries to its target: not plain data, or a lone surrogate in TOML."""


# -- Python literals ------------------------------------------------------------------------------

_SCALARS = (str, int, float, bool, type(None))


def _float(value: float) -> str:
    if math.isnan(value):
        return 'float("nan")'
    if math.isinf(value):
        return 'float("inf")' if value > 0 else '-float("inf")'
    return float.__repr__(value)


def _literal(value: object, where: str, stack: tuple[int, ...]) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return str.__repr__(value)
    if isinstance(value, list | tuple | dict):
        if id(value) in stack:
            raise EscapeError(f"{where} contains itself: a recursive structure has no Python literal")
        inner = (*stack, id(value))
        if isinstance(value, dict):
            items = []
            for key, item in value.items():
                if not isinstance(key, _SCALARS):
                    raise EscapeError(f"{where} has a key of type {type(key).__name__}, not plain data: {key!r}")
                items.append(f"{_literal(key, where, inner)}: {_literal(item, f'{where}[{key!r}]', inner)}")
            return "{" + ", ".join(items) + "}"
        parts = [_literal(item, f"{where}[{i}]", inner) for i, item in enumerate(value)]
        if isinstance(value, list):
            return "[" + ", ".join(parts) + "]"
        return "(" + parts[0] + ",)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"
    raise EscapeError(
        f"{where} is a {type(value).__name__}, not plain data (str, int, float, bool, None, "
        f"and lists, tuples and dicts of them): {value!r}"
    )


def python_literal(value: object) -> str:
    """A one-line Python expression that evaluates to ``value`` (plain data only, else ``EscapeError``).

    The same text as ``repr`` for plain data, except NaN and infinities (``float("nan")``).
    """
    return _literal(value, "the value", ())


class _PlainPrinter(pprint.PrettyPrinter):
    """``pprint`` whose floats are valid Python (``float("nan")``, not ``nan``)."""

    def format(self, object: Any, context: dict[int, int], maxlevels: int, level: int) -> tuple[str, bool, bool]:
        if isinstance(object, float) and not isinstance(object, bool):
            return _float(object), True, False
        return super().format(object, context, maxlevels, level)


def python_literal_block(value: object, *, width: int = 80) -> str:
    """``value`` as ``python_literal`` checks it, laid out by ``pprint`` within ``width`` (may span lines)."""
    python_literal(value)
    return _PlainPrinter(width=width, sort_dicts=False).pformat(value)


# -- docstrings -----------------------------------------------------------------------------------

# Characters written as escapes: control characters but tab and newline, lone surrogates, and the
# Unicode line and paragraph separators (str.splitlines and Jinja's indent break lines there).
_UNSAFE_IN_DOCSTRING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
# Quotes that could close a triple-quoted string: a run of three or more, or any run at the end.
_CLOSING_QUOTES = re.compile(r'"{3,}|"+\Z')


def _char_escape(match: re.Match[str]) -> str:
    return repr(match[0])[1:-1]


def docstring_body(text: str) -> str:
    """``text`` to place between ``\"\"\"`` and ``\"\"\"``: the docstring's value is ``text`` itself.

    Readable as written; only backslashes, quotes that could close the docstring, and characters
    that break lines or cannot be written to a file are escaped.
    """
    text = text.replace("\\", "\\\\")
    text = _UNSAFE_IN_DOCSTRING.sub(_char_escape, text)
    return _CLOSING_QUOTES.sub(lambda m: m[0].replace('"', '\\"'), text)


# -- one line, comments ---------------------------------------------------------------------------

# Every line boundary of str.splitlines (the Python tokenizer ends a comment at \n and \r).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_UNSAFE_IN_COMMENT = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` with every line break (``\\r\\n``, ``\\n``, ``\\r``, U+2028, ...) made one space."""
    return _LINE_BREAK.sub(" ", text)


def comment(text: str) -> str:
    """A ``#`` comment of ``text`` that stays on its line and runs nothing (``# `` included)."""
    return "# " + _UNSAFE_IN_COMMENT.sub(_char_escape, one_line(text))


# -- TOML -----------------------------------------------------------------------------------------

_TOML_SHORT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
# What TOML forbids in a basic string (control characters but tab), and what other readers take
# for a line break (U+0085, U+2028, U+2029).
_UNSAFE_IN_TOML = re.compile('[\\\\"\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]')


def _toml_escape(match: re.Match[str]) -> str:
    char = match[0]
    if "\ud800" <= char <= "\udfff":
        raise EscapeError(f"a TOML string cannot carry the lone surrogate U+{ord(char):04X}")
    return _TOML_SHORT.get(char) or f"\\u{ord(char):04X}"


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string (quotes included) that ``tomllib`` reads back as ``text``.

    On one line: control characters and the Unicode line breaks are escapes; tab stays as it is
    (TOML allows it); a lone surrogate raises ``EscapeError``.
    """
    return '"' + _UNSAFE_IN_TOML.sub(_toml_escape, text) + '"'
