"""Every operation of every generated client, found through its ``Client``: each resource property
(``client.jobs``) and each of its methods (``client.jobs.get``), with the ``Operation`` the method
runs. With it, what a test needs to call the operation without a server: valid arguments, the
statuses the spec documents, the spec's response examples, and clients (sync and async) whose
transport the test controls and that never sleep.
"""

import asyncio
import copy
import datetime as dt
import functools
import importlib
import inspect
import json
import re
import sys
import types
import typing
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from mocks.registry import load_spec as _load_spec

SECRET = "pw-7f3a9c-never-shown"
"""The value of every credential: it must never show in an error message."""

ERROR_CLASS_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ACCOUNT_ZONE = zoneinfo.ZoneInfo("Europe/Paris")
MOMENT = dt.datetime(2024, 6, 1, 12, 0, 0, tzinfo=dt.UTC)

ARGUMENTS: dict[tuple[str, str], dict[str, Any]] = {
    ("retarus-sms4a", "listJobs"): {},
    ("retarus-sms4a", "createJob"): {"messages": [{"text": "hi", "recipients": [{"dst": "+4917600000000"}]}]},
    ("retarus-sms4a", "getJob"): {"job_id": "J.20221116-102407.583-0lajfsfmoXIZJO93PQ"},
    ("retarus-sms4a", "listSmsReports"): {"job_id": "J.20221116-102407.583-0lajfsfmoXIZJO93PQ"},
    ("retarus-sms4a", "getVersion"): {},
    ("callr", "listSms"): {"type": "OUT", "from_": MOMENT, "to": MOMENT + dt.timedelta(days=1)},
    ("callr", "sendSms"): {"from_": "SMS", "to": "+33612345678", "body": "hi"},
    ("callr", "sendSmsWithQuery"): {"from_": "SMS", "to": "+33612345678", "body": "hi"},
    ("callr", "getSms"): {"hash": "8242D945"},
    ("sms-scheduler", "createSms"): {
        "message_text": "hi",
        "delivery_date": MOMENT,
        "sender_id": 1,
        "phone_numbers": ["+33612345678", "+33612345679"],
    },
    ("sms-scheduler", "getSms"): {"id": 1},
    ("sms-scheduler", "deleteSms"): {"id": 1},
    ("sms-scheduler", "getMessage"): {"id": 1},
    ("sms-scheduler", "deleteMessage"): {"id": 1},
    ("smartswitch", "sendMessage"): {"destination_number": ["447900000001", "447900000002"], "body": "hi"},
}
"""Valid arguments of every operation, by (spec stem, operationId)."""


def package_name(stem: str) -> str:
    return "typedsms_" + stem.replace("-", "_")


@functools.cache
def load_spec(stem: str) -> dict[str, Any]:
    return _load_spec(stem)


