# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Typed credentials for SMS Scheduler API.

A bearer token in the Authorization header (`Authorization: bearer
<YourApiKey>`), on every operation. The token can be generated (and
regenerated) in the account page of SMS Scheduler.

``Credentials`` is an ``httpx.Auth``: it puts the secrets on each request as it is sent, so they
are never stored in the client's default headers or URL. Its ``repr()`` never shows a secret.
"""

from collections.abc import Generator

import httpx


class Credentials(httpx.Auth):
    """The credentials sent with every request.

    Args:
        token: The bearer token sent in the Authorization header.
    """

    __slots__ = ("_token",)

    def __init__(
        self,
        *,
        token: str,
    ) -> None:
        self._token = token

    @property
    def token(self) -> str:
        """The bearer token sent in the Authorization header."""
        return self._token

    def __repr__(self) -> str:
        return "Credentials(token='***')".format()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self._token == other._token

    def __hash__(self) -> int:
        return hash((self._token,))

    def apply(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        request.headers["Authorization"] = f"Bearer {self._token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request


SECRET_QUERY_PARAMETERS: tuple[str, ...] = ()
"""Query parameters that carry secrets; never log a URL without removing them."""

__all__ = ["SECRET_QUERY_PARAMETERS", "Credentials"]
