"""Every ``x-`` extension this project reads, declared once.

An entry says where the extension may stand in a spec, the JSON Schema of its value (``check``
validates every occurrence and refuses an ``x-sdk-*`` key that is not declared here, so a typo
is an error, not a silently ignored key), how the API diff rates a change of it, and the README
row that documents it. The README's extension table and the diff's rule catalog are made from
this list, so a new extension is added here, in one place.

Light on purpose (the standard library and ``naming``): ``python -m generator diff`` reads it
without importing the generation stack; only ``naming.default_method_name``, which the diff calls
for an ``x-sdk-method`` added or removed, imports openapi-python-client's naming when it runs (so
does ``naming.enum_member_names``, which the schema walker calls for changed ``x-enum-varnames``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .naming import default_method_name

#: The kinds of spec object an extension can stand on.
Place = Literal[
    "info",
    "server",
    "tag",
    "path-item",
    "operation",
    "parameter",
    "request-body",
    "response",
    "media-type",
    "header",
    "schema",
    "security-scheme",
]

#: How a change affects the users of a generated client (the API diff's levels).
DiffLevel = Literal["breaking", "non-breaking", "docs"]

#: What happened to an extension between two versions of a spec.
ChangeKind = Literal["added", "removed", "changed"]

PREFIX = "x-sdk-"

#: A value absent on one side of a change.
ABSENT: Any = object()


@dataclass(frozen=True)
class DiffRating:
    """How the API diff rates a change of one extension.

    ``levels`` gives the level per kind of change; when all three are equal the diff has one rule
    ``<rule>-changed``, else one rule per kind (``<rule>-added``, ...), since a rule has one level.
    ``effective``, when given, maps a value (or ``ABSENT``), the JSON path of the object holding it
    and that object to what the client does with it, so that writing out a default is no change.
    """

    rule: str
    effect: str
    levels: Mapping[ChangeKind, DiffLevel]
    effective: Callable[[Any, tuple[str | int, ...], Mapping[str, Any]], object] | None = None
    #: Turns the kind of a change by its values (``refine(kind, old, new)``), e.g. an addition that acts as a change.
    refine: Callable[[ChangeKind, Any, Any], ChangeKind] | None = None

    def rule_for(self, kind: ChangeKind) -> str:
        return f"{self.rule}-changed" if len(set(self.levels.values())) == 1 else f"{self.rule}-{kind}"

    def catalog(self, extension: str) -> list[tuple[str, DiffLevel, str]]:
        """Every rule of this rating: its name, level and what it means for client users."""
        if len(set(self.levels.values())) == 1:
            level = next(iter(self.levels.values()))
            return [(self.rule_for("changed"), level, f"{extension} added, removed or changed: {self.effect}")]
        return [
            (self.rule_for(kind), level, f"{extension} {kind}: {self.effect}") for kind, level in self.levels.items()
        ]


@dataclass(frozen=True)
class Extension:
    """One extension: its name, places, value schema, diff rating and README row."""

    name: str
    places: tuple[Place, ...]
    schema: Mapping[str, Any]
    usage: str
    where: str
    effect: str
    diff: DiffRating | None
    #: Why the diff does not rate it through ``diff`` (another rule covers it), when ``diff`` is None.
    diff_note: str = ""


def _all(level: DiffLevel) -> Mapping[ChangeKind, DiffLevel]:
    return {"added": level, "removed": level, "changed": level}


#: Methods the client retries by default (``x-sdk-idempotent`` overrides it per operation).
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})


def _failover(value: Any, holder: tuple[str | int, ...], node: Mapping[str, Any]) -> object:
    """What the client does: the servers in order, the statuses as a set."""
    if not isinstance(value, dict):
        return value
    statuses = sorted({str(s).upper() for s in value.get("statuses") or []})
    return (tuple(str(s) for s in value.get("servers") or []), tuple(statuses))


def _failover_kind(kind: ChangeKind, old: Any, new: Any) -> ChangeKind:
    """A failover added with statuses re-sends a request that reached a server: rated as a change."""
    if kind == "added" and isinstance(new, dict) and new.get("statuses"):
        return "changed"
    return kind


def _idempotent(value: Any, holder: tuple[str | int, ...], node: Mapping[str, Any]) -> object:
    """What the client does: retry after a request may have reached the server, or not."""
    if value is ABSENT:
        return bool(holder) and str(holder[-1]).lower() in IDEMPOTENT_METHODS
    return value


def _method(value: Any, holder: tuple[str | int, ...], node: Mapping[str, Any]) -> object:
    """What the client calls the operation's method: ``x-sdk-method``, else (absent or null, which the
    generator skips) the name the generator derives."""
    if value is not ABSENT and value is not None:
        return value
    operation_id, tags = node.get("operationId"), node.get("tags")
    if not isinstance(operation_id, str) or not operation_id:
        return ABSENT  # the generator then names it from the path: any x-sdk-method is a change
    tag = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else "default"
    return default_method_name(operation_id, tag)


_NAME = {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"}
_TEXT = {"type": "string", "minLength": 1}

EXTENSIONS: tuple[Extension, ...] = (
    Extension(
        "x-sdk-env-prefix",
        ("info",),
        {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
        "`x-sdk-env-prefix: <PREFIX>`",
        "`info`",
        "the prefix of the environment variables a client reads (`<PREFIX>_USERNAME`, `<PREFIX>_BASE_URL`; "
        "default: the spec's file name in capitals)",
        DiffRating(
            "sdk-env-prefix",
            "the client reads other environment variables: applications configured from the environment "
            "lose their credentials",
            _all("breaking"),
        ),
    ),
    Extension(
        "x-sdk-name",
        ("server",),
        _TEXT,
        "`x-sdk-name: <name>`",
        "a server",
        'the server\'s name for `server="..."` (else from the description)',
        None,
        "a server's name is rated by `server-renamed`",
    ),
    Extension(
        "x-sdk-datetime",
        ("schema",),
        {"type": "boolean"},
        "`x-sdk-datetime: true`",
        "a string schema (with its `pattern`)",
        "a `datetime` in the client",
        DiffRating("sdk-datetime", "the value's type in the client changes (str ↔ datetime)", _all("breaking")),
    ),
    Extension(
        "x-sdk-datetime-format",
        ("info",),
        {
            "type": "object",
            "required": ["format"],
            "properties": {"format": {"type": "string", "pattern": "%"}, "timezone": _TEXT},
            "additionalProperties": False,
        },
        "`x-sdk-datetime-format: {format: <strftime>, timezone: UTC}`",
        "`info`",
        "how those timestamps are written and read",
        DiffRating(
            "sdk-datetime-format", "the client reads and writes every vendor timestamp differently", _all("breaking")
        ),
    ),
    Extension(
        "x-sdk-unwrap",
        ("schema",),
        _TEXT,
        "`x-sdk-unwrap: <property>`",
        "a success response's object schema",
        "the client returns that property",
        DiffRating("sdk-unwrap", "the client method returns another value", _all("breaking")),
    ),
    Extension(
        "x-sdk-idempotent",
        ("operation",),
        {"type": "boolean"},
        "`x-sdk-idempotent: false`",
        "an operation",
        "retried only when the request never reached the server (default: by method)",
        DiffRating(
            "sdk-idempotent",
            "whether the client retries a request that may have reached the server changes",
            _all("breaking"),
            _idempotent,
        ),
    ),
    Extension(
        "x-sdk-failover",
        ("operation",),
        {
            "type": "object",
            "required": ["servers"],
            "properties": {
                "servers": {"type": "array", "items": _TEXT, "minItems": 1},
                "statuses": {
                    "type": "array",
                    "items": {
                        "anyOf": [
                            {"type": "integer", "minimum": 100, "maximum": 599},
                            {"type": "string", "pattern": "^([1-5][0-9][0-9]|5XX)$"},
                        ]
                    },
                    "uniqueItems": True,
                },
            },
            "additionalProperties": False,
        },
        "`x-sdk-failover: {servers: [..], statuses: [404, 5XX]}`",
        "an operation",
        "ask the next server on those answers (and when a server cannot be reached)",
        DiffRating(
            "sdk-failover",
            "which servers the client asks when one fails changes",
            {"added": "non-breaking", "removed": "breaking", "changed": "breaking"},
            _failover,
            _failover_kind,
        ),
    ),
    Extension(
        "x-sdk-pagination",
        ("operation",),
        {
            "type": "object",
            "required": ["offset", "limit"],
            "properties": {"offset": _TEXT, "limit": _TEXT},
            "additionalProperties": False,
        },
        "`x-sdk-pagination: {offset: .., limit: ..}`",
        "an operation returning a list",
        "the method returns a page that iterates over every page",
        DiffRating("sdk-pagination", "the method returns a page instead of a list, or the reverse", _all("breaking")),
    ),
    Extension(
        "x-sdk-method",
        ("operation",),
        {"type": "string", "pattern": "^[a-z_][a-z0-9_]*$"},
        "`x-sdk-method: <name>`",
        "an operation",
        "the resource's method name (default: operationId without the tag's words)",
        DiffRating("sdk-method", "the client method is renamed", _all("breaking"), effective=_method),
    ),
    Extension(
        "x-sdk-repeat-for",
        ("parameter",),
        _TEXT,
        "`x-sdk-repeat-for: <parameter>`",
        "a query parameter, naming an array query parameter of the operation",
        "a single value is sent once per item of the named parameter",
        DiffRating("sdk-repeat-for", "the parameter's type in the client method changes", _all("breaking")),
    ),
    Extension(
        "x-enum-varnames",
        ("schema",),
        {"type": "array", "items": _NAME, "uniqueItems": True},
        "`x-enum-varnames: [..]`",
        "an enum (one name per value)",
        "member names (openapi-python-client)",
        DiffRating("enum-varnames", "enum members are renamed", _all("breaking")),
    ),
    Extension(
        "x-enum-descriptions",
        ("schema",),
        {"type": "array", "items": {"type": "string"}},
        "`x-enum-descriptions: [..]`",
        "an enum",
        "one description per value, in the reference docs",
        DiffRating("enum-descriptions", "the reference docs describe the enum's values differently", _all("docs")),
    ),
    Extension(
        "x-sdk-error-in-success",
        ("response",),
        _TEXT,
        "`x-sdk-error-in-success: <property>`",
        "a 2xx response whose schema is `oneOf`/`anyOf` [success, error body requiring `<property>`]",
        "the generator sees only the success branch; the client raises the API error when the answer holds "
        "`<property>` (Smartswitch: `errors` with HTTP 200)",
        DiffRating(
            "sdk-error-in-success",
            "a success answer holding the vendor's error raises (or no longer raises) the API error",
            _all("breaking"),
        ),
    ),
    Extension(
        "x-assumed",
        ("schema", "parameter", "request-body", "response", "media-type", "header"),
        {},  # its reasons and keywords are checked by assumptions.py, with messages of their own
        "`x-assumed: <reason>` or `{<keyword>: <reason>}`",
        "any schema, parameter, body, response, media type or header",
        "everything the node claims (or only the named constraint keywords) is this spec's assumption, not "
        "the vendor's: the mock accepts a request that breaks only assumed constraints, with a `Warning` header",
        DiffRating(
            "assumption",
            "what the spec assumes changed: the reference docs and the mock's warnings change, the client does not",
            _all("docs"),
        ),
    ),
)

#: Where the mock's own behaviour is written: never in a description, which becomes a client docstring.
MOCK_NOTE = Extension(
    "x-mock-note",
    ("operation", "parameter", "request-body", "response", "media-type", "header", "schema"),
    {"type": "string", "minLength": 1},
    "`x-mock-note: <text>`",
    "any operation, parameter, body, response, media type, header or schema",
    "what this project's mock does there that the vendor's sources do not say; shown in the reference docs, "
    "never in client docstrings (`check` refuses a description that talks about the mock)",
    DiffRating("mock-note", "what the mock is said to do changed; the client does not change", _all("docs")),
)

EXTENSIONS = (*EXTENSIONS, MOCK_NOTE)

BY_NAME: dict[str, Extension] = {e.name: e for e in EXTENSIONS}


def is_ours(key: object) -> bool:
    """An ``x-sdk-*`` key, which must be declared here."""
    return isinstance(key, str) and key.startswith(PREFIX)


def diff_catalog() -> list[tuple[str, DiffLevel, str]]:
    """The API diff's rules for extensions: name, level, summary."""
    return [rule for e in EXTENSIONS if e.diff is not None for rule in e.diff.catalog(e.name)]


def diff_rules() -> dict[str, DiffLevel]:
    """The API diff's rules for extensions, with their levels."""
    return {name: level for name, level, _ in diff_catalog()}
