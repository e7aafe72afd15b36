# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""One exception hierarchy for every client, and the one table from status to exception.

::

    APIError
    ├── APIConnectionError          no answer came back (refused, DNS, TLS, reset)
    │   └── APITimeoutError
    ├── APIStatusError              an error status; .status_code, .headers, .body, .content
    │   ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
    │   ├── NotFoundError (404), ConflictError (409), UnprocessableEntityError (422),
    │   ├── RateLimitError (429), InternalServerError (5xx), UnexpectedStatusError (any other)
    └── MalformedResponseError      a success status whose answer could not be read

A ``MalformedResponseError`` is never retried, and its text says that the server accepted the
request: retrying a send after it would send the SMS twice.
"""

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
]

EXCERPT_BYTES = 2048
"""How much of an answer's body an exception keeps (the rest is dropped, never shown)."""


class APIError(Exception):
    """Base of every error a client raises for a call."""

    message: str
    operation: str
    """The operation as ``METHOD /path/template`` (never the query, where secrets may travel)."""

    def __init__(self, message: str, *, operation: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation


class APIConnectionError(APIError):
    """No answer came back: the connection was refused or reset, a name did not resolve, TLS failed.

    ``reason`` says which, in words (``"connection refused"``); ``request_sent`` says whether the
    request may have reached the server (``False`` only when it surely did not).
    """

    reason: str
    request_sent: bool

    def __init__(self, reason: str, *, operation: str = "", request_sent: bool = True) -> None:
        super().__init__(f"{operation}: {reason}" if operation else reason, operation=operation)
        self.reason = reason
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class APIStatusError(APIError):
    """The server answered with an error status.

    Attributes:
        status_code: The HTTP status.
        headers: The answer's headers.
        body: The error body parsed as the spec documents it for this status (a model), the raw
            JSON value when it does not match, or ``None`` when there is none.
        content: The first bytes of the raw body (at most ``EXCERPT_BYTES``).
        documented: Whether the spec lists this status for the operation.
    """

    status_code: int
    headers: httpx.Headers
    body: Any
    content: bytes
    documented: bool

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: httpx.Headers | None = None,
        body: Any = None,
        content: bytes = b"",
        documented: bool = False,
        operation: str = "",
    ) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body
        self.content = content[:EXCERPT_BYTES]
        self.documented = documented


class BadRequestError(APIStatusError):
    """400: the request was refused as invalid."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state (e.g. a duplicate)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but refused."""


class RateLimitError(APIStatusError):
    """429: too many requests; see the ``Retry-After`` header."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedStatusError(APIStatusError):
    """Any other error status."""


class MalformedResponseError(APIError):
    """A success status came back, but its answer could not be read as the spec describes it.

    The server accepted the request: do not resend it (for a send, that would send the SMS
    twice). ``status_code`` and ``content`` (an excerpt of the raw body) are kept for inspection;
    ``field`` names the part of the answer that could not be read, when one field was the cause.
    """

    status_code: int
    content: bytes
    field: str

    def __init__(
        self, reason: str, *, status_code: int, content: bytes = b"", field: str = "", operation: str = ""
    ) -> None:
        where = f"{operation}: " if operation else ""
        message = (
            f"{where}accepted by the server (HTTP {status_code}) but the answer could not be read: "
            f"{reason}; do not resend"
        )
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.content = content[:EXCERPT_BYTES]
        self.field = field


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status: the one table every client uses."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, UnexpectedStatusError)


def make_status_error(
    *,
    status_code: int,
    operation: str,
    headers: httpx.Headers,
    body: Any,
    content: bytes,
    documented: bool,
    detail: str = "",
) -> APIStatusError:
    """The exception for an error answer, with a message that names the operation and status."""
    cls = status_error_class(status_code)
    message = f"{operation}: HTTP {status_code}"
    if detail:
        message += f": {detail}"
    return cls(
        message,
        status_code=status_code,
        headers=headers,
        body=body,
        content=content,
        documented=documented,
        operation=operation,
    )
