"""State shared by one comparison, and the checks every kind of object needs.

Every object compared (operation, parameter, body, response, schema, server, ...) goes
through the same three steps for what is not its own business: documentation keys
(``docs``), ``x-`` extensions (``extensions``) and keys no rule knows (``leftovers``, which
are reported as ``unclassified-change`` so that nothing changes silently).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..extensions import ABSENT, BY_NAME, is_ours
from .findings import Findings
from .refs import Doc, Ptr, canonical, short

Direction = Literal["request", "response"]

DOC_RULES: dict[str, str] = {
    "description": "description-changed",
    "summary": "summary-changed",
    "externalDocs": "external-docs-changed",
    "example": "examples-changed",
    "examples": "examples-changed",
    "$comment": "description-changed",
}

_MISSING = object()


@dataclass(frozen=True)
class Where:
    """A readable place: a context (``request body``, ``schema `Sms```) and steps into it."""

    context: str
    steps: tuple[str, ...] = ()

    def child(self, step: str) -> Where:
        return Where(self.context, (*self.steps, step))

    def __str__(self) -> str:
        if not self.steps:
            return self.context
        text = ""
        for step in self.steps:
            text += step if step == "[]" or not text else "." + step
        return f"{self.context} › {text}"


def differs(old: Mapping[str, Any], new: Mapping[str, Any], key: str) -> bool:
    return canonical(old.get(key, _MISSING)) != canonical(new.get(key, _MISSING)) or (key in old) != (key in new)


def what_happened(old: Mapping[str, Any], new: Mapping[str, Any], key: str) -> Literal["added", "removed", "changed"]:
    """``added``, ``removed`` or ``changed`` for a key that differs."""
    if key not in old:
        return "added"
    if key not in new:
        return "removed"
    return "changed"


class Walk:
    """The two specs being compared and the findings so far."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = Doc(old)
        self.new = Doc(new)
        self.findings = Findings()

    def emit(self, rule: str, ptr: Ptr, where: Where | str, message: str) -> None:
        self.findings.emit(rule, ptr, str(where), message)

    def docs(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        ptr: Ptr,
        where: Where | str,
        keys: Iterable[str] = DOC_RULES,
    ) -> None:
        for key in keys:
            if differs(old, new, key):
                self.emit(DOC_RULES[key], (*ptr, key), where, f"{key} {what_happened(old, new, key)}")

    def extensions(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        ptr: Ptr,
        where: Where | str,
        skip: Iterable[str] = (),
    ) -> None:
        skipped = set(skip)
        keys = {k for k in (*old, *new) if isinstance(k, str) and k.startswith("x-") and k not in skipped}
        for key in sorted(keys):
            if differs(old, new, key):
                self._extension(old, new, ptr, where, key)

    def _extension(
        self, old: Mapping[str, Any], new: Mapping[str, Any], ptr: Ptr, where: Where | str, key: str
    ) -> None:
        """One differing ``x-`` key, rated by the extension registry (``generator/extensions.py``)."""
        change = f"{key} {_describe(old, new, key)}"
        extension = BY_NAME.get(key)
        rating = extension.diff if extension is not None else None
        if rating is None:
            if extension is not None:
                reason = extension.diff_note or "rated elsewhere"
            elif is_ours(key):
                reason = "not a declared extension: `python -m generator check` refuses it"
            else:
                reason = "no part of this project reads it"
            self.emit("extension-changed", (*ptr, key), where, f"{change} ({reason})")
            return
        before, after = old.get(key, ABSENT), new.get(key, ABSENT)
        if rating.effective is not None and rating.effective(before, ptr, old) == rating.effective(after, ptr, new):
            self.emit("extension-changed", (*ptr, key), where, f"{change}: the client behaves as before")
            return
        kind = what_happened(old, new, key)
        if rating.refine is not None:
            kind = rating.refine(kind, before, after)
        self.emit(rating.rule_for(kind), (*ptr, key), where, f"{change}: {rating.effect}")

    def leftovers(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        ptr: Ptr,
        where: Where | str,
        handled: Iterable[str],
    ) -> None:
        known = set(handled)
        keys = {k for k in (*old, *new) if isinstance(k, str) and not k.startswith("x-") and k not in known}
        for key in sorted(keys):
            if differs(old, new, key):
                self.emit(
                    "unclassified-change",
                    (*ptr, key),
                    where,
                    f"`{key}` {_describe(old, new, key)}: no rule classifies it, review by hand",
                )


def _describe(old: Mapping[str, Any], new: Mapping[str, Any], key: str) -> str:
    happened = what_happened(old, new, key)
    if happened == "added":
        return f"added ({short(new[key])})"
    if happened == "removed":
        return f"removed (was {short(old[key])})"
    return f"changed from {short(old[key])} to {short(new[key])}"
