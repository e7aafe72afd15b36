# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Retarus SMS for Applications REST API: a typed Python client.

::

    from typedsms_retarus_sms4a import Client

    client = Client()  # credentials from RETARUS_USERNAME, RETARUS_PASSWORD
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

__version__ = "2.0.1"

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
