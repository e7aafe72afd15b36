"""``compare(old, new)``: every change between two versions of a spec, classified."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .document import DocumentComparer
from .model import Change
from .operations import OperationComparer
from .schemas import SchemaComparer
from .walk import Walk


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """The changes from ``old`` to ``new`` (parsed specs), breaking first.

    An empty mapping stands for a spec that does not exist: comparing ``{}`` with a spec
    reports everything in it as added, and a spec with ``{}`` as removed.
    """
    walk = Walk(old, new)
    schemas = SchemaComparer(walk)
    document = DocumentComparer(walk, schemas)
    document.compare_top()
    OperationComparer(walk, schemas).compare_all()
    document.compare_schema_inventory()
    return walk.findings.changes()
