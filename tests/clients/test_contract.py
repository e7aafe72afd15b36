"""What every generated client promises, whatever its API: one parametrized test per promise, run
over every vendor of the registry (``tests/support/vendors.py``) and, where it applies, over every
operation of the client (``tests/support/client_operations.py``). What only one API has (its
envelopes, time zones, paging, sending rules, the mock's business rules) is tested in the
vendor's own file beside this one.

The promises: credentials as arguments or from ``<PREFIX>_<NAME>`` (a missing one is a
``MissingCredentialsError`` at construction), the base URL from ``<PREFIX>_BASE_URL``, arguments
winning over the environment; the production defaults; any 2xx is a success; unknown fields and
enum values are kept; a 2xx whose answer cannot be read is a ``MalformedResponseError`` that says the
request was accepted and is never retried; ``with_raw_response`` gives the status, headers and the
same result; every error status raises its class of the one hierarchy, ``documented`` telling
whether the spec lists it; connection failures and timeouts are typed and retried by the rules;
``with_options`` changes a copy; credentials never show in a repr, a log line or an error.
"""

import asyncio
import base64
import inspect
import logging
import re
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from mocks.core.auth import AcceptedCredentials
from mocks.registry import create_app
from tests.support.client_operations import (
    ACCOUNT_ZONE,
    ERROR_CLASS_NAMES,
    SECRET,
    ClientOperation,
    Switchboard,
    call_in_mode,
    check_unknown_values_kept,
    client_operations,
    enum_cases,
    expected_error_class,
    json_bytes,
    leaves,
    offline_async_client,
    offline_client,
    outcomes,
    resolve,
    success_example,
)
from tests.support.servers import free_port
from tests.support.vendors import VENDORS, Vendor, vendor

with warnings.catch_warnings():
    # Starlette asks for httpx2 at import; the TestClient works with httpx as installed.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
"""The statuses after which an idempotent operation is asked again."""
MAX_RETRIES = 2
"""A client's default."""


def all_operations() -> list[Any]:
    return [pytest.param(op, id=f"{op.stem}-{op.operation.id}") for stem in VENDORS for op in client_operations(stem)]


OPERATIONS = all_operations()


@pytest.fixture(autouse=True)
def no_vendor_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what they configure: no ``<PREFIX>_*`` variable of the developer's shell counts."""
    for stem in VENDORS:
        for name in vendor(stem).env_names:
            monkeypatch.delenv(name, raising=False)


def zone(stem: str) -> dict[str, Any]:
    """``timezone=`` for a client whose API writes dates without a zone (its constructor asks for one)."""
    return {"timezone": ACCOUNT_ZONE} if "timezone" in inspect.signature(vendor(stem).package.Client).parameters else {}


def credentials(stem: str, value: str = SECRET) -> dict[str, str]:
    return dict.fromkeys(vendor(stem).credential_fields, value)


def credentials_on(v: Vendor, request: httpx.Request) -> dict[str, str]:
    """The credentials a request carried, read back by the spec's security schemes."""
    found: dict[str, str] = {}
    for scheme in v.config.schemes:
        if scheme.kind == "basic":
            kind, _, token = request.headers["authorization"].partition(" ")
            assert kind == "Basic"
            user, _, password = base64.b64decode(token).decode().partition(":")
            found.update(zip(scheme.fields, (user, password), strict=True))
        elif scheme.kind == "bearer":
            kind, _, token = request.headers["authorization"].partition(" ")
            assert kind == (scheme.parameter or "Bearer")
            found[scheme.fields[0]] = token
        elif scheme.location == "query":
            (found[scheme.fields[0]],) = request.url.params.get_list(scheme.parameter)
        else:
            found[scheme.fields[0]] = request.headers[scheme.parameter]
    return found


def secret_forms(value: str) -> list[str]:
    """How a secret could show: as is, percent-encoded, inside HTTP Basic's base64."""
    return [value, quote(value, safe=""), base64.b64encode(f"{value}:{value}".encode()).decode()]


