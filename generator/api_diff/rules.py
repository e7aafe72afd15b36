"""The catalog of rules: each rule's stable name, its level, and what it means for client users.

A rule has one level, always: where the same edit matters differently in a request and
in a response, there are two rules (``request-…`` and ``response-…``). The level says
what the change does to code written against the client generated from the old spec:

- ``breaking``: such code can stop working (a call is refused, an attribute or an enum member
  disappears, a value's type changes, an answer lacks what the client requires), or the
  client silently behaves differently (retries, failover, where it reads credentials).

The clients are tolerant readers: they check the types and the presence of required
properties of an answer, not its limits or patterns, and their enums are open. So a response
that only gets wider in what the client does not check (a new enum value, a relaxed limit, a
dropped pattern) is ``non-breaking``.
- ``non-breaking``: existing code keeps working; there is something new to use.
- ``docs``: only text for people (descriptions, summaries, examples, unknown ``x-`` keys).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extensions import diff_catalog
from .model import Level

B = Level.BREAKING
N = Level.NON_BREAKING
D = Level.DOCS


@dataclass(frozen=True)
class Rule:
    name: str
    level: Level
    summary: str


_CATALOG: tuple[tuple[str, Level, str], ...] = (
    # -- operations -------------------------------------------------------------------------------
    ("operation-removed", B, "an operation was removed: its client method disappears"),
    ("operation-added", N, "a new operation"),
    ("operation-id-changed", B, "the operationId changed: the client method is renamed"),
    (
        "operation-id-changed-method-pinned",
        D,
        "the operationId changed, the client method keeps its name (x-sdk-method, or the same name derived "
        "from both operationIds) and no class is named after the operation (no inline body or answer objects)",
    ),
    ("operation-tag-changed", B, "the first tag changed: the method moves to another resource (client.<tag>)"),
    ("deprecation-changed", N, "an operation, parameter or schema was deprecated or un-deprecated"),
    ("webhook-removed", B, "a webhook the server sent to clients was removed"),
    ("webhook-added", N, "a new webhook"),
    # -- parameters -------------------------------------------------------------------------------
    ("request-parameter-removed", B, "a parameter was removed: the method's keyword argument disappears"),
    ("request-parameter-added-required", B, "a new required parameter: every call must pass it"),
    ("request-parameter-added-optional", N, "a new optional parameter"),
    ("request-parameter-became-required", B, "an optional parameter became required"),
    ("request-parameter-became-optional", N, "a required parameter became optional"),
    ("request-parameter-serialization-changed", B, "style or explode changed: the value is sent differently"),
    # -- request bodies ---------------------------------------------------------------------------
    ("request-body-removed", B, "the request body was removed"),
    ("request-body-added-required", B, "a new required request body"),
    ("request-body-added-optional", N, "a new optional request body"),
    ("request-body-became-required", B, "the request body became required"),
    ("request-body-became-optional", N, "the request body became optional"),
    ("request-media-type-removed", B, "a request media type is no longer accepted"),
    ("request-media-type-added", N, "a new request media type"),
    # -- schemas in requests (what the client sends: narrowing breaks) ------------------------------
    (
        "request-property-removed",
        B,
        "a request property was removed: the method's keyword (or the TypedDict key) disappears",
    ),
    ("request-property-added-required", B, "a new required request property"),
    ("request-property-added-optional", N, "a new optional request property"),
    ("request-property-became-required", B, "an optional request property became required"),
    ("request-property-became-optional", N, "a required request property became optional"),
    ("request-type-changed", B, "a request value's type changed incompatibly"),
    ("request-type-widened", N, "a request value accepts more types than before"),
    ("request-format-changed", B, "a request value's format changed (or now maps to another Python type)"),
    ("request-format-widened", N, "a request value's format was relaxed"),
    ("request-enum-value-removed", B, "a request enum value was removed"),
    ("request-enum-value-added", N, "a request enum value was added"),
    ("request-became-enum", B, "a request value was restricted to a list of values"),
    ("request-enum-unset", N, "a request value is no longer restricted to a list of values"),
    ("request-limit-narrowed", B, "a request limit was narrowed (max decreased, min increased, bound set)"),
    ("request-limit-widened", N, "a request limit was relaxed"),
    ("request-pattern-added", B, "a request value must now match a pattern"),
    ("request-pattern-changed", B, "a request pattern changed (it may refuse values the old one accepted)"),
    ("request-pattern-removed", N, "a request pattern was removed"),
    ("request-additional-properties-closed", B, "a request object no longer admits other keys"),
    ("request-additional-properties-opened", N, "a request object now admits other keys"),
    ("request-became-nullable", N, "a request value may now be null"),
    ("request-became-not-nullable", B, "a request value may no longer be null"),
    ("request-variant-added", N, "a request anyOf/oneOf gained an alternative"),
    ("request-variant-removed", B, "a request anyOf/oneOf lost an alternative"),
    (
        "request-default-changed",
        N,
        "a request default changed: the client leaves out what the caller does not give, so the server's new "
        "default applies (a pager sends the new page size)",
    ),
    # -- responses --------------------------------------------------------------------------------
    ("response-success-status-removed", B, "a success status was removed"),
    ("response-success-status-added", N, "a new success status whose body the client already parses"),
    ("response-result-type-added", B, "a new success status with a new body: the result type becomes a union"),
    ("response-error-status-removed", N, "an error status is no longer documented"),
    ("response-error-status-added", N, "a new error status"),
    ("response-media-type-removed", B, "a response media type was removed"),
    ("response-media-type-added", N, "a new response media type"),
    ("response-header-removed", B, "a response header was removed"),
    ("response-header-added", N, "a new response header"),
    ("response-header-became-optional", B, "a required response header became optional"),
    ("response-header-became-required", N, "an optional response header became required"),
    # -- schemas in responses (what the client receives: widening breaks) ---------------------------
    ("response-property-removed", B, "a response property was removed: the model loses the attribute"),
    ("response-property-added", N, "a new response property"),
    (
        "response-property-became-optional",
        B,
        "a response property is no longer required: its attribute becomes `… | None`, and clients made from the "
        "old spec refuse an answer without it",
    ),
    ("response-property-became-required", N, "a response property became required"),
    ("response-type-changed", B, "a response value's type changed incompatibly"),
    ("response-type-narrowed", N, "a response value has fewer possible types than before"),
    ("response-format-changed", B, "a response value's format changed (or now maps to another Python type)"),
    ("response-format-narrowed", N, "a response value's format became more precise"),
    (
        "response-enum-value-added",
        N,
        "a new response enum value: the client's enums are open, clients made before read it as UnknownStr/UnknownInt",
    ),
    ("response-enum-value-removed", B, "a response enum value was removed: its enum member disappears"),
    ("response-became-enum", N, "a response value was restricted to a list of values"),
    ("response-enum-unset", B, "a response value is no longer restricted to a list of values: its enum type goes"),
    ("response-limit-widened", N, "a response limit was relaxed: the client checks types, not limits"),
    ("response-limit-narrowed", N, "a response limit was narrowed"),
    ("response-pattern-removed", N, "a response pattern was removed: the client checks types, not patterns"),
    ("response-pattern-changed", N, "a response pattern changed: the client checks types, not patterns"),
    ("response-pattern-added", N, "a response value now matches a pattern"),
    ("response-additional-properties-closed", N, "a response object no longer admits other keys"),
    ("response-additional-properties-opened", N, "a response object now admits other keys"),
    ("response-became-nullable", B, "a response value may now be null"),
    ("response-became-not-nullable", N, "a response value is no longer null"),
    ("response-variant-added", B, "a response anyOf/oneOf gained an alternative the client must parse"),
    ("response-variant-removed", N, "a response anyOf/oneOf lost an alternative"),
    ("response-default-changed", N, "a response default changed"),
    # -- components and models --------------------------------------------------------------------
    ("model-removed", B, "a component schema with a model class was removed: the class can no longer be imported"),
    ("model-added", N, "a new component schema with a model class"),
    ("model-renamed", B, "a value's model class changed (another component, or inline)"),
    ("model-title-changed", B, "the title of a model schema changed: the model class is named after it"),
    ("schema-removed", N, "a component schema without a model class was removed"),
    ("schema-added", N, "a new component schema without a model class"),
    # -- authentication ---------------------------------------------------------------------------
    ("security-requirements-changed", B, "the credentials an operation needs changed"),
    ("security-scheme-removed", B, "a security scheme was removed"),
    ("security-scheme-added", N, "a new security scheme"),
    ("security-scheme-changed", B, "a security scheme changed (type, scheme, location, name or flows)"),
    # -- servers ----------------------------------------------------------------------------------
    ("server-removed", B, "a server was removed: `server=` no longer accepts its name"),
    ("server-added", N, "a new server"),
    ("server-url-changed", B, "a server's URL changed"),
    ("server-default-changed", B, "another server comes first: clients that use the default talk to it"),
    ("server-renamed", B, "a server's x-sdk-name changed: `server=` takes another name"),
    ("server-variables-changed", B, "a server's variables changed"),
    # -- documentation ----------------------------------------------------------------------------
    ("description-changed", D, "a description changed"),
    ("summary-changed", D, "a summary changed"),
    ("title-changed", D, "the title of a schema without a model class changed"),
    ("examples-changed", D, "an example changed"),
    ("external-docs-changed", D, "externalDocs changed"),
    ("info-changed", D, "the info object changed (title, version, contact, ...)"),
    ("tag-changed", D, "a tag's declaration changed (description, externalDocs, added, removed)"),
    ("links-changed", D, "response links changed (the client does not use them; the stateful tests do)"),
    ("extension-changed", D, "an x- extension that changes nothing in the client changed (or was restated)"),
    # -- anything else ----------------------------------------------------------------------------
    ("unclassified-change", B, "a change no rule understands: breaking until a person says otherwise"),
)


_EXTENSION_CATALOG = tuple((name, Level(level), summary) for name, level, summary in diff_catalog())
"""The extensions' rules, as the registry (``generator/extensions.py``) rates them."""

RULES: dict[str, Rule] = {name: Rule(name, level, summary) for name, level, summary in (*_CATALOG, *_EXTENSION_CATALOG)}


def level_of(rule: str) -> Level:
    """The level of ``rule``; an unknown name is a programming error."""
    return RULES[rule].level
