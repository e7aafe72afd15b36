# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Sending requests: retries with backoff and jitter, ``Retry-After``, failover, logging.

Every operation goes through ``send`` / ``asend``. Whether a failed request is tried again depends
on whether repeating it is safe:

- an idempotent operation (a read, a delete) is retried after a connection error, a timeout, or a
  ``408``, ``429`` or ``5xx`` answer;
- any other operation (sending an SMS) is retried only when the request surely never reached the
  server: the connection was refused, the name did not resolve, or connecting timed out. Never after
  a read timeout or an error answer, so that a retry never sends an SMS twice.

Operations that the spec marks with ``x-sdk-failover`` ask the next server of their list when one
answers with one of the listed statuses (e.g. a vendor's second data center for status look-ups).

Log lines go to ``logging.getLogger("typedsms_callr")`` and name the method and path only:
never the query string, headers or body, where credentials or personal data may be.
"""

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

logger = logging.getLogger("typedsms_callr")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a request is tried again.

    Attributes:
        max_attempts: Attempts in all, the first included (1 = no retries).
        initial_delay: Seconds before the first retry.
        max_delay: Upper bound of a computed delay, in seconds.
        multiplier: Growth of the delay from one retry to the next.
        jitter: Fraction of each delay that is random (0 = none, 1 = full jitter).
        retry_statuses: Answers that are retried for idempotent operations.
        respect_retry_after: Wait as long as the server's ``Retry-After`` asks (up to ``max_retry_after``).
        max_retry_after: The longest ``Retry-After`` honoured, in seconds; a longer one is not waited for.
    """

    max_attempts: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    multiplier: float = 2.0
    jitter: float = 0.5
    retry_statuses: frozenset[int] = RETRYABLE_STATUSES
    respect_retry_after: bool = True
    max_retry_after: float = 60.0

    def delay(self, retry_number: int, rand: Callable[[], float]) -> float:
        """The pause before retry ``retry_number`` (1-based), with jitter."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** (retry_number - 1))
        return base * (1 - self.jitter) + base * self.jitter * rand()

    def with_(self, **changes: Any) -> "RetryPolicy":
        """A copy with some settings changed, e.g. ``policy.with_(max_attempts=5)``."""
        return replace(self, **changes)


DEFAULT_RETRY = RetryPolicy()
NO_RETRY = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class Operation:
    """What the runtime needs to know of an operation (from the spec)."""

    method: str
    path: str
    idempotent: bool
    failover_servers: tuple[str, ...] = ()
    failover_statuses: frozenset[int] = frozenset()
    failover_on_5xx: bool = False


@dataclass
class Transport:
    """The parts of a client the runtime uses; tests replace ``sleep`` and ``rand`` to run without waiting."""

    base_urls: Sequence[str]
    retry: RetryPolicy
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rand: Callable[[], float] = random.random
    attempts: list[str] = field(default_factory=list)


def _never_reached_server(exc: httpx.TransportError) -> bool:
    # ConnectError covers refused connections and failed name resolution; ConnectTimeout a
    # connection never established. Anything later may have delivered the request.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` in seconds (delta-seconds or an HTTP date), if any."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


@dataclass
class _Decision:
    retry: bool
    delay: float = 0.0


def _after_error(
    op: Operation, policy: RetryPolicy, exc: httpx.TransportError, attempt: int, rand: Callable[[], float]
) -> _Decision:
    if attempt >= policy.max_attempts:
        return _Decision(False)
    if not op.idempotent and not _never_reached_server(exc):
        return _Decision(False)
    return _Decision(True, policy.delay(attempt, rand))


def _after_answer(
    op: Operation, policy: RetryPolicy, response: httpx.Response, attempt: int, rand: Callable[[], float]
) -> _Decision:
    if attempt >= policy.max_attempts or not op.idempotent or response.status_code not in policy.retry_statuses:
        return _Decision(False)
    wait = retry_after_seconds(response) if policy.respect_retry_after else None
    if wait is not None:
        if wait > policy.max_retry_after:
            return _Decision(False)
        return _Decision(True, wait)
    return _Decision(True, policy.delay(attempt, rand))


def _fails_over(op: Operation, response: httpx.Response) -> bool:
    status = response.status_code
    return status in op.failover_statuses or (op.failover_on_5xx and status >= 500)


def _log(op: Operation, base_url: str, outcome: str, attempt: int, started: float) -> None:
    elapsed = (time.perf_counter() - started) * 1000
    logger.debug(
        "%s %s at %s -> %s (attempt %d, %.1f ms)",
        op.method.upper(),
        op.path,
        httpx.URL(base_url).host,
        outcome,
        attempt,
        elapsed,
    )


def send(client: httpx.Client, transport: Transport, op: Operation, kwargs: dict[str, Any]) -> httpx.Response:
    """Send the request of ``kwargs`` with retries and failover; return the last answer or raise the last error."""
    attempt = 0
    while True:
        attempt += 1
        response: httpx.Response | None = None
        for index, base_url in enumerate(transport.base_urls):
            request = client.build_request(**{**kwargs, "url": base_url.rstrip("/") + kwargs["url"]})
            started = time.perf_counter()
            transport.attempts.append(base_url)
            try:
                response = client.send(request)
            except httpx.TransportError as exc:
                _log(op, base_url, type(exc).__name__, attempt, started)
                decision = _after_error(op, transport.retry, exc, attempt, transport.rand)
                if not decision.retry:
                    raise
                break
            _log(op, base_url, str(response.status_code), attempt, started)
            if index + 1 < len(transport.base_urls) and _fails_over(op, response):
                logger.info(
                    "%s %s: %d from %s, asking the next server",
                    op.method.upper(),
                    op.path,
                    response.status_code,
                    httpx.URL(base_url).host,
                )
                continue
            break
        if response is not None:
            decision = _after_answer(op, transport.retry, response, attempt, transport.rand)
            if not decision.retry:
                return response
        logger.info("%s %s: retry %d in %.2f s", op.method.upper(), op.path, attempt, decision.delay)
        transport.sleep(decision.delay)


async def asend(
    client: httpx.AsyncClient, transport: Transport, op: Operation, kwargs: dict[str, Any]
) -> httpx.Response:
    """The async twin of ``send``."""
    attempt = 0
    while True:
        attempt += 1
        response: httpx.Response | None = None
        for index, base_url in enumerate(transport.base_urls):
            request = client.build_request(**{**kwargs, "url": base_url.rstrip("/") + kwargs["url"]})
            started = time.perf_counter()
            transport.attempts.append(base_url)
            try:
                response = await client.send(request)
            except httpx.TransportError as exc:
                _log(op, base_url, type(exc).__name__, attempt, started)
                decision = _after_error(op, transport.retry, exc, attempt, transport.rand)
                if not decision.retry:
                    raise
                break
            _log(op, base_url, str(response.status_code), attempt, started)
            if index + 1 < len(transport.base_urls) and _fails_over(op, response):
                logger.info(
                    "%s %s: %d from %s, asking the next server",
                    op.method.upper(),
                    op.path,
                    response.status_code,
                    httpx.URL(base_url).host,
                )
                continue
            break
        if response is not None:
            decision = _after_answer(op, transport.retry, response, attempt, transport.rand)
            if not decision.retry:
                return response
        logger.info("%s %s: retry %d in %.2f s", op.method.upper(), op.path, attempt, decision.delay)
        await transport.async_sleep(decision.delay)