def answer_with(status: int, document: Any, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(
        status, content=json_bytes(document), headers={"content-type": "application/json", **headers}
    )


def first_operation(stem: str) -> ClientOperation:
    return client_operations(stem)[0]


def result_leaves(op: ClientOperation, status: int, document: Any, mode: str = "sync") -> list[Any]:
    """Every value of the result of ``op`` answered ``document`` with ``status``, read through ``mode``."""
    switchboard = Switchboard()
    switchboard.answer = answer_with(status, document)
    sync_client, async_client = offline_client(op.stem, switchboard), offline_async_client(op.stem, switchboard)
    with asyncio.Runner() as runner:
        try:
            return call_in_mode(op, (sync_client, async_client), mode, runner)
        finally:
            sync_client._http.close()
            runner.run(async_client._http.aclose())


def raised(
    op: ClientOperation, respond: Callable[[httpx.Request], httpx.Response], **settings: Any
) -> tuple[Any, int]:
    """The exception ``op`` raised (sync) and the number of requests it took."""
    switchboard = Switchboard()
    switchboard.answer = respond
    client = offline_client(op.stem, switchboard, **settings)
    with client, pytest.raises(op.package.APIError) as caught:
        list(leaves(op.call(client)))
    return caught.value, switchboard.requests


# -- credentials, environment, defaults ------------------------------------------------------------


@pytest.mark.parametrize("stem", VENDORS)
def test_a_missing_credential_fails_at_construction_naming_argument_and_variable(
    stem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = vendor(stem)
    package = v.package
    for cls in (package.Client, package.AsyncClient):
        with pytest.raises(package.MissingCredentialsError) as nothing:
            cls(base_url="http://vendor", **zone(stem))
        assert isinstance(nothing.value, TypeError)
        for field in v.credential_fields:
            assert f"{field}= or {v.env_name(field)}" in str(nothing.value)
        for field in v.credential_fields:
            others = {f: SECRET for f in v.credential_fields if f != field}
            with pytest.raises(package.MissingCredentialsError) as one:
                cls(base_url="http://vendor", **others, **zone(stem))
            assert f"{field}= or {v.env_name(field)}" in str(one.value)
            assert all(f"{f}=" not in str(one.value) for f in others)
            assert SECRET not in str(one.value)
    # One credential in the environment: only the others are asked for.
    field, *rest = v.credential_fields
    monkeypatch.setenv(v.env_name(field), SECRET)
    if rest:
        with pytest.raises(package.MissingCredentialsError) as partly:
            package.Client(base_url="http://vendor", **zone(stem))
        assert v.env_name(field) not in str(partly.value) and SECRET not in str(partly.value)
        assert all(v.env_name(f) in str(partly.value) for f in rest)
    else:
        assert package.Client(base_url="http://vendor", **zone(stem)).base_url == "http://vendor"


@pytest.mark.parametrize("stem", VENDORS)
def test_credentials_and_base_url_come_from_the_environment_and_arguments_win(
    stem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = vendor(stem)
    op = first_operation(stem)
    status, document = success_example(op)
    from_env = {field: f"env-{field}-7f3a" for field in v.credential_fields}
    for field, value in from_env.items():
        monkeypatch.setenv(v.env_name(field), value)
    monkeypatch.setenv(v.env_name("base_url"), "http://from-env.example/api/")
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer_with(status, document)(request)

    http = httpx.Client(transport=httpx.MockTransport(respond))
    client = v.package.Client(http_client=http, **zone(stem))
    assert client.base_url == "http://from-env.example/api"  # without the trailing slash
    op.call(client)
    (request,) = seen
    assert str(request.url).startswith("http://from-env.example/api/")
    assert request.url.path.startswith("/api/")
    assert credentials_on(v, request) == from_env
    # Arguments win over the environment.
    explicit = v.package.Client(base_url="http://given", http_client=http, **credentials(stem), **zone(stem))
    assert explicit.base_url == "http://given"
    op.call(explicit)
    assert seen[1].url.host == "given" and credentials_on(v, seen[1]) == credentials(stem)


@pytest.mark.parametrize("stem", VENDORS)
def test_production_defaults(stem: str) -> None:
    v = vendor(stem)
    server = v.config.servers[0]
    if not server.variables:  # a server of the customer's own (a free host) has no default
        assert v.package.Client(**credentials(stem), **zone(stem)).base_url == server.url
    switchboard = Switchboard()
    client = offline_client(stem, switchboard)
    assert client.timeout == httpx.Timeout(30.0, connect=10.0) and client.retry.max_retries == MAX_RETRIES
    seen: list[httpx.Request] = []
    status, document = success_example(first_operation(stem))

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer_with(status, document)(request)

    switchboard.answer = respond
    first_operation(stem).call(client)
    assert seen[0].headers["user-agent"] == v.config.user_agent
    assert v.config.user_agent.startswith(f"typedsms-{stem}/")
    assert seen[0].headers["accept"] == "application/json"
    assert seen[0].extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize("stem", VENDORS)
def test_with_options_changes_a_copy_that_keeps_the_credentials(stem: str) -> None:
    v = vendor(stem)
    op = first_operation(stem)
    seen: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    switchboard = Switchboard()
    switchboard.answer = refuse
    client = offline_client(stem, switchboard)
    quick = client.with_options(timeout=5, max_retries=0)
    assert quick.timeout == httpx.Timeout(5.0) and quick.retry.max_retries == 0
    with pytest.raises(v.package.APIConnectionError, match="connection refused"):
        op.call(quick)
    assert len(seen) == 1  # no retry
    assert seen[0].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert credentials_on(v, seen[0]) == credentials(stem)
    seen.clear()
    with pytest.raises(v.package.APIConnectionError):
        op.call(client)
    assert len(seen) == 1 + MAX_RETRIES  # the original keeps its retries (never reached: retried) and timeouts
    assert client.timeout == httpx.Timeout(30.0, connect=10.0) and client.retry.max_retries == MAX_RETRIES
    assert all(credentials_on(v, request) == credentials(stem) for request in seen)


# -- success: any 2xx, raw responses, unknown fields and enum values ---------------------------------


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_any_2xx_is_a_success(op: ClientOperation, mode: str) -> None:
    status, document = success_example(op)
    expected = result_leaves(op, status, document, mode)
    assert expected, f"{op.label}: an empty result"
    for other in (200, 201, 202, 203, 226):
        assert result_leaves(op, other, document, mode) == expected, f"{op.label}: HTTP {other}"


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_with_raw_response_gives_status_headers_content_and_the_same_result(op: ClientOperation, mode: str) -> None:
    status, document = success_example(op)
    switchboard = Switchboard()
    switchboard.answer = answer_with(status, document, **{"x-request-id": "r-42"})

    async def call_raw(client: Any) -> Any:
        return await getattr(getattr(client, op.resource).with_raw_response, op.method)(**op.call_arguments())

    if mode == "sync":
        client = offline_client(op.stem, switchboard)
        raw = getattr(getattr(client, op.resource).with_raw_response, op.method)(**op.call_arguments())
        plain = op.call(client)
    else:
        client = offline_async_client(op.stem, switchboard)
        with asyncio.Runner() as runner:
            raw = runner.run(call_raw(client))
            plain = runner.run(op.acall(client))
    assert isinstance(raw, op.package.APIResponse)
    assert raw.status_code == status and raw.headers["x-request-id"] == "r-42"
    assert raw.headers["content-type"] == "application/json"
    assert raw.content == json_bytes(document) and raw.json() == document
    parsed = raw.parse()
    assert parsed is raw.parse()  # parsed once
    if op.paged:
        assert isinstance(parsed, op.package.SyncPage | op.package.AsyncPage)
        parsed = parsed.items
    assert list(leaves(parsed)) == list(leaves(plain))
    assert switchboard.requests == 2


def _unknown_like(values: tuple[Any, ...]) -> Any:
    if all(isinstance(v, int) for v in values):
        return max(values) + 1000
    return f"NEW_{values[0]}_2031"


def with_unknown_keys(spec: dict[str, Any], schema: Any, document: Any) -> Any:
    """``document`` with a key its schema does not define added to every object of fixed properties."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return document
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            document = with_unknown_keys(spec, sub, document)
    if isinstance(document, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        changed = {
            key: with_unknown_keys(spec, properties.get(key, extra if isinstance(extra, dict) else {}), value)
            for key, value in document.items()
        }
        if properties and not isinstance(extra, dict):  # a map's keys are data, not fields
            changed["x_added_by_vendor"] = ["kept", 7]
        return changed
    if isinstance(document, list):
        return [with_unknown_keys(spec, schema.get("items"), item) for item in document]
    return document


def success_schema(op: ClientOperation, status: int) -> Any:
    media = next(iter((dict(op.responses())[status].get("content") or {}).values()))
    return media.get("schema")


def models_in(value: Any) -> Iterator[Any]:
    if hasattr(type(value), "_FIELDS"):
        yield value
        for field in type(value)._FIELDS:
            yield from models_in(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from models_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models_in(item)


@pytest.mark.parametrize("op", OPERATIONS)
def test_unknown_fields_are_kept_and_do_not_break_the_answer(op: ClientOperation) -> None:
    status, document = success_example(op)
    switchboard = Switchboard()
    changed = with_unknown_keys(op.spec, success_schema(op, status), document)
    assert "x_added_by_vendor" in json_bytes(changed).decode(), f"{op.label}: no object to add a key to"
    switchboard.answer = answer_with(status, changed)
    client = offline_client(op.stem, switchboard)
    result = op.call(client)
    assert list(leaves(result)) == result_leaves(op, status, document)  # the known fields read the same
    models = list(models_in(result))
    for model in models:
        assert model.to_dict()["x_added_by_vendor"] == ["kept", 7], f"{op.label}: {model!r}"
    assert models or isinstance(result, str | int | list), f"{op.label}: {result!r}"


@pytest.mark.parametrize("stem", VENDORS)
def test_unknown_enum_values_in_the_spec_examples_are_kept_and_readable(stem: str) -> None:
    cases = enum_cases(stem)
    assert cases, f"{stem}: no success example holds an enum value"
    checked = 0
    for case in cases:
        checked += check_unknown_values_kept(case, [_unknown_like(values) for _, values in case.sites])
    assert checked >= len(cases)


# -- errors: one hierarchy, a class per status, documented or not -------------------------------------


@pytest.mark.parametrize("stem", VENDORS)
def test_errors_are_one_hierarchy_importable_from_the_package(stem: str) -> None:
    package = vendor(stem).package
    for name in (*ERROR_CLASS_NAMES.values(), "InternalServerError", "UnexpectedStatusError"):
        cls = getattr(package, name)
        assert issubclass(cls, package.APIStatusError) and issubclass(cls, package.APIError), name
    assert issubclass(package.MalformedResponseError, package.APIError)
    assert not issubclass(package.MalformedResponseError, package.APIStatusError)
    assert issubclass(package.APITimeoutError, package.APIConnectionError)
    assert issubclass(package.APIConnectionError, package.APIError)
    assert issubclass(package.MissingCredentialsError, TypeError)


def error_cases() -> list[Any]:
    """(operation, status, body) of every documented error status, with the spec's example when it has one."""
    cases = []
    for param in OPERATIONS:
        op: ClientOperation = param.values[0]
        examples = {status: document for status, document, _ in op.examples() if status not in op.success}
        for status in sorted(op.documented - op.success):
            body = examples.get(status, {"message": f"documented {status}"})
            cases.append(pytest.param(op, status, body, id=f"{param.id}-{status}"))
    return cases


@pytest.mark.parametrize(("op", "status", "body"), error_cases())
def test_a_documented_error_status_raises_its_class(op: ClientOperation, status: int, body: Any) -> None:
    error, requests = raised(op, answer_with(status, body), max_retries=0)
    assert type(error) is expected_error_class(op, status), f"{op.label}: {error!r}"
    assert error.status_code == status and error.documented
    assert error.content == json_bytes(body) and error.headers["content-type"] == "application/json"
    assert f"HTTP {status}" in str(error) and op.operation.label in str(error)
    assert error.operation == op.operation.label
    # The body is the spec's error model when it reads as one, else the JSON as it came.
    written = error.body.to_dict() if hasattr(error.body, "to_dict") else error.body
    assert written == body, f"{op.label}: {error.body!r}"
    assert requests == 1
    assert SECRET not in str(error) and SECRET not in repr(error)


@pytest.mark.parametrize("op", OPERATIONS)
@pytest.mark.parametrize("status", [418, 503])
def test_an_undocumented_error_status_raises_its_class_with_the_raw_body(op: ClientOperation, status: int) -> None:
    error, requests = raised(op, lambda request: httpx.Response(status, text="<html>maintenance</html>"))
    assert type(error) is expected_error_class(op, status)
    assert error.status_code == status and not error.documented and error.body is None
    assert error.content == b"<html>maintenance</html>"
    # Reads are asked again after a 5xx; sends never after an answer (it could send twice).
    assert requests == (1 + MAX_RETRIES if op.operation.idempotent and status in RETRYABLE else 1)


@pytest.mark.parametrize("op", OPERATIONS)
def test_connection_refused_is_a_typed_error_retried_and_without_secrets(op: ClientOperation) -> None:
    """Nothing listens on the port: the request never reached a server, so even a send is asked again."""
    client = op.package.Client(base_url=f"http://127.0.0.1:{free_port()}", **credentials(op.stem), **zone(op.stem))
    pauses: list[float] = []
    client._sleep = pauses.append
    with client, pytest.raises(op.package.APIConnectionError) as caught:
        op.call(client)
    assert not isinstance(caught.value, op.package.APITimeoutError)
    assert str(caught.value) == f"{op.operation.label}: connection refused"
    assert caught.value.reason == "connection refused" and caught.value.request_sent is False
    assert len(pauses) == MAX_RETRIES
    shown = (str(caught.value), repr(caught.value), repr(client), "".join(traceback.format_exception(caught.value)))
    for text in shown:
        assert not any(form in text for form in secret_forms(SECRET)), text


@pytest.mark.parametrize("op", OPERATIONS)
def test_a_read_timeout_is_a_timeout_error_retried_only_for_idempotent_operations(op: ClientOperation) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout(f"timed out reading {request.url}", request=request)

    error, requests = raised(op, slow)
    assert isinstance(error, op.package.APITimeoutError)
    assert (
        error.request_sent is True
        and str(error) == f"{op.operation.label}: the server did not answer in time (read timeout)"
    )
    assert requests == (1 + MAX_RETRIES if op.operation.idempotent else 1)
    assert not any(form in str(error) + repr(error) for form in secret_forms(SECRET))


# -- against the mock: credentials checked, and never shown -----------------------------------------


def mock_client(stem: str, value: str, sent: list[httpx.Request]) -> Any:
    """A client with every credential ``value``, talking in-process to a mock that accepts only ``SECRET``."""
    app = create_app(stem, AcceptedCredentials(username=SECRET, password=SECRET, token=SECRET))
    http = TestClient(app, base_url="http://mock")
    http.event_hooks = {"request": [sent.append], "response": []}
    return vendor(stem).package.Client(
        base_url="http://mock", http_client=http, **credentials(stem, value), **zone(stem)
    )


@pytest.mark.parametrize("op", OPERATIONS)
def test_wrong_credentials_are_the_typed_401_without_the_secret(op: ClientOperation) -> None:
    wrong = "hunter2-not-it"
    sent: list[httpx.Request] = []
    with mock_client(op.stem, wrong, sent) as client, pytest.raises(op.package.AuthenticationError) as caught:
        op.call(client)
    assert caught.value.status_code == 401 and caught.value.documented == (401 in op.documented)
    if (dict(op.responses()).get(401) or {}).get("content"):  # the spec's error model, read
        assert hasattr(caught.value.body, "to_dict"), f"{op.label}: {caught.value.body!r}"
    assert credentials_on(vendor(op.stem), sent[0]) == credentials(op.stem, wrong)  # they did go out
    for text in (str(caught.value), repr(caught.value), repr(client)):
        assert not any(form in text for form in secret_forms(wrong)), text


@pytest.mark.parametrize("stem", VENDORS)
def test_credentials_never_show_in_reprs_logs_or_errors(stem: str, caplog: pytest.LogCaptureFixture) -> None:
    v = vendor(stem)
    caplog.set_level(logging.DEBUG)
    sent: list[httpx.Request] = []
    errors: list[Any] = []
    with mock_client(stem, SECRET, sent) as client:
        for op in client_operations(stem):
            try:
                list(leaves(op.call(client)))
            except v.package.APIStatusError as exc:  # the mock's business rules: unknown ids and the like
                errors.append(exc)
        expected_repr = ", ".join(f"{field}=***" for field in v.credential_fields)
        assert repr(client) == f"Client(base_url='http://mock', credentials=Credentials({expected_repr}))"
        shown = [repr(client), repr(client.with_options(timeout=1)), caplog.text]
    # The credentials did go out, on every request, so their absence below means something.
    assert len(sent) == len(client_operations(stem))
    assert all(credentials_on(v, request) == credentials(stem) for request in sent)
    assert "HTTP Request:" in caplog.text and " at mock -> " in caplog.text  # httpx's and the client's logs were on
    for error in errors:
        shown += [str(error), repr(error), "".join(traceback.format_exception(error)), repr(dict(error.headers))]
    for text in shown:
        assert not any(form in text for form in secret_forms(SECRET)), text


# -- garbled, truncated and wrong-typed successes: a MalformedResponseError, never retried; escapes found
# -- earlier by tests/reliability/test_malformed_responses.py -------------------------------------------

HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    b"<hr><center>nginx</center></body></html>"
)


def wrong_typed(document: Any) -> Any:
    """Every scalar of ``document`` replaced by one of another JSON type."""
    if isinstance(document, dict):
        return {key: wrong_typed(value) for key, value in document.items()}
    if isinstance(document, list):
        return [wrong_typed(value) for value in document]
    if isinstance(document, str):
        return 12345
    return "not-a-number"


def assert_malformed(stem: str, respond: Callable[[httpx.Request], httpx.Response], why: str) -> None:
    for op, (error, requests) in outcomes(stem, respond):
        assert isinstance(error, op.package.MalformedResponseError), f"{op.label}: {error!r} for {why}"
        assert requests == 1, f"{op.label}: {why} was retried ({requests} requests)"
        status = error.status_code
        assert 200 <= status < 300, f"{op.label}: {error}"
        assert f"accepted by the server (HTTP {status}) but the answer could not be read" in str(error), str(error)
        assert str(error).endswith("; do not resend"), str(error)
        assert SECRET not in str(error)


def _example_for(stem: str, request: httpx.Request) -> tuple[int, Any]:
    for op in client_operations(stem):
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", op.path)
        if op.operation.method.upper() == request.method and re.fullmatch(pattern, request.url.path):
            return success_example(op)
    raise AssertionError(f"no operation for {request.method} {request.url.path}")


@pytest.mark.parametrize("stem", VENDORS)
@pytest.mark.parametrize("kind", ["empty", "truncated", "html", "not utf-8", "wrong-typed", "a bare string"])
def test_a_garbled_success_is_a_malformed_response_never_retried(stem: str, kind: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        status, document = _example_for(stem, request)
        valid = json_bytes(document)
        content = {
            "empty": b"",
            "truncated": valid[: len(valid) // 2],
            "html": HTML_PAGE,
            "not utf-8": b"\xff\xfe\xfd" + valid,
            "wrong-typed": json_bytes(wrong_typed(document)),
            "a bare string": json_bytes("OK"),
        }[kind]
        return httpx.Response(status, content=content, headers={"content-type": "application/json"}, request=request)

    assert_malformed(stem, respond, f"a {kind} success")


@pytest.mark.parametrize("stem", VENDORS)
def test_deeply_nested_json_is_a_typed_error(stem: str) -> None:
    body = b"[" * 100_000 + b"]" * 100_000

    def respond(request: httpx.Request) -> httpx.Response:
        status, _ = _example_for(stem, request)
        return httpx.Response(status, content=body, headers={"content-type": "application/json"}, request=request)

    assert_malformed(stem, respond, "deeply nested JSON")


@pytest.mark.parametrize("stem", VENDORS)
def test_a_body_not_matching_its_content_encoding_is_a_typed_error(stem: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        status, _ = _example_for(stem, request)
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        # A stream, not content=: httpx decodes content= at once, inside the transport; a server's body
        # is decoded when the client reads it.
        return httpx.Response(status, stream=httpx.ByteStream(b'{"not": "gzip"}'), headers=headers, request=request)

    assert_malformed(stem, respond, "a body that is not gzip")


@pytest.mark.parametrize("stem", VENDORS)
@pytest.mark.parametrize("status", [520, 599, 302, 418])
def test_a_status_outside_httpstatus_or_unusual_is_its_status_error(stem: str, status: int) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=b"<html>oops</html>", request=request)

    for op, (error, requests) in outcomes(stem, respond):
        error_class = type(error)
        assert error_class is expected_error_class(op, status), f"{op.label}: {error!r}"
        assert error.status_code == status and not error.documented
        assert error.content == b"<html>oops</html>"
        assert requests == (1 + MAX_RETRIES if op.operation.idempotent and status in RETRYABLE else 1)


@pytest.mark.parametrize("stem", VENDORS)
def test_an_undecodable_error_answer_is_its_status_error(stem: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(401, stream=httpx.ByteStream(b"not gzip"), headers=headers, request=request)

    for op, (error, requests) in outcomes(stem, respond):
        assert type(error) is op.package.AuthenticationError, f"{op.label}: {error!r}"
        assert requests == 1
