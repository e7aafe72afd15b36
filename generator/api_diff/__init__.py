"""The API-change classifier: what a spec change does to the users of the generated client.

``compare(old, new)`` takes two parsed specs and returns every difference as a ``Change``:
a stable kebab-case ``rule`` (the catalog, with each rule's one fixed level, is in
``rules.py``), a ``level`` (``breaking``, ``non-breaking``, ``docs``), a ``location``
(the operations it matters to, a readable path such as ``schema `JobOptions` › billcode``,
and an RFC 6901 pointer into the new spec, or into the old one for something removed) and
a one-line ``message``. ``python -m generator diff OLD NEW`` and ``diff --since GIT_REF``
(``cli.py``) print it as text, a Markdown table for a pull request or JSON (``render.py``),
breaking first, and exit 1 when something is breaking.

Modules: ``model`` (Change, Location, Level, SpecReport) · ``rules`` (the catalog) ·
``refs`` (pointers, ``$ref`` resolution) · ``findings`` (collecting and folding findings) ·
``walk`` (shared state; docs, extensions and unknown keys of any object) · ``schemas``
(two schemas in a direction) · ``operations`` (paths, webhooks, parameters, bodies,
responses, security) · ``servers`` · ``document`` (info, tags, security schemes, the
component inventory) · ``compare`` (the entry point) · ``render`` · ``cli``.

How it decides
--------------
- Direction. A schema in a request (parameters, request bodies) is what the client sends:
  narrowing it breaks (``request-limit-narrowed``, ``request-enum-value-removed``, a new
  required property); widening does not. A schema in a response is what the client parses:
  widening what the client checks breaks (``response-became-nullable``,
  ``response-variant-added``, a type change), widening what it does not check is non-breaking:
  the clients are tolerant readers with open enums that check types and required properties,
  not limits or patterns (``response-enum-value-added``, ``response-limit-widened``,
  ``response-pattern-removed``). Every such rule exists twice,
  ``request-…`` and ``response-…``, so a rule's level never varies. Webhooks are called by
  the server, so their directions are swapped. A schema no operation uses is compared in
  both directions (it still yields a generated class).
- Shared components are reported once, at the component: a change inside
  ``#/components/schemas/Error`` is one change located at that schema, listing every
  operation that reaches it (``Location.operations``), once per direction it is used in.
  Each pair of definitions is compared once per direction (memoised by their pointers),
  which also ends recursion on recursive schemas.
- ``$ref``s are resolved; inlining a schema that has no generated class (a string with a
  pattern) changes nothing, while one that has (an object, an enum) changes the class the
  client imports (``model-renamed``). ``allOf`` is flattened, as openapi-python-client merges it.
- The generated client is the yardstick, beyond the wire contract: removing a response
  property or enum value breaks (the attribute or enum member disappears), operationId and
  first-tag changes break (the method is renamed or moves to another resource; an operationId
  change under an unchanged ``x-sdk-method`` does not), servers removed or renamed break
  (``server=`` names). Every extension of ``generator/extensions.py`` is rated by that
  registry: ``x-sdk-method``, ``-env-prefix``, ``-pagination``, ``-repeat-for``, ``-unwrap``,
  ``-datetime``, ``-datetime-format``, ``-error-in-success`` and ``x-enum-varnames`` changes
  break; ``x-sdk-idempotent`` by its effect (writing out what the method implies is no change);
  ``x-sdk-failover`` added is non-breaking, removed or changed breaking; ``x-assumed``,
  ``x-mock-note`` and ``x-enum-descriptions`` are docs. An undeclared ``x-sdk-*`` key (which
  ``check`` refuses) and every other ``x-`` key are docs.
- Nothing changes silently: a keyword no rule reads (``not``, ``discriminator``,
  ``readOnly``, ``callbacks``, an unresolvable ``$ref``, the OpenAPI version) that differs
  is ``unclassified-change``, breaking until a person has looked.
- Changes to component responses, parameters or bodies that no operation uses, and
  order-only changes (enum order, required order, servers after the first), are not reported.

Compared with oasdiff
---------------------
Against oasdiff's checks (docs/BREAKING-CHANGES.md and its check catalog, ``oasdiff
checks``): oasdiff keeps one id per (place × keyword × edit), e.g.
``request-parameter-max-length-decreased``, ``request-property-max-length-decreased``,
``request-body-max-length-decreased``; here one rule covers the body, its properties and
the parameters, and the location says which (``request-limit-narrowed``).

Covered, with the same verdict as oasdiff's ERR/INFO:
``api-path-removed-*``/``api-removed-*`` (operation-removed) · ``endpoint-added`` ·
``new-required-request-parameter``, ``new-optional-request-parameter``,
``new-request-path-parameter``, ``request-parameter-removed``,
``request-parameter-became-required/optional`` · ``request-body-added-required/optional``,
``request-body-removed``, ``request-body-became-required/optional``,
``request-body-media-type-added/removed`` · ``new-required-request-property``,
``new-optional-request-property``, ``request-property-removed``,
``request-property-became-required/optional`` · the request ``*-max/min/max-length/
min-length/max-items/min-items/exclusive-*-increased/decreased/set`` families
(request-limit-narrowed/widened) · ``*-pattern-added/changed/removed`` in both directions ·
``*-became-enum``, ``*-enum-value-removed/added`` · ``*-became-nullable/not-nullable`` ·
``*-type-changed/generalized`` · ``*-any-of/one-of-added/removed`` (variant rules) ·
``response-success-status-removed/added``, ``response-non-success-status-removed/added`` ·
``response-media-type-removed/added`` · ``response-required-property-removed``,
``response-property-became-optional/required``, ``response-*-property-added`` ·
``response-property-enum-value-added`` (a warning in oasdiff; non-breaking here: the
clients' enums are open) · the response ``*-increased/decreased/unset`` limit
families (response-limit-widened/narrowed) · ``required/optional-response-header-removed``,
``response-header-became-optional``, ``response-header-added`` · ``api-security-added/
removed/updated``, ``api-global-security-*``, scope changes (security-requirements-changed),
``api-security-component-added/removed/type-changed/oauth-*`` (security-scheme-*) ·
``endpoint-deprecated/reactivated``, ``request-parameter-deprecated`` (deprecation-changed).

Covered, stricter than oasdiff because the client is generated: ``api-operation-id-removed``
and ``api-tag-removed`` (optional there; here the module name or package changes) ·
``response-optional-property-removed`` (info there since v1.30; here the model loses the
attribute) ·
``api-schema-removed`` (optional there; model-removed breaks imports) ·
``response-*-discriminator-*``, ``*-read-only/write-only-*`` (unclassified-change here).

Not covered, and why: deprecation policy, sunset dates and stability levels
(``api-sunset-*``, ``*-stability-*``, ``x-stability-level``; the specs use none, and
deprecating is non-breaking by itself) · ``x-extensible-enum`` (every enum of the clients
is open, so the mark would change nothing) · ``api-version-not-bumped``
and other ``info.version`` checks (versioning is the release tooling's job; ``info`` is
docs here) · ``*-all-of-added/removed`` (allOf is flattened and compared as a whole) ·
media type generalisation (``response-media-type-name-generalized``; media types are
matched by name, a renamed one is removed + added) · pattern generalisation
(``*-pattern-generalized``: any pattern change is breaking) · ``request-body-wrapped-in-
one-of`` and friends (they show as variant and type changes) · parameters given
``content`` instead of ``schema`` are compared by their first media type's schema · the
CLI's ignore files, severity overrides and path-prefix options (a reviewer reads the
Markdown report instead).

Beyond oasdiff: ``model-renamed``/``model-title-changed`` (class names),
``response-result-type-added`` (a new 2xx body makes the result a union),
``response-additional-properties-closed`` (the model loses ``additional_properties``),
format changes that switch the Python type (date-time, date, uuid, binary), the server
rules (``server-removed/renamed/url-changed/default-changed/variables-changed``), the
extension rules (from the registry), the ``line:column`` of every change, webhooks with swapped directions, and the
``unclassified-change`` safety net.
"""

from .compare import compare
from .model import Change, Level, Location, SpecReport

__all__ = ["Change", "Level", "Location", "SpecReport", "compare"]
