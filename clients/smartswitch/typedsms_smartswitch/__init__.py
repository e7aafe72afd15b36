# Generated from specs/smartswitch.yaml (sha256 6acd6b4aa832f8aab84f2e5bcab5a5f71280fb0e17dba2b0cb4fbac4a851698b)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing Smartswitch HTTP API message

Typical use::

    from typedsms_smartswitch import AuthenticatedClient, Credentials, Server

See the package README for a full example.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .credentials import Credentials
from .servers import Server

__version__ = "1.0.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "Credentials",
    "Server",
    "__version__",
    "errors",
)
