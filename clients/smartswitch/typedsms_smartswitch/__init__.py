# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing Smartswitch HTTP API message

Typical use::

    from typedsms_smartswitch import AuthenticatedClient, Credentials, Server

See the package README for a full example.
"""

from . import errors
from ._runtime import NO_RETRY, RetryPolicy
from .client import AsyncClient, AuthenticatedClient, Client
from .credentials import Credentials
from .servers import Server

__version__ = "2.0.1"

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
