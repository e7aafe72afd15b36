"""When a failed request is tried again, and how long the client waits before it does.

Whether a request is repeated depends on whether repeating it is safe:

- an idempotent operation (a read, a delete) is retried after a connection error, a timeout, or
  a ``408``, ``429`` or ``5xx`` answer, waiting as long as ``Retry-After`` asks (up to a bound);
- any other operation (sending an SMS) is retried only when the request surely never reached the
  server: the connection was refused, the name did not resolve, or connecting timed out. Never
  after a read timeout or an answer, so a retry never sends an SMS twice.
"""

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a request is tried again.

    Attributes:
        max_retries: Retries after the first attempt (0 = none).
        initial_delay: Seconds before the first retry.
        max_delay: Upper bound of a computed delay, in seconds.
        multiplier: Growth of the delay from one retry to the next.
        jitter: Fraction of each delay that is random (0 = none, 1 = full jitter).
        retry_statuses: Answers that are retried for idempotent operations.
        max_retry_after: The longest ``Retry-After`` honoured, in seconds; a longer one is not waited for.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    multiplier: float = 2.0
    jitter: float = 0.5
    retry_statuses: frozenset[int] = RETRYABLE_STATUSES
    max_retry_after: float = 60.0

    def delay(self, retry_number: int, rand: Callable[[], float]) -> float:
        """The pause before retry ``retry_number`` (1-based), with jitter."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** (retry_number - 1))
        return base * (1 - self.jitter) + base * self.jitter * rand()

    def with_(self, **changes: Any) -> "RetryPolicy":
        """A copy with some settings changed, e.g. ``policy.with_(max_retries=5)``."""
        return replace(self, **changes)


def never_reached_server(exc: BaseException) -> bool:
    """Whether the request of a failed attempt surely never reached a server."""
    # ConnectError covers refused connections and failed name resolution; ConnectTimeout a
    # connection never established. Anything later may have delivered the request.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` in seconds (delta-seconds or an HTTP date), if it is valid."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - time.time())


def delay_after_error(
    policy: RetryPolicy, idempotent: bool, exc: BaseException, retry_number: int, rand: Callable[[], float]
) -> float | None:
    """The pause before retrying after ``exc``, or None when the error is final."""
    if retry_number > policy.max_retries:
        return None
    if not idempotent and not never_reached_server(exc):
        return None
    return policy.delay(retry_number, rand)


def delay_after_answer(
    policy: RetryPolicy, idempotent: bool, response: httpx.Response, retry_number: int, rand: Callable[[], float]
) -> float | None:
    """The pause before retrying after an answer, or None when the answer is final."""
    if retry_number > policy.max_retries or not idempotent or response.status_code not in policy.retry_statuses:
        return None
    wait = retry_after_seconds(response)
    if wait is not None:
        return wait if wait <= policy.max_retry_after else None
    return policy.delay(retry_number, rand)
