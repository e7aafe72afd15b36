"""Every operation of every generated client, found by walking its ``api`` package, with what a test
needs to call it without a server: arguments built from the signature and the spec's examples, the
documented statuses, the spec's response examples, and a client whose transport a test controls.
"""

import datetime as dt
import enum
import functools
import importlib
import inspect
import json
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import httpx

from generator.naming import SPECS_DIR, package_name
from generator.spec_checks import iter_operations, resolve
from generator.spec_source import parse_yaml

SECRET = "pw-7f3a9c-never-shown"
"""The value of every credential field: it must never show in an error message."""

ERROR_CLASS_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


@functools.cache
def load_spec(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = parse_yaml((SPECS_DIR / f"{stem}.yaml").read_bytes())
    return data


@dataclass(frozen=True)
class ClientOperation:
    """One operation module of a generated client and its operation in the spec."""

    stem: str
    package: types.ModuleType
    module: types.ModuleType
    method: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.stem} {self.method.upper()} {self.path}"

    @property
    def spec(self) -> dict[str, Any]:
        return load_spec(self.stem)

    @property
    def spec_operation(self) -> dict[str, Any]:
        operation: dict[str, Any] = self.spec["paths"][self.path][self.method]
        return operation

    @property
    def errors(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package.__name__}.errors")

    @property
    def documented(self) -> set[int]:
        """The statuses the spec documents for this operation (exact codes)."""
        return {int(status) for status in self.spec_operation.get("responses") or {} if str(status).isdigit()}

    @property
    def success(self) -> set[int]:
        """The documented statuses that are results (1xx-3xx)."""
        return {status for status in self.documented if status < 400}

    def responses(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(status, resolved response object) of every documented exact status."""
        for status, response in (self.spec_operation.get("responses") or {}).items():
            if str(status).isdigit():
                yield int(status), resolve(self.spec, response) or {}

    def examples(self) -> list[tuple[int, Any, Any]]:
        """(status, example document, its schema) of every response example the spec gives this operation."""
        found: list[tuple[int, Any, Any]] = []
        for status, response in self.responses():
            for media in (response.get("content") or {}).values():
                schema = media.get("schema")
                if "example" in media:
                    found.append((status, media["example"], schema))
                for example in (media.get("examples") or {}).values():
                    example = resolve(self.spec, example) or {}
                    if "value" in example:
                        found.append((status, example["value"], schema))
        return found

    def request_example(self) -> Any:
        """The first example of the JSON request body, or None."""
        body = resolve(self.spec, self.spec_operation.get("requestBody")) or {}
        for media in (body.get("content") or {}).values():
            if "example" in media:
                return media["example"]
            for example in (media.get("examples") or {}).values():
                example = resolve(self.spec, example) or {}
                if "value" in example:
                    return example["value"]
        return None

    def call_arguments(self) -> dict[str, Any]:
        """Values for the required parameters of ``sync_detailed``, from their types (and the spec's body example)."""
        function = self.module.sync_detailed
        hints = typing.get_type_hints(function)
        arguments: dict[str, Any] = {}
        for name, parameter in inspect.signature(function).parameters.items():
            if name == "client" or parameter.default is not inspect.Parameter.empty:
                continue
            arguments[name] = self._value_for(hints[name])
        return arguments

    def _value_for(self, annotation: Any) -> Any:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            choices = [a for a in typing.get_args(annotation) if a is not type(None) and a.__name__ != "Unset"]
            return self._value_for(choices[0])
        if origin is list:
            return [self._value_for(typing.get_args(annotation)[0])]
        if origin is typing.Literal:
            return typing.get_args(annotation)[0]
        if isinstance(annotation, type):
            if issubclass(annotation, enum.Enum):
                return next(iter(annotation))
            if annotation is bool:
                return True
            if annotation is int:
                return 1
            if annotation is float:
                return 1.5
            if annotation is str:
                return "x1"
            if annotation is dt.datetime:
                wire = importlib.import_module(f"{self.package.__name__}._wire")
                aware = wire.WIRE_FORMAT is None or wire.WIRE_TIMEZONE is not None
                return dt.datetime(2024, 6, 1, 12, 0, 0, tzinfo=dt.UTC if aware else None)
            if attrs.has(annotation) and hasattr(annotation, "from_dict"):
                example = self.request_example()
                assert example is not None, f"{self.label}: no request body example to build {annotation.__name__}"
                return annotation.from_dict(example)
        raise AssertionError(f"{self.label}: no test value for {annotation!r}")


@functools.cache
def client_operations(stem: str) -> tuple[ClientOperation, ...]:
    """Every operation module of the client of ``specs/<stem>.yaml``."""
    package = importlib.import_module(package_name(stem))
    api = importlib.import_module(f"{package.__name__}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "_OPERATION", None)
        if operation is None or not hasattr(module, "sync_detailed"):
            continue
        found.append(ClientOperation(stem, package, module, operation.method, operation.path))
    spec_operations = {(path, method) for path, method, _ in iter_operations(load_spec(stem))}
    assert {(op.path, op.method) for op in found} == spec_operations, f"{stem}: the client lacks operations"
    return tuple(sorted(found, key=lambda op: (op.path, op.method)))


class Switchboard:
    """An httpx transport that answers every request with ``self.answer`` and counts requests."""

    def __init__(self) -> None:
        self.answer: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(204)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


async def _no_sleep(seconds: float) -> None:
    return None


def offline_client(stem: str, switchboard: Switchboard, **settings: Any) -> Any:
    """An ``AuthenticatedClient`` of the stem's package that talks to ``switchboard`` and never sleeps."""
    package = importlib.import_module(package_name(stem))
    fields = inspect.signature(package.Credentials).parameters
    credentials = package.Credentials(**{name: SECRET for name in fields})
    return package.AuthenticatedClient(
        credentials=credentials,
        base_url="http://mock.test",
        httpx_args={"transport": switchboard.transport()},
        sleep=lambda seconds: None,
        async_sleep=_no_sleep,
        rand=lambda: 0.5,
        **settings,
    )


def expected_error_class(op: ClientOperation, status: int) -> type[BaseException]:
    """The exception class the client must raise for an error answer with ``status``."""
    name = "InternalServerError" if status >= 500 else ERROR_CLASS_NAMES.get(status, "UnexpectedStatusError")
    cls: type[BaseException] = getattr(op.errors, name)
    return cls


def json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")


def leaves(value: Any, depth: int = 0) -> Iterator[Any]:
    """Every scalar (and open-enum member) in a parsed result: attrs models, lists, dicts."""
    if depth > 50:
        return
    if isinstance(value, enum.Enum) or value is None or isinstance(value, str | int | float | bool):
        yield value
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            yield from leaves(getattr(value, attribute.name), depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from leaves(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from leaves(item, depth + 1)


def spec_keys(stem: str) -> list[str]:
    """Every property name the spec mentions: random JSON objects use them to get deeper into parsing."""
    keys: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    keys.update(str(k) for k in value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_spec(stem))
    return sorted(keys)
