"""What every section of a reference page shares: the spec, its operations, the anchors, the names.

Anchors are made once, in page order, so that every link of the page has a target and no two
targets share an id: the sections, each component schema, each operation, each tag.
"""

from dataclasses import dataclass, field
from typing import Any

from ..spec import Operation, operations, resolve
from .markdown import code, slug, text
from .names import ClientNames
from .schema_text import SchemaText

#: The tag of operations that have none, as openapi-python-client names it.
DEFAULT_TAG = "default"
SECTIONS = ("contents", "servers", "authentication", "assumptions", "mock-notes", "operations", "webhooks", "schemas")


def tags_of(operation: Operation) -> list[str]:
    """The operation's tags; ``default`` when it has none."""
    return [str(t) for t in operation.op.get("tags") or []] or [DEFAULT_TAG]


@dataclass
class Page:
    """One spec's page: its data, where everything is anchored, and the client's names."""

    data: dict[str, Any]
    spec_file: str
    package: str
    names: ClientNames
    operations: list[Operation] = field(init=False)
    schemas: dict[str, Any] = field(init=False)
    security_schemes: dict[str, Any] = field(init=False)
    schema_anchor: dict[str, str] = field(init=False)
    op_anchor: dict[int, str] = field(init=False)
    anchor_by_operation_id: dict[str, str] = field(init=False)
    tag_info: dict[str, dict[str, Any]] = field(init=False)
    tag_anchor: dict[tuple[bool, str], str] = field(init=False)
    types: SchemaText = field(init=False)
    _ids: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        components = self.data.get("components") or {}
        self.schemas = components.get("schemas") or {}
        self.security_schemes = components.get("securitySchemes") or {}
        self.operations = list(operations(self.data, "paths")) + list(operations(self.data, "webhooks"))
        for section in SECTIONS:
            self.new_anchor(section)
        self.schema_anchor = {name: self.new_anchor(f"schema-{slug(name)}") for name in self.schemas}
        self.op_anchor = {}
        self.anchor_by_operation_id = {}
        for index, operation in enumerate(self.operations):
            kind = "webhook" if operation.webhook else "op"
            base = operation.operation_id or f"{operation.method}-{operation.path}"
            anchor = self.new_anchor(f"{kind}-{slug(base)}")
            self.op_anchor[index] = anchor
            if operation.operation_id:
                self.anchor_by_operation_id.setdefault(operation.operation_id, anchor)
        self.tag_info = {str(t["name"]): t for t in self.data.get("tags") or [] if isinstance(t, dict) and "name" in t}
        self.tag_anchor = {}
        for webhook in (False, True):
            for tag in self.tag_order(webhook):
                prefix = "webhook-tag" if webhook else "tag"
                self.tag_anchor[(webhook, tag)] = self.new_anchor(f"{prefix}-{slug(tag)}")
        self.types = SchemaText(self.schemas, self.schema_anchor)

    def new_anchor(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``... when taken."""
        anchor, n = base, 1
        while anchor in self._ids:
            n += 1
            anchor = f"{base}-{n}"
        self._ids.add(anchor)
        return anchor

    def resolve(self, node: Any) -> Any:
        return resolve(self.data, node)

    @property
    def has_webhooks(self) -> bool:
        return any(o.webhook for o in self.operations)

    def tag_order(self, webhook: bool) -> list[str]:
        """Declared tags in spec order, then undeclared ones as first used; only tags in use."""
        used: list[str] = []
        for operation in self.operations:
            if operation.webhook == webhook and tags_of(operation)[0] not in used:
                used.append(tags_of(operation)[0])
        declared = [str(t.get("name")) for t in self.data.get("tags") or [] if isinstance(t, dict)]
        return [t for t in declared if t in used] + [t for t in used if t not in declared]

    def tagged(self, webhook: bool, tag: str) -> list[tuple[int, Operation]]:
        """The operations (with their index) whose first tag is ``tag``."""
        return [(i, o) for i, o in enumerate(self.operations) if o.webhook == webhook and tags_of(o)[0] == tag]

    def security_text(self, requirements: Any) -> str:
        """``basicAuth``; ``login`` and ``password``; alternatives joined with "or"; [] is none."""
        if not isinstance(requirements, list) or not requirements:
            return "none"
        alternatives = []
        for requirement in requirements:
            if not isinstance(requirement, dict) or not requirement:
                alternatives.append("none (anonymous)")
                continue
            names = []
            for name, scopes in requirement.items():
                shown = code(str(name))
                if scopes:
                    shown += " (scopes " + ", ".join(code(str(s)) for s in scopes) + ")"
                names.append(shown)
            alternatives.append(" and ".join(names))
        return " or ".join(alternatives)

    def wire_format(self) -> str:
        """``, written `%Y-%m-%d %H:%M:%S` on the wire, in UTC`` from ``info.x-sdk-datetime-format``."""
        wire = (self.data.get("info") or {}).get("x-sdk-datetime-format")
        if not isinstance(wire, dict) or not wire.get("format"):
            return ""
        zone = f"in {text(str(wire['timezone']))}" if wire.get("timezone") else "without a time zone (naive)"
        return f", written {code(str(wire['format']))} on the wire, {zone}"
