"""What a vendor module provides to the mock core, and what it gets."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class Call:
    """A request that passed authentication and validation against the spec."""

    operation_id: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    raw_body: bytes
    now: datetime


@dataclass(frozen=True)
class Reply:
    """A handler's answer: status, JSON body (``None`` for no body) and extra headers."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


class VendorError(Exception):
    """A business-rule refusal; the core renders it in the vendor's error format."""

    def __init__(self, status: int, message: str, fields: Mapping[str, list[str]] | None = None) -> None:
        self.status = status
        self.message = message
        self.fields: Mapping[str, list[str]] = fields or {}
        super().__init__(message)


Handler = Callable[[Call], Reply]


class Vendor(Protocol):
    """One vendor's mock: its handlers (by operationId) and its error format."""

    def handlers(self) -> Mapping[str, Handler]: ...

    def error_body(self, status: int, message: str, fields: Mapping[str, list[str]]) -> Any:
        """The vendor's error body for ``status``; ``fields`` maps a request field to its problems."""
        ...
