# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""CALLR SMS REST API: a typed Python client.

::

    from typedsms_callr import Client

    client = Client()  # credentials from CALLR_USERNAME, CALLR_PASSWORD
See the package README for a complete program.
"""

from . import models, params
from ._auth import MissingCredentialsError
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._models import UnknownInt, UnknownStr
from ._paging import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._retry import RetryPolicy

__version__ = "3.0.1"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MalformedResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "SyncPage",
    "UnexpectedStatusError",
    "UnknownInt",
    "UnknownStr",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "params",
]
