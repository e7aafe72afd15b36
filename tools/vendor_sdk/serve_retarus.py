"""Serve the Retarus mock under ``/rest/v1`` (where the vendor's SDK sends every request) on 127.0.0.1.

Every request is printed with its status and the mock's ``Warning`` header, so that the run shows
both directions: what the SDK sent and what the mock made of it.
"""

import argparse
import sys
from collections.abc import Awaitable, Callable

import uvicorn
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from mocks.registry import create_app


async def _report(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    body = await request.body()
    response = await call_next(request)
    query = f"?{request.url.query}" if request.url.query else ""
    print(f"mock <- {request.method} {request.url.path}{query} {body.decode(errors='replace')[:300]}", flush=True)
    print(f"mock -> {response.status_code} Warning: {response.headers.get('Warning', '(none)')}", flush=True)
    return response


PREFIX = "/rest/v1"


class StripPrefix:
    """Serve ``app`` (which validates against its spec's paths) under ``PREFIX``: the SDK's URLs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.state = getattr(app, "state", None)  # the mock's server reads its error format from here

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(PREFIX):
            path = scope["path"][len(PREFIX) :] or "/"
            scope = {**scope, "path": path, "raw_path": path.encode()}
        await self.app(scope, receive, send)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    mock = create_app("retarus-sms4a")
    mock.add_middleware(BaseHTTPMiddleware, dispatch=_report)
    uvicorn.run(StripPrefix(mock), host="127.0.0.1", port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
