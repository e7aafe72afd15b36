"""The ASGI app of a mock: routing, auth, validation and error format, all from the spec.

Each request goes through the same steps:

1. route by the spec's paths (unknown path: 404; a method the path lacks:
   405 with ``Allow``), both in the vendor's error format;
2. check the credentials against the operation's security requirements (401);
3. validate parameters and body with openapi-core (400, or 404 for a path
   parameter when the operation documents no 400);
4. call the vendor's handler with the typed values; a ``VendorError`` becomes
   the vendor's error body.
"""

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .assumptions import Assumptions, log_warnings, warning_header
from .auth import AcceptedCredentials, is_authorized
from .validation import served_locally, validate, validator_for
from .vendor import Call, Reply, Vendor, VendorError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
logger = logging.getLogger("mocks")


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
    ) -> None:
        self.spec = spec
        self.vendor_factory = vendor_factory
        self.vendor = vendor_factory()
        self.accepted = accepted
        self.clock = clock
        self.openapi = validator_for(spec)
        self.assumptions = Assumptions(spec, self.openapi)
        self.handlers = self.vendor.handlers()
        self.schemes: Mapping[str, Mapping[str, Any]] = (spec.get("components") or {}).get("securitySchemes") or {}
        missing = [op["operationId"] for op in self._operations() if op.get("operationId") not in self.handlers]
        if missing:
            raise ValueError(f"the vendor module has no handler for {', '.join(missing)}")

    def reset(self) -> None:
        """Forget all state: a fresh vendor, as if the mock had just started."""
        self.vendor = self.vendor_factory()
        self.handlers = self.vendor.handlers()

    def _operations(self) -> list[dict[str, Any]]:
        return [
            op
            for item in (self.spec.get("paths") or {}).values()
            for method, op in item.items()
            if method in HTTP_METHODS and isinstance(op, dict)
        ]

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
        return JSONResponse(body, status_code=status, headers=dict(headers or {}))

    def routes(self) -> list[Route]:
        routes = [Route("/openapi.json", self._serve_spec, methods=["GET"])]
        for path, item in (self.spec.get("paths") or {}).items():
            operations = {m.upper(): op for m, op in item.items() if m in HTTP_METHODS and isinstance(op, dict)}
            routes.append(Route(path, self._endpoint(path, operations), methods=[m.upper() for m in HTTP_METHODS]))
        return routes

    async def _serve_spec(self, request: Request) -> Response:
        # What the mock accepts: the spec without the constraints it only assumes (x-assumed).
        return JSONResponse(served_spec(self.assumptions.relaxed_spec))

    def _endpoint(self, path: str, operations: Mapping[str, Mapping[str, Any]]) -> Callable[[Request], Any]:
        allow = ", ".join(sorted(operations))

        async def endpoint(request: Request) -> Response:
            operation = operations.get(request.method)
            if operation is None:
                return self.error(405, f"Method {request.method} not allowed on {path}", headers={"Allow": allow})
            return await self._handle(request, operation)

        return endpoint

    async def _handle(self, request: Request, operation: Mapping[str, Any]) -> Response:
        requirements = operation.get("security", self.spec.get("security") or [])
        if not is_authorized(requirements, self.schemes, request, self.accepted):
            return self.error(401, "Unauthorized: missing or wrong credentials")
        body = await request.body()
        validated = validate(self.openapi, request, body)
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
        headers = dict(reply.headers)
        if warnings:
            own = headers.get("Warning")
            headers["Warning"] = warning_header(warnings) + (f", {own}" if own else "")
        if reply.body is None:
            return Response(status_code=reply.status, headers=headers)
        return JSONResponse(reply.body, status_code=reply.status, headers=headers)

    async def not_found(self, request: Request, exc: Exception) -> Response:
        return self.error(404, f"No such path: {request.url.path}")

    async def server_error(self, request: Request, exc: Exception) -> Response:
        logger.exception("mock handler failed", exc_info=exc)
        return self.error(500, "Internal error of the mock")


def build_app(
    spec: Mapping[str, Any],
    vendor_factory: Callable[[], Vendor],
    accepted: AcceptedCredentials | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> Starlette:
    """The ASGI app of a mock of ``spec``; ``app.state.api`` is the MockApi (``reset()`` forgets all state)."""
    api = MockApi(spec, vendor_factory, accepted or AcceptedCredentials(), clock)
    app = Starlette(
        routes=api.routes(),
        exception_handlers={404: api.not_found, 500: api.server_error},
    )
    app.state.api = api
    return app
