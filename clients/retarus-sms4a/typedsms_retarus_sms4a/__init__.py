# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing Retarus SMS for Applications REST API

Typical use::

    from typedsms_retarus_sms4a import AuthenticatedClient, Credentials, Server

See the package README for a full example.
"""

from . import errors
from ._runtime import NO_RETRY, RetryPolicy
from .client import AsyncClient, AuthenticatedClient, Client
from .credentials import Credentials
from .servers import Server

__version__ = "1.0.2"

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
