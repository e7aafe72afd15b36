"""The ASGI app of a mock: routing, auth, validation and error format, all from the spec.

Each request goes through the same steps:

1. route by the spec's paths (unknown path: 404; a method the path lacks:
   405 with ``Allow``), both in the vendor's error format;
2. apply an injected fault of the operation, if any (see ``mocks.core.control``);
3. check the credentials against the operation's security requirements (401);
4. read the body (within ``body_timeout``: else 408) and refuse JSON that could
   not be served back (``mocks.core.bodies``: NaN, lone surrogates, deep nesting);
5. validate parameters and body against the spec (400, or 404 for a path
   parameter when the operation documents no 400);
6. call the vendor's handler with the typed values; a ``VendorError`` becomes
   the vendor's error body. Accepted SMS are recorded for ``/__mock/sent``.

``/__mock/...`` is the control API (``mocks.core.control``), unless ``control=False``.
"""

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, request_response
from starlette.types import Receive, Scope, Send

from .assumptions import Assumptions, log_warnings, warning_header
from .auth import AcceptedCredentials, OperationAuth
from .bodies import UnsafeBody, parse_json
from .control import CONTROL_PREFIX, FaultError, Faults, SentSms
from .fastpath import CompiledOperation, Unsure, compile_operation
from .validation import Validated, served_locally, validate, validator_for
from .vendor import Call, Reply, Vendor, VendorError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BODY_TIMEOUT = 10.0
logger = logging.getLogger("mocks")

# Set in the ASGI scope by a fault that drops the connection; ``MockApp`` acts on it.
DROP = "typedsms.drop"
# Put in ``scope["state"]`` by ``mocks.core.server``'s protocol: closes the connection now.
ABORT = "typedsms.close"


class ConnectionDropped(ConnectionError):
    """A fault dropped the connection and the server gave the app no way to close it.

    Raised out of the app in-process (e.g. ``httpx.ASGITransport``), where it stands
    for the dropped connection; the pytest plugin turns it into httpx's own error.
    """


def _utc_now() -> datetime:
    return datetime.now(UTC)


