# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""When a failed request is tried again, and how long the client waits before it does.

Whether a request is repeated depends on whether repeating it is safe:

- an idempotent operation (a read, a delete) is retried after a connection error, a timeout, or
  a ``408``, ``429`` or ``5xx`` answer, waiting as long as ``Retry-After`` asks (up to a bound);
- any other operation (sending an SMS) is retried only when the request surely never reached the
  server: the connection was refused, the name did not resolve, or connecting timed out. Never
  after a read timeout or an answer, so a retry never sends an SMS twice.
"""

import time
from collections.abc import Callable
from typing import Any

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class RetryPolicy:
    """How often and how patiently a request is tried again (immutable; ``with_`` makes a changed copy).

    Attributes:
        max_retries: Retries after the first attempt (0 = none).
        initial_delay: Seconds before the first retry.
        max_delay: Upper bound of a computed delay, in seconds.
        multiplier: Growth of the delay from one retry to the next.
        jitter: Fraction of each delay that is random (0 = none, 1 = full jitter).
        retry_statuses: Answers that are retried for idempotent operations.
        max_retry_after: The longest ``Retry-After`` honoured, in seconds; a longer one is not waited for.
    """

    __slots__ = (
        "initial_delay",
        "jitter",
        "max_delay",
        "max_retries",
        "max_retry_after",
        "multiplier",
        "retry_statuses",
    )
    _FIELDS = __slots__

    max_retries: int
    initial_delay: float
    max_delay: float
    multiplier: float
    jitter: float
    retry_statuses: frozenset[int]
    max_retry_after: float

    def __init__(
        self,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        multiplier: float = 2.0,
        jitter: float = 0.5,
        retry_statuses: frozenset[int] = RETRYABLE_STATUSES,
        max_retry_after: float = 60.0,
    ) -> None:
        values = {
            "max_retries": max_retries,
            "initial_delay": initial_delay,
            "max_delay": max_delay,
            "multiplier": multiplier,
            "jitter": jitter,
            "retry_statuses": frozenset(retry_statuses),
            "max_retry_after": max_retry_after,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("RetryPolicy is immutable: use with_(...)")

    def _values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RetryPolicy) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(tuple(self._values().items()))

    def __repr__(self) -> str:
        return f"RetryPolicy({', '.join(f'{k}={v!r}' for k, v in self._values().items())})"

    def delay(self, retry_number: int, rand: Callable[[], float]) -> float:
        """The pause before retry ``retry_number`` (1-based), with jitter."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** (retry_number - 1))
        return base * (1 - self.jitter) + base * self.jitter * rand()

    def with_(self, **changes: Any) -> "RetryPolicy":
        """A copy with some settings changed, e.g. ``policy.with_(max_retries=5)``."""
        unknown = set(changes) - set(self._FIELDS)
        if unknown:
            raise TypeError(f"RetryPolicy has no setting {', '.join(sorted(unknown))}")
        return RetryPolicy(**{**self._values(), **changes})


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
    import email.utils  # only for the rare HTTP-date form; it is slow to import

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
