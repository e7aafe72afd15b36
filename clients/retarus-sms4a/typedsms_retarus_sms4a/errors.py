# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Exceptions raised by this client.

Every exception derives from ``ApiError``:

- ``ApiConnectionError`` (and ``ApiTimeoutError``): no answer came back.
- ``ApiStatusError``: the server answered with an error status. It carries ``status_code``,
  ``headers``, the raw ``content`` and, where the spec describes the error body, the parsed
  ``body``. Subclasses name the status: ``BadRequestError`` (400), ``AuthenticationError`` (401),
  ``PermissionDeniedError`` (403), ``NotFoundError`` (404), ``ConflictError`` (409),
  ``UnprocessableEntityError`` (422), ``RateLimitError`` (429), ``InternalServerError`` (5xx);
  ``UnexpectedStatusError`` for a status the spec does not document at all.
- ``MalformedResponseError``: a documented answer whose body does not match the spec.

Messages name the method and path, never the query string, headers or credentials.
"""

import json
from collections.abc import Mapping
from typing import TypeAlias

import httpx

from .models.error import Error

ErrorBody: TypeAlias = Error
"""The error bodies documented by the spec."""

_MAX_DETAIL = 300


class ApiError(Exception):
    """Base class of every error raised by this client."""


class ApiConnectionError(ApiError):
    """The request got no answer: the connection failed or was cut."""

    def __init__(self, method: str, path: str, reason: str) -> None:
        self.method = method
        self.path = path
        super().__init__(f"{method} {path}: {reason}")


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ApiResponseError(ApiError):
    """Base class of the errors that carry a server answer."""

    def __init__(self, response: httpx.Response, message: str) -> None:
        self.status_code = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.content = response.content
        self.method = response.request.method
        self.path = response.request.url.path
        super().__init__(message)


class MalformedResponseError(ApiResponseError):
    """The server's answer has a documented status but a body that does not match the spec."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        self.cause = cause
        summary = f"{type(cause).__name__}: {cause}"[:_MAX_DETAIL]
        super().__init__(
            response,
            f"{response.request.method} {response.request.url.path} answered {response.status_code} "
            f"with a body that does not match the spec ({summary})",
        )


class ApiStatusError(ApiResponseError):
    """The server answered with an error status.

    Attributes:
        status_code: The HTTP status.
        headers: The response headers.
        content: The raw response body.
        body: The parsed error body when the spec documents one for this status and it parsed; else None.
        documented: Whether the spec documents this status for the operation.
    """

    def __init__(self, response: httpx.Response, body: ErrorBody | None, *, documented: bool) -> None:
        self.body = body
        self.documented = documented
        reason = response.reason_phrase or "error"
        super().__init__(
            response,
            f"{response.request.method} {response.request.url.path} answered {response.status_code} {reason}"
            + _detail(body, response),
        )


def _detail(body: object, response: httpx.Response) -> str:
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        text = json.dumps(to_dict(), ensure_ascii=False, default=str)
    elif body is not None:
        text = str(body)
    else:
        text = response.content.decode("utf-8", errors="replace").strip()
    return f": {text[:_MAX_DETAIL]}" if text else ""


class BadRequestError(ApiStatusError):
    """400: the request was invalid."""


class AuthenticationError(ApiStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(ApiStatusError):
    """403: the credentials do not allow this."""


class NotFoundError(ApiStatusError):
    """404: the resource does not exist."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the state of the resource."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(ApiStatusError):
    """429: too many requests."""


class InternalServerError(ApiStatusError):
    """5xx: the server failed."""


class UnexpectedStatusError(ApiStatusError):
    """A status that the spec does not document and that no other class names."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: ErrorBody | None = None, *, documented: bool) -> ApiStatusError:
    """The exception for an error answer: the class named by its status."""
    if response.status_code >= 500:
        cls: type[ApiStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(response.status_code, UnexpectedStatusError)
    return cls(response, body, documented=documented)


__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorBody",
    "InternalServerError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "status_error",
]