def resolve(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """``node`` with its local ``$ref`` (``#/components/...``) followed."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, depth = target, depth + 1
    return node


def spec_operations(stem: str) -> set[tuple[str, str]]:
    """(path, method) of every operation of the spec."""
    found = set()
    for path, item in (load_spec(stem).get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                found.add((path, method))
    return found


@dataclass(frozen=True)
class ClientOperation:
    """One method of a generated client (``client.<resource>.<method>``) and its operation in the spec."""

    stem: str
    package: types.ModuleType
    resource: str
    method: str
    operation: Any  # the runtime's Operation: id, method, path, idempotent, paging, error_member...

    @property
    def label(self) -> str:
        return f"{self.stem} {self.operation.label} (client.{self.resource}.{self.method})"

    @property
    def path(self) -> str:
        return str(self.operation.path)

    @property
    def paged(self) -> bool:
        return self.operation.paging is not None

    @property
    def spec(self) -> dict[str, Any]:
        return load_spec(self.stem)

    @property
    def spec_operation(self) -> dict[str, Any]:
        operation: dict[str, Any] = self.spec["paths"][self.path][self.operation.method]
        return operation

    @property
    def documented(self) -> set[int]:
        """The statuses the spec documents for this operation (exact codes)."""
        return {int(status) for status in self.spec_operation.get("responses") or {} if str(status).isdigit()}

    @property
    def success(self) -> set[int]:
        """The documented statuses that are results (2xx)."""
        return {status for status in self.documented if 200 <= status < 300}

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

    def call_arguments(self) -> dict[str, Any]:
        return dict(ARGUMENTS[(self.stem, self.operation.id)])

    def call(self, client: Any, *, raw: bool = False) -> Any:
        """Call the operation on a sync client: the result (a page's items for a paged one) and the raw answer."""
        resource = getattr(client, self.resource)
        target = resource.with_raw_response if raw else resource
        result = getattr(target, self.method)(**self.call_arguments())
        return self._unpack(result, raw)

    async def acall(self, client: Any, *, raw: bool = False) -> Any:
        """The same on an async client."""
        resource = getattr(client, self.resource)
        target = resource.with_raw_response if raw else resource
        result = await getattr(target, self.method)(**self.call_arguments())
        return self._unpack(result, raw)

    def _unpack(self, result: Any, raw: bool) -> Any:
        if raw:
            assert isinstance(result, self.package.APIResponse), f"{self.label}: {result!r}"
            result = result.parse()
        if self.paged:
            assert isinstance(result, self.package.SyncPage | self.package.AsyncPage), f"{self.label}: {result!r}"
            return result.items  # the first page only: iterating would fetch the next ones
        return result


def _resources(client_class: type) -> Iterator[tuple[str, type]]:
    """(property name, resource class) of every resource of a generated ``Client``."""
    for name, member in inspect.getmembers(client_class):
        if isinstance(member, property) and member.fget is not None and not name.startswith("_"):
            returned = typing.get_type_hints(member.fget).get("return")
            if isinstance(returned, type) and returned.__name__.endswith("Resource"):
                yield name, returned


_CALL = re.compile(r"self\._client\._(?:call|page)\(\s*(_[A-Z0-9_]+)")


@functools.cache
def client_operations(stem: str) -> tuple[ClientOperation, ...]:
    """Every method of every resource of the client of ``specs/<stem>.yaml``, one per operation of the spec."""
    package = importlib.import_module(package_name(stem))
    found = []
    for resource, cls in _resources(package.Client):
        module = sys.modules[cls.__module__]
        for method, function in inspect.getmembers(cls, inspect.isfunction):
            if method.startswith("_"):
                continue
            match = _CALL.search(inspect.getsource(function))
            assert match, f"{stem}: client.{resource}.{method} runs no operation"
            found.append(ClientOperation(stem, package, resource, method, getattr(module, match.group(1))))
    assert {(op.path, op.operation.method) for op in found} == spec_operations(stem), f"{stem}: operations differ"
    assert len(found) == len(spec_operations(stem)), f"{stem}: an operation has two methods"
    missing = [op.operation.id for op in found if (stem, op.operation.id) not in ARGUMENTS]
    assert not missing, f"{stem}: no test arguments for {missing}"
    return tuple(sorted(found, key=lambda op: (op.path, op.operation.method)))


class Switchboard:
    """An httpx transport handler that answers every request with ``self.answer`` and counts requests."""

    def __init__(self) -> None:
        self.answer: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(204)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def _settings(stem: str) -> dict[str, Any]:
    package = importlib.import_module(package_name(stem))
    config = importlib.import_module(f"{package.__name__}._config").CONFIG
    settings: dict[str, Any] = {field: SECRET for scheme in config.schemes for field in scheme.fields}
    if "timezone" in inspect.signature(package.Client).parameters:
        settings["timezone"] = ACCOUNT_ZONE
    return settings


def offline_client(stem: str, switchboard: Switchboard, **settings: Any) -> Any:
    """A sync ``Client`` of the stem's package that talks to ``switchboard`` and never sleeps."""
    package = importlib.import_module(package_name(stem))
    client = package.Client(
        base_url="http://mock.test",
        http_client=httpx.Client(transport=switchboard.transport()),
        **_settings(stem),
        **settings,
    )
    client._sleep = lambda seconds: None
    client._rand = lambda: 0.5
    return client


async def _no_sleep(seconds: float) -> None:
    return None


def offline_async_client(stem: str, switchboard: Switchboard, **settings: Any) -> Any:
    """An ``AsyncClient`` of the stem's package that talks to ``switchboard`` and never sleeps."""
    package = importlib.import_module(package_name(stem))
    client = package.AsyncClient(
        base_url="http://mock.test",
        http_client=httpx.AsyncClient(transport=switchboard.transport()),
        **_settings(stem),
        **settings,
    )
    client._sleep = _no_sleep
    client._rand = lambda: 0.5
    return client


def expected_error_class(op: ClientOperation, status: int) -> type[Any]:
    """The exception class the client must raise for an error answer with ``status`` (an ``APIStatusError``)."""
    name = "InternalServerError" if status >= 500 else ERROR_CLASS_NAMES.get(status, "UnexpectedStatusError")
    cls: type[Any] = getattr(op.package, name)
    return cls


def json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")


def leaves(value: Any, depth: int = 0) -> Iterator[Any]:
    """Every scalar (and open-enum member) in a result, reading every field of its models.

    Models read their fields when first accessed, so this is also what makes a wrong-typed field
    that the call itself did not read raise its ``MalformedResponseError``.
    """
    if depth > 50:
        return
    fields = getattr(type(value), "_FIELDS", None)
    if value is None or isinstance(value, str | int | float | bool | dt.date):
        yield value
    elif fields is not None:
        for field in fields:
            yield from leaves(getattr(value, field.name), depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from leaves(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from leaves(item, depth + 1)
    else:
        raise AssertionError(f"unexpected value in a result: {type(value).__name__} {value!r}")


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


# -- shared by the contract tests (tests/clients) and the malformed-response fuzzing (tests/reliability) --

MODES = ("sync", "sync raw", "async", "async raw")
"""The four ways to call an operation: the result, or ``with_raw_response`` then ``parse()``, sync and async."""


def call_in_mode(op: ClientOperation, clients: tuple[Any, Any], mode: str, runner: asyncio.Runner) -> list[Any]:
    """Call ``op`` and read every field of its result: the leaves of the result."""
    sync_client, async_client = clients
    raw = mode.endswith("raw")
    if mode.startswith("async"):

        async def run() -> list[Any]:
            return list(leaves(await op.acall(async_client, raw=raw)))

        return runner.run(run())
    return list(leaves(op.call(sync_client, raw=raw)))


def success_example(op: ClientOperation) -> tuple[int, Any]:
    """The status and document of the first success example (every operation has one).

    Examples of the vendor's error body under a success status (``x-sdk-error-in-success``) are not
    successes: the client raises the API error for them.
    """
    member = op.operation.error_member
    found = [
        (status, document)
        for status, document, _ in op.examples()
        if status in op.success and not (member and isinstance(document, dict) and member in document)
    ]
    assert found, f"{op.label}: no success example"
    return found[0]


def outcomes(stem: str, respond: Callable[[httpx.Request], httpx.Response]) -> list[tuple[ClientOperation, Any]]:
    """Each operation called through all four modes with the default retries: (operation, its error or None)."""
    switchboard = Switchboard()
    switchboard.answer = respond
    sync_client = offline_client(stem, switchboard)
    async_client = offline_async_client(stem, switchboard)
    ended: list[tuple[ClientOperation, Any]] = []
    with asyncio.Runner() as runner:
        for op in client_operations(stem):
            for mode in MODES:
                switchboard.requests = 0
                try:
                    call_in_mode(op, (sync_client, async_client), mode, runner)
                except Exception as exc:
                    ended.append((op, (exc, switchboard.requests)))
                else:
                    ended.append((op, (None, switchboard.requests)))
        runner.run(async_client._http.aclose())
    sync_client._http.close()
    return ended


def get_path(document: Any, path: tuple[Any, ...]) -> Any:
    """The value at ``path`` (keys and indexes) in a JSON document."""
    for part in path:
        document = document[part]
    return document


def enum_sites(spec: dict[str, Any], schema: Any, document: Any, path: tuple[Any, ...] = ()) -> Iterator[Any]:
    """(path, enum values) of every place in ``document`` whose schema is an enum of 2+ values."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    values = schema.get("enum")
    if isinstance(values, list) and len(values) > 1 and not isinstance(document, bool) and document in values:
        yield path, values
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            yield from enum_sites(spec, sub, document, path)
    if isinstance(document, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, value in document.items():
            if key in properties:
                yield from enum_sites(spec, properties[key], value, (*path, key))
            elif isinstance(extra, dict):
                yield from enum_sites(spec, extra, value, (*path, key))
    elif isinstance(document, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(document):
            yield from enum_sites(spec, schema["items"], value, (*path, index))


@dataclass(frozen=True)
class EnumCase:
    op: ClientOperation
    status: int
    document: Any
    sites: tuple[tuple[tuple[Any, ...], tuple[Any, ...]], ...]


def enum_cases(stem: str) -> list[EnumCase]:
    cases = []
    for op in client_operations(stem):
        for status, document, schema in op.examples():
            if status not in op.success:
                continue
            sites = {path: tuple(values) for path, values in enum_sites(load_spec(stem), schema, document)}
            if sites:
                cases.append(EnumCase(op, status, document, tuple(sorted(sites.items(), key=repr))))
    return cases


def check_unknown_values_kept(case: EnumCase, unknown: list[Any]) -> int:
    document = copy.deepcopy(case.document)
    for (path, _), value in zip(case.sites, unknown, strict=True):
        parent = get_path(document, path[:-1])
        parent[path[-1]] = value
    switchboard = Switchboard()
    switchboard.answer = lambda request: httpx.Response(case.status, json=document, request=request)
    client = offline_client(case.op.stem, switchboard, max_retries=0)
    result = case.op.call(client)
    client._http.close()
    found = list(leaves(result))
    written = json.dumps(
        [r.to_dict() if hasattr(r, "to_dict") else r for r in (result if isinstance(result, list) else [result])],
        default=str,
    )
    for value in unknown:
        matches = [leaf for leaf in found if type(leaf) is not bool and leaf == value]
        assert matches, f"{case.op.label}: unknown value {value!r} lost in {result!r}"
        for leaf in matches:
            assert type(leaf) in (case.op.package.UnknownStr, case.op.package.UnknownInt, str), f"{leaf!r}"
            if hasattr(leaf, "is_known"):
                assert leaf.is_known is False and leaf.value == value, f"{case.op.label}: {leaf!r}"
        assert json.dumps(value) in written, f"{case.op.label}: to_dict() lost {value!r}"
    return len(unknown)
