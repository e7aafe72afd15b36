# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The servers of Retarus SMS for Applications REST API, as named choices.

Pass one to a client as ``server=``; ``Server.PRIMARY`` is the default. Any other
base URL (a proxy, a local mock) can be given as ``base_url=`` instead.
"""

from enum import StrEnum
from typing import TypedDict


class ServerVariables(TypedDict, total=False):
    """Values for the variables of the server URLs (this API's have none)."""


class Server(StrEnum):
    """A server of the API. Its value is the URL template from the spec."""

    PRIMARY = "https://sms4a.de2.retarus.com/rest/v1"
    """Primary data center (de2)."""

    SECONDARY = "https://sms4a.de1.retarus.com/rest/v1"
    """Secondary data center (de1)."""

    HA = "https://sms4a.eu.retarus.com/rest/v1"
    """High-availability endpoint, only to send SMS (`POST /jobs`)."""

    VENDOR_MOCK = "https://developers.retarus.com/_mock/sms/sms4a-api"
    """The vendor's mock server."""

    @classmethod
    def default(cls) -> "Server":
        """The first server of the spec: ``Server.PRIMARY``."""
        return cls.PRIMARY

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
_VARIABLE_DEFAULTS: dict[str, dict[str, str]] = {}

_PYTHON_NAMES: dict[str, str] = {}

DEFAULT_SERVER = Server.default()

__all__ = ["DEFAULT_SERVER", "Server", "ServerVariables"]
