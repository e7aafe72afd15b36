# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Credentials: read from keyword arguments or the environment, applied as an ``httpx.Auth``.

The spec's security schemes say which credentials a client needs (``Scheme``): HTTP Basic
(``username``, ``password``), bearer (``token``) or API keys (in a header, a cookie or the query).
``Credentials`` holds the values and puts them on each request as it is sent, so they never sit
in the client's default headers or base URL; its ``repr()`` shows ``'***'``. Keys that travel in
the query are also removed from httpx's and httpcore's log lines (``install_log_redaction``).
"""

import base64
import logging
import os
import re
from collections.abc import Generator, Mapping, Sequence
from typing import Literal

import httpx

Kind = Literal["basic", "bearer", "api_key"]
Location = Literal["header", "query", "cookie"]


class Scheme:
    """One security scheme of the spec and the keyword arguments that carry its values.

    ``parameter`` is, for an API key, the header, cookie or query name; for bearer, the word
    before the token.
    """

    __slots__ = ("fields", "kind", "location", "parameter")

    def __init__(self, kind: Kind, fields: tuple[str, ...], location: Location = "header", parameter: str = "") -> None:
        self.kind = kind
        self.fields = fields
        self.location = location
        self.parameter = parameter


class MissingCredentialsError(TypeError):
    """The client was created without a credential it needs (neither as an argument nor in the environment)."""


class Credentials(httpx.Auth):
    """The secrets sent with every request; ``repr()`` never shows them."""

    __slots__ = ("_schemes", "_values")

    def __init__(self, schemes: Sequence[Scheme], values: Mapping[str, str]) -> None:
        self._schemes = tuple(schemes)
        self._values = dict(values)

    @classmethod
    def resolve(
        cls, schemes: Sequence[Scheme], given: Mapping[str, str | None], env_prefix: str, client_name: str
    ) -> "Credentials":
        """Values from ``given``, else from ``<env_prefix>_<NAME>``; a clear error for what is missing."""
        values: dict[str, str] = {}
        missing: list[str] = []
        for scheme in schemes:
            for name in scheme.fields:
                value = given.get(name)
                if value is None:
                    value = os.environ.get(f"{env_prefix}_{name.upper()}")
                if value is None:
                    missing.append(name)
                else:
                    values[name] = value
        if missing:
            how = ", ".join(f"{n}= or {env_prefix}_{n.upper()}" for n in missing)
            raise MissingCredentialsError(f"{client_name} needs {', '.join(missing)}: pass {how}")
        return cls(schemes, values)

    def __repr__(self) -> str:
        return f"Credentials({', '.join(f'{name}=***' for name in self._values)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    @property
    def query_parameters(self) -> tuple[str, ...]:
        """The names of query parameters that carry secrets."""
        return tuple(s.parameter for s in self._schemes if s.kind == "api_key" and s.location == "query")

    def apply(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        for scheme in self._schemes:
            if scheme.kind == "basic":
                user, password = (self._values[n] for n in scheme.fields)
                token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                request.headers["Authorization"] = f"Basic {token}"
            elif scheme.kind == "bearer":
                request.headers["Authorization"] = f"{scheme.parameter or 'Bearer'} {self._values[scheme.fields[0]]}"
            elif scheme.location == "header":
                request.headers[scheme.parameter] = self._values[scheme.fields[0]]
            elif scheme.location == "cookie":
                cookie = httpx.Cookies({scheme.parameter: self._values[scheme.fields[0]]})
                cookie.set_cookie_header(request)
            else:
                request.url = request.url.copy_merge_params({scheme.parameter: self._values[scheme.fields[0]]})

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request


# -- keeping query secrets out of log lines --------------------------------------------------

REDACTED_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2")


class Redactor:
    """Replaces the values of secret query parameters in a text with ``***``."""

    def __init__(self, parameters: Sequence[str]) -> None:
        names = "|".join(re.escape(p) for p in parameters)
        self._pattern = re.compile(rf"(?P<key>(?:^|[?&\s'\"])(?:{names})=)[^&\s'\"]*") if names else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: m.group("key") + "***", text)


class RedactSecretsFilter(logging.Filter):
    """Rewrites log records that would show a secret query parameter (httpx logs request URLs)."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_INSTALLED: dict[tuple[str, ...], RedactSecretsFilter] = {}


def install_log_redaction(parameters: Sequence[str]) -> Redactor:
    """Attach a redacting filter for ``parameters`` to httpx's and httpcore's loggers (once per set)."""
    key = tuple(sorted(parameters))
    installed = _INSTALLED.get(key)
    if installed is None:
        installed = _INSTALLED[key] = RedactSecretsFilter(Redactor(key))
        if key:
            for name in REDACTED_LOGGERS:
                logging.getLogger(name).addFilter(installed)
    return installed.redact
