"""Provenance of a spec's claims: ``x-assumed`` marks what the vendor does not say.

Every constraint of a spec (``required``, ``pattern``, a limit, ``enum``,
``const``, ``format``, closed ``additionalProperties``, ``not``, a status code,
a media type) is either the vendor's (its documentation, or other vendor
evidence named in a ``description``) or this spec's own assumption. Unmarked
means the vendor's. An assumption carries ``x-assumed`` on the node that states
it, in one of two forms:

- ``x-assumed: <reason>``: everything this node itself claims is assumed: for a
  response its status code, for a media type object the media type, for a
  schema or parameter every constraint keyword it holds; beside a ``$ref``, the
  values of the referenced schema at this place.
- ``x-assumed: {<keyword>: <reason>, ...}``: only the named constraint keywords
  of this node (they must be present on it) are assumed.

A reason is a non-empty string saying why the spec claims it. ``generator
check`` refuses a mark without one (``assumption_problems``); the reference page
lists every mark (``find_assumptions``); the mocks accept a request that breaks
only assumed constraints, with a ``Warning`` header (``mocks/core/assumptions.py``).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .problems import SpecProblem
from .spec import SpecSource

EXTENSION = "x-assumed"

#: The keywords a mapping-form mark may name: those that can make a value fail.
CONSTRAINT_KEYWORDS = frozenset(
    {
        "required",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "enum",
        "const",
        "format",
        "additionalProperties",
        "not",
        "type",
        "oneOf",
        "anyOf",
        "allowEmptyValue",
    }
)

#: Keys whose values are data, not spec nodes: a mark inside them is not a mark.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "x-enum-varnames", "x-enum-descriptions"})


@dataclass(frozen=True)
class Assumption:
    """One assumed claim: where it stands, which keyword (``None``: the whole node) and why."""

    parts: tuple[object, ...]
    keyword: str | None
    reason: str


def _marks(node: Any, parts: list[object]) -> Iterator[tuple[list[object], dict[str, Any], Any]]:
    if isinstance(node, dict):
        if EXTENSION in node:
            yield parts, node, node[EXTENSION]
        for key, value in node.items():
            if key in _DATA_KEYS and parts[-1:] != ["properties"]:
                continue
            yield from _marks(value, [*parts, key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _marks(value, [*parts, i])


def find_assumptions(data: dict[str, Any]) -> list[Assumption]:
    """Every well-formed ``x-assumed`` claim of the spec, in file order."""
    found: list[Assumption] = []
    for parts, _node, mark in _marks(data, []):
        if isinstance(mark, str) and mark.strip():
            found.append(Assumption(tuple(parts), None, mark.strip()))
        elif isinstance(mark, dict):
            for keyword, reason in mark.items():
                if isinstance(reason, str) and reason.strip():
                    found.append(Assumption(tuple(parts), str(keyword), reason.strip()))
    return found


def assumption_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """An ``x-assumed`` without a reason, or naming a keyword its node does not hold."""
    for parts, node, mark in _marks(src.data, []):
        where = [*parts, EXTENSION]
        if isinstance(mark, str):
            if not mark.strip():
                yield src.problem(where, "x-assumed needs a reason: say why the spec claims what the vendor does not")
            continue
        if not isinstance(mark, dict) or not mark:
            yield src.problem(
                where,
                "x-assumed must be a reason (a non-empty string) or a mapping of constraint keywords to reasons",
            )
            continue
        for keyword, reason in mark.items():
            if not isinstance(reason, str) or not reason.strip():
                yield src.problem([*where, keyword], f"x-assumed names {keyword!r} without a reason")
            elif keyword not in CONSTRAINT_KEYWORDS:
                yield src.problem(
                    [*where, keyword],
                    f"x-assumed names {keyword!r}, which is not a constraint keyword "
                    f"({', '.join(sorted(CONSTRAINT_KEYWORDS))})",
                )
            elif keyword not in node:
                yield src.problem([*where, keyword], f"x-assumed names {keyword!r}, which this node does not have")
