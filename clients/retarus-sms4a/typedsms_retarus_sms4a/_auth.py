# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
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

    __slots__ = ("_headers", "_query", "_schemes", "_values")

    def __init__(self, schemes: Sequence[Scheme], values: Mapping[str, str]) -> None:
        self._schemes = tuple(schemes)
        self._values = dict(values)
        self._headers: dict[str, str] = {}  # header and cookie credentials, computed once
        self._query = {
            s.parameter: self._values[s.fields[0]]
            for s in self._schemes
            if s.kind == "api_key" and s.location == "query"
        }
        for scheme in self._schemes:
            if scheme.kind == "basic":
                user, password = (self._values[n] for n in scheme.fields)
                token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                self._headers["Authorization"] = f"Basic {token}"
            elif scheme.kind == "bearer":
                self._headers["Authorization"] = f"{scheme.parameter or 'Bearer'} {self._values[scheme.fields[0]]}"
            elif scheme.location == "header":
                self._headers[scheme.parameter] = self._values[scheme.fields[0]]

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
                    value = os.environ.get(f"{env_prefix}_{name.upper().rstrip('_')}")
                if value is None:
                    missing.append(name)
                else:
                    values[name] = value
        if missing:
            how = ", ".join(f"{n}= or {env_prefix}_{n.upper().rstrip('_')}" for n in missing)
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

    @property
    def secret_values(self) -> tuple[str, ...]:
        """The secret values themselves (not a Basic user name), for redacting them from text shown to people.

        Values shorter than 6 characters are left out: replacing them would garble ordinary text.
        """
        names = [n for s in self._schemes for n in (s.fields[1:] if s.kind == "basic" else s.fields)]
        return tuple(v for n in names if len(v := self._values[n]) >= 6)

    @property
    def headers(self) -> dict[str, str]:
        """The headers that carry credentials (a client puts them on each request it builds)."""
        return dict(self._headers)

    def apply_headers(self, request: httpx.Request) -> None:
        """Put the credentials that travel in headers (and cookies) on ``request``, where it has none yet."""
        for name, value in self._headers.items():  # a client's requests usually have them (see ``headers``)
            if name not in request.headers:
                request.headers[name] = value
        for scheme in self._schemes:
            if scheme.kind == "api_key" and scheme.location == "cookie":
                httpx.Cookies({scheme.parameter: self._values[scheme.fields[0]]}).set_cookie_header(request)

    def with_query_secrets(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` whose URL also carries the credentials that travel in the query."""
        secrets = {
            s.parameter: self._values[s.fields[0]]
            for s in self._schemes
            if s.kind == "api_key" and s.location == "query"
        }
        if not secrets:
            return request
        return httpx.Request(
            request.method,
            request.url.copy_merge_params(secrets),
            headers=request.headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def apply(self, request: httpx.Request) -> None:
        """Put every credential on ``request`` itself (for callers that send it by other means)."""
        self.apply_headers(request)
        sent = self.with_query_secrets(request)
        if sent is not request:
            request.url = sent.url

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send a copy that carries the query secrets; the answer points back at the original.

        So the request a user can reach (``response.request``, a raw response, a log line of
        httpx) never holds a secret that travels in the URL: only the copy handed to the
        transport does, for as long as it is being sent.
        """
        self.apply_headers(request)
        sent = self.with_query_secrets(request)
        response = yield sent
        response.request = request


# -- keeping query secrets out of log lines --------------------------------------------------

REDACTED_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2")


class Redactor:
    """Replaces secrets in a text with ``***``: values of secret query parameters, and the secret values."""

    def __init__(self, parameters: Sequence[str], secrets: Sequence[str] = ()) -> None:
        names = "|".join(re.escape(p) for p in parameters)
        self._pattern = re.compile(rf"(?P<key>(?:^|[?&\s'\"])(?:{names})=)[^&\s'\"]*") if names else None
        self._secrets = tuple(sorted(set(secrets), key=len, reverse=True))

    def __call__(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: m.group("key") + "***", text)
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "***")
        return text

    def bytes(self, content: bytes) -> bytes:
        """``content`` with the secrets replaced, as far as they appear in it as text."""
        if not content:
            return content
        text = content.decode("latin-1")
        redacted = self(text)
        return content if redacted == text else redacted.encode("latin-1")


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
