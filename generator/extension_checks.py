"""``check`` of every extension occurrence against the registry (``extensions.py``).

The spec is walked object by object (info, servers, operations, parameters, bodies, responses,
media types, headers, schemas at any depth, security schemes, tags); on each object an
``x-sdk-*`` key must be declared in the registry, allowed on that kind of object, and its value
must match the declared JSON Schema. Each problem names the file, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from .extensions import BY_NAME, EXTENSIONS, MOCK_NOTE, Place, is_ours
from .problems import SpecProblem
from .spec import HTTP_METHODS, SpecSource

Parts = tuple[str | int, ...]

_VALIDATORS = {e.name: Draft202012Validator(dict(e.schema)) for e in EXTENSIONS}
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_ONES = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames")


def extension_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """Every extension that is unknown, misplaced, or whose value does not match its schema."""
    for place, parts, node in spec_objects(src.data):
        for key, value in node.items():
            if not isinstance(key, str) or not key.startswith("x-"):
                continue
            extension = BY_NAME.get(key)
            if extension is None:
                if is_ours(key):
                    known = ", ".join(e.name for e in EXTENSIONS if e.name.startswith("x-sdk-"))
                    yield src.problem([*parts, key], f"unknown extension {key} (the generator reads: {known})")
                continue
            if place not in extension.places:
                allowed = " or ".join(_a(p) for p in extension.places)
                yield src.problem([*parts, key], f"{key} belongs on {allowed}, not on {_a(place)}")
                continue
            for error in _VALIDATORS[key].iter_errors(value):
                inner = [*error.absolute_path]
                shown = "".join(f"[{p!r}]" for p in inner)
                yield src.problem([*parts, key, *inner], f"{key}{shown}: {error.message}")


#: Words about a mock; the vendor's own mock server (a fact of the vendor's) is not meant.
_MOCK_TALK = re.compile(r"(?<!vendor's )\bmock(?:s|'s)?\b", re.IGNORECASE)
#: Objects whose descriptions do not become client docstrings (info: only its first paragraph does).
_NOT_IN_CLIENT: frozenset[Place] = frozenset({"server", "security-scheme"})


def mock_talk_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """Text that becomes a client docstring must describe the API, not this project's mock."""
    for place, parts, node in _client_texts(src.data):
        for key in ("description", "summary", "title"):
            value = node.get(key)
            if not isinstance(value, str):
                continue
            shown = value.split("\n\n")[0] if place == "info" else value
            if _MOCK_TALK.search(" ".join(shown.split())):
                yield src.problem(
                    [*parts, key],
                    f"the {key} talks about the mock, and it becomes a client docstring: "
                    f"say what the mock does in {MOCK_NOTE.name}",
                )


def _client_texts(data: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    """The objects whose texts reach the client: all but servers and schemes, plus server variables."""
    for place, parts, node in spec_objects(data):
        if place not in _NOT_IN_CLIENT:
            yield place, parts, node
        elif place == "server":
            for name, variable in _entries(node.get("variables")):
                yield "server", (*parts, "variables", name), variable


def _a(place: str) -> str:
    return f"an {place}" if place[0] in "aeiou" else f"a {place}"


def spec_objects(data: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    """Every spec object that may carry extensions, with its kind and JSON path (``$ref``s not followed)."""
    info = data.get("info")
    if isinstance(info, dict):
        yield "info", ("info",), info
    for i, server in _items(data.get("servers")):
        yield "server", ("servers", i), server
    for i, tag in _items(data.get("tags")):
        yield "tag", ("tags", i), tag
    for section in ("paths", "webhooks"):
        for name, item in _entries(data.get(section)):
            yield from _path_item((section, name), item)
    components = data.get("components")
    if not isinstance(components, dict):
        return
    for name, schema in _entries(components.get("schemas")):
        yield from _schema(("components", "schemas", name), schema)
    for name, parameter in _entries(components.get("parameters")):
        yield from _parameter(("components", "parameters", name), parameter)
    for name, body in _entries(components.get("requestBodies")):
        yield from _body("request-body", ("components", "requestBodies", name), body)
    for name, response in _entries(components.get("responses")):
        yield from _response(("components", "responses", name), response)
    for name, header in _entries(components.get("headers")):
        yield from _parameter(("components", "headers", name), header, "header")
    for name, scheme in _entries(components.get("securitySchemes")):
        yield "security-scheme", ("components", "securitySchemes", name), scheme
    for name, item in _entries(components.get("pathItems")):
        yield from _path_item(("components", "pathItems", name), item)


def _path_item(parts: Parts, item: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    yield "path-item", parts, item
    for i, server in _items(item.get("servers")):
        yield "server", (*parts, "servers", i), server
    for i, parameter in _items(item.get("parameters")):
        yield from _parameter((*parts, "parameters", i), parameter)
    for method in HTTP_METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        where = (*parts, method)
        yield "operation", where, op
        for i, server in _items(op.get("servers")):
            yield "server", (*where, "servers", i), server
        for name, callback in _entries(op.get("callbacks")):
            for expression, callback_item in _entries(callback):
                yield from _path_item((*where, "callbacks", name, expression), callback_item)
        for i, parameter in _items(op.get("parameters")):
            yield from _parameter((*where, "parameters", i), parameter)
        body = op.get("requestBody")
        if isinstance(body, dict):
            yield from _body("request-body", (*where, "requestBody"), body)
        for status, response in _entries(op.get("responses")):
            yield from _response((*where, "responses", status), response)


def _parameter(
    parts: Parts, node: dict[str, Any], place: Place = "parameter"
) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    yield place, parts, node
    schema = node.get("schema")
    if isinstance(schema, dict):
        yield from _schema((*parts, "schema"), schema)
    yield from _content(parts, node)


def _body(place: Place, parts: Parts, node: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    yield place, parts, node
    yield from _content(parts, node)


def _response(parts: Parts, node: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    yield from _body("response", parts, node)
    for name, header in _entries(node.get("headers")):
        yield from _parameter((*parts, "headers", name), header, "header")


def _content(parts: Parts, node: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    for media, entry in _entries(node.get("content")):
        where = (*parts, "content", media)
        yield "media-type", where, entry
        schema = entry.get("schema")
        if isinstance(schema, dict):
            yield from _schema((*where, "schema"), schema)


def _schema(parts: Parts, node: dict[str, Any]) -> Iterator[tuple[Place, Parts, dict[str, Any]]]:
    """A schema and every schema inside it, iteratively (a hostile spec may nest deeply)."""
    stack: list[tuple[Parts, dict[str, Any]]] = [(parts, node)]
    while stack:
        where, schema = stack.pop()
        yield "schema", where, schema
        for key in _SCHEMA_ONES:
            child = schema.get(key)
            if isinstance(child, dict):
                stack.append(((*where, key), child))
        for key in _SCHEMA_LISTS:
            for i, child in _items(schema.get(key)):
                stack.append(((*where, key, i), child))
        for key in _SCHEMA_MAPS:
            for name, child in _entries(schema.get(key)):
                stack.append(((*where, key, name), child))


def _items(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def _entries(value: Any) -> Iterator[tuple[str | int, dict[str, Any]]]:
    """The object members of a mapping; keys stay as written (a YAML status ``200`` is an int)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict):
                yield key, item
