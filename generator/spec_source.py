"""Reading a spec file and pointing at places in it.

The spec is read twice from the same bytes: as plain data for the validators
and openapi-python-client, and as a ruamel round-trip tree that remembers the
line and column of every key, so that a problem found at a JSON path can be
reported as ``file:line:column``.
"""

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .naming import relative_to_repo
from .problems import SpecError, SpecProblem, json_pointer


@dataclass(frozen=True)
class SpecSource:
    """A loaded spec: its path, raw bytes and data; the line-aware tree is parsed when a problem needs it."""

    path: Path
    raw: bytes
    data: dict[str, Any]

    @functools.cached_property
    def tree(self) -> Any:
        """The ruamel round-trip tree, which remembers where each key stands (only to locate problems)."""
        return YAML(typ="rt").load(self.raw)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def display_name(self) -> str:
        return relative_to_repo(self.path)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    def problem(self, parts: Sequence[object], message: str) -> SpecProblem:
        """A problem at the JSON path ``parts``, located as precisely as the tree allows."""
        line, column = locate(self.tree, parts)
        return SpecProblem(self.display_name, message, json_pointer(parts), line, column)


def parse_yaml(text: str | bytes) -> Any:
    """YAML 1.2 data, as every part of the project reads specs (PyYAML's 1.1 reads ``NO`` as False).

    ruamel's safe loader uses its C parser (ruamel.yaml.clib) when installed: about 6x faster.
    """
    return YAML(typ="safe").load(text)


def load_spec(path: Path) -> SpecSource:
    """Read and parse ``path``; a file that is not a YAML mapping raises SpecError."""
    name = relative_to_repo(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([SpecProblem(name, f"cannot read the file: {exc.strerror}")]) from exc
    try:
        data = parse_yaml(raw)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        message = f"invalid YAML: {exc.problem or exc.context}"
        raise SpecError([SpecProblem(name, message, "", line, column)]) from exc
    except YAMLError as exc:
        raise SpecError([SpecProblem(name, f"invalid YAML: {exc}")]) from exc
    if not isinstance(data, dict):
        raise SpecError([SpecProblem(name, "the document is not a mapping (an OpenAPI object)", "", 1, 1)])
    return SpecSource(path=path, raw=raw, data=data)


def locate(tree: Any, parts: Sequence[object]) -> tuple[int | None, int | None]:
    """1-based line and column of the deepest node of ``parts`` found in ``tree``."""
    line: int | None = None
    column: int | None = None
    node = tree
    for part in parts:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, dict) and part in node:
                if lc is not None:
                    line, column = lc.key(part)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                if lc is not None:
                    line, column = lc.item(part)
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    if line is None:
        return None, None
    return line + 1, (column + 1 if column is not None else None)
