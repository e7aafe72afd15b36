"""Tolerance for what the vendor's sources do not forbid: the spec's ``x-assumed`` marks.

A spec marks each constraint that is its own assumption, not the vendor's, with
``x-assumed`` (a reason; or ``{keyword: reason}`` for some keywords of a node;
see ``generator/assumptions.py``). The mock refuses only what the sources say
the vendor refuses, so:

- a request that fails validation is validated again against a copy of the spec
  without the assumed constraints; if it passes there, it is accepted, and the
  answer carries ``Warning: 299 - "..."`` naming each assumption it broke;
- keys of a JSON body and query parameters that the spec does not declare, and
  that the mock therefore ignores, are named in a ``Warning`` too (the vendor's
  Python SDK sends ``status_requested`` where the API reads ``statusRequested``).

Each warning is also logged (logger ``mocks``). The common path costs one call
of a validator compiled from the body schema that holds exactly when the body has
no undeclared key; only a body it refuses is walked, to name the keys. The second
validation runs only for a refused request.
"""

import copy
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from openapi_core import OpenAPI
from starlette.requests import Request

from .validation import Validated, validate, validator_for

EXTENSION = "x-assumed"
logger = logging.getLogger("mocks")

#: What a string-form mark on a schema relaxes (``type`` and the composition keywords stay).
_SCHEMA_CONSTRAINTS = (
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
    "not",
)
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})
#: The largest closed schema compiled for the undeclared-key check (see ``Assumptions._closed_schema``).
_CLOSED_SCHEMA_NODES = 2000


def _relax(node: Any, stripped: list[tuple[str, str, str, str]], label: str = "", parent: str = "") -> None:
    """Remove assumed keywords from ``node`` in place, recording ``(keyword, value as JSON, reason, label)``.

    ``label`` is the name of the property, parameter or component the node describes.
    """
    if isinstance(node, dict):
        mark = node.get(EXTENSION)
        if isinstance(mark, str) and mark.strip() and ("type" in node or "$ref" in node or "pattern" in node):
            if isinstance(node.get("$ref"), str):  # the referenced schema is assumed: admit any value here
                stripped.append(("$ref", json.dumps(node.pop("$ref")), mark, label))
            mark = {k: mark for k in _SCHEMA_CONSTRAINTS if k in node}
        if isinstance(mark, dict):
            for keyword, reason in mark.items():
                if keyword in node and isinstance(reason, str):
                    value = node.pop(keyword)
                    if keyword == "additionalProperties" and value is not False:
                        node[keyword] = value
                        continue
                    stripped.append((str(keyword), json.dumps(value, sort_keys=True), reason, label))
        if "in" in node and isinstance(node.get("name"), str):
            label = node["name"]
        for key, value in node.items():
            if key in _DATA_KEYS and parent != "properties":
                continue
            _relax(value, stripped, str(key) if parent in ("properties", "schemas") else label, str(key))
    elif isinstance(node, list):
        for value in node:
            _relax(value, stripped, label, parent)


def _schema_errors(error: BaseException) -> list[Any]:
    cause = error.__cause__
    return list(getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None) or [])


def header_text(text: str) -> str:
    """``text`` fit for a quoted header value: ASCII, no quotes or line breaks, at most 300 characters."""
    clean = "".join(c if " " <= c <= "~" and c not in '"\\' else "'" if c == '"' else "?" for c in text)
    return clean[:300]


def warning_header(warnings: Sequence[str]) -> str:
    """An RFC 7234 ``Warning`` value: ``299 - "..."`` per warning, comma-separated."""
    return ", ".join(f'299 - "{header_text(w)}"' for w in warnings)


