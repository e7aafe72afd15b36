"""The line and column of every change, in the new spec (or the old one for what was removed).

The comparison works on plain data; only when there are changes to show are the two texts
parsed again as ruamel round-trip trees, which remember where each key stands. A key merged in
by ``<<: *anchor`` is located at the mapping that merges it; a node reached through an alias
(``T: *s``), at the anchor's definition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..spec import from_pointer, position
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
        line, column, whole = position(new_tree, parts, by_text=True)
        if not whole:
            old_line, old_column, old_whole = position(old_tree, parts, by_text=True)
            if old_whole:
                line, column, side = old_line, old_column, "old"
        if line is None:
            located.append(change)
            continue
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
