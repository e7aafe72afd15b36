# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The client core that the generated ``Client`` and ``AsyncClient`` share.

``BaseClient`` holds what both need: the base URL (an argument, ``<PREFIX>_BASE_URL``, or one of
the spec's servers), the credentials, timeouts, the retry policy and the time zone rule. It turns
an ``Operation`` (generated from the spec) and the method's arguments into a request, and an
answer into the typed result or the typed exception.

The attempts of one call (retries, failover to another server, waiting) are one generator,
``_attempts``, that yields what to do next, like httpx's ``Auth.auth_flow``: the sync client
drives it with ``httpx.Client``, the async client with ``httpx.AsyncClient``. So both follow the
same rules by construction.
"""

import copy
import datetime
import json
import logging
import os
import ssl
import time
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from typing import Any, Generic, Literal, Self, TypeVar, cast
from urllib.parse import quote

import httpx

from ._auth import Credentials, Redactor, Scheme, install_log_redaction
from ._codecs import Context, DatetimeRule, Reader, ReadError, Writer
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    MalformedResponseError,
    make_status_error,
)
from ._limits import (
    ACCEPT_ENCODING,
    DEADLINE,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    TooLarge,
    aread_bounded,
    install_deadline,
    read_bounded,
    remaining,
)
from ._models import Field, read_all, write_fields
from ._paging import AsyncPage, AsyncPaginator, SyncPage
from ._response import RAW_RESPONSE, APIResponse
from ._retry import RetryPolicy, delay_after_answer, delay_after_error, never_reached_server
from ._types import DEFAULT_TIMEOUT, Timeout

R = TypeVar("R")
T = TypeVar("T")

logger = logging.getLogger(__name__.rpartition(".")[0])


# -- what the generated _config and resources declare -------------------------------------------


class ServerVariable:
    __slots__ = ("default", "enum", "name")

    def __init__(self, name: str, default: str | None, enum: tuple[str, ...] = ()) -> None:
        self.name = name
        self.default = default
        self.enum = enum


class Server:
    """A server of the spec: its name (``x-sdk-name``), URL template and variables."""

    __slots__ = ("name", "url", "variables")

    def __init__(self, name: str, url: str, variables: tuple[ServerVariable, ...] = ()) -> None:
        self.name = name
        self.url = url
        self.variables = variables


class ApiConfig:
    """What a client knows of its API from the spec."""

    __slots__ = ("client_name", "datetime_rule", "env_prefix", "schemes", "servers", "title", "user_agent")

    def __init__(
        self,
        *,
        title: str,
        client_name: str,
        user_agent: str,
        env_prefix: str,
        servers: tuple[Server, ...],
        schemes: tuple[Scheme, ...],
        datetime_rule: DatetimeRule | None = None,
    ) -> None:
        self.title = title
        self.client_name = client_name
        self.user_agent = user_agent
        self.env_prefix = env_prefix
        self.servers = servers
        self.schemes = schemes
        self.datetime_rule = datetime_rule if datetime_rule is not None else DatetimeRule()


class Param:
    """A path, query or header parameter of an operation.

    ``fixed`` is the one value the vendor accepts (always sent, never asked for); with
    ``repeat_for`` a single value is repeated once per item of that (list) argument.
    """

    __slots__ = ("fixed", "location", "name", "repeat_for", "required", "wire", "write")

    def __init__(
        self,
        name: str,
        wire: str,
        location: Literal["path", "query", "header"],
        write: Writer,
        *,
        required: bool = False,
        fixed: object = None,
        repeat_for: str = "",
    ) -> None:
        self.name = name
        self.wire = wire
        self.location = location
        self.write = write
        self.required = required
        self.fixed = fixed
        self.repeat_for = repeat_for


class Paging:
    __slots__ = ("default_limit", "limit", "offset")

    def __init__(self, offset: str, limit: str, default_limit: int) -> None:
        self.offset = offset
        self.limit = limit
        self.default_limit = default_limit


class Operation(Generic[R]):
    """One operation of the spec, as the runtime needs it.

    ``error_member``: a success answer holding this member is an error (JSON:API ``errors``);
    ``error_codes`` maps the vendor's error codes to the statuses the spec documents them with.
    """

    __slots__ = (
        "body_fields",
        "body_writer",
        "error_codes",
        "error_member",
        "errors",
        "failover",
        "failover_on_5xx",
        "failover_statuses",
        "id",
        "idempotent",
        "label",
        "method",
        "paging",
        "params",
        "path",
        "result",
    )

    def __init__(
        self,
        *,
        id: str,
        method: str,
        path: str,
        idempotent: bool,
        result: Reader[R] | None,
        params: tuple[Param, ...] = (),
        body_fields: tuple[Field[Any], ...] = (),
        body_writer: Writer | None = None,
        errors: Mapping[str, Reader[Any]] | None = None,
        failover: tuple[str, ...] = (),
        failover_statuses: frozenset[int] = frozenset(),
        failover_on_5xx: bool = False,
        error_member: str = "",
        error_codes: Mapping[str, int] | None = None,
        paging: Paging | None = None,
    ) -> None:
        self.id = id
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.result = result
        self.params = params
        self.body_fields = body_fields
        self.body_writer = body_writer
        self.errors = errors or {}
        self.failover = failover
        self.failover_statuses = failover_statuses
        self.failover_on_5xx = failover_on_5xx
        self.error_member = error_member
        self.error_codes = error_codes or {}
        self.paging = paging
        self.label = f"{method.upper()} {path}"


class _Prepared:
    __slots__ = ("has_body", "headers", "json_body", "path", "query")

    def __init__(
        self,
        path: str,
        query: list[tuple[str, str | int | float | bool | None]],
        headers: dict[str, str],
        json_body: Any,
        has_body: bool,
    ) -> None:
        self.path = path
        self.query = query
        self.headers = headers
        self.json_body = json_body
        self.has_body = has_body


class _Send:
    __slots__ = ("base_url", "deadline", "request")

    def __init__(self, request: httpx.Request, base_url: str, deadline: float | None) -> None:
        self.request = request
        self.base_url = base_url
        self.deadline = deadline


class _Undecodable:
    """An answer whose body did not match its ``Content-Encoding``."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _TooLarge:
    """An answer whose body is larger than the client reads (``content`` keeps an excerpt)."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit


_Answer = httpx.Response | _Undecodable | _TooLarge
_Outcome = _Answer | httpx.HTTPError | None


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def connection_reason(exc: httpx.HTTPError) -> str:
    """What went wrong, in words, without the URL (where a secret may travel)."""
    text = str(exc).lower()
    if isinstance(exc, httpx.ConnectTimeout):
        return "connecting timed out"
    if isinstance(exc, httpx.ReadTimeout):
        return "the server did not answer in time (read timeout)"
    if isinstance(exc, httpx.WriteTimeout):
        return "sending the request timed out (write timeout)"
    if isinstance(exc, httpx.PoolTimeout):
        return "no connection of the pool became free in time"
    if isinstance(exc, httpx.ConnectError):
        if "refused" in text:
            return "connection refused"
        if any(s in text for s in ("name or service", "nodename", "getaddrinfo", "name resolution", "no address")):
            return "the host name did not resolve (DNS)"
        if any(s in text for s in ("ssl", "certificate", "tls")):
            return "the TLS handshake failed (certificate or protocol)"
        if "unreachable" in text:
            return "the network is unreachable"
        return "could not connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection or broke the HTTP protocol"
    if isinstance(exc, httpx.ReadError):
        return "the connection failed while reading the answer"
    if isinstance(exc, httpx.WriteError):
        return "the connection failed while sending the request"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "the URL is not usable (scheme or host)"
    if isinstance(exc, httpx.DecodingError):
        return "the answer could not be decoded"
    return type(exc).__name__


def _text_excerpt(response: httpx.Response) -> str:
    """The start of a plain-text error body (``maintenance``), on one line."""
    if not response.content or "html" in response.headers.get("content-type", ""):
        return ""
    text = response.content[:200].decode("utf-8", "replace")
    return " ".join(text.split())


def _error_detail(data: Any, depth: int = 0) -> str:
    """A short human text from an error body (``message``, ``title``/``detail``, ``errors[0]``...)."""
    if depth > 3:
        return ""
    if isinstance(data, dict):
        parts = [str(data[k]) for k in ("code", "title", "message", "detail") if isinstance(data.get(k), str | int)]
        if isinstance(data.get("code"), int) and len(parts) > 1:
            parts = parts[1:]  # a numeric code repeats the status
        if parts:
            return ": ".join(dict.fromkeys(parts))
        for key in ("errors", "error", "data"):
            if key in data:
                found = _error_detail(data[key], depth + 1)
                if found:
                    return found
        for value in data.values():  # e.g. {"errors": {"id": ["No SMS with the id 7"]}}
            found = _error_detail(value, depth + 1)
            if found:
                return found
    if isinstance(data, list) and data:
        return _error_detail(data[0], depth + 1)
    if isinstance(data, str):
        return data
    return ""


class BaseClient:
    """Settings and request/answer handling shared by ``Client`` and ``AsyncClient``."""

    _config: ApiConfig
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    timezone: datetime.tzinfo | None

    def __init__(
        self,
        *,
        config: ApiConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        server: str | None = None,
        server_variables: Mapping[str, str | None] | None = None,
        fallback_base_urls: Sequence[str] = (),
        timeout: Timeout = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        timezone: datetime.tzinfo | None = None,
        default_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        self._config = config
        self._credentials = Credentials.resolve(config.schemes, credentials, config.env_prefix, config.client_name)
        install_log_redaction(self._credentials.query_parameters)
        self._redact = Redactor(self._credentials.query_parameters, self._credentials.secret_values)
        self.deadline: float | None = DEFAULT_DEADLINE if deadline is None else deadline
        self.max_response_bytes = DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else max_response_bytes
        self.base_url, self._server = self._resolve_base_url(base_url, server, server_variables or {})
        self._fallback_base_urls = tuple(u.rstrip("/") for u in fallback_base_urls)
        self.timeout = _as_timeout(timeout) or DEFAULT_TIMEOUT
        policy = retry or RetryPolicy()
        self.retry = policy if max_retries is None else policy.with_(max_retries=max_retries)
        if self.retry.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.timezone = timezone
        self._ctx = Context(rule=config.datetime_rule, timezone=timezone)
        self._headers = {
            "User-Agent": config.user_agent,
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            **(default_headers or {}),
            **self._credentials.headers,  # built once; httpx's Headers repr hides Authorization
        }
        import random

        self._rand: Callable[[], float] = random.random

    # -- settings -------------------------------------------------------------------------------

    def _resolve_base_url(
        self, base_url: str | None, server: str | None, variables: Mapping[str, str | None]
    ) -> tuple[str, Server | None]:
        config = self._config
        if base_url is None:
            base_url = os.environ.get(f"{config.env_prefix}_BASE_URL") or None
        if base_url is not None:
            return base_url.rstrip("/"), None
        servers = {s.name: s for s in config.servers}
        if server is None:
            chosen = config.servers[0]
        elif server in servers:
            chosen = servers[server]
        else:
            raise ValueError(f"unknown server {server!r}: choose one of {', '.join(servers)} or pass base_url=")
        url = chosen.url
        for var in chosen.variables:
            value = variables.get(var.name) or var.default
            if value is None:
                raise TypeError(
                    f"{config.client_name} needs {var.name}= (the {var.name} of {chosen.url}) or base_url= "
                    f"or {config.env_prefix}_BASE_URL"
                )
            url = url.replace("{" + var.name + "}", value)
        return url.rstrip("/"), chosen

    def with_options(
        self,
        *,
        timeout: Timeout = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connections and credentials.

        ``timeout`` bounds each request, ``deadline`` the whole call (retries and waits included).
        """
        clone = copy.copy(self)
        if deadline is not None:
            clone.deadline = deadline
        if timeout is not None:
            clone.timeout = _as_timeout(timeout) or clone.timeout
        if retry is not None:
            clone.retry = retry
        if max_retries is not None:
            clone.retry = clone.retry.with_(max_retries=max_retries)
        clone._owns_http = False  # type: ignore[attr-defined]
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    # -- requests -------------------------------------------------------------------------------

    def _prepare(self, op: Operation[Any], args: Mapping[str, Any]) -> _Prepared:
        ctx = self._ctx
        path = op.path
        query: list[tuple[str, str | int | float | bool | None]] = []
        headers: dict[str, str] = {}
        for param in op.params:
            value = param.fixed if param.fixed is not None else args.get(param.name)
            if value is None:
                if param.required:
                    raise TypeError(f"{op.id}: missing required argument {param.name!r}")
                continue
            if param.repeat_for and isinstance(value, str | int | float | bool):
                others = args.get(param.repeat_for)
                if isinstance(others, list | tuple):
                    value = [value] * len(others)
            written = param.write(value, ctx, param.name)
            if param.location == "path":
                path = path.replace("{" + param.wire + "}", quote(_query_value(written), safe=""))
            elif param.location == "header":
                headers[param.wire] = _query_value(written)
            elif isinstance(written, list):
                query.extend((param.wire, _query_value(v)) for v in written)
            else:
                query.append((param.wire, _query_value(written)))
        json_body: Any = None
        has_body = False
        if op.body_writer is not None:
            json_body = op.body_writer(args.get("body"), ctx, "body")
            has_body = True
        elif op.body_fields:
            json_body = write_fields(op.body_fields, args, ctx, "")
            missing = [f.name for f in op.body_fields if f.required and f.wire not in json_body]
            if missing:
                raise TypeError(f"{op.id}: missing required argument {', '.join(map(repr, missing))}")
            has_body = True
        return _Prepared(path, query, headers, json_body, has_body)

    def _base_urls(self, op: Operation[Any]) -> list[str]:
        if not op.failover:
            return [self.base_url]
        if self._server is None:
            return [self.base_url, *self._fallback_base_urls]
        urls = [self.base_url]
        by_name = {s.name: s for s in self._config.servers}
        for name in op.failover:
            other = by_name.get(name)
            if other is not None and not other.variables and other.url.rstrip("/") not in urls:
                urls.append(other.url.rstrip("/"))
        return urls

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        prepared: _Prepared,
        op: Operation[Any],
        base_url: str,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        headers = {**self._headers, **prepared.headers}
        if prepared.has_body:
            headers["Content-Type"] = "application/json"
            content: bytes | None = json.dumps(prepared.json_body, ensure_ascii=False, allow_nan=False).encode()
        else:
            content = None
        return http.build_request(
            op.method.upper(),
            base_url + prepared.path,
            params=prepared.query or None,
            headers=headers,
            content=content,
            timeout=timeout,
        )

    def _attempts(
        self, op: Operation[Any], prepared: _Prepared, http: httpx.Client | httpx.AsyncClient, timeout: Timeout
    ) -> Generator[_Send | float, _Outcome, _Answer]:
        """Every attempt of one call: yields a request to send or a pause; returns the final answer.

        No attempt starts, and no pause lasts, past the call's deadline; an attempt under way is cut
        off there by the driver.
        """
        policy = self.retry
        per_call = _as_timeout(timeout) or self.timeout
        deadline = None if self.deadline is None or self.deadline == float("inf") else time.monotonic() + self.deadline
        urls = self._base_urls(op)
        retry_number = 0
        while True:
            answer: _Answer | None = None
            failure: httpx.HTTPError | None = None
            for index, base_url in enumerate(urls):
                left = remaining(deadline)
                if left is not None and left <= 0:
                    raise self._deadline_error(op)
                started = time.perf_counter()
                request = self._build(http, prepared, op, base_url, _bounded(per_call, left))
                outcome = yield _Send(request, base_url, deadline)
                if isinstance(outcome, httpx.HTTPError):
                    self._log(op, base_url, type(outcome).__name__, retry_number, started)
                    failure = outcome
                    if left is not None and remaining(deadline) is not None and remaining(deadline) <= 0:  # type: ignore[operator]
                        raise self._deadline_error(op)
                    if op.idempotent or never_reached_server(outcome):
                        continue  # the next server may answer
                    break
                assert outcome is not None
                answer, failure = outcome, None
                status = (outcome if isinstance(outcome, httpx.Response) else outcome.response).status_code
                self._log(op, base_url, str(status), retry_number, started)
                if index + 1 < len(urls) and (status in op.failover_statuses or (op.failover_on_5xx and status >= 500)):
                    logger.info("%s: %d from %s, asking the next server", op.label, status, httpx.URL(base_url).host)
                    continue
                break
            retry_number += 1
            if failure is not None:
                delay = delay_after_error(policy, op.idempotent, failure, retry_number, self._rand)
                if delay is None:
                    raise self._connection_error(op, failure)
            else:
                assert answer is not None
                if not isinstance(answer, httpx.Response):
                    return answer
                delay = delay_after_answer(policy, op.idempotent, answer, retry_number, self._rand)
                if delay is None:
                    return answer
            left = remaining(deadline)
            if left is not None and delay >= left:
                if answer is not None:
                    return answer  # no time for another attempt: the last answer stands
                assert failure is not None
                raise self._connection_error(op, failure)
            logger.info("%s: retry %d in %.2f s", op.label, retry_number, delay)
            yield delay

    def _deadline_error(self, op: Operation[Any]) -> APITimeoutError:
        return APITimeoutError(
            f"the call's deadline of {self.deadline:g} s passed", operation=op.label, request_sent=True
        )

    def _connection_error(self, op: Operation[Any], exc: httpx.HTTPError) -> APIConnectionError:
        reason = connection_reason(exc)
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(reason, operation=op.label, request_sent=not never_reached_server(exc))

    def _log(self, op: Operation[Any], base_url: str, outcome: str, retry_number: int, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            host = httpx.URL(base_url).host
            logger.debug("%s at %s -> %s (attempt %d, %.1f ms)", op.label, host, outcome, retry_number + 1, elapsed)

    # -- answers --------------------------------------------------------------------------------

    def _check_status(self, op: Operation[Any], answer: _Answer) -> httpx.Response:
        """The answer if its status is a success; the typed exception otherwise."""
        if isinstance(answer, _TooLarge):
            response = answer.response
            if 200 <= response.status_code < 300:
                raise MalformedResponseError(
                    f"the answer is larger than {answer.limit} bytes",
                    status_code=response.status_code,
                    content=self._redact.bytes(response.content),
                    operation=op.label,
                )
            raise make_status_error(
                status_code=response.status_code,
                operation=op.label,
                headers=response.headers,
                body=None,
                content=self._redact.bytes(response.content),
                documented=self._documented(op, response.status_code),
                detail=f"the answer is larger than {answer.limit} bytes",
            )
        if isinstance(answer, _Undecodable):
            response = answer.response
            if 200 <= response.status_code < 300:
                raise MalformedResponseError(
                    "the body does not match its Content-Encoding", status_code=response.status_code, operation=op.label
                )
            raise make_status_error(
                status_code=response.status_code,
                operation=op.label,
                headers=response.headers,
                body=None,
                content=b"",
                documented=self._documented(op, response.status_code),
            )
        if 200 <= answer.status_code < 300:
            return answer
        raise self._status_error(op, answer)

    def _documented(self, op: Operation[Any], status: int) -> bool:
        return str(status) in op.errors or f"{status // 100}XX" in op.errors or "default" in op.errors

    def _status_error(self, op: Operation[Any], response: httpx.Response) -> APIStatusError:
        status = response.status_code
        reader = op.errors.get(str(status)) or op.errors.get(f"{status // 100}XX") or op.errors.get("default")
        body: Any = None
        data: Any = None
        if response.content:
            try:
                data = json.loads(response.content)
            except (ValueError, RecursionError):
                data = None
            body = data
            if reader is not None and data is not None:
                try:
                    body = reader(data, self._ctx.for_answer(status, op.label))
                    read_all(body)  # an error body is read whole now: one that does not match stays raw JSON
                except (ReadError, MalformedResponseError, RecursionError):
                    body = data
        return make_status_error(
            status_code=status,
            operation=op.label,
            headers=response.headers,
            body=body,
            content=self._redact.bytes(response.content),
            documented=self._documented(op, status),
            detail=self._redact(_error_detail(data) if data is not None else _text_excerpt(response))[:300],
        )

    def _parse(self, op: Operation[R], response: httpx.Response) -> R:
        """The typed result of a success answer."""
        status = response.status_code
        content = response.content
        data: Any = None
        if content.strip():
            try:
                data = json.loads(content)
            except (ValueError, RecursionError):
                if op.result is not None:
                    raise MalformedResponseError(
                        "the body is not JSON",
                        status_code=status,
                        content=self._redact.bytes(content),
                        operation=op.label,
                    ) from None
        if (
            op.error_member
            and isinstance(data, dict)
            and isinstance(data.get(op.error_member), list | dict)
            and data[op.error_member]
        ):
            raise self._error_in_success(op, response, data)
        if op.result is None:
            return None  # type: ignore[return-value]
        if data is None:
            raise MalformedResponseError("the answer is empty", status_code=status, operation=op.label)
        ctx = self._ctx.for_answer(status, op.label)
        try:
            return op.result(data, ctx)
        except ReadError as exc:
            raise MalformedResponseError(
                exc.describe(),
                status_code=status,
                content=self._redact.bytes(content),
                field=exc.path.lstrip("."),
                operation=op.label,
            ) from None
        except RecursionError:
            raise MalformedResponseError(
                "the answer is nested too deeply", status_code=status, operation=op.label
            ) from None

    def _error_in_success(self, op: Operation[Any], response: httpx.Response, data: dict[str, Any]) -> APIStatusError:
        """A success status carrying the vendor's error body: the error it names (by its code)."""
        errors = data.get(op.error_member)
        first = errors[0] if isinstance(errors, list) and errors else errors  # the vendor's error list, or one
        status = response.status_code
        if isinstance(first, dict):
            hint = first.get("status")
            code = first.get("code")
            if isinstance(hint, str | int) and str(hint).isascii() and str(hint).isdigit() and int(hint) >= 400:
                status = int(hint)
            elif isinstance(code, str) and code in op.error_codes:
                status = op.error_codes[code]
        fake = httpx.Response(status, headers=response.headers, content=response.content)
        error = self._status_error(op, fake)
        if error.body is data and op.errors:  # a code the spec does not document: still the vendor's error shape
            for reader in op.errors.values():
                try:
                    body = reader(data, self._ctx.for_answer(status, op.label))
                    read_all(body)
                except (ReadError, MalformedResponseError, RecursionError):
                    continue
                error.body = body
                break
        error.message = f"{op.label}: HTTP {response.status_code} carrying an error: {_error_detail(data)}"[:400]
        error.args = (self._redact(error.message),)
        return error

    def _result(self, op: Operation[R], answer: _Answer) -> R:
        response = self._check_status(op, answer)
        if RAW_RESPONSE.get():
            return APIResponse(response, lambda: self._parse(op, response), op.label)  # type: ignore[return-value]
        return self._parse(op, response)


def _bounded(timeout: httpx.Timeout, left: float | None) -> httpx.Timeout:
    """``timeout`` with no part longer than ``left`` seconds."""
    if left is None:
        return timeout
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(part is not None and part <= left for part in parts):
        return timeout  # the deadline is further away than any part: no new object
    left = max(left, 0.001)

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


def _as_timeout(value: Timeout) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value))


