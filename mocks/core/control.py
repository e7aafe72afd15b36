"""The mock's control API, off the vendor's paths: reset, what was sent, and injected faults.

``/__mock/`` is not in any vendor's spec, so no client of ours ever calls it; a mock
started with ``--no-control`` (``control=False``) answers it like any unknown path.

- ``POST /__mock/reset``: forget all state (a fresh vendor), the record of sent SMS
  and the pending faults.
- ``GET /__mock/sent``: ``{"sent": [...]}``, the SMS the mock accepted, oldest first,
  vendor-neutral (``operationId``, ``recipient``, ``text``, ``sender``, ``id``, ``at``).
- ``POST /__mock/faults`` with ``{"operationId": "createJob", "count": 2, "status": 503,
  "retryAfter": 2, "delay": 0.5, "drop": false}``: the next ``count`` requests of that
  operation (``"*"``: of any operation) wait ``delay`` seconds, then either drop the
  connection (``drop``), answer ``status`` in the vendor's error format (with
  ``Retry-After`` when given), or, with neither, are served as usual.
- ``GET /__mock/faults``: ``{"faults": [...]}`` still pending; ``DELETE`` clears them.

Control errors (a bad fault) are ``{"error": "..."}`` with 400: the control API is
the mock's own, not the vendor's.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

ANY_OPERATION = "*"
CONTROL_PREFIX = "/__mock"
MAX_DELAY = 60.0


class SentSms(NamedTuple):
    """One SMS the mock accepted, in the same words for every vendor (the mock keeps it as a plain tuple)."""

    operation_id: str
    recipient: str
    text: str
    sender: str | None
    id: str | None
    at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "operationId": self.operation_id,
            "recipient": self.recipient,
            "text": self.text,
            "sender": self.sender,
            "id": self.id,
            "at": self.at.isoformat(),
        }


@dataclass
class Fault:
    """What the next ``count`` requests of ``operation_id`` get instead of (or before) the usual answer."""

    operation_id: str
    count: int = 1
    status: int | None = None
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "operationId": self.operation_id,
            "count": self.count,
            "status": self.status,
            "retryAfter": self.retry_after,
            "delay": self.delay,
            "drop": self.drop,
        }


class FaultError(ValueError):
    """A fault that cannot be injected; the message says why."""


def _number(raw: Mapping[str, Any], key: str, kind: type, low: float, high: float) -> Any:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and not isinstance(value, int)):
        raise FaultError(f"{key} must be {'an integer' if kind is int else 'a number'}")
    if not low <= value <= high:
        raise FaultError(f"{key} must lie between {low:g} and {high:g}")
    return value


class Faults:
    """Pending faults by operation, consumed one request at a time, in the order injected."""

    def __init__(self, operation_ids: Iterable[str]) -> None:
        self.operation_ids = frozenset(operation_ids)
        self._pending: list[Fault] = []

    def __bool__(self) -> bool:
        return bool(self._pending)

    def inject(
        self,
        operation_id: str,
        count: int = 1,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> Fault:
        """Add a fault for the next ``count`` requests of ``operation_id`` (``"*"``: any operation)."""
        return self.add_json(
            {
                "operationId": operation_id,
                "count": count,
                "status": status,
                "retryAfter": retry_after,
                "delay": delay,
                "drop": drop,
            }
        )

    def add_json(self, raw: Any) -> Fault:
        """Add a fault from its JSON form; ``FaultError`` when it is not one."""
        if not isinstance(raw, Mapping):
            raise FaultError("a fault is a JSON object")
        unknown = sorted(set(raw) - {"operationId", "count", "status", "retryAfter", "delay", "drop"})
        if unknown:
            raise FaultError(f"unknown keys: {', '.join(unknown)}")
        operation_id = raw.get("operationId")
        if operation_id != ANY_OPERATION and operation_id not in self.operation_ids:
            known = ", ".join(sorted(self.operation_ids))
            raise FaultError(f"operationId must be one of {known} or {ANY_OPERATION!r}, not {operation_id!r}")
        count = _number(raw, "count", int, 1, 10_000)
        status = _number(raw, "status", int, 400, 599)  # an error answer; 1xx-3xx would not be a fault
        retry_after = _number(raw, "retryAfter", int, 0, 86_400)
        delay = _number(raw, "delay", float, 0, MAX_DELAY)
        drop = raw.get("drop", False)
        if not isinstance(drop, bool):
            raise FaultError("drop must be true or false")
        if status is not None and drop:
            raise FaultError("a fault either answers a status or drops the connection, not both")
        if status is None and not drop and not delay:
            raise FaultError("a fault needs a status, a delay or drop")
        if retry_after is not None and status is None:
            raise FaultError("retryAfter goes with a status")
        fault = Fault(str(operation_id), count or 1, status, retry_after, float(delay or 0.0), drop)
        self._pending.append(fault)
        return fault

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this request of ``operation_id``, if any (one request of its count is used up)."""
        for fault in self._pending:
            if fault.operation_id in (operation_id, ANY_OPERATION):
                fault.count -= 1
                if fault.count <= 0:
                    self._pending.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._pending.clear()

    def as_json(self) -> list[dict[str, Any]]:
        return [fault.as_json() for fault in self._pending]


def control_error(message: str) -> bytes:
    return json.dumps({"error": message}).encode()
