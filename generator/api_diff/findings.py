"""Collecting findings while walking two specs, and folding them into changes.

A finding is keyed by (rule, pointer, message). The walk visits a shared component once
per operation that uses it, so the same finding comes up again and again: it is kept
once, and every operation that reached it is added to its location. This is how a
change in a shared component is reported once, at the component, with the operations
it matters to.

Schemas are compared once per pair of definitions and direction (memoised by the
schema comparer); when another operation reaches an already compared pair, the
findings recorded for it are *touched*: the current operation is added to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .model import Change, Location, sort_changes
from .refs import Ptr, to_pointer
from .rules import RULES, level_of

Key = tuple[str, str, str]


@dataclass
class Finding:
    rule: str
    pointer: str
    path: str
    message: str
    operations: set[str] = field(default_factory=set)


class Findings:
    def __init__(self) -> None:
        self._found: dict[Key, Finding] = {}
        self._recording: list[set[Key]] = []
        self.operation: str | None = None

    def emit(self, rule: str, ptr: Ptr, path: str, message: str) -> None:
        if rule not in RULES:
            raise KeyError(f"unknown rule {rule!r}")
        key = (rule, to_pointer(ptr), message)
        if key not in self._found:
            self._found[key] = Finding(rule, key[1], path, message)
        self._touch_one(key)

    def touch(self, keys: set[Key]) -> None:
        """Attribute already recorded findings to the current operation too."""
        for key in keys:
            self._touch_one(key)

    def _touch_one(self, key: Key) -> None:
        if self.operation is not None:
            self._found[key].operations.add(self.operation)
        for recording in self._recording:
            recording.add(key)

    @contextmanager
    def recording(self) -> Iterator[set[Key]]:
        """Every finding emitted or touched inside the block is added to the yielded set."""
        keys: set[Key] = set()
        self._recording.append(keys)
        try:
            yield keys
        finally:
            self._recording.pop()

    @contextmanager
    def at_operation(self, label: str | None) -> Iterator[None]:
        previous, self.operation = self.operation, label
        try:
            yield
        finally:
            self.operation = previous

    def changes(self) -> list[Change]:
        result = [
            Change(f.rule, level_of(f.rule), Location(f.pointer, f.path, tuple(sorted(f.operations))), f.message)
            for f in self._found.values()
        ]
        return sort_changes(result)
