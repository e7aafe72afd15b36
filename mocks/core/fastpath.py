"""The fast path of request validation: validators compiled once per operation from the spec.

openapi-core (``mocks.core.validation``) stays the reference: it words every refusal the
vendors render, and it decides every request the fast path does not accept. The fast
path only ever *accepts*: for each operation it compiles, once, a JSON Schema 2020-12
validator (jsonschema-rs) per parameter and for the JSON request body, and coerces
parameters by their schema's type. A request it is sure about gets the same typed values
openapi-core would give (``format: date-time`` as ``datetime``, parameter defaults filled
in); anything else (an invalid value, a form body, an odd Content-Type, a repeated or
empty parameter, a value it does not coerce) goes to openapi-core, which accepts or
refuses it. ``tests/mocks/test_fast_validation.py`` checks, with schemathesis-generated
requests valid and invalid, that the fast path never accepts what openapi-core refuses.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import jsonschema_rs

from .validation import Validated

# The canonical text forms the fast path coerces; any other text goes to openapi-core.
_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})\Z")
_NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,17})(\.[0-9]{1,17})?\Z")
_BOOLEANS = {"true": True, "false": False}
# RFC 3339 date-time with at most microseconds (what datetime.fromisoformat reads exactly).
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
_SCALARS = ("string", "integer", "number", "boolean")


class Unsure(Exception):
    """The fast path does not decide this request: openapi-core does."""


def _date_time(text: str) -> datetime:
    if not _DATE_TIME.match(text):
        raise Unsure
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise Unsure from exc


@dataclass(frozen=True)
class _Parameter:
    name: str
    required: bool
    kind: str  # a scalar type, or "array" (of ``item_kind``)
    item_kind: str
    date_time: bool
    validator: Any
    has_default: bool
    default: Any

    def coerce(self, values: list[str]) -> Any:
        if self.kind == "array":
            return [_scalar(self.item_kind, text) for text in values]
        if len(values) != 1:
            raise Unsure
        return _scalar(self.kind, values[0])

    def unmarshal(self, value: Any) -> Any:
        return _date_time(value) if self.date_time else value


def _scalar(kind: str, text: str) -> Any:
    if text == "":
        raise Unsure  # allowEmptyValue and friends: openapi-core's call
    if kind == "string":
        return text
    if kind == "integer":
        if not _INTEGER.match(text):
            raise Unsure
        return int(text)
    if kind == "number":
        if not _NUMBER.match(text):
            raise Unsure
        return float(text) if "." in text else int(text)
    if text not in _BOOLEANS:
        raise Unsure
    return _BOOLEANS[text]


@dataclass
class CompiledOperation:
    """What the fast path needs of one operation; ``usable`` is False when it leaves it all to openapi-core."""

    usable: bool = True
    path_pattern: re.Pattern[str] | None = None
    path: list[_Parameter] = field(default_factory=list)
    query: list[_Parameter] = field(default_factory=list)
    body_required: bool = False
    body_media: str | None = None
    body_validator: Any = None
    body_date_times: list[tuple[str, ...]] = field(default_factory=list)

    def validate(self, url_path: str, query: Any, content_type: str, body: Any, raw: bytes) -> Validated:
        """The typed values of a request it accepts; ``Unsure`` otherwise.

        ``url_path`` is the path as openapi-core reads path parameters from it (Starlette's
        ``request.url.path``: ``?``, ``#`` and ``\\`` stay percent-encoded); ``query`` a
        multi-dict (``getlist``); ``body`` the parsed JSON (for a non-empty ``raw``).
        """
        if not self.usable or ";" in url_path:  # openapi-core's urlparse takes ";..." as path parameters
            raise Unsure
        path: dict[str, Any] = {}
        if self.path:
            match = self.path_pattern.fullmatch(url_path) if self.path_pattern else None
            if match is None:
                raise Unsure
            path = {p.name: self._value(p, [match.group(p.name)]) for p in self.path}
        values: dict[str, Any] = {}
        for parameter in self.query:
            given = query.getlist(parameter.name)
            if given:
                values[parameter.name] = self._value(parameter, given)
            elif parameter.required:
                raise Unsure
            elif parameter.has_default:
                values[parameter.name] = parameter.default
        if not raw:
            if self.body_required:
                raise Unsure
            return Validated(path=path, query=values, body=None)
        if self.body_media is None or content_type.split(";", 1)[0].strip().lower() != self.body_media:
            raise Unsure
        if ";" in content_type and content_type.split(";", 1)[1].strip().lower() not in ("charset=utf-8", ""):
            raise Unsure
        if not self.body_validator.is_valid(body):
            raise Unsure
        for where in self.body_date_times:
            body = _convert(body, where)
        return Validated(path=path, query=values, body=body)

    @staticmethod
    def _value(parameter: _Parameter, texts: list[str]) -> Any:
        value = parameter.coerce(texts)
        if not parameter.validator.is_valid(value):
            raise Unsure
        return parameter.unmarshal(value)


def _convert(value: Any, where: tuple[str, ...]) -> Any:
    """``value`` with the date-time strings at ``where`` (property names, ``*`` for array items) as datetimes."""
    if not where:
        return _date_time(value) if isinstance(value, str) else value
    step, rest = where[0], where[1:]
    if step == "*":
        return [_convert(item, rest) for item in value] if isinstance(value, list) else value
    if isinstance(value, dict) and step in value:
        return {**value, step: _convert(value[step], rest)}
    return value


class _Spec:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.components = spec.get("components") or {}

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/") or seen > 32:
                raise Unsure
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def validator(self, schema: Any) -> Any:
        root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "components": self.components}
        return jsonschema_rs.Draft202012Validator(root, validate_formats=True)

    def date_times(self, schema: Any, where: tuple[str, ...] = (), depth: int = 0) -> list[tuple[str, ...]]:
        """Where ``format: date-time`` lies in ``schema``; ``Unsure`` if under a combinator or too deep."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 16:
            raise Unsure
        found: list[tuple[str, ...]] = []
        if schema.get("format") == "date-time":
            found.append(where)
        for keyword in ("anyOf", "oneOf", "allOf", "not", "if", "then", "else", "patternProperties"):
            if keyword in schema and self._has_date_time(schema[keyword], depth):
                raise Unsure
        additional = schema.get("additionalProperties")
        if isinstance(additional, dict) and self._has_date_time(additional, depth):
            raise Unsure
        for name, child in (schema.get("properties") or {}).items():
            found += self.date_times(child, (*where, name), depth + 1)
        if "items" in schema and isinstance(schema["items"], dict):
            found += self.date_times(schema["items"], (*where, "*"), depth + 1)
        return found

    def _has_date_time(self, node: Any, depth: int) -> bool:
        if depth > 16:
            return True
        node = self.resolve(node)
        if isinstance(node, list):
            return any(self._has_date_time(item, depth + 1) for item in node)
        if not isinstance(node, dict):
            return False
        if node.get("format") == "date-time":
            return True
        return any(
            self._has_date_time(value, depth + 1)
            for key, value in node.items()
            if key not in ("example", "examples", "default", "const", "enum", "description")
        )

    def parameter(self, raw: Mapping[str, Any]) -> _Parameter:
        parameter = self.resolve(raw)
        if "content" in parameter or parameter.get("style") not in (None, "form", "simple"):
            raise Unsure
        if parameter.get("explode") is False:
            raise Unsure
        schema = parameter.get("schema") or {}
        resolved = self.resolve(schema)
        kind = resolved.get("type")
        item_kind = ""
        if kind == "array":
            items = self.resolve(resolved.get("items") or {})
            item_kind = items.get("type")
            if item_kind not in _SCALARS or parameter.get("in") != "query" or self._has_date_time(items, 0):
                raise Unsure
        elif kind not in _SCALARS:
            raise Unsure
        for keyword in ("anyOf", "oneOf", "allOf", "not"):
            if keyword in resolved:
                raise Unsure
        return _Parameter(
            name=str(parameter["name"]),
            required=bool(parameter.get("required", False)),
            kind=str(kind),
            item_kind=str(item_kind),
            date_time=resolved.get("format") == "date-time",
            validator=self.validator(schema),
            has_default="default" in resolved,
            default=resolved.get("default"),
        )


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", template)
    pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(pattern)


def compile_operation(
    spec: Mapping[str, Any], template: str, path_item: Mapping[str, Any], operation: Mapping[str, Any]
) -> CompiledOperation:
    """The fast path of ``operation`` (``usable=False`` when some part of it is beyond the fast path)."""
    helper = _Spec(spec)
    try:
        compiled = CompiledOperation(path_pattern=_path_pattern(template))
        declared: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = helper.resolve(raw)
            declared[(str(parameter.get("in")), str(parameter.get("name")))] = raw
        for (location, _), raw in declared.items():
            if location == "path":
                compiled.path.append(helper.parameter(raw))
            elif location == "query":
                compiled.query.append(helper.parameter(raw))
            else:
                raise Unsure  # header and cookie parameters: openapi-core
        request_body = helper.resolve(operation.get("requestBody")) if "requestBody" in operation else None
        if request_body is not None:
            compiled.body_required = bool(request_body.get("required", False))
            content = request_body.get("content") or {}
            if "application/json" in content:
                schema = content["application/json"].get("schema") or {}
                compiled.body_media = "application/json"
                compiled.body_validator = helper.validator(schema)
                compiled.body_date_times = helper.date_times(schema)
        return compiled
    except (Unsure, KeyError, TypeError, ValueError):
        return CompiledOperation(usable=False)
