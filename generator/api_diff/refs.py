"""Local ``$ref`` resolution as the diff needs it: where each definition lives, siblings of a ``$ref``.

JSON pointers come from the spec model (``generator/spec.py``); they are re-exported here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..spec import Ptr, from_pointer, to_pointer

__all__ = ["SCHEMA_PREFIX", "Doc", "Ptr", "Resolved", "canonical", "from_pointer", "short", "to_pointer"]

SCHEMA_PREFIX: Ptr = ("components", "schemas")


def canonical(value: Any) -> str:
    """A stable text for comparing JSON values: ``1`` and ``true`` differ, key order does not."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def short(value: Any, limit: int = 60) -> str:
    """A value as shown in a one-line message."""
    if value is None:
        return "null"
    text = value if isinstance(value, str) else canonical(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Resolved:
    """A node after following its ``$ref`` chain.

    ``ptr`` is where the node's definition lives (the target of the last ``$ref``), so
    that a shared component has one pointer wherever it is used. ``component`` names the
    schema when the first ``$ref`` pointed at ``#/components/schemas/<name>``.
    ``siblings`` holds the keywords written next to a ``$ref`` (OpenAPI 3.1 allows them);
    they are merged over the target.
    """

    node: Any
    ptr: Ptr
    component: str | None = None
    siblings: str = ""
    unresolved: str | None = None


class Doc:
    """One spec, with local ``$ref`` resolution."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data: Mapping[str, Any] = data

    def get(self, ptr: Sequence[str | int]) -> Any:
        node: Any = self.data
        for part in ptr:
            if isinstance(node, Mapping) and str(part) in node:
                node = node[str(part)]
            elif isinstance(node, list):
                try:
                    node = node[int(part)]
                except (ValueError, IndexError):
                    return None
            else:
                return None
        return node

    def section(self, *ptr: str) -> Mapping[str, Any]:
        node = self.get(ptr)
        return node if isinstance(node, Mapping) else {}

    def resolve(self, node: Any, ptr: Ptr) -> Resolved:
        """Follow ``$ref``s from ``node`` (at ``ptr``); a cycle or an external ref stays unresolved."""
        component: str | None = None
        siblings: dict[str, Any] = {}
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            for key, value in node.items():
                if key != "$ref":
                    siblings.setdefault(key, value)
            if not ref.startswith("#") or ref in seen:
                return Resolved(node, ptr, component, canonical(siblings) if siblings else "", unresolved=ref)
            seen.add(ref)
            target_ptr = from_pointer(ref)
            if component is None and len(target_ptr) == 3 and target_ptr[:2] == SCHEMA_PREFIX:
                component = str(target_ptr[2])
            target = self.get(target_ptr)
            if target is None:
                return Resolved(node, ptr, component, canonical(siblings) if siblings else "", unresolved=ref)
            node, ptr = target, target_ptr
        if siblings and isinstance(node, Mapping):
            node = {**node, **siblings}
        return Resolved(node, ptr, component, canonical(siblings) if siblings else "")
