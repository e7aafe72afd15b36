"""The line and column of every change, in the new spec (or the old one for what was removed).

The comparison works on plain data; only when there are changes to show are the two texts
parsed again as ruamel round-trip trees, which remember where each key stands. A key merged in
by ``<<: *anchor`` is located at the mapping that merges it; a node reached through an alias
(``T: *s``), at the anchor's definition.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..spec import from_pointer
from .model import Change, Side


def locate_changes(changes: Sequence[Change], old_text: str | None, new_text: str | None) -> tuple[Change, ...]:
    """``changes`` with ``line``/``column`` set: where the pointer resolves in the new text, else the old one."""
    if not changes:
        return tuple(changes)
    new_tree, old_tree = _tree(new_text), _tree(old_text)
    located: list[Change] = []
    for change in changes:
        parts = from_pointer(change.location.pointer)
        side: Side = "new"
        found = _find(new_tree, parts)
        if found is None or not found[2]:
            in_old = _find(old_tree, parts)
            if in_old is not None and in_old[2]:
                found, side = in_old, "old"
        if found is None:
            located.append(change)
            continue
        line, column, _ = found
        location = dataclasses.replace(change.location, line=line, column=column, side=side)
        located.append(dataclasses.replace(change, location=location))
    return tuple(located)


def _tree(text: str | None) -> Any:
    if not text:
        return None
    try:
        return YAML(typ="rt").load(text)
    except YAMLError:
        return None


def _find(tree: Any, parts: Sequence[str | int]) -> tuple[int, int, bool] | None:
    """1-based (line, column, whole pointer found) of the deepest node of ``parts`` in ``tree``."""
    if tree is None:
        return None
    node, where = tree, (1, 1)
    for raw in parts:
        part = str(raw)
        lc = getattr(node, "lc", None)
        if isinstance(node, dict):
            key = next((k for k in node if str(k) == part), _NO_KEY)
            if key is _NO_KEY:
                return (*where, False)
            # A key merged in by ``<<: *anchor`` has no position of its own: keep the mapping's.
            with contextlib.suppress(KeyError, IndexError, TypeError):
                if lc is not None:
                    line, column = lc.key(key)
                    where = (line + 1, column + 1)
            node = node[key]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            with contextlib.suppress(KeyError, IndexError, TypeError):
                if lc is not None:
                    line, column = lc.item(int(part))
                    where = (line + 1, column + 1)
            node = node[int(part)]
        else:
            return (*where, False)
    return (*where, True)


_NO_KEY = object()
