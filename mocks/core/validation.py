"""Validating requests against the spec with openapi-core.

openapi-core finds the operation by matching the request URL against the
spec's servers, so the mock gives it a copy of the spec whose only server is
``/`` (the mock serves the API at its root) and without ``security`` (the
core checks credentials itself, with their values, before validation).
Problems come back as ``field -> [messages]`` so that each vendor can render
them in its own error format.
"""

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from starlette.requests import Request


@dataclass(frozen=True)
class Validated:
    """A request's values as the spec types them, or the problems found."""

    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    problems: Mapping[str, list[str]] = field(default_factory=dict)


def served_locally(spec: Mapping[str, Any], description: str = "This mock.") -> dict[str, Any]:
    """A copy of ``spec`` whose only server is the mock itself (``/``), at every level."""
    local = copy.deepcopy(dict(spec))
    local["servers"] = [{"url": "/", "description": description}]
    for item in (local.get("paths") or {}).values():
        item.pop("servers", None)
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("servers", None)
    return local


def validator_for(spec: Mapping[str, Any]) -> OpenAPI:
    """An openapi-core validator for requests to the mock, without security (the core checks it)."""
    local = served_locally(spec)
    local.pop("security", None)
    for item in (local.get("paths") or {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("security", None)
    return OpenAPI.from_dict(local)


def _text(error: BaseException) -> str:
    """``str(error)``, which openapi-core cannot always build (e.g. for a body that is not UTF-8)."""
    try:
        return str(error)
    except UnicodeDecodeError:
        return f"{type(error).__name__}: the body is not valid UTF-8"


def _messages(error: BaseException) -> list[str]:
    """Readable messages for an openapi-core error, down to the schema errors that caused it."""
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if schema_errors:
        messages = []
        for schema_error in schema_errors:
            where = "/".join(str(p) for p in getattr(schema_error, "absolute_path", []))
            text = getattr(schema_error, "message", str(schema_error))
            messages.append(f"{where}: {text}" if where else text)
        return messages
    if cause is not None and _text(cause):
        return [f"{_text(error)}: {_text(cause)}"]
    return [_text(error)]


def _field(error: BaseException) -> str:
    name = getattr(error, "name", None)
    if name:
        location = getattr(error, "location", None)
        return f"{getattr(location, 'value', location) or 'parameter'}.{name}" if location else str(name)
    return "body"


def validate(openapi: OpenAPI, request: Request, body: bytes) -> Validated:
    """Unmarshal ``request`` with ``openapi``; collect problems per field."""
    try:
        result = openapi.unmarshal_request(StarletteOpenAPIRequest(request, body))
    except Exception as exc:  # openapi-core's own failures, e.g. on ``Content-Type: ;;;=``
        return Validated(problems={"request": [f"The request cannot be read: {type(exc).__name__}: {_text(exc)}"]})
    problems: dict[str, list[str]] = {}
    for error in result.errors:
        nested = getattr(error, "errors", None) or [error]  # ParametersError groups several
        for inner in nested:
            problems.setdefault(_field(inner), []).extend(_messages(inner))
    parameters = result.parameters
    return Validated(
        path=dict(parameters.path),
        query=dict(parameters.query),
        body=result.body,
        problems=problems,
    )
