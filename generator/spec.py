"""The spec model: one OpenAPI document, read once and navigated the same way everywhere.

A spec is read twice from the same bytes: as plain data (``SpecSource.data``) for the checks,
the context, the docs and openapi-python-client, and, only when a problem must be located, as a
ruamel round-trip tree that remembers the line and column of every key (``SpecSource.tree``),
so that a problem at a JSON path is reported as ``file:line:column``.

Navigation works on the plain data:

- JSON paths are sequences of keys and list indexes (``["paths", "/jobs", "post"]``); RFC 6901
  pointers (``/paths/~1jobs/post``) are their text form: ``to_pointer`` and ``from_pointer``;
- ``get`` finds the node at a path, ``resolve`` follows local ``$ref``s (a cycle stops where it
  closes), ``ref_cycle`` says whether a chain of bare references comes back to itself;
- ``operations`` lists every operation of ``paths`` (or ``webhooks``) with its path item, and an
  ``Operation`` knows its parameters (path-level ones included) and responses.

This module imports only the standard library, ruamel.yaml and the generator's light modules:
``python -m generator diff`` starts without the generation stack.
"""

import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .naming import relative_to_repo
from .problems import SpecError, SpecProblem

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: A JSON path: the keys and list indexes from the document's root to a node.
Ptr = tuple[str | int, ...]

ERROR_IN_SUCCESS = "x-sdk-error-in-success"

# -- JSON pointers ----------------------------------------------------------------------------------


def escape(part: object) -> str:
    """One path part as a pointer token: ``~`` → ``~0``, ``/`` → ``~1``."""
    return str(part).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """One pointer token as the key it names (``~1`` before ``~0``, as RFC 6901 says)."""
    return token.replace("~1", "/").replace("~0", "~")


def to_pointer(parts: Iterable[object]) -> str:
    """RFC 6901 pointer of a JSON path: ``("paths", "/jobs", "post")`` → ``/paths/~1jobs/post``."""
    return "".join("/" + escape(p) for p in parts)


def from_pointer(pointer: str) -> Ptr:
    """The parts of ``/paths/~1jobs`` or ``#/paths/~1jobs``; list indexes stay strings."""
    text = pointer[1:] if pointer.startswith("#") else pointer
    if not text:
        return ()
    return tuple(unescape(p) for p in text.split("/")[1:])


# -- navigation -------------------------------------------------------------------------------------


def get(data: Any, parts: Iterable[object]) -> Any:
    """The node at the JSON path ``parts``, or None where the path leads nowhere.

    A list index may be an int or its digits (``from_pointer`` gives strings).
    """
    node = data
    for part in parts:
        if isinstance(node, dict):
            if part not in node:
                return None
            node = node[part]
        elif isinstance(node, list):
            try:
                index = int(str(part))
            except ValueError:
                return None
            if not 0 <= index < len(node):
                return None
            node = node[index]
        else:
            return None
    return node


