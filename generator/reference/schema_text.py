"""A schema in words: its compact type (``array of [Job](#schema-job)``) and the constraints the type does not show.

A ``$ref`` to a component schema is shown as a link to its section, never inlined.
"""

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..assumptions import EXTENSION as ASSUMED
from ..spec import unescape
from .markdown import code, literal, one_line, text

SCHEMA_REF_PREFIX = "#/components/schemas/"
DATETIME_NOTE = "`datetime` in the client"


def number(value: Any) -> str:
    """A bound as JSON writes it (``10``, ``0.5``), anything else as text."""
    return json.dumps(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def counted(noun: str, low: Any, high: Any, plural: str = "") -> str | None:
    """``1..5 items``, ``at least 1 item``, ``at most 11 characters``, or None without bounds."""
    many = plural or f"{noun}s"
    if low is not None and high is not None:
        return f"exactly {number(low)} {many}" if low == high else f"{number(low)}..{number(high)} {many}"
    if low is not None:
        return f"at least {number(low)} {noun if low == 1 else many}"
    if high is not None:
        return f"at most {number(high)} {noun if high == 1 else many}"
    return None


def numeric_range(schema: dict[str, Any]) -> str | None:
    """``1..1000``, ``≥ 0``, ``> 0, ≤ 10``: the bounds of a number, or None."""
    low, high = schema.get("minimum"), schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if ex_low is True:  # OpenAPI 3.0 style: a flag on minimum
        ex_low, low = low, None
    if ex_high is True:
        ex_high, high = high, None
    if isinstance(ex_low, bool):
        ex_low = None
    if isinstance(ex_high, bool):
        ex_high = None
    if low is not None and high is not None:
        return f"{number(low)}..{number(high)}"
    parts = []
    if low is not None:
        parts.append(f"≥ {number(low)}")
    if ex_low is not None:
        parts.append(f"> {number(ex_low)}")
    if high is not None:
        parts.append(f"≤ {number(high)}")
    if ex_high is not None:
        parts.append(f"< {number(ex_high)}")
    return ", ".join(parts) or None


def wrap(type_text: str) -> str:
    """Parenthesize a union or intersection before it is nested in another type."""
    depth = 0
    i = 0
    while i < len(type_text):
        char = type_text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "`":  # skip code spans (literals)
            end = type_text.find("`", i + 1)
            i = end if end != -1 else len(type_text)
        elif depth == 0 and type_text.startswith((" | ", " & "), i):
            return f"({type_text})"
        i += 1
    return type_text


def types_of(schema: dict[str, Any]) -> list[str]:
    """The ``type`` keyword as a list (``[]`` when absent)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


@dataclass(frozen=True)
class SchemaText:
    """Types and constraints in words, linking component schemas to their sections."""

    schemas: dict[str, Any]
    anchors: dict[str, str]  # component schema name -> anchor of its section

    def schema_ref(self, ref: str) -> tuple[str, str | None]:
        """(display name, anchor or None) of a ``$ref``."""
        if ref.startswith(SCHEMA_REF_PREFIX):
            parts = [unescape(unquote(p)) for p in ref[len(SCHEMA_REF_PREFIX) :].split("/")]
            name = parts[0]
            display = name + "".join(f".{p}" for p in parts[2::2]) if len(parts) > 1 else name
            return display, self.anchors.get(name)
        return ref, None

    def ref_link(self, ref: str) -> str:
        display, anchor = self.schema_ref(ref)
        return f"[{text(display)}](#{anchor})" if anchor else code(ref)

    def ref_target(self, schema: Any) -> dict[str, Any] | None:
        """The component schema a ``$ref`` names (for its flags, never to inline it)."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref.startswith(SCHEMA_REF_PREFIX) and "/" not in ref[len(SCHEMA_REF_PREFIX) :]:
                target = self.schemas.get(unescape(unquote(ref[len(SCHEMA_REF_PREFIX) :])))
                return target if isinstance(target, dict) else None
        return None

    def type_of(self, schema: Any) -> str:
        """A compact, readable type: ``string (date-time)``, ``array of [X](#schema-x)``, ``X | null``."""
        if schema is True or schema == {}:
            return "any"
        if schema is False:
            return "nothing"
        if not isinstance(schema, dict):
            return "any"
        if isinstance(schema.get("$ref"), str):
            return self.ref_link(schema["$ref"])
        if "const" in schema:
            return literal(schema["const"])
        if isinstance(schema.get("enum"), list):
            return " | ".join(literal(v) for v in schema["enum"]) or "nothing"
        for key, separator in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")):
            members = schema.get(key)
            if isinstance(members, list) and members:
                parts = [self.type_of(m) for m in members]
                return separator.join(wrap(p) for p in parts) if len(parts) > 1 else parts[0]
        kinds = types_of(schema)
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema:
                kinds = ["object"]
            elif "items" in schema or "prefixItems" in schema:
                kinds = ["array"]
            else:
                bounds = numeric_range(schema)
                return bounds if bounds else "any"
        return " | ".join(self._single_type(schema, kind) for kind in kinds)

    def _single_type(self, schema: dict[str, Any], kind: str) -> str:
        if kind == "null":
            return "null"
        if kind == "array":
            if isinstance(schema.get("prefixItems"), list):
                return "tuple [" + ", ".join(self.type_of(s) for s in schema["prefixItems"]) + "]"
            items = schema.get("items")
            return f"array of {wrap(self.type_of(items))}" if items is not None else "array"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if not schema.get("properties") and isinstance(extra, dict):
                return f"map of {wrap(self.type_of(extra))}"
            return "object"
        details = [str(schema["format"])] if schema.get("format") else []
        if kind in ("integer", "number"):
            bounds = numeric_range(schema)
            if bounds:
                details.append(bounds)
        return f"{kind} ({', '.join(details)})" if details else kind

    def constraints(self, schema: Any, *, default: bool = False) -> list[str]:
        """What the type does not show: pattern, lengths, counts, ``not``, the client's reading."""
        if not isinstance(schema, dict):
            return []
        found: list[str] = []
        target = self.ref_target(schema)
        if target is not None:
            if target.get("x-sdk-datetime") is True:
                found.append(DATETIME_NOTE)
            if default and "default" in schema:
                found.append(f"default {literal(schema['default'])}")
            return found
        for key in ("oneOf", "anyOf"):
            for member in schema.get(key) or []:
                member_target = self.ref_target(member)
                if member_target is not None and member_target.get("x-sdk-datetime") is True:
                    found.append(f"{self.type_of(member)} as {DATETIME_NOTE}")
        if isinstance(schema.get("pattern"), str):
            found.append(f"pattern {code(schema['pattern'])}")
        counts = (
            counted("character", schema.get("minLength"), schema.get("maxLength")),
            counted("item", schema.get("minItems"), schema.get("maxItems")),
            counted("property", schema.get("minProperties"), schema.get("maxProperties"), "properties"),
        )
        found += [c for c in counts if c]
        if schema.get("uniqueItems") is True:
            found.append("unique items")
        if "multipleOf" in schema:
            found.append(f"multiple of {number(schema['multipleOf'])}")
        if "not" in schema:
            found.append(self._not(schema["not"]))
        items = schema.get("items")
        if isinstance(items, dict) and "$ref" not in items:
            inner = self.constraints(items)
            if inner:
                found.append("each item: " + ", ".join(inner))
        if schema.get("properties") and schema.get("additionalProperties") is False:
            found.append("no other properties")
        if schema.get("x-sdk-datetime") is True:
            found.append(DATETIME_NOTE)
        mark = schema.get(ASSUMED)
        if isinstance(mark, str):
            found.append("[assumed](#assumptions)")
        elif isinstance(mark, dict) and mark:
            found.append("[assumed](#assumptions): " + ", ".join(code(str(k)) for k in mark))
        for flag, label in (("readOnly", "read-only"), ("writeOnly", "write-only"), ("deprecated", "deprecated")):
            if schema.get(flag) is True:
                found.append(label)
        if default and "default" in schema:
            found.append(f"default {literal(schema['default'])}")
        return found

    def _not(self, schema: Any) -> str:
        if isinstance(schema, dict) and set(schema) == {"required"} and isinstance(schema["required"], list):
            names = ", ".join(code(str(n)) for n in schema["required"])
            return f"never has {names}"
        bits = [self.type_of(schema), *self.constraints(schema)]
        return "not " + ", ".join(b for b in bits if b != "any")

    def inner_descriptions(self, schema: Any, label: str = "", depth: int = 0) -> list[str]:
        """Descriptions of inline items, map values and alternatives, which the type alone loses.

        Each is one line: ``Each item: …``, ``Each value as integer: …``.
        """
        if not isinstance(schema, dict) or "$ref" in schema or depth > 2:
            return []
        parts: list[tuple[Any, str]] = []
        if isinstance(schema.get("items"), dict):
            parts.append((schema["items"], f"{label}, each item" if label else "each item"))
        if isinstance(schema.get("additionalProperties"), dict):
            parts.append((schema["additionalProperties"], f"{label}, each value" if label else "each value"))
        for key in ("oneOf", "anyOf"):
            for member in schema.get(key) or []:
                if isinstance(member, dict) and "$ref" not in member:
                    alternative = f"as {self.type_of(member)}"
                    parts.append((member, f"{label} {alternative}" if label else alternative))
        found: list[str] = []
        for sub, name in parts:
            if isinstance(sub, dict) and "$ref" not in sub and sub.get("description"):
                found.append(f"{name[:1].upper()}{name[1:]}: {one_line(str(sub['description']))}")
            found.extend(self.inner_descriptions(sub, name, depth + 1))
        return found

    def description_cell(self, holder: dict[str, Any], schema: Any = None) -> str:
        """A parameter's or property's description, else its inline schema's, then the inner ones."""
        description = str(holder.get("description") or "")
        if not description and isinstance(schema, dict) and "$ref" not in schema:
            description = str(schema.get("description") or "")
        lines = [one_line(description)] if description else []
        lines += self.inner_descriptions(schema if schema is not None else holder)
        return "<br>".join(lines)