class Assumptions:
    """What the mock tolerates of one spec: its assumed constraints and its undeclared keys."""

    def __init__(self, spec: Mapping[str, Any], openapi: OpenAPI) -> None:
        self.spec = spec
        self.strict = openapi
        self.relaxed_spec: dict[str, Any] = copy.deepcopy(dict(spec))
        self.stripped: list[tuple[str, str, str, str]] = []
        _relax(self.relaxed_spec, self.stripped)
        self._relaxed: OpenAPI | None = None
        self._query_names: dict[int, frozenset[str]] = {}
        self._key_plans: dict[int, _KeyPlan] = {}
        self._closed: dict[int, tuple[Any, Any]] = {}  # by body schema: (the schema, its closed validator or None)
        schemes = (spec.get("components") or {}).get("securitySchemes") or {}
        self.credential_params = {
            str(s.get("name")) for s in schemes.values() if isinstance(s, dict) and s.get("in") == "query"
        }

    def _resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            seen.add(node["$ref"])
            target: Any = self.relaxed_spec
            for part in node["$ref"][2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            node = target
        return node

    # -- requests that break only assumed constraints -----------------------------------------

    def tolerate(self, request: Request, body: bytes) -> tuple[Validated, list[str]] | None:
        """The request's values and warnings when only assumed constraints refused it, else ``None``."""
        if not self.stripped:
            return None
        if self._relaxed is None:
            self._relaxed = validator_for(self.relaxed_spec)
        relaxed = validate(self._relaxed, request, body)
        if relaxed.problems:
            return None
        return relaxed, self._name_assumptions(request, body)

    def _name_assumptions(self, request: Request, body: bytes) -> list[str]:
        from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest

        by_value: dict[tuple[str, str], str] = {(k, v): r for k, v, r, _ in self.stripped}
        by_label: dict[tuple[str, str, str], str] = {(k, v, n): r for k, v, r, n in self.stripped}
        whole: dict[str, str] = {n: r for k, _, r, n in self.stripped if k == "$ref"}
        result = self.strict.unmarshal_request(StarletteOpenAPIRequest(request, body))
        warnings: list[str] = []
        for error in result.errors:
            for inner in getattr(error, "errors", None) or [error]:
                name = str(getattr(inner, "name", None) or "")
                schema_errors = _schema_errors(inner)
                if not schema_errors and name in whole:  # e.g. a value that is not even of the assumed type
                    warnings.append(f"accepted although the spec assumes the form of {name}: {whole[name]}")
                for schema_error in schema_errors:
                    keyword = str(getattr(schema_error, "validator", ""))
                    value = json.dumps(getattr(schema_error, "validator_value", None), sort_keys=True)
                    path = [str(p) for p in getattr(schema_error, "absolute_path", [])]
                    where = name or "/".join(path) or "body"
                    label = path[-1] if path else name
                    reason = (
                        by_label.get((keyword, value, label))
                        or by_value.get((keyword, value))
                        or whole.get(name)
                        or "an assumption"
                    )
                    warnings.append(f"accepted although the spec assumes {keyword} at {where}: {reason}")
        return list(dict.fromkeys(warnings)) or ["accepted although it breaks a constraint the spec only assumes"]

    # -- keys the mock ignores ----------------------------------------------------------------

    def ignored(self, request: Request, operation: Mapping[str, Any], body: Any) -> list[str]:
        """Warnings for query parameters and JSON body keys the spec does not declare."""
        warnings: list[str] = []
        declared = self._query_names.get(id(operation))
        if declared is None:
            resolved = [self._resolve(p) for p in operation.get("parameters") or []]
            names = {str(p.get("name")) for p in resolved if isinstance(p, dict) and p.get("in") == "query"}
            declared = self._query_names[id(operation)] = frozenset(names | self.credential_params)
        query = request.query_params if request.scope["query_string"] else ()
        unknown = [k for k in dict.fromkeys(query.keys()) if k not in declared] if query else []
        if unknown:
            warnings.append(f"ignored query parameters the API does not define: {', '.join(unknown)}")
        if body is not None:
            media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            schema = self._resolve(media.get("schema"))
            if not self._surely_no_unknown_keys(schema, body):
                keys: list[str] = []
                self._unknown_keys(schema, body, "", keys, 0)
                if keys:
                    warnings.append(f"ignored body keys the API does not define: {', '.join(keys[:10])}")
        return warnings

    def _surely_no_unknown_keys(self, schema: Any, body: Any) -> bool:
        """The walk's verdict in one call of a compiled validator, when that validator says "none".

        The validator (``_closed_schema``) is compiled once per body schema; a body it refuses,
        or one holding a value it cannot read, is walked to name the keys. A schema it cannot be
        compiled from (a property name that is not a string) leaves every body to the walk.
        """
        if not isinstance(schema, dict):
            return False
        entry = self._closed.get(id(schema))
        if entry is None or entry[0] is not schema:
            closed = self._closed_schema(schema, 0, [0])
            try:
                validator = None if closed is None else jsonschema_rs.Draft202012Validator(closed)
            except (ValueError, TypeError):
                validator = None
            entry = self._closed[id(schema)] = (schema, validator)
        validator = entry[1]
        if validator is None:
            return False
        try:
            return bool(validator.is_valid(body))
        except (ValueError, TypeError):
            return False

    def _closed_schema(self, schema: Any, depth: int, size: list[int]) -> dict[str, Any] | None:
        """A JSON Schema that holds exactly when ``_unknown_keys`` finds nothing (down to its depth).

        It has only what the walk reads of each schema (``_key_plan``): ``properties`` with
        ``additionalProperties: false`` unless other keys are allowed, and ``items``; both apply
        only to objects and arrays, as the walk does. ``None`` when it would exceed
        ``_CLOSED_SCHEMA_NODES`` (a recursive schema unrolled): then the walk decides every body.
        """
        size[0] += 1
        if not isinstance(schema, dict) or depth > 20:
            return {}
        if size[0] > _CLOSED_SCHEMA_NODES:
            return None
        plan = self._plan(schema)
        closed: dict[str, Any] = {}
        if plan.properties is not None:
            properties = {}
            for key, child in plan.properties.items():
                inner = self._closed_schema(child, depth + 1, size)
                if inner is None:
                    return None
                properties[key] = inner
            closed["properties"] = properties
            if not plan.additional:
                closed["additionalProperties"] = False
        if plan.items is not None:
            inner = self._closed_schema(plan.items, depth + 1, size)
            if inner is None:
                return None
            closed["items"] = inner
        return closed

    def _plan(self, schema: dict[str, Any]) -> "_KeyPlan":
        plan = self._key_plans.get(id(schema))
        if plan is None or plan.schema is not schema:
            plan = self._key_plans[id(schema)] = self._key_plan(schema)
        return plan

    def _unknown_keys(self, schema: Any, value: Any, where: str, found: list[str], depth: int) -> None:
        if not isinstance(schema, dict) or depth > 20:
            return
        plan = self._plan(schema)
        if isinstance(value, dict) and plan.properties is not None:
            properties = plan.properties
            for key, item in value.items():
                if key in properties:
                    self._unknown_keys(properties[key], item, f"{where}{key}.", found, depth + 1)
                elif not plan.additional:
                    found.append(f"{where}{key}")
        elif isinstance(value, list) and plan.items is not None:
            items = plan.items
            for i, item in enumerate(value):
                self._unknown_keys(items, item, f"{where[:-1] if where else ''}[{i}].", found, depth + 1)

    def _key_plan(self, schema: dict[str, Any]) -> "_KeyPlan":
        """What the walk needs of a schema, its references resolved once: an object's properties (its
        ``anyOf``/``oneOf`` object branches merged), whether other keys are allowed, an array's items."""
        branches = [self._resolve(b) for b in (schema.get("anyOf") or schema.get("oneOf") or [])]
        objects = [b for b in branches if isinstance(b, dict) and "properties" in b]
        if objects:
            own: Any = {k: v for b in objects for k, v in b["properties"].items()}
            additional = any("additionalProperties" in b for b in objects)
        else:
            own = schema.get("properties")
            additional = "additionalProperties" in schema
        properties = {k: self._resolve(v) for k, v in own.items()} if isinstance(own, dict) else None
        items = self._resolve(schema["items"]) if isinstance(schema.get("items"), dict) else None
        return _KeyPlan(schema, properties, additional, items)


@dataclass(frozen=True)
class _KeyPlan:
    schema: dict[str, Any]  # the schema the plan is of (kept: its id is the plan's key)
    properties: dict[str, Any] | None
    additional: bool
    items: Any


def log_warnings(request: Request, warnings: Sequence[str]) -> None:
    for text in warnings:
        logger.warning("%s %s: %s", request.method, request.url.path, text)
