# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Typed credentials for Retarus SMS for Applications REST API.

HTTP Basic authentication with the Retarus account's user name and password, on every operation.

``Credentials`` is an ``httpx.Auth``: it puts the secrets on each request as it is sent, so they
are never stored in the client's default headers or URL. Its ``repr()`` never shows a secret.
"""

import base64
from collections.abc import Generator

import httpx


class Credentials(httpx.Auth):
    """The credentials sent with every request.

    Args:
        username: The user name for HTTP Basic authentication.
        password: The password for HTTP Basic authentication.
    """

    __slots__ = (
        "_username",
        "_password",
    )

    def __init__(
        self,
        *,
        username: str,
        password: str,
    ) -> None:
        self._username = username
        self._password = password

    @property
    def username(self) -> str:
        """The user name for HTTP Basic authentication."""
        return self._username

    @property
    def password(self) -> str:
        """The password for HTTP Basic authentication."""
        return self._password

    def __repr__(self) -> str:
        return f"Credentials(username={self._username!r}, password='***')"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self._username == other._username and self._password == other._password

    def __hash__(self) -> int:
        return hash(
            (
                self._username,
                self._password,
            )
        )

    def apply(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        userpass = f"{self._username}:{self._password}".encode()
        request.headers["Authorization"] = "Basic " + base64.b64encode(userpass).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request


SECRET_QUERY_PARAMETERS: tuple[str, ...] = ()
"""Query parameters that carry secrets; never log a URL without removing them."""

__all__ = ["SECRET_QUERY_PARAMETERS", "Credentials"]