def served_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as the mock serves it at ``/openapi.json``: the mock itself is the server."""
    return served_locally(spec)


class MockApi:
    """Routes, authenticates and validates requests for one vendor."""

    def __init__(
        self,
        spec: Mapping[str, Any],
        vendor_factory: Callable[[], Vendor],
        accepted: AcceptedCredentials,
        clock: Callable[[], datetime] = _utc_now,
        *,
        control: bool = True,
        body_timeout: float = BODY_TIMEOUT,
        fast: bool = True,
    ) -> None:
        self.spec = spec
        self.vendor_factory = vendor_factory
        self.vendor = vendor_factory()
        self.accepted = accepted
        self.clock = clock
        self.control = control
        self.body_timeout = body_timeout
        self.openapi = validator_for(spec)
        self.assumptions = Assumptions(spec, self.openapi)
        self.handlers = self.vendor.handlers()
        self.schemes: Mapping[str, Mapping[str, Any]] = (spec.get("components") or {}).get("securitySchemes") or {}
        operation_ids = [str(op.get("operationId")) for op in self._operations()]
        missing = [op for op in operation_ids if op not in self.handlers]
        if missing:
            raise ValueError(f"the vendor module has no handler for {', '.join(missing)}")
        self.fast = fast
        self.fast_accepted = 0  # requests the fast path accepted (openapi-core was not asked)
        self.answered_now = 0  # requests the server's direct lane answered (``answer_now``, no ASGI)
        self._auth: dict[str, OperationAuth] = {}  # by operationId, built on first use
        self.compiled: dict[str, CompiledOperation] = {
            str(op.get("operationId")): compile_operation(spec, path, item, op)
            for path, item, op in self._path_operations()
        }
        self.dispatch: list[_VendorPath] = []
        self._matched: dict[str, _VendorPath | None] = {}  # recent paths and what they matched
        self._sent: list[tuple[Any, ...]] = []  # as plain tuples: see ``sent``
        self.faults = Faults(operation_ids)

    def reset(self) -> None:
        """Forget all state: a fresh vendor, as if the mock had just started; no sent SMS, no faults."""
        self.vendor = self.vendor_factory()
        self.handlers = self.vendor.handlers()
        self._sent.clear()
        self.faults.clear()

    @property
    def sent(self) -> list[SentSms]:
        """The SMS the mock accepted, oldest first: a new list on each read (changing it changes
        nothing in the mock; ``reset()`` forgets them), built in O(n).

        Kept as plain tuples, which Python's garbage collector stops tracking: a mock that has
        accepted many SMS does not make the collector's full passes longer.
        """
        return [SentSms._make(sms) for sms in self._sent]

    def _path_operations(self) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        return [
            (path, item, op)
            for path, item in (self.spec.get("paths") or {}).items()
            for method, op in item.items()
            if method in HTTP_METHODS and isinstance(op, dict)
        ]

    def _operations(self) -> list[dict[str, Any]]:
        return [op for _, _, op in self._path_operations()]

    def error(
        self,
        status: int,
        message: str,
        fields: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        body = self.vendor.error_body(status, message, fields or {})
        if body is None:  # the vendor documents this answer without a body
            return Response(status_code=status, headers=dict(headers or {}))
        return _JSONResponse(body, status_code=status, headers=dict(headers or {}))

    def error_bytes(self, status: int, message: str) -> bytes:
        """The vendor's error body for ``status`` as bytes (for the server layer's own refusals)."""
        return json.dumps(self.vendor.error_body(status, message, {}), separators=(",", ":")).encode()

    def routes(self) -> list[Route]:
        routes = [Route("/openapi.json", self._serve_spec, methods=["GET"])]
        if self.control:
            routes += [
                Route(f"{CONTROL_PREFIX}/", self._control_index, methods=["GET"]),
                Route(f"{CONTROL_PREFIX}/reset", self._control_reset, methods=["POST"]),
                Route(f"{CONTROL_PREFIX}/sent", self._control_sent, methods=["GET"]),
                Route(f"{CONTROL_PREFIX}/faults", self._control_faults, methods=["GET", "POST", "DELETE"]),
            ]
        self.dispatch.clear()
        self._matched.clear()
        for path, item in (self.spec.get("paths") or {}).items():
            operations = {m.upper(): op for m, op in item.items() if m in HTTP_METHODS and isinstance(op, dict)}
            vendor_path = _VendorPath(path, operations)
            vendor_path.endpoint = self._endpoint(vendor_path)
            # Any method reaches the endpoint, which answers 405 with the path's own Allow.
            route = Route(path, _AnyMethod(vendor_path.endpoint))
            vendor_path.regex = route.path_regex
            routes.append(route)
            self.dispatch.append(vendor_path)
        return routes

    def _vendor_path(self, path: str) -> "_VendorPath | None":
        """The vendor path that ``path`` matches, as Starlette's router would find it (same regexes, same order)."""
        if path in self._matched:  # the protocol's direct lane asks first, then answer_now
            return self._matched[path]
        found = None
        if path != "/openapi.json" and not path.startswith(CONTROL_PREFIX):
            found = next((vendor_path for vendor_path in self.dispatch if vendor_path.regex.match(path)), None)
        if len(self._matched) >= 256:
            self._matched.clear()
        self._matched[path] = found
        return found

    def reads_body_first(self, scope: Scope) -> bool:
        """Whether the ASGI app reads this request's body before it answers (as ``answer_now`` does).

        False for what the app answers from the head alone: an unknown path, a method the path
        lacks (405), a pending fault, missing or wrong credentials (401).
        """
        vendor_path = None if self.faults else self._vendor_path(scope["path"])
        operation = None if vendor_path is None else vendor_path.operations.get(scope["method"])
        return operation is not None and self._authorized(Request(scope), operation)

    def body_timeout_error(self) -> Response:
        """The answer to a body that did not arrive within the body timeout (the connection is closed)."""
        return self.error(408, f"Request body not received within {self.body_timeout:g} s", headers=_CLOSE)

    def match(self, path: str) -> Callable[[Request], Awaitable[Response]] | None:
        """The endpoint of a vendor path, or None for the spec, the control API and unknown paths."""
        vendor_path = self._vendor_path(path)
        return None if vendor_path is None else vendor_path.endpoint

    def answer_now(self, scope: Scope, body: bytes) -> Response | None:
        """The answer to a request whose body has fully arrived, computed at once (no ASGI, no task).

        The server's protocol calls it with an HTTP scope of a complete request; ``None`` means
        "serve it through the ASGI app": the spec, the control API, an unknown path, or a
        pending fault (delays and drops need the app). The answer is the one the ASGI app
        gives: the same steps from the credentials on (see ``_endpoint``).
        """
        if self.faults or scope["root_path"]:
            return None
        vendor_path = self._vendor_path(scope["path"])
        if vendor_path is None:
            return None
        self.answered_now += 1
        request = Request(scope)
        operation = vendor_path.operations.get(scope["method"])
        if operation is None:
            return self._not_allowed(request, vendor_path)
        if not self._authorized(request, operation):
            return self._unauthorized()
        return self._respond(request, operation, body)

    async def _serve_spec(self, request: Request) -> Response:
        # What the mock accepts: the spec without the constraints it only assumes (x-assumed).
        return JSONResponse(served_spec(self.assumptions.relaxed_spec))

    # -- control API ---------------------------------------------------------------------------

    async def _control_index(self, request: Request) -> Response:
        return JSONResponse(
            {
                "control": {
                    f"POST {CONTROL_PREFIX}/reset": "forget all state, the sent SMS and the pending faults",
                    f"GET {CONTROL_PREFIX}/sent": "the SMS the mock accepted, oldest first",
                    f"POST {CONTROL_PREFIX}/faults": (
                        '{"operationId": "<id>" or "*", "count": N, "status": 503, "retryAfter": 2, '
                        '"delay": 0.5, "drop": false}: a fault for the next N requests of the operation'
                    ),
                    f"GET {CONTROL_PREFIX}/faults": "the pending faults",
                    f"DELETE {CONTROL_PREFIX}/faults": "clear the pending faults",
                },
                "operationIds": sorted(self.faults.operation_ids),
            }
        )

    async def _control_reset(self, request: Request) -> Response:
        self.reset()
        return JSONResponse({"reset": True})

    async def _control_sent(self, request: Request) -> Response:
        return JSONResponse({"sent": [sms.as_json() for sms in self.sent]})

    async def _control_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
        elif request.method == "POST":
            try:
                raw = json.loads(await request.body())
                faults = [self.faults.add_json(item) for item in (raw if isinstance(raw, list) else [raw])]
            except (ValueError, RecursionError) as exc:  # FaultError, JSONDecodeError, UnicodeDecodeError
                message = str(exc) if isinstance(exc, FaultError) else f"the body is not JSON: {exc}"
                return JSONResponse({"error": message}, status_code=400)
            return JSONResponse({"faults": [fault.as_json() for fault in faults]}, status_code=201)
        return JSONResponse({"faults": self.faults.as_json()})

    # -- the vendor's operations ---------------------------------------------------------------

    def _endpoint(self, vendor_path: "_VendorPath") -> Callable[[Request], Awaitable[Response]]:
        operations = vendor_path.operations

        async def endpoint(request: Request) -> Response:
            operation = operations.get(request.method)
            if operation is None:
                return self._not_allowed(request, vendor_path)
            if self.faults:
                fault = self.faults.take(str(operation["operationId"]))
                if fault is not None:
                    if fault.delay:
                        await asyncio.sleep(fault.delay)
                    if fault.drop:
                        await self._read_body(request)  # so that closing sends a clean EOF, not a reset
                        request.scope[DROP] = True
                        return _NoResponse()  # MockApp drops the connection instead
                    if fault.status is not None:
                        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
                        return self.error(fault.status, "Fault injected by the mock's control API", headers=headers)
            if not self._authorized(request, operation):
                return self._unauthorized()
            body = await self._read_body(request)
            if isinstance(body, Response):
                return body
            return self._respond(request, operation, body)

        return endpoint

    def _not_allowed(self, request: Request, vendor_path: "_VendorPath") -> Response:
        return self.error(
            405, f"Method {request.method} not allowed on {vendor_path.path}", headers={"Allow": vendor_path.allow}
        )

    def _authorized(self, request: Request, operation: Mapping[str, Any]) -> bool:
        operation_id = str(operation["operationId"])
        check = self._auth.get(operation_id)
        if check is None or check.accepted is not self.accepted:
            requirements = operation.get("security", self.spec.get("security") or [])
            check = self._auth[operation_id] = OperationAuth(requirements, self.schemes, self.accepted)
        return check(request)

    def _unauthorized(self) -> Response:
        return self.error(401, "Unauthorized: missing or wrong credentials")

    async def _read_body(self, request: Request) -> bytes | Response:
        try:
            async with asyncio.timeout(self.body_timeout):  # cheaper than wait_for: no extra task
                return await request.body()
        except TimeoutError:
            return self.body_timeout_error()
        except ClientDisconnect:
            return Response(status_code=400, headers=_CLOSE)  # nobody is left to read it

    def _respond(self, request: Request, operation: Mapping[str, Any], body: bytes) -> Response:
        """The answer to an authorized request whose body has been read: checks, validation, the handler."""
        content_type = request.headers.get("content-type", "")
        parsed: tuple[bool, Any] = (False, None)
        if body and "json" in content_type:
            try:
                parsed = parse_json(body)
            except UnsafeBody as exc:
                return self.error(400, "Invalid request", {"body": [str(exc)]})
        validated = self.validate(request, operation, body, content_type, parsed)
        responses = operation.get("responses") or {}
        warnings: list[str] = []
        if validated.problems:  # accepted after all when only the spec's assumptions refuse it
            tolerated = self.assumptions.tolerate(request, body)
            if tolerated is not None:
                validated, warnings = tolerated
        if validated.problems:
            only_path = all(name.startswith("path.") for name in validated.problems)
            status = 404 if only_path and "400" not in responses and "404" in responses else 400
            return self.error(status, "Invalid request", validated.problems)
        call = Call(
            operation_id=str(operation["operationId"]),
            path_params=validated.path,
            query=validated.query,
            body=validated.body if body else None,
            raw_body=body,
            now=self.clock(),
        )
        warnings += self.assumptions.ignored(request, operation, call.body)
        if warnings:
            log_warnings(request, warnings)
        try:
            reply: Reply = self.handlers[call.operation_id](call)
        except VendorError as exc:
            return self.error(
                exc.status, exc.message, exc.fields, {"Warning": warning_header(warnings)} if warnings else None
            )
        if 200 <= reply.status < 300:
            self._record_sent(call, reply)
        headers = reply.headers
        if warnings:
            own = headers.get("Warning")
            headers = {**headers, "Warning": warning_header(warnings) + (f", {own}" if own else "")}
        if reply.body is None:
            return Response(status_code=reply.status, headers=headers)
        return _JSONResponse(reply.body, status_code=reply.status, headers=headers)

    def validate(
        self, request: Request, operation: Mapping[str, Any], body: bytes, content_type: str, parsed: tuple[bool, Any]
    ) -> Validated:
        """The fast path's typed values when it accepts the request, else openapi-core's verdict."""
        compiled = self.compiled.get(str(operation["operationId"])) if self.fast else None
        if compiled is not None and (parsed[0] or not body):
            try:
                query = request.query_params if request.scope["query_string"] else _NO_QUERY
                validated = compiled.validate(_url_path(request.scope), query, content_type, parsed[1], body)
            except Unsure:
                pass
            else:
                self.fast_accepted += 1
                return validated
        return validate(self.openapi, request, body)

    def _record_sent(self, call: Call, reply: Reply) -> None:
        sent_sms = getattr(self.vendor, "sent_sms", None)
        if sent_sms is not None:
            self._sent.extend([tuple(sms) for sms in sent_sms(call, reply)])

    async def not_found(self, request: Request, exc: Exception) -> Response:
        return self.error(404, f"No such path: {request.url.path}")

    async def http_error(self, request: Request, exc: Exception) -> Response:
        """Starlette's own refusals (e.g. 405 on the spec route for a method no route takes)."""
        status = getattr(exc, "status_code", 400)
        if status == 404:
            return await self.not_found(request, exc)
        return self.error(status, str(getattr(exc, "detail", "")) or "Refused", headers=getattr(exc, "headers", None))

    async def server_error(self, request: Request, exc: Exception) -> Response:
        return self.internal_error(exc)

    def internal_error(self, exc: BaseException) -> Response:
        """A failure of the mock itself: logged, and a 500 in the vendor's format."""
        logger.exception("mock handler failed", exc_info=exc)
        return self.error(500, "Internal error of the mock")


