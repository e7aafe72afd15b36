# Generated from specs/callr.yaml (sha256 f7a034e72af67ad6464939bbfb54fd173dc5b54fc45c294fdc1d6bbbeb19eaf1)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A client library for accessing CALLR SMS REST API

Typical use::

    from typedsms_callr import AuthenticatedClient, Credentials, Server

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
