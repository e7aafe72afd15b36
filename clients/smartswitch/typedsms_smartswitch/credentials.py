# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Typed credentials for Smartswitch HTTP API message.

The user / company login of the personal account, as the query
parameter `_login`; required together with `_password`. It is a
credential in the URL: it must never be logged (nor shown in an
exception message or a repr).
 The user / company password of the personal account, as the query
parameter `_password`; required together with `_login`. It is a
secret in the URL: it must never be logged (nor shown in an
exception message or a repr).

``Credentials`` is an ``httpx.Auth``: it puts the secrets on each request as it is sent, so they
are never stored in the client's default headers or URL. Its ``repr()`` never shows a secret.
"""

import logging
import re
from collections.abc import Generator

import httpx


class Credentials(httpx.Auth):
    """The credentials sent with every request.

    Args:
        login: The user / company login of the personal account, as the query
            parameter `_login`; required together with `_password`. It is a
            credential in the URL: it must never be logged (nor shown in an
            exception message or a repr).
        password: The user / company password of the personal account, as the query
            parameter `_password`; required together with `_login`. It is a
            secret in the URL: it must never be logged (nor shown in an
            exception message or a repr).
    """

    __slots__ = (
        "_login",
        "_password",
    )

    def __init__(
        self,
        *,
        login: str,
        password: str,
    ) -> None:
        self._login = login
        self._password = password
        install_log_redaction()

    @property
    def login(self) -> str:
        """The user / company login of the personal account, as the query
        parameter `_login`; required together with `_password`. It is a
        credential in the URL: it must never be logged (nor shown in an
        exception message or a repr)."""
        return self._login

    @property
    def password(self) -> str:
        """The user / company password of the personal account, as the query
        parameter `_password`; required together with `_login`. It is a
        secret in the URL: it must never be logged (nor shown in an
        exception message or a repr)."""
        return self._password

    def __repr__(self) -> str:
        return "Credentials(login='***', password='***')".format()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self._login == other._login and self._password == other._password

    def __hash__(self) -> int:
        return hash(
            (
                self._login,
                self._password,
            )
        )

    def apply(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        request.url = request.url.copy_merge_params({"_login": self._login})
        request.url = request.url.copy_merge_params({"_password": self._password})

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request


SECRET_QUERY_PARAMETERS: tuple[str, ...] = (
    "_login",
    "_password",
)
"""Query parameters that carry secrets; never log a URL without removing them."""

_SECRET_IN_URL = re.compile(r"(?P<key>(?:^|[?&\s'\"])(?:_login|_password)=)[^&\s'\"]*")
REDACTED_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def redact(text: str) -> str:
    """``text`` with the value of every secret query parameter replaced by ``***``."""
    return _SECRET_IN_URL.sub(lambda m: m.group("key") + "***", text)


class RedactSecretsFilter(logging.Filter):
    """Rewrites log records that would show a secret query parameter (httpx logs request URLs)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_FILTER = RedactSecretsFilter()


def install_log_redaction() -> None:
    """Attach the redacting filter to httpx's and httpcore's loggers (once)."""
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


__all__ = ["SECRET_QUERY_PARAMETERS", "Credentials", "RedactSecretsFilter", "install_log_redaction", "redact"]