class _VendorPath:
    """A path of the spec: its operations by method, ``Allow``, the regex and endpoint of its route."""

    regex: re.Pattern[str]
    endpoint: Callable[[Request], Awaitable[Response]]

    def __init__(self, path: str, operations: Mapping[str, Mapping[str, Any]]) -> None:
        self.path = path
        self.operations = operations
        self.allow = ", ".join(sorted(operations))


_CLOSE = {"Connection": "close"}
# What Starlette's JSONResponse passes to json.dumps, as one encoder instead of a new one per answer.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


class _JSONResponse(JSONResponse):
    """Starlette's JSONResponse, the same bytes and headers: its encoder built once, and the headers
    of an answer without extra headers written at once (Starlette's ``init_headers`` for the others)."""

    def __init__(self, content: Any, status_code: int = 200, headers: Mapping[str, str] | None = None) -> None:
        self.status_code = status_code
        self.background = None
        self.body = body = self.render(content)
        if headers:
            self.init_headers(headers)
        elif status_code < 200 or status_code in (204, 304):
            self.raw_headers = [(b"content-type", b"application/json")]
        else:
            self.raw_headers = [(b"content-length", b"%d" % len(body)), (b"content-type", b"application/json")]

    def render(self, content: Any) -> bytes:
        return _ENCODER.encode(content).encode("utf-8")