# -- the two drivers ---------------------------------------------------------------------------


class SyncAPIClient(BaseClient):
    """Sends the attempts of a call with an ``httpx.Client``."""

    def __init__(
        self, *, http_client: httpx.Client | None = None, verify: ssl.SSLContext | str | bool = True, **settings: Any
    ) -> None:
        super().__init__(**settings)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(verify=verify, follow_redirects=False)
        install_deadline(self._http)
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connections (only those of an ``httpx.Client`` this client created itself)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, op: Operation[Any], prepared: _Prepared, timeout: Timeout) -> _Answer:
        flow = self._attempts(op, prepared, self._http, timeout)
        outcome: _Outcome = None
        while True:
            try:
                step = flow.send(outcome)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, _Send):
                outcome = self._send_one(step)
            else:
                self._sleep(step)
                outcome = None

    def _send_one(self, step: _Send) -> _Outcome:
        token = DEADLINE.set(step.deadline)
        try:
            try:
                response = self._http.send(step.request, auth=self._credentials, stream=True)
            except httpx.HTTPError as exc:
                return exc
            try:
                read_bounded(response, self.max_response_bytes)
            except TooLarge:
                return _TooLarge(response, self.max_response_bytes)
            except httpx.DecodingError:
                return _Undecodable(response)
            except httpx.HTTPError as exc:
                return exc
            finally:
                response.close()
            return response
        finally:
            DEADLINE.reset(token)

    def _call(self, op: Operation[R], args: Mapping[str, Any], *, timeout: Timeout = None) -> R:
        prepared = self._prepare(op, args)
        return self._result(op, self._send(op, prepared, timeout))

    def _page(self, op: Operation[list[T]], args: Mapping[str, Any], *, timeout: Timeout = None) -> SyncPage[T]:
        paging = op.paging
        assert paging is not None
        limit = int(args.get(paging.limit) or paging.default_limit)
        raw = RAW_RESPONSE.get()

        def fetch(offset: int) -> SyncPage[T]:
            items = self._call(op, {**args, paging.offset: offset, paging.limit: limit}, timeout=timeout)
            return SyncPage(items, offset=offset, limit=limit, fetch=fetch)

        start = int(args.get(paging.offset) or 0)
        if raw:
            first = cast(
                APIResponse[list[T]],
                self._call(op, {**args, paging.offset: start, paging.limit: limit}, timeout=timeout),
            )
            return APIResponse(  # type: ignore[return-value]
                first.http_response,
                lambda: SyncPage(first.parse(), offset=start, limit=limit, fetch=fetch),
                op.label,
            )
        return fetch(start)


