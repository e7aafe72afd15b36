# Generated from specs/smartswitch.yaml (sha256 5c7fea3054df23d262df0c353a3221dab4de6bfe1338d79eaf33bddc36da47f0)
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

__version__ = "2.0.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "Credentials",
    "Server",
    "__version__",
    "errors",
)
