# Generated from specs/sms-scheduler.yaml (sha256 38208c9fc17b602b96b0e5ce0f75fde10c01eaa519d439943ac1035c09a4a201)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""SMS Scheduler API: a typed Python client.

::

    from typedsms_sms_scheduler import Client

    client = Client()  # credentials from SMS_SCHEDULER_TOKEN
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

__version__ = "2.0.0"

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
