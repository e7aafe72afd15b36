# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The raw answer of a call: ``client.<resource>.with_raw_response.<method>(...)``."""

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

P = ParamSpec("P")
R = TypeVar("R")

RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response", default=False)
"""Set while a ``with_raw_response`` method runs: the call then returns an ``APIResponse``."""


class APIResponse(Generic[R]):
    """The answer of a successful call: status, headers and body, and ``parse()`` for the typed result.

    An error status still raises the typed exception; this is for reading headers (a request id,
    rate-limit counters) or the raw body of a success.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[], R], operation: str) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[R] = []
        self.operation = operation

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.http_response.content)

    def parse(self) -> R:
        """The typed result, as the method without ``with_raw_response`` returns it."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation} [{self.status_code}]>"


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``method``, returning the ``APIResponse`` instead of the parsed result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async twin of ``to_raw_response_wrapper``."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
