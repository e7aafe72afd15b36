"""Enforcing the spec's security schemes with the credentials the mock was started with.

The spec says which schemes an operation needs (its own ``security`` or the
top-level one: a list of alternatives, each a set of schemes required
together). The mock checks the values, not only their presence, so wrong
credentials are refused like on the real server.
"""

import base64
import functools
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request


@dataclass(frozen=True)
class AcceptedCredentials:
    """What the mock accepts: Basic user and password, a bearer token, and API keys by scheme name."""

    username: str = "user"
    password: str = "secret"
    token: str = "token"
    api_keys: Mapping[str, str] | None = None


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _scheme_satisfied(scheme: Mapping[str, Any], name: str, request: Request, accepted: AcceptedCredentials) -> bool:
    kind = scheme.get("type")
    if kind == "http":
        authorization = request.headers.get("authorization", "")
        word, _, value = authorization.partition(" ")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if word.lower() != http_scheme:
            return False
        if http_scheme == "basic":
            try:
                user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            except ValueError:  # binascii.Error, UnicodeDecodeError, and non-ASCII text (latin-1 header bytes)
                return False
            return _same(user, accepted.username) and _same(password, accepted.password)
        if http_scheme == "bearer":
            return _same(value.strip(), accepted.token)
        return False
    if kind == "apiKey":
        expected = (accepted.api_keys or {}).get(name)
        location, key = scheme.get("in"), str(scheme.get("name"))
        if location == "query":
            given = request.query_params.get(key)
        elif location == "header":
            given = request.headers.get(key)
        else:
            given = request.cookies.get(key)
        return expected is not None and _same(given, expected)
    return False


@functools.cache
def _expected_authorization(username: str, password: str, token: str) -> tuple[str, str]:
    """The exact ``Authorization`` values a well-behaved client sends: Basic and Bearer."""
    basic = base64.b64encode(f"{username}:{password}".encode()).decode()
    return f"Basic {basic}", f"Bearer {token}"


def _http_schemes_only(requirements: list[Mapping[str, Any]], schemes: Mapping[str, Mapping[str, Any]]) -> set[str]:
    return {
        str(schemes.get(name, {}).get("scheme", "")).lower()
        for requirement in requirements
        for name in requirement
        if schemes.get(name, {}).get("type") == "http"
    }


def is_authorized(
    requirements: list[Mapping[str, Any]],
    schemes: Mapping[str, Mapping[str, Any]],
    request: Request,
    accepted: AcceptedCredentials,
) -> bool:
    """Whether ``request`` satisfies one of ``requirements`` (an empty list means no security).

    The mock keeps an ``OperationAuth`` per operation instead, which computes the rest once.
    """
    return OperationAuth(requirements, schemes, accepted)(request)


class OperationAuth:
    """The credential check of one operation; the exact ``Authorization`` values it accepts computed once.

    The common case first: one scheme per requirement and the exact header a client sends; then
    each requirement's schemes one by one (Basic decoded, bearer, API keys in query, header, cookie).
    """

    def __init__(
        self,
        requirements: list[Mapping[str, Any]],
        schemes: Mapping[str, Mapping[str, Any]],
        accepted: AcceptedCredentials,
    ) -> None:
        self.requirements = requirements
        self.schemes = schemes
        self.accepted = accepted
        self.exact: tuple[bytes, ...] = ()
        if requirements and all(len(requirement) == 1 for requirement in requirements):
            basic, bearer = _expected_authorization(accepted.username, accepted.password, accepted.token)
            kinds = _http_schemes_only(requirements, schemes)
            self.exact = tuple(
                value.encode() for kind, value in (("basic", basic), ("bearer", bearer)) if kind in kinds
            )

    def __call__(self, request: Request) -> bool:
        """Whether ``request`` satisfies one of the requirements (an empty list means no security)."""
        if not self.requirements:
            return True
        if self.exact:
            authorization = request.headers.get("authorization")
            if authorization is not None:
                given = authorization.encode()
                if any(hmac.compare_digest(given, value) for value in self.exact):
                    return True
        return any(
            all(_scheme_satisfied(self.schemes.get(name, {}), name, request, self.accepted) for name in requirement)
            for requirement in self.requirements
        )
