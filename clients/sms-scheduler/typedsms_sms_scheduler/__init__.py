# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing SMS Scheduler API

Typical use::

    from typedsms_sms_scheduler import AuthenticatedClient, Credentials, Server

See the package README for a full example.
"""

from . import errors
from ._runtime import NO_RETRY, RetryPolicy
from .client import AsyncClient, AuthenticatedClient, Client
from .credentials import Credentials
from .servers import Server

__version__ = "1.0.1"

__all__ = (
    "NO_RETRY",
    "AsyncClient",
    "AuthenticatedClient",
    "RetryPolicy",
    "Client",
    "Credentials",
    "Server",
    "__version__",
    "errors",
)