class AsyncAPIClient(BaseClient):
    """Sends the attempts of a call with an ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        verify: ssl.SSLContext | str | bool = True,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.AsyncClient(verify=verify, follow_redirects=False)
        )
        install_deadline(self._http)
        import asyncio  # only the async client needs it

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _send(self, op: Operation[Any], prepared: _Prepared, timeout: Timeout) -> _Answer:
        flow = self._attempts(op, prepared, self._http, timeout)
        outcome: _Outcome = None
        while True:
            try:
                step = flow.send(outcome)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, _Send):
                outcome = await self._send_one(step)
            else:
                await self._sleep(step)
                outcome = None

    async def _send_one(self, step: _Send) -> _Outcome:
        token = DEADLINE.set(step.deadline)
        try:
            return await self._exchange(step.request)
        finally:
            DEADLINE.reset(token)

    async def _exchange(self, request: httpx.Request) -> _Outcome:
        try:
            response = await self._http.send(request, auth=self._credentials, stream=True)
        except httpx.HTTPError as exc:
            return exc
        try:
            await aread_bounded(response, self.max_response_bytes)
        except TooLarge:
            return _TooLarge(response, self.max_response_bytes)
        except httpx.DecodingError:
            return _Undecodable(response)
        except httpx.HTTPError as exc:
            return exc
        finally:
            await response.aclose()
        return response

    async def _call(self, op: Operation[R], args: Mapping[str, Any], *, timeout: Timeout = None) -> R:
        prepared = self._prepare(op, args)
        return self._result(op, await self._send(op, prepared, timeout))

    def _page(self, op: Operation[list[T]], args: Mapping[str, Any], *, timeout: Timeout = None) -> AsyncPaginator[T]:
        paging = op.paging
        assert paging is not None
        limit = int(args.get(paging.limit) or paging.default_limit)

        async def fetch(offset: int) -> AsyncPage[T]:
            items = await self._call(op, {**args, paging.offset: offset, paging.limit: limit}, timeout=timeout)
            if isinstance(items, APIResponse):  # with_raw_response: the page is what parse() gives
                raw: APIResponse[list[T]] = items
                return APIResponse(  # type: ignore[return-value]
                    raw.http_response,
                    lambda: AsyncPage(raw.parse(), offset=offset, limit=limit, fetch=fetch),
                    op.label,
                )
            return AsyncPage(items, offset=offset, limit=limit, fetch=fetch)

        start = int(args.get(paging.offset) or 0)
        return AsyncPaginator(lambda: fetch(start))


__all__ = [
    "APIError",
    "ApiConfig",
    "AsyncAPIClient",
    "BaseClient",
    "Operation",
    "Param",
    "Paging",
    "Server",
    "ServerVariable",
    "SyncAPIClient",
]