_NO_QUERY = QueryParams()


def _url_path(scope: Scope) -> str:
    """``request.url.path`` (what openapi-core reads path parameters from), without building a URL.

    Starlette quotes ``?``, ``#`` and ``\\``; ``urllib.parse.urlsplit`` drops tabs and line breaks.
    """
    path: str = scope["path"]
    if "?" in path or "#" in path or "\\" in path:
        path = path.replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    if "\t" in path or "\r" in path or "\n" in path:
        path = path.replace("\t", "").replace("\r", "").replace("\n", "")
    return path


class _AnyMethod:
    """An endpoint as an ASGI app: Starlette then routes every method to it (a function gets only GET)."""

    def __init__(self, endpoint: Callable[[Request], Any]) -> None:
        self.app = request_response(endpoint)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class _NoResponse(Response):
    """Sends nothing: the connection is dropped instead."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        return None


class MockApp(Starlette):
    """The Starlette app of a mock; drops the connection when a fault asks for it.

    The vendor's paths go straight to their endpoint (the same match as Starlette's router,
    without its middleware stack, which cost more than the validation); the rest (the spec,
    the control API, unknown paths) goes through Starlette.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        api: MockApi = self.state.api
        endpoint = api.match(scope["path"]) if scope["type"] == "http" and not scope.get("root_path") else None
        if endpoint is None:
            await super().__call__(scope, receive, send)
        else:
            scope["app"] = self
            request = Request(scope, receive, send)
            try:
                response = await endpoint(request)
            except Exception as exc:
                await (await api.server_error(request, exc))(scope, receive, send)
                raise
            await response(scope, receive, send)
        if scope.get(DROP):
            abort = (scope.get("state") or {}).get(ABORT)
            if abort is None:
                raise ConnectionDropped("the mock dropped the connection (injected fault)")
            abort()


def build_app(
    spec: Mapping[str, Any],
    vendor_factory: Callable[[], Vendor],
    accepted: AcceptedCredentials | None = None,
    clock: Callable[[], datetime] = _utc_now,
    *,
    control: bool = True,
    body_timeout: float = BODY_TIMEOUT,
    fast: bool = True,
) -> Starlette:
    """The ASGI app of a mock of ``spec``; ``app.state.api`` is the MockApi (``reset()`` forgets all state).

    ``fast=False`` validates every request with openapi-core alone (the reference).
    """
    accepted = accepted or AcceptedCredentials()
    api = MockApi(spec, vendor_factory, accepted, clock, control=control, body_timeout=body_timeout, fast=fast)
    app = MockApp(
        routes=api.routes(),
        exception_handlers={HTTPException: api.http_error, 500: api.server_error},
    )
    app.state.api = api
    return app
