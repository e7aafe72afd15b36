# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing CALLR SMS REST API

Typical use::

    from typedsms_callr import AuthenticatedClient, Credentials, Server

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
