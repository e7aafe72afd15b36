"""What the classifier reports: changes, where they are, how much they matter."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

#: Which version of the spec a location points into.
Side = Literal["new", "old"]


class Level(StrEnum):
    """How a change affects the users of a generated client, most severe first."""

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    DOCS = "docs"

    @property
    def rank(self) -> int:
        """0 for breaking, 1 for non-breaking, 2 for docs: the order of every report."""
        return _RANK[self]


_RANK = {Level.BREAKING: 0, Level.NON_BREAKING: 1, Level.DOCS: 2}


@dataclass(frozen=True, order=True)
class Location:
    """Where a change is: the operations it matters to, a readable path, a JSON pointer, a line.

    ``pointer`` is an RFC 6901 pointer into the new spec, or into the old spec when the
    thing exists only there (something removed): ``side`` says which. ``line`` and
    ``column`` (1-based) are where the pointer's deepest existing node stands in that file,
    once the report is located (``locations.locate_changes``). A change inside a shared
    component is reported once, at the component, and ``operations`` lists every operation
    that uses it (empty for document-wide things such as servers).
    """

    pointer: str
    path: str
    operations: tuple[str, ...] = ()
    line: int | None = None
    column: int | None = None
    side: Side = "new"

    def where(self, limit: int = 3) -> str:
        """``POST /jobs, GET /jobs: request body › options.billcode`` (at most ``limit`` operations)."""
        if not self.operations:
            return self.path
        shown = ", ".join(self.operations[:limit])
        if len(self.operations) > limit:
            shown += f" (+{len(self.operations) - limit} more)"
        return f"{shown}: {self.path}"

    def line_column(self) -> str:
        """``123:5`` (``123:5 in the old version`` for something removed), or ``""`` when not located."""
        if self.line is None:
            return ""
        text = f"{self.line}:{self.column}" if self.column is not None else str(self.line)
        return text if self.side == "new" else f"{text} in the old version"

    def __str__(self) -> str:
        return self.where()

    def to_dict(self) -> dict[str, Any]:
        return {
            "operations": list(self.operations),
            "path": self.path,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "side": self.side,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        line, column = data.get("line"), data.get("column")
        return cls(
            str(data["pointer"]),
            str(data["path"]),
            tuple(str(o) for o in data.get("operations", ())),
            int(line) if line is not None else None,
            int(column) if column is not None else None,
            "old" if data.get("side") == "old" else "new",
        )


@dataclass(frozen=True)
class Change:
    """One classified difference between two versions of a spec."""

    rule: str
    level: Level
    location: Location
    message: str

    def sort_key(self) -> tuple[int, tuple[str, ...], str, str, str]:
        return (self.level.rank, self.location.operations, self.location.pointer, self.rule, self.message)

    def __str__(self) -> str:
        return f"{self.level.value}: {self.rule}: {self.location}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level.value,
            "location": self.location.to_dict(),
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        return cls(str(data["rule"]), Level(data["level"]), Location.from_dict(data["location"]), str(data["message"]))


def sort_changes(changes: Iterable[Change]) -> list[Change]:
    """Breaking first, then non-breaking, then docs; within a level by operation and place."""
    return sorted(changes, key=Change.sort_key)


def verdict(changes: Iterable[Change]) -> str:
    """``breaking``, ``non-breaking``, ``docs`` (documentation only) or ``none``: the most severe level."""
    levels = {c.level for c in changes}
    for level in Level:
        if level in levels:
            return level.value
    return "none"


def is_breaking(changes: Iterable[Change]) -> bool:
    return any(c.level is Level.BREAKING for c in changes)


def counts(changes: Iterable[Change]) -> dict[str, int]:
    """How many changes of each level, every level present (``{"breaking": 0, ...}``)."""
    result = {level.value: 0 for level in Level}
    for change in changes:
        result[change.level.value] += 1
    return result


@dataclass(frozen=True)
class SpecReport:
    """The changes of one spec. ``status`` says whether the spec was added, removed or changed."""

    name: str
    changes: tuple[Change, ...] = field(default_factory=tuple)
    status: str = "changed"

    @property
    def verdict(self) -> str:
        return verdict(self.changes)

    @property
    def breaking(self) -> bool:
        return is_breaking(self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "spec": self.name,
            "status": self.status,
            "verdict": self.verdict,
            "counts": counts(self.changes),
            "changes": [c.to_dict() for c in self.changes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpecReport:
        changes: Sequence[Mapping[str, Any]] = data.get("changes", ())
        return cls(str(data["spec"]), tuple(Change.from_dict(c) for c in changes), str(data.get("status", "changed")))
