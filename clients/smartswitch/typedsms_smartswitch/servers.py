# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The servers of Smartswitch HTTP API message, as named choices.

Pass one to a client as ``server=``; ``Server.CUSTOMER`` is the default. Any other
base URL (a proxy, a local mock) can be given as ``base_url=`` instead.
"""

from enum import StrEnum
from typing import TypedDict


class ServerVariables(TypedDict, total=False):
    """Values for the variables of the server URLs."""

    server: str
    """The host name (and, if needed, port) of the customer's Smartswitch
server; `your.server.name` is the placeholder of the vendor's
examples and must be replaced. Required (the spec's example: ``your.server.name``)."""


class Server(StrEnum):
    """A server of the API. Its value is the URL template from the spec."""

    CUSTOMER = "https://{server}/api"
    """The customer's own Smartswitch server."""

    @classmethod
    def default(cls) -> "Server":
        """The first server of the spec: ``Server.CUSTOMER``."""
        return cls.CUSTOMER

    def url(self, variables: ServerVariables | None = None) -> str:
        """The base URL, with the server's variables filled in from ``variables`` or their defaults."""
        given = {key: str(value) for key, value in (variables or {}).items()}
        url = self.value
        for name, default in _VARIABLE_DEFAULTS.get(self.name, {}).items():
            value = given.get(_PYTHON_NAMES.get(name, name), default)
            if not value:
                python_name = _PYTHON_NAMES.get(name, name)
                needed = "server_variables={" + repr(python_name) + ": ...}"
                raise ValueError(f"server {self.name} needs {needed}")
            url = url.replace("{" + name + "}", value)
        return url


# A variable's spec default is used only when the spec lists its allowed values: a free-form
# variable such as a customer's own host has a placeholder default, and sending credentials to a
# placeholder host (a real domain, perhaps) must not happen by omission.
_VARIABLE_DEFAULTS: dict[str, dict[str, str]] = {
    "CUSTOMER": {
        "server": "",
    },
}

_PYTHON_NAMES: dict[str, str] = {
    "server": "server",
}

DEFAULT_SERVER = Server.default()

__all__ = ["DEFAULT_SERVER", "Server", "ServerVariables"]