def _target(data: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference names, or None."""
    return get(data, from_pointer(ref))


def resolve(data: Any, node: Any) -> Any:
    """Follow local ``$ref``s from ``node`` until a node that is not a reference.

    A reference that leads nowhere gives None; one that closes a cycle, or is not local, stays
    as it is (the node holding the ``$ref``).
    """
    return resolve_located(data, (), node)[1]


def resolve_located(data: Any, parts: Iterable[object], node: Any) -> tuple[tuple[object, ...], Any]:
    """``resolve`` that also says where the node it arrives at is written: its JSON path.

    ``parts`` is where ``node`` itself stands; each local ``$ref`` followed moves there.
    """
    where = tuple(parts)
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        where = from_pointer(ref)
        node = get(data, where)
    return where, node


def ref_cycle(data: Any, ref: str) -> bool:
    """Whether following ``ref`` through bare references (aliases) comes back to a reference seen before."""
    seen: set[str] = set()
    while ref not in seen:
        seen.add(ref)
        target = _target(data, ref)
        if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
            return False
        ref = target["$ref"]
        if not ref.startswith("#/"):
            return False
    return True


# -- operations -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation of ``paths`` (or ``webhooks``), with the path item it stands in.

    ``path`` is the path template, or a webhook's name; ``item`` is the path item, resolved.
    """

    path: str
    method: str
    op: dict[str, Any]
    item: dict[str, Any]
    webhook: bool = False
    #: Where the path item is written: ``("paths", path)``, or where its ``$ref`` leads.
    item_parts: tuple[object, ...] = ()

    @property
    def parts(self) -> list[object]:
        """The JSON path of the operation object, where it is written."""
        return [*(self.item_parts or ("webhooks" if self.webhook else "paths", self.path)), self.method]

    @property
    def operation_id(self) -> str | None:
        value = self.op.get("operationId")
        return str(value) if value else None

    @property
    def title(self) -> str:
        """``POST /jobs``; a webhook: ``POST deliveryReceipt``."""
        return f"{self.method.upper()} {self.path}"

    def parameters(self, data: Any) -> list[dict[str, Any]]:
        """The operation's parameters, resolved: path-level ones first unless the operation redefines them."""
        return [parameter for _, parameter in self.located_parameters(data)]

    def located_parameters(self, data: Any) -> list[tuple[tuple[object, ...], dict[str, Any]]]:
        """``parameters``, each with the JSON path where it is written (a ``$ref``'s target for a reference)."""
        item_parts = tuple(self.parts[:-1])

        def located(parts: tuple[object, ...], raw: list[Any]) -> list[tuple[tuple[object, ...], dict[str, Any]]]:
            found = [resolve_located(data, (*parts, "parameters", i), p) for i, p in enumerate(raw)]
            return [(where, p) for where, p in found if isinstance(p, dict)]

        own = located(tuple(self.parts), self.op.get("parameters") or [])
        keys = {(p.get("name"), p.get("in")) for _, p in own}
        shared = located(item_parts, self.item.get("parameters") or [])
        return [(w, p) for w, p in shared if (p.get("name"), p.get("in")) not in keys] + own

    def responses(self, data: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every ``(status, response)``, the response resolved (``{}`` where it leads nowhere)."""
        for status, response in (self.op.get("responses") or {}).items():
            resolved = resolve(data, response)
            yield str(status), resolved if isinstance(resolved, dict) else {}


def operations(data: dict[str, Any], section: str = "paths") -> Iterator[Operation]:
    """Every operation of ``paths`` (or ``webhooks``), in file order; a path item's ``$ref`` is followed."""
    for where, raw in (data.get(section) or {}).items():
        item_parts, item = resolve_located(data, (section, str(where)), raw)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(str(where), method, item[method], item, section == "webhooks", item_parts)


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every ``(path, method, operation)`` of ``paths``, in file order."""
    for operation in operations(data):
        yield operation.path, operation.method, operation.op


def error_in_success_branches(data: dict[str, Any], response: Any) -> tuple[str, Any, Any] | None:
    """``(property, success branch, error branch)`` of a success response marked ``x-sdk-error-in-success``.

    The mark names the property that makes an answer the vendor's error (Smartswitch: ``errors``);
    every JSON media type of the response has a ``oneOf``/``anyOf`` schema of which exactly one
    branch requires that property (the error) and one does not (the success). ``None`` when unmarked
    or malformed (``spec_checks`` says why).
    """
    response = resolve(data, response)
    if not isinstance(response, dict) or not isinstance(response.get(ERROR_IN_SUCCESS), str):
        return None
    prop = response[ERROR_IN_SUCCESS]
    for media in (response.get("content") or {}).values():
        schema = resolve(data, (media or {}).get("schema"))
        branches = (schema or {}).get("oneOf") or (schema or {}).get("anyOf") if isinstance(schema, dict) else None
        if not isinstance(branches, list):
            return None
        errors = [b for b in branches if prop in ((resolve(data, b) or {}).get("required") or [])]
        others = [b for b in branches if b not in errors]
        if len(errors) != 1 or len(others) != 1:
            return None
        return prop, others[0], errors[0]
    return None


# -- the file ---------------------------------------------------------------------------------------


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
        return SpecProblem(self.display_name, message, to_pointer(parts), line, column)


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
    line, column, _ = position(tree, parts)
    return line, column


def position(tree: Any, parts: Sequence[object], *, by_text: bool = False) -> tuple[int | None, int | None, bool]:
    """``locate``, and whether the whole of ``parts`` was found.

    ``parts`` are the keys and list indexes as they are. With ``by_text`` they may be their text,
    as a pointer carries them (``"200"`` for a YAML status ``200``, ``"0"`` for an index), and a
    key merged in by ``<<: *anchor``, which has no position of its own, keeps the position of the
    mapping that merges it while the walk goes on below it.
    """
    line: int | None = None
    column: int | None = None
    node = tree
    for part in parts:
        lc = getattr(node, "lc", None)
        step: Any = _NOT_FOUND
        if isinstance(node, dict):
            if part in node:
                step = part
            elif by_text:
                step = next((k for k in node if str(k) == str(part)), _NOT_FOUND)
        elif isinstance(node, list):
            index = part if isinstance(part, int) else int(str(part)) if by_text and str(part).isdigit() else -1
            step = index if 0 <= index < len(node) else _NOT_FOUND
        if step is _NOT_FOUND:
            return _one_based(line, column, False)
        try:
            if lc is not None:
                line, column = lc.key(step) if isinstance(node, dict) else lc.item(step)
        except (KeyError, IndexError, TypeError):
            if not by_text:
                return _one_based(line, column, False)
        node = node[step]
    return _one_based(line, column, True)


_NOT_FOUND = object()


def _one_based(line: int | None, column: int | None, whole: bool) -> tuple[int | None, int | None, bool]:
    if line is None:
        return None, None, whole
    return line + 1, (column + 1 if column is not None else None), whole
