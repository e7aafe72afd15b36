"""A Markdown API reference page per spec, for ``docs/api/<spec stem>.md``.

The page is committed next to the spec so that a spec change shows up in review
as a readable diff. ``render_reference`` is a pure function of the spec data:
same input, same bytes, everything in spec order, no timestamps.

What it shows: the API's metadata and description, servers, authentication,
every operation grouped by tag (with the module of the generated client that
calls it), webhooks, and every component schema. Descriptions are Markdown
(CommonMark, as OpenAPI says) and are copied verbatim, except inside table
cells, where a cell must stay on one line: there soft line breaks become
spaces, list items and paragraphs ``<br>``, and ``|`` is escaped.

A ``$ref`` is shown as a link to the component's section, never inlined. Only
the parts a reader needs to understand an operation are followed: shared
parameters, responses, request bodies, headers and links.

Python names (modules, classes, arguments, enum members, exceptions) are
computed as openapi-python-client and this folder's templates compute them, so
that the page tells the truth about the generated client.
"""

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from .assumptions import EXTENSION as ASSUMED
from .assumptions import find_assumptions
from .context import auth_context, error_class_name, server_choices
from .spec import HTTP_METHODS, SpecSource, error_in_success_branches, resolve

#: openapi-python-client's default ``field_prefix``; build.py does not change it.
FIELD_PREFIX = "field_"
#: The prefix openapi-python-client gives a tag that is not a valid identifier.
TAG_PREFIX = "tag"
#: The tag of operations that have none, as openapi-python-client names it.
DEFAULT_TAG = "default"
SCHEMA_REF_PREFIX = "#/components/schemas/"
DATETIME_NOTE = "`datetime` in the client"


def render_reference(data: dict[str, Any], *, spec_file: str, package_name: str) -> str:
    """The Markdown reference page of the spec ``data``.

    ``spec_file`` is how the page names the spec (e.g. ``specs/callr.yaml``);
    ``package_name`` is the generated client's import name (e.g. ``typedsms_callr``).
    """
    return _Page(data, spec_file=spec_file, package_name=package_name).render()


# -- Markdown primitives ------------------------------------------------------------------------

_BACKTICK_RUN = re.compile(r"`+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def code(value: str) -> str:
    """``value`` as a code span, whatever backticks it holds."""
    value = value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    if not value:
        return "(empty)"
    longest = max((len(run) for run in _BACKTICK_RUN.findall(value)), default=0)
    fence = "`" * (longest + 1)
    pad = value[0] == "`" or value[-1] == "`" or (value[0] == " " and value[-1] == " " and value.strip() != "")
    space = " " if pad else ""
    return f"{fence}{space}{value}{space}{fence}"


def literal(value: Any) -> str:
    """A JSON value as a code span: ``"a"``, ``10``, ``true``, ``null``."""
    return code(json.dumps(value, ensure_ascii=False, default=str))


def text(value: str) -> str:
    """Plain text (a name) with Markdown's inline syntax escaped."""
    return _MD_SPECIAL.sub(r"\\\1", value)


def link(label: str, url: str) -> str:
    """A Markdown link; ``label`` is already Markdown."""
    target = f"<{url}>" if re.search(r"[\s()<>]", url) else url
    return f"[{label}]({target})"


def one_line(value: str) -> str:
    """Markdown text on one line, as a table cell needs it.

    Soft line breaks (wrapped prose) become spaces, as Markdown would render them anyway;
    list items and paragraph breaks become ``<br>``.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs: list[str] = []
    for paragraph in _BLANK_LINE.split(value):
        joined = ""
        for line in (line.strip() for line in paragraph.split("\n")):
            if not line:
                continue
            if not joined:
                joined = line
            elif _LIST_ITEM.match(line):
                joined += "<br>" + line
            else:
                joined += " " + line
        if joined:
            paragraphs.append(joined)
    return "<br><br>".join(paragraphs)


def cell(value: str) -> str:
    """Markdown text made safe for one table cell: on one line, every ``|`` escaped.

    The escape holds inside code spans too: GitHub splits a row into cells before it
    parses code spans, and reads ``\\|`` as a literal pipe everywhere in a table.
    """
    return one_line(value).replace("|", "\\|")


def table(header: Sequence[str], rows: Sequence[Sequence[str]], *, optional: Sequence[int] = ()) -> list[str]:
    """A GFM table; the ``optional`` columns are left out when every row leaves them empty."""
    keep = [i for i in range(len(header)) if i not in optional or any(row[i].strip() for row in rows)]
    lines = ["| " + " | ".join(cell(header[i]) for i in keep) + " |", "|" + "|".join("---" for _ in keep) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(cell(row[i]) for i in keep) + " |")
    return lines


def verbatim(value: Any) -> str:
    """A description as written in the spec, without the trailing newline YAML block scalars add."""
    return str(value).replace("\r\n", "\n").strip("\n").rstrip()


def facts_and_prose(facts: Sequence[tuple[str, str]], description: Any) -> list[str]:
    """A list of ``**label:** value`` facts, then a description verbatim.

    A description that starts with a list item (or indented text) would continue the facts'
    list in Markdown, so an empty HTML comment ends that list first.
    """
    lines = [f"- **{label}:** {value}" for label, value in facts]
    if lines:
        lines.append("")
    body = verbatim(description) if description else ""
    if body:
        if lines and (body[:1].isspace() or _LIST_ITEM.match(body)):
            lines += ["<!-- -->", ""]
        lines += [body, ""]
    return lines


def prose_and_facts(description: Any, facts: Sequence[tuple[str, str]]) -> list[str]:
    """A description verbatim, then a list of ``**label:** value`` facts.

    When the description ends in a list (or indented text), the facts would continue it in
    Markdown, so an empty HTML comment ends it first.
    """
    body = verbatim(description) if description else ""
    lines = [body, ""] if body else []
    if body and facts:
        last_block = _BLANK_LINE.split(body)[-1].split("\n")
        if any(line[:1].isspace() or _LIST_ITEM.match(line) for line in last_block):
            lines += ["<!-- -->", ""]
    lines += [f"- **{label}:** {value}" for label, value in facts]
    if facts:
        lines.append("")
    return lines


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def _number(value: Any) -> str:
    return json.dumps(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def _counted(noun: str, low: Any, high: Any, plural: str = "") -> str | None:
    """``1..5 items``, ``at least 1 item``, ``at most 11 characters``, or None without bounds."""
    many = plural or f"{noun}s"
    if low is not None and high is not None:
        return f"exactly {_number(low)} {many}" if low == high else f"{_number(low)}..{_number(high)} {many}"
    if low is not None:
        return f"at least {_number(low)} {noun if low == 1 else many}"
    if high is not None:
        return f"at most {_number(high)} {noun if high == 1 else many}"
    return None


def numeric_range(schema: dict[str, Any]) -> str | None:
    """``1..1000``, ``≥ 0``, ``> 0, ≤ 10``: the bounds of a number, or None."""
    low, high = schema.get("minimum"), schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if ex_low is True:  # OpenAPI 3.0 style: a flag on minimum
        ex_low, low = low, None
    if ex_high is True:
        ex_high, high = high, None
    if isinstance(ex_low, bool):
        ex_low = None
    if isinstance(ex_high, bool):
        ex_high = None
    if low is not None and high is not None:
        return f"{_number(low)}..{_number(high)}"
    parts = []
    if low is not None:
        parts.append(f"≥ {_number(low)}")
    if ex_low is not None:
        parts.append(f"> {_number(ex_low)}")
    if high is not None:
        parts.append(f"≤ {_number(high)}")
    if ex_high is not None:
        parts.append(f"< {_number(ex_high)}")
    return ", ".join(parts) or None


def _wrap(type_text: str) -> str:
    """Parenthesize a union or intersection before it is nested in another type."""
    depth = 0
    i = 0
    while i < len(type_text):
        char = type_text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "`":  # skip code spans (literals)
            end = type_text.find("`", i + 1)
            i = end if end != -1 else len(type_text)
        elif depth == 0 and type_text.startswith((" | ", " & "), i):
            return f"({type_text})"
        i += 1
    return type_text


# -- Python names of the generated client ---------------------------------------------------------


def python_name(name: str) -> str:
    """An argument or attribute name as openapi-python-client makes it (``from`` → ``from_``)."""
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def module_name(operation_id: str) -> str:
    """The endpoint module of an operation (``sendSmsWithQuery`` → ``send_sms_with_query``)."""
    return str(PythonIdentifier(PythonIdentifier(operation_id, prefix=FIELD_PREFIX), prefix=FIELD_PREFIX))


def generated_operation_id(path: str, method: str) -> str:
    """The name openapi-python-client derives for an operation without operationId."""
    unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return f"{method}_{unsafe}"


def tag_module(tag: str) -> str:
    return str(PythonIdentifier(tag, prefix=TAG_PREFIX))


def resource_attr(tag: str) -> str:
    """The client's attribute of a tag's resource (``client.jobs``)."""
    from .views import snake

    return snake(tag)


def method_name(operation_id: str, tag: str, explicit: object = None) -> str:
    """The resource method of an operation: ``x-sdk-method``, else its name without the tag's words."""
    if explicit:
        return str(explicit)
    name = python_name(operation_id)
    tag_words = {tag, tag.rstrip("s"), tag + "s"}
    words = [w for w in name.split("_") if w not in tag_words]
    return "_".join(words) or name


def class_name(schema_name: str, schema: dict[str, Any]) -> str:
    return str(ClassName(str(schema.get("title") or schema_name), prefix=FIELD_PREFIX))


def enum_members(values: Sequence[Any], var_names: Sequence[Any]) -> list[str] | None:
    """The members of the Python enum of ``values`` (as ``EnumProperty.values_from_list``), or None.

    None when the enum is not a plain Python enum: a value that is not an int or a string.
    """
    if not values or not all(isinstance(v, int | str) and not isinstance(v, bool) for v in values):
        return None
    use_var_names = len(var_names) == len(values)
    members: list[str] = []
    for i, value in enumerate(values):
        if isinstance(value, int):
            if use_var_names:
                key = snake_case(str(var_names[i])).upper()
            else:
                key = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        else:
            if use_var_names:
                raw = str(var_names[i])
            elif value and value[0].isalpha():
                raw = value.upper()
            else:
                raw = f"VALUE_{i}"
            key = snake_case(raw).upper()
        members.append(key)
    return members


def _whole_claim(parts: Sequence[object], node: Any) -> str:
    """What a string-form ``x-assumed`` claims, by the kind of node it stands on."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return "the values of the schema it refers to"
    if len(parts) >= 2 and parts[-2] == "responses":
        return "its status code"
    if len(parts) >= 2 and parts[-2] == "content":
        return "its media type"
    return "every constraint it states"


def _child(container: Any, key: object) -> Any:
    """``container[key]`` for a mapping or a list, ``{}`` when there is none."""
    if isinstance(container, dict):
        return container.get(key, {})
    if isinstance(container, list) and isinstance(key, int) and 0 <= key < len(container):
        return container[key]
    return {}


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def is_model(schema: Any) -> bool:
    """Whether openapi-python-client makes an attrs class of a component schema."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    return "object" in _types(schema) or "properties" in schema or "allOf" in schema


def is_enum(schema: Any) -> bool:
    """Whether openapi-python-client makes an Enum class of a component schema."""
    if not isinstance(schema, dict) or "$ref" in schema or "const" in schema:
        return False
    values = schema.get("enum")
    return isinstance(values, list) and enum_members([v for v in values if v is not None], []) is not None


# -- the page -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    """An operation of ``paths`` or ``webhooks``."""

    webhook: bool
    where: str  # the path, or the webhook's name
    method: str
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.op.get("operationId")
        return str(value) if value else None

    @property
    def tags(self) -> list[str]:
        return [str(t) for t in self.op.get("tags") or []] or [DEFAULT_TAG]

    @property
    def title(self) -> str:
        """``POST /jobs``; a webhook: ``POST deliveryReceipt``."""
        return f"{self.method.upper()} {self.where}"


class _Page:
    def __init__(self, data: dict[str, Any], *, spec_file: str, package_name: str) -> None:
        self.data = data
        self.spec_file = spec_file
        self.package = package_name
        components = data.get("components") or {}
        self.schemas: dict[str, Any] = components.get("schemas") or {}
        self.security_schemes: dict[str, Any] = components.get("securitySchemes") or {}
        self.operations = list(self._operations("paths")) + list(self._operations("webhooks"))
        self._ids: set[str] = set()
        for section in ("contents", "servers", "authentication", "assumptions", "operations", "webhooks", "schemas"):
            self._new_anchor(section)
        self.schema_anchor = {name: self._new_anchor(f"schema-{slug(name)}") for name in self.schemas}
        self.op_anchor: dict[int, str] = {}
        self.anchor_by_operation_id: dict[str, str] = {}
        for index, operation in enumerate(self.operations):
            kind = "webhook" if operation.webhook else "op"
            base = operation.operation_id or f"{operation.method}-{operation.where}"
            anchor = self._new_anchor(f"{kind}-{slug(base)}")
            self.op_anchor[index] = anchor
            if operation.operation_id:
                self.anchor_by_operation_id.setdefault(operation.operation_id, anchor)
        self.tag_info: dict[str, dict[str, Any]] = {
            str(t["name"]): t for t in data.get("tags") or [] if isinstance(t, dict) and "name" in t
        }
        self.tag_anchor: dict[tuple[bool, str], str] = {}
        for webhook in (False, True):
            for tag in self._tag_order(webhook):
                prefix = "webhook-tag" if webhook else "tag"
                self.tag_anchor[(webhook, tag)] = self._new_anchor(f"{prefix}-{slug(tag)}")

    # -- helpers ---------------------------------------------------------------------------------

    def _new_anchor(self, base: str) -> str:
        anchor, n = base, 1
        while anchor in self._ids:
            n += 1
            anchor = f"{base}-{n}"
        self._ids.add(anchor)
        return anchor

    def _operations(self, key: str) -> Iterator[_Operation]:
        for where, item in (self.data.get(key) or {}).items():
            item = resolve(self.data, item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield _Operation(key == "webhooks", str(where), method, item[method], item)

    def _tag_order(self, webhook: bool) -> list[str]:
        """Declared tags in spec order, then undeclared ones as first used; only tags in use."""
        used: list[str] = []
        for operation in self.operations:
            if operation.webhook == webhook and operation.tags[0] not in used:
                used.append(operation.tags[0])
        declared = [str(t.get("name")) for t in self.data.get("tags") or [] if isinstance(t, dict)]
        return [t for t in declared if t in used] + [t for t in used if t not in declared]

    def _resolve(self, node: Any) -> Any:
        return resolve(self.data, node)

    def schema_ref(self, ref: str) -> tuple[str, str | None]:
        """(display name, anchor or None) of a ``$ref``."""
        if ref.startswith(SCHEMA_REF_PREFIX):
            parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in ref[len(SCHEMA_REF_PREFIX) :].split("/")]
            name = parts[0]
            display = name + "".join(f".{p}" for p in parts[2::2]) if len(parts) > 1 else name
            return display, self.schema_anchor.get(name)
        return ref, None

    def ref_link(self, ref: str) -> str:
        display, anchor = self.schema_ref(ref)
        return f"[{text(display)}](#{anchor})" if anchor else code(ref)

    def ref_target(self, schema: Any) -> dict[str, Any] | None:
        """The component schema a ``$ref`` names (for its flags, never to inline it)."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref.startswith(SCHEMA_REF_PREFIX) and "/" not in ref[len(SCHEMA_REF_PREFIX) :]:
                target = self.schemas.get(unquote(ref[len(SCHEMA_REF_PREFIX) :]).replace("~1", "/").replace("~0", "~"))
                return target if isinstance(target, dict) else None
        return None

    def external_docs(self, docs: Any) -> str | None:
        if not isinstance(docs, dict) or not docs.get("url"):
            return None
        url = str(docs["url"])
        label = one_line(str(docs.get("description") or ""))
        return link(label, url) if label else f"<{url}>"

    # -- types and constraints -------------------------------------------------------------------

    def type_of(self, schema: Any) -> str:
        """A compact, readable type: ``string (date-time)``, ``array of [X](#schema-x)``, ``X | null``."""
        if schema is True or schema == {}:
            return "any"
        if schema is False:
            return "nothing"
        if not isinstance(schema, dict):
            return "any"
        if isinstance(schema.get("$ref"), str):
            return self.ref_link(schema["$ref"])
        if "const" in schema:
            return literal(schema["const"])
        if isinstance(schema.get("enum"), list):
            return " | ".join(literal(v) for v in schema["enum"]) or "nothing"
        for key, separator in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")):
            members = schema.get(key)
            if isinstance(members, list) and members:
                parts = [self.type_of(m) for m in members]
                return separator.join(_wrap(p) for p in parts) if len(parts) > 1 else parts[0]
        kinds = _types(schema)
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema:
                kinds = ["object"]
            elif "items" in schema or "prefixItems" in schema:
                kinds = ["array"]
            else:
                bounds = numeric_range(schema)
                return bounds if bounds else "any"
        return " | ".join(self._single_type(schema, kind) for kind in kinds)

    def _single_type(self, schema: dict[str, Any], kind: str) -> str:
        if kind == "null":
            return "null"
        if kind == "array":
            if isinstance(schema.get("prefixItems"), list):
                return "tuple [" + ", ".join(self.type_of(s) for s in schema["prefixItems"]) + "]"
            items = schema.get("items")
            return f"array of {_wrap(self.type_of(items))}" if items is not None else "array"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if not schema.get("properties") and isinstance(extra, dict):
                return f"map of {_wrap(self.type_of(extra))}"
            return "object"
        details = [str(schema["format"])] if schema.get("format") else []
        if kind in ("integer", "number"):
            bounds = numeric_range(schema)
            if bounds:
                details.append(bounds)
        return f"{kind} ({', '.join(details)})" if details else kind

    def constraints(self, schema: Any, *, default: bool = False) -> list[str]:
        """What the type does not show: pattern, lengths, counts, ``not``, the client's reading."""
        if not isinstance(schema, dict):
            return []
        found: list[str] = []
        target = self.ref_target(schema)
        if target is not None:
            if target.get("x-sdk-datetime") is True:
                found.append(DATETIME_NOTE)
            if default and "default" in schema:
                found.append(f"default {literal(schema['default'])}")
            return found
        for key in ("oneOf", "anyOf"):
            for member in schema.get(key) or []:
                member_target = self.ref_target(member)
                if member_target is not None and member_target.get("x-sdk-datetime") is True:
                    found.append(f"{self.type_of(member)} as {DATETIME_NOTE}")
        if isinstance(schema.get("pattern"), str):
            found.append(f"pattern {code(schema['pattern'])}")
        counts = (
            _counted("character", schema.get("minLength"), schema.get("maxLength")),
            _counted("item", schema.get("minItems"), schema.get("maxItems")),
            _counted("property", schema.get("minProperties"), schema.get("maxProperties"), "properties"),
        )
        found += [c for c in counts if c]
        if schema.get("uniqueItems") is True:
            found.append("unique items")
        if "multipleOf" in schema:
            found.append(f"multiple of {_number(schema['multipleOf'])}")
        if "not" in schema:
            found.append(self._not(schema["not"]))
        items = schema.get("items")
        if isinstance(items, dict) and "$ref" not in items:
            inner = self.constraints(items)
            if inner:
                found.append("each item: " + ", ".join(inner))
        if schema.get("properties") and schema.get("additionalProperties") is False:
            found.append("no other properties")
        if schema.get("x-sdk-datetime") is True:
            found.append(DATETIME_NOTE)
        mark = schema.get(ASSUMED)
        if isinstance(mark, str):
            found.append("[assumed](#assumptions)")
        elif isinstance(mark, dict) and mark:
            found.append("[assumed](#assumptions): " + ", ".join(code(str(k)) for k in mark))
        for flag, label in (("readOnly", "read-only"), ("writeOnly", "write-only"), ("deprecated", "deprecated")):
            if schema.get(flag) is True:
                found.append(label)
        if default and "default" in schema:
            found.append(f"default {literal(schema['default'])}")
        return found

    def _not(self, schema: Any) -> str:
        if isinstance(schema, dict) and set(schema) == {"required"} and isinstance(schema["required"], list):
            names = ", ".join(code(str(n)) for n in schema["required"])
            return f"never has {names}"
        bits = [self.type_of(schema), *self.constraints(schema)]
        return "not " + ", ".join(b for b in bits if b != "any")

    def inner_descriptions(self, schema: Any, label: str = "", depth: int = 0) -> list[str]:
        """Descriptions of inline items, map values and alternatives, which the type alone loses.

        Each is one line: ``Each item: …``, ``Each value as integer: …``.
        """
        if not isinstance(schema, dict) or "$ref" in schema or depth > 2:
            return []
        parts: list[tuple[Any, str]] = []
        if isinstance(schema.get("items"), dict):
            parts.append((schema["items"], f"{label}, each item" if label else "each item"))
        if isinstance(schema.get("additionalProperties"), dict):
            parts.append((schema["additionalProperties"], f"{label}, each value" if label else "each value"))
        for key in ("oneOf", "anyOf"):
            for member in schema.get(key) or []:
                if isinstance(member, dict) and "$ref" not in member:
                    alternative = f"as {self.type_of(member)}"
                    parts.append((member, f"{label} {alternative}" if label else alternative))
        found: list[str] = []
        for sub, name in parts:
            if isinstance(sub, dict) and "$ref" not in sub and sub.get("description"):
                found.append(f"{name[:1].upper()}{name[1:]}: {one_line(str(sub['description']))}")
            found.extend(self.inner_descriptions(sub, name, depth + 1))
        return found

    def description_cell(self, holder: dict[str, Any], schema: Any = None) -> str:
        """A parameter's or property's description, else its inline schema's, then the inner ones."""
        description = str(holder.get("description") or "")
        if not description and isinstance(schema, dict) and "$ref" not in schema:
            description = str(schema.get("description") or "")
        lines = [one_line(description)] if description else []
        lines += self.inner_descriptions(schema if schema is not None else holder)
        return "<br>".join(lines)

    def name_cell(self, name: str, *, python: bool = True) -> str:
        py = python_name(name)
        return code(name) + (f"<br>Python: {code(py)}" if python and py != name else "")

    # -- sections --------------------------------------------------------------------------------

    def render(self) -> str:
        lines: list[str] = []
        lines += self.header()
        lines += self.contents()
        lines += self.servers()
        lines += self.authentication()
        lines += self.assumptions()
        lines += self.operation_sections(webhook=False)
        if any(o.webhook for o in self.operations):
            lines += self.operation_sections(webhook=True)
        lines += self.schema_sections()
        page = "\n".join(lines)
        page = re.sub(r"\n{3,}", "\n\n", page).strip("\n")
        return page + "\n"

    def header(self) -> list[str]:
        info = self.data.get("info") or {}
        title = str(info.get("title") or Path(self.spec_file).stem)
        lines = [
            f"<!-- Generated from {self.spec_file} by generator/reference_docs.py. Do not edit: change the spec. -->",
            f"# {title}",
            "",
        ]
        facts = [
            ("API version", code(str(info.get("version", "")))),
            ("OpenAPI", code(str(self.data.get("openapi", "")))),
            ("Spec", code(self.spec_file)),
            ("Python package", code(self.package)),
        ]
        contact = info.get("contact") or {}
        if isinstance(contact, dict) and (contact.get("name") or contact.get("url") or contact.get("email")):
            name = text(str(contact.get("name") or contact.get("url") or contact.get("email")))
            shown = link(name, str(contact["url"])) if contact.get("url") else name
            if contact.get("email"):
                shown += f" ({link(text(str(contact['email'])), 'mailto:' + str(contact['email']))})"
            facts.append(("Contact", shown))
        license_ = info.get("license") or {}
        if isinstance(license_, dict) and license_.get("name"):
            name = text(str(license_["name"]))
            facts.append(("License", link(name, str(license_["url"])) if license_.get("url") else name))
        if info.get("termsOfService"):
            facts.append(("Terms of service", link(text(str(info["termsOfService"])), str(info["termsOfService"]))))
        docs = self.external_docs(self.data.get("externalDocs"))
        if docs:
            facts.append(("External docs", docs))
        wire = self.wire_format()
        if wire:
            facts.append(("Timestamps", f"`datetime` in the client (`x-sdk-datetime`){wire}"))
        lines += [f"- **{label}:** {value}" for label, value in facts]
        if info.get("summary"):
            lines += ["", f"*{one_line(str(info['summary']))}*"]
        if info.get("description"):
            lines += ["", verbatim(info["description"])]
        lines.append("")
        return lines

    def contents(self) -> list[str]:
        lines = ['## <a id="contents"></a>Contents', ""]
        lines += ["- [Servers](#servers)", "- [Authentication](#authentication)"]
        lines += ["- [Assumptions of this spec](#assumptions)", "- [Operations](#operations)"]
        for webhook in (False, True):
            if webhook:
                if not any(o.webhook for o in self.operations):
                    continue
                lines.append("- [Webhooks](#webhooks)")
            for tag in self._tag_order(webhook):
                lines.append(f"  - [{text(tag)}](#{self.tag_anchor[(webhook, tag)]})")
                for index, operation in self._tagged(webhook, tag):
                    summary = f" — {one_line(str(operation.op['summary']))}" if operation.op.get("summary") else ""
                    lines.append(f"    - [{code(operation.title)}](#{self.op_anchor[index]}){summary}")
        lines.append("- [Schemas](#schemas)")
        lines += [f"  - [{text(name)}](#{anchor})" for name, anchor in self.schema_anchor.items()]
        lines.append("")
        return lines

    def assumptions(self) -> list[str]:
        """Every ``x-assumed`` claim: what the spec says that the vendor's sources do not."""
        lines = ['## <a id="assumptions"></a>Assumptions of this spec', ""]
        found = find_assumptions(self.data)
        lines += [
            "Every constraint below is this spec's own assumption (`x-assumed`), not the vendor's: "
            "the mock accepts a request that breaks only these and says so in a `Warning` header. "
            "Every other constraint is the vendor's (its documentation or other vendor evidence "
            "named in the descriptions).",
            "",
        ]
        if not found:
            return [*lines, "This spec makes no assumption.", ""]
        rows = [
            [
                self.place(list(a.parts)),
                code(a.keyword) if a.keyword else _whole_claim(a.parts, self._node_at(a.parts)),
                one_line(a.reason),
            ]
            for a in found
        ]
        return [*lines, *table(["Where", "Claim", "Why the spec assumes it"], rows), ""]

    def _node_at(self, parts: Sequence[object]) -> Any:
        node: Any = self.data
        for part in parts:
            node = _child(node, part)
        return node

    def place(self, parts: list[object]) -> str:
        """A reader's name for the spec node at ``parts``."""
        head: str
        rest: list[object]
        if parts[:1] in (["paths"], ["webhooks"]) and len(parts) >= 3:
            kind = "webhook " if parts[0] == "webhooks" else ""
            head, rest = f"{kind}{code(f'{str(parts[2]).upper()} {parts[1]}')}", parts[3:]
            operation = resolve(self.data, (self.data.get(str(parts[0])) or {}).get(str(parts[1])) or {})
            node: Any = (operation or {}).get(str(parts[2])) or {}
        elif parts[:2] == ["components", "schemas"] and len(parts) >= 3:
            name = str(parts[2])
            anchor = self.schema_anchor.get(name)
            head, rest = (f"[{text(name)}](#{anchor})" if anchor else code(name)), parts[3:]
            node = self.schemas.get(name) or {}
        elif parts[:1] == ["components"] and len(parts) >= 3:
            head, rest = f"{text(str(parts[1])[:-1])} {code(str(parts[2]))}", parts[3:]
            node = ((self.data.get("components") or {}).get(str(parts[1])) or {}).get(str(parts[2])) or {}
        else:
            return code("/".join(str(p) for p in parts) or "/")
        words = [head]
        i = 0
        while i < len(rest):
            key = rest[i]
            value = rest[i + 1] if i + 1 < len(rest) else None
            if key in ("properties", "responses", "content", "parameters") and value is not None:
                child = resolve(self.data, _child(_child(node, key), value))
                if key == "properties":
                    words.append(code(str(value)))
                elif key == "responses":
                    words.append(f"response {code(str(value))}")
                elif key == "content":
                    words.append(f"media type {code(str(value))}")
                else:
                    label = child.get("name", value) if isinstance(child, dict) else value
                    words.append(f"parameter {code(str(label))}")
                node, i = child, i + 2
                continue
            words.append(
                {"requestBody": "request body", "items": "items", "schema": "schema"}.get(str(key), code(str(key)))
            )
            node, i = resolve(self.data, _child(node, key)), i + 1
        return " → ".join(words)

    def _tagged(self, webhook: bool, tag: str) -> list[tuple[int, _Operation]]:
        return [(i, o) for i, o in enumerate(self.operations) if o.webhook == webhook and o.tags[0] == tag]

    def servers(self) -> list[str]:
        lines = ['## <a id="servers"></a>Servers', ""]
        servers = [s for s in self.data.get("servers") or [] if isinstance(s, dict)]
        choices, _ = server_choices(self._source())
        if not servers:
            lines += ["The spec names no server: pass the API's URL to the client as `base_url=`.", ""]
            return lines
        lines += [
            "The client takes one as `server=`; the first is its default. "
            "Any other URL (a proxy, a mock) can be given as `base_url=`.",
            "",
        ]
        rows = [
            [code(choice.member), code(str(server.get("url", ""))), str(server.get("description") or "")]
            for server, choice in zip(servers, choices, strict=False)
        ]
        lines += table(["`Server` member", "URL", "Description"], rows)
        lines.append("")
        for server, choice in zip(servers, choices, strict=False):
            variables = server.get("variables") or {}
            if not variables:
                continue
            lines += [f"Variables of {code(str(server.get('url', '')))} (`server_variables=`):", ""]
            rows = []
            python_names = {v.name: v.python_name for v in choice.variables}
            for name, var in variables.items():
                var = var if isinstance(var, dict) else {}
                py = python_names.get(str(name), str(name))
                name_text = code(str(name)) + (f"<br>Python: {code(py)}" if py != name else "")
                values = ", ".join(literal(v) for v in var.get("enum") or [])
                default = literal(var["default"]) if "default" in var else ""
                rows.append([name_text, default, values, str(var.get("description") or "")])
            lines += table(["Variable", "Default", "Values", "Description"], rows, optional=[2])
            lines.append("")
        return lines

    def wire_format(self) -> str:
        """``, written `%Y-%m-%d %H:%M:%S` on the wire, in UTC`` from ``info.x-sdk-datetime-format``."""
        wire = (self.data.get("info") or {}).get("x-sdk-datetime-format")
        if not isinstance(wire, dict) or not wire.get("format"):
            return ""
        zone = f"in {text(str(wire['timezone']))}" if wire.get("timezone") else "without a time zone (naive)"
        return f", written {code(str(wire['format']))} on the wire, {zone}"

    def _source(self) -> SpecSource:
        """The spec as context.py's helpers take it (they read only ``data``)."""
        return SpecSource(path=Path(self.spec_file), raw=b"", data=self.data)

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

    def authentication(self) -> list[str]:
        lines = ['## <a id="authentication"></a>Authentication', ""]
        if not self.security_schemes:
            lines += ["The spec defines no security scheme.", ""]
        else:
            rows = []
            for name, scheme in self.security_schemes.items():
                scheme = self._resolve(scheme) or {}
                kind, where = self._scheme_kind(scheme)
                rows.append([code(str(name)), kind, where, str(scheme.get("description") or "")])
            lines += table(["Scheme", "Type", "Where", "Description"], rows)
            lines.append("")
        default = self.data.get("security")
        lines.append(f"**Required by default:** {self.security_text(default) if default else 'none'}.")
        auth, _ = auth_context(self._source())
        if auth is not None and auth.fields:
            fields = ", ".join(f"{f.python_name}=..." for f in auth.fields)
            lines += [
                "",
                f"**In the client:** `Client({fields})`, or the environment variables the client's README names.",
            ]
        overrides = [(i, o) for i, o in enumerate(self.operations) if "security" in o.op]
        if overrides:
            lines += ["", "Operations that override the default:", ""]
            for index, operation in overrides:
                label = f"[{code(operation.title)}](#{self.op_anchor[index]})"
                lines.append(f"- {label}: {self.security_text(operation.op['security'])}")
        lines.append("")
        return lines

    def _scheme_kind(self, scheme: dict[str, Any]) -> tuple[str, str]:
        kind = str(scheme.get("type", ""))
        if kind == "apiKey":
            location = str(scheme.get("in", ""))
            label = {"query": "query parameter", "header": "header", "cookie": "cookie"}.get(location, location)
            return "API key", f"{label} {code(str(scheme.get('name', '')))}"
        if kind == "http":
            http = str(scheme.get("scheme", ""))
            shown = {"basic": "HTTP Basic", "bearer": "HTTP Bearer"}.get(http.lower(), f"HTTP {code(http)}")
            if scheme.get("bearerFormat"):
                shown += f" ({text(str(scheme['bearerFormat']))})"
            return shown, "`Authorization` header"
        if kind == "oauth2":
            flows = scheme.get("flows") or {}
            parts = []
            for flow_name, flow in flows.items():
                urls = [
                    f"{key} {text(str(flow[key]))}"
                    for key in ("authorizationUrl", "tokenUrl")
                    if isinstance(flow, dict) and flow.get(key)
                ]
                parts.append(code(str(flow_name)) + (": " + ", ".join(urls) if urls else ""))
            return "OAuth 2.0", "`Authorization` header (bearer token)<br>" + "<br>".join(parts)
        if kind == "openIdConnect":
            return "OpenID Connect", text(str(scheme.get("openIdConnectUrl", "")))
        if kind == "mutualTLS":
            return "mutual TLS", "TLS client certificate"
        return code(kind), ""

    # -- operations ------------------------------------------------------------------------------

    def operation_sections(self, *, webhook: bool) -> list[str]:
        if webhook:
            lines = [
                '## <a id="webhooks"></a>Webhooks',
                "",
                "Requests the API sends to a URL of yours. The generated client does not handle them; "
                "their schemas are in its models.",
                "",
            ]
        else:
            lines = [
                '## <a id="operations"></a>Operations',
                "",
                "Each operation is a method of a resource of `Client` (and, awaited, of `AsyncClient`): "
                "path parameters are positional, the others and the request body's fields are keyword "
                "arguments; `client.<resource>.with_raw_response.<method>` returns the raw answer.",
                "",
            ]
        for tag in self._tag_order(webhook):
            info = self.tag_info.get(tag, {})
            lines += [f'### <a id="{self.tag_anchor[(webhook, tag)]}"></a>{text(tag)}', ""]
            facts = []
            if not webhook:
                facts.append(("Python", code(f"client.{resource_attr(tag)}")))
            docs = self.external_docs(info.get("externalDocs"))
            if docs:
                facts.append(("External docs", docs))
            lines += prose_and_facts(info.get("description"), facts)
            for index, operation in self._tagged(webhook, tag):
                lines += self.operation(index, operation)
        return lines

    def operation(self, index: int, operation: _Operation) -> list[str]:
        op = operation.op
        summary = f" — {one_line(str(op['summary']))}" if op.get("summary") else ""
        lines = [f'#### <a id="{self.op_anchor[index]}"></a>{code(operation.title)}{summary}', ""]
        facts = []
        if operation.operation_id:
            facts.append(("Operation ID", code(operation.operation_id)))
        if not operation.webhook:
            name = operation.operation_id or generated_operation_id(operation.where, operation.method)
            method = method_name(name, operation.tags[0], op.get("x-sdk-method"))
            facts.append(("Python", code(f"client.{resource_attr(operation.tags[0])}.{method}(...)")))
        if len(operation.tags) > 1:
            facts.append(("Tags", ", ".join(code(t) for t in operation.tags)))
        if "security" in op:
            facts.append(("Authentication", f"{self.security_text(op['security'])} (overrides the default)"))
        elif self.data.get("security"):
            facts.append(("Authentication", self.security_text(self.data["security"])))
        servers = op.get("servers") or operation.item.get("servers")
        if isinstance(servers, list) and servers:
            facts.append(("Servers", self.server_subset(servers)))
        if op.get("deprecated") is True:
            facts.append(("Deprecated", "yes"))
        docs = self.external_docs(op.get("externalDocs"))
        if docs:
            facts.append(("External docs", docs))
        descriptions = [verbatim(h["description"]) for h in (operation.item, op) if h.get("description")]
        lines += facts_and_prose(facts, "\n\n".join(descriptions))
        lines += self.parameters(operation)
        lines += self.request_body(op)
        lines += self.responses(operation)
        lines += self.links(op)
        callbacks = op.get("callbacks") or {}
        if callbacks:
            names = ", ".join(code(str(n)) for n in callbacks)
            lines += [f"**Callbacks:** {names} (see the spec).", ""]
        return lines

    def server_subset(self, servers: list[Any]) -> str:
        """Servers of one operation: the API's by ``Server`` member, others by URL."""
        members = {c.url: c.member for c in server_choices(self._source())[0]}
        shown = []
        for server in servers:
            url = str(server.get("url", "")) if isinstance(server, dict) else ""
            member = members.get(url.rstrip("/") or "/")
            shown.append(f"`Server.{member}`" if member else code(url))
        return "only " + ", ".join(shown)

    def parameters(self, operation: _Operation) -> list[str]:
        own = [self._resolve(p) for p in operation.op.get("parameters") or []]
        own = [p for p in own if isinstance(p, dict)]
        keys = {(p.get("name"), p.get("in")) for p in own}
        inherited = [self._resolve(p) for p in operation.item.get("parameters") or []]
        params = [p for p in inherited if isinstance(p, dict) and (p.get("name"), p.get("in")) not in keys] + own
        if not params:
            return []
        rows = []
        for param in params:
            schema = param.get("schema")
            media = ""
            content = param.get("content")
            if schema is None and isinstance(content, dict) and content:
                media, media_object = next(iter(content.items()))
                schema = (media_object or {}).get("schema")
            constraints = self.constraints(schema)
            if media:
                constraints.insert(0, f"as {code(str(media))}")
            for key in ("style", "explode", "allowReserved", "allowEmptyValue"):
                if key in param:
                    value = param[key]
                    shown = code(json.dumps(value) if isinstance(value, bool) else str(value))
                    constraints.append(f"{key}: {shown}")
            if param.get("deprecated") is True:
                constraints.append("deprecated")
            required = param.get("required") is True or param.get("in") == "path"
            default = literal(schema["default"]) if isinstance(schema, dict) and "default" in schema else ""
            rows.append(
                [
                    self.name_cell(str(param.get("name", "")), python=not operation.webhook),
                    str(param.get("in", "")),
                    self.type_of(schema) if schema is not None else "any",
                    "yes" if required else "no",
                    default,
                    ", ".join(constraints),
                    self.description_cell(param, schema),
                ]
            )
        header = ["Name", "In", "Type", "Required", "Default", "Constraints", "Description"]
        return ["**Parameters**", "", *table(header, rows), ""]

    def request_body(self, op: dict[str, Any]) -> list[str]:
        body = self._resolve(op.get("requestBody"))
        if not isinstance(body, dict):
            return []
        required = "required" if body.get("required") is True else "optional"
        lines = [f"**Request body** ({required})", ""]
        if body.get("description"):
            lines += [verbatim(body["description"]), ""]
        rows = []
        for media, media_object in (body.get("content") or {}).items():
            schema = (media_object or {}).get("schema")
            rows.append([code(str(media)), self.type_of(schema) if schema is not None else "any"])
        if rows:
            lines += [*table(["Content type", "Schema"], rows), ""]
        return lines

    def responses(self, operation: _Operation) -> list[str]:
        responses = operation.op.get("responses") or {}
        if not responses:
            return []
        rows = []
        for status, response in responses.items():
            status_text = str(status)
            resolved = self._resolve(response)
            resolved = resolved if isinstance(resolved, dict) else {}
            description = str(resolved.get("description") or "")
            headers = self.headers(resolved.get("headers") or {})
            content = resolved.get("content") or {}
            if not content:
                outcome = self.outcome(status_text, None)
                rows.append([status_text, description, "no body", "", headers, outcome])
            for i, (media, media_object) in enumerate(content.items()):
                schema = (media_object or {}).get("schema")
                first = i == 0
                rows.append(
                    [
                        status_text if first else "",
                        description if first else "",
                        code(str(media)),
                        self.type_of(schema) if schema is not None else "any",
                        headers if first else "",
                        self.error_in_success(resolved) or self.outcome(status_text, schema),
                    ]
                )
        header = ["Status", "Description", "Content type", "Schema", "Headers", "In the client"]
        if operation.webhook:
            rows = [row[:5] for row in rows]
            header = header[:5]
        return ["**Responses**", "", *table(header, rows, optional=[4]), ""]

    def error_in_success(self, response: dict[str, Any]) -> str | None:
        """The outcome of a success answer that may carry the vendor's error (``x-sdk-error-in-success``)."""
        branches = error_in_success_branches(self.data, response)
        if branches is None:
            return None
        prop, success, _error = branches
        shown = self.ref_link(str(success["$ref"])) if isinstance(success, dict) and "$ref" in success else "it"
        return f"returns {shown}; an answer with {code(prop)} raises the API error (`x-sdk-error-in-success`)"

    def outcome(self, status: str, schema: Any) -> str:
        """What the generated client does with a response: returns it, its ``data``, or raises."""
        low = int(status[0]) * 100 if re.fullmatch(r"[1-5](?:\d\d|XX)", status, re.IGNORECASE) else 600
        if low >= 400:
            if status.isdigit():
                return f"raises {code(error_class_name(int(status)))}"
            if low == 500:
                return f"raises {code(error_class_name(500))}"
            return "raises an `APIStatusError` by status"
        if schema is None:
            return "returns `None`"
        target = self.ref_target(schema)
        unwrap = target.get("x-sdk-unwrap") if target else None
        if target is not None and isinstance(unwrap, str):
            inner = (target.get("properties") or {}).get(unwrap)
            inner_type = f": {self.type_of(inner)}" if inner is not None else ""
            return f"returns {code(unwrap)}{inner_type}"
        return "returned"

    def headers(self, headers: dict[str, Any]) -> str:
        shown = []
        for name, header in headers.items():
            header = self._resolve(header)
            header = header if isinstance(header, dict) else {}
            item = f"{code(str(name))}: {self.type_of(header.get('schema'))}"
            if header.get("required") is True:
                item += " (always)"
            if header.get("description"):
                item += f" — {one_line(str(header['description']))}"
            shown.append(item)
        return "<br>".join(shown)

    def links(self, op: dict[str, Any]) -> list[str]:
        rows = []
        for status, response in (op.get("responses") or {}).items():
            resolved = self._resolve(response)
            links = resolved.get("links") if isinstance(resolved, dict) else None
            for name, link_object in (links or {}).items():
                link_object = self._resolve(link_object)
                link_object = link_object if isinstance(link_object, dict) else {}
                target = ""
                if link_object.get("operationId"):
                    operation_id = str(link_object["operationId"])
                    anchor = self.anchor_by_operation_id.get(operation_id)
                    target = f"[{code(operation_id)}](#{anchor})" if anchor else code(operation_id)
                elif link_object.get("operationRef"):
                    target = code(str(link_object["operationRef"]))
                params = [
                    f"{code(str(key))} = {code(json.dumps(value) if not isinstance(value, str) else value)}"
                    for key, value in (link_object.get("parameters") or {}).items()
                ]
                if "requestBody" in link_object:
                    value = link_object["requestBody"]
                    params.append(f"body = {code(value if isinstance(value, str) else json.dumps(value))}")
                rows.append(
                    [
                        str(status),
                        code(str(name)),
                        target,
                        "<br>".join(params),
                        str(link_object.get("description") or ""),
                    ]
                )
        if not rows:
            return []
        header = ["Status", "Link", "Operation", "Parameters", "Description"]
        return ["**Links**", "", *table(header, rows), ""]

    # -- schemas ---------------------------------------------------------------------------------

    def schema_sections(self) -> list[str]:
        lines = ['## <a id="schemas"></a>Schemas', ""]
        if not self.schemas:
            lines += ["The spec defines no component schema.", ""]
        for name, schema in self.schemas.items():
            lines += self.schema_section(str(name), schema if isinstance(schema, dict) else {})
        return lines

    def schema_section(self, name: str, schema: dict[str, Any]) -> list[str]:
        lines = [f'### <a id="{self.schema_anchor[name]}"></a>{text(name)}', ""]
        facts: list[tuple[str, str]] = []
        if "$ref" in schema:
            facts.append(("Same as", self.ref_link(str(schema["$ref"]))))
        kinds = _types(schema)
        if kinds:
            plain = {k: v for k, v in schema.items() if k not in ("enum", "const", "oneOf", "anyOf", "allOf")}
            facts.append(("Type", self.type_of(plain)))
        if "const" in schema:
            facts.append(("Value", literal(schema["const"])))
        if is_model(schema):
            facts.append(("Python", code(f"{self.package}.models.{class_name(name, schema)}")))
        elif is_enum(schema):
            facts.append(("Python", code(f"{self.package}.models.{class_name(name, schema)}") + " (enum)"))
        if schema.get("x-sdk-datetime") is True:
            facts.append(("In the client", f"a `datetime` (`x-sdk-datetime`){self.wire_format()}"))
        unwrap = schema.get("x-sdk-unwrap")
        if isinstance(unwrap, str):
            inner = (schema.get("properties") or {}).get(unwrap)
            inner_type = f" ({self.type_of(inner)})" if inner is not None else ""
            facts.append(
                ("In the client", f"the client returns {code(unwrap)}{inner_type}, not the envelope (`x-sdk-unwrap`)")
            )
        constraints = [c for c in self.constraints(schema) if c != DATETIME_NOTE]
        if constraints:
            facts.append(("Constraints", ", ".join(constraints)))
        if "default" in schema:
            facts.append(("Default", literal(schema["default"])))
        extra = schema.get("additionalProperties")
        if extra is True or extra == {}:
            facts.append(("Other properties", "allowed"))
        elif extra is False:
            facts.append(("Other properties", "not allowed"))
        elif isinstance(extra, dict):
            facts.append(("Other properties", f"each {self.type_of(extra)}"))
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and discriminator.get("propertyName"):
            shown = code(str(discriminator["propertyName"]))
            mapping = discriminator.get("mapping") or {}
            if mapping:
                shown += ": " + ", ".join(f"{literal(k)} → {self.ref_link(str(v))}" for k, v in mapping.items())
            facts.append(("Discriminator", shown))
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            facts.append(("Examples" if len(examples) > 1 else "Example", ", ".join(literal(e) for e in examples)))
        elif "example" in schema:
            facts.append(("Example", literal(schema["example"])))
        if schema.get("deprecated") is True:
            facts.append(("Deprecated", "yes"))
        docs = self.external_docs(schema.get("externalDocs"))
        if docs:
            facts.append(("External docs", docs))
        lines += prose_and_facts(schema.get("description"), facts)
        lines += self.composition(schema)
        if isinstance(schema.get("enum"), list):
            lines += self.enum_values(schema)
        rows = self.property_rows(schema)
        for member in schema.get("allOf") or []:
            if isinstance(member, dict) and "$ref" not in member:
                rows += self.property_rows(member)
        if rows:
            header = ["Property", "Type", "Required", "Constraints", "Description"]
            lines += [*table(header, rows), ""]
        return lines

    def composition(self, schema: dict[str, Any]) -> list[str]:
        lines: list[str] = []
        labels = {"oneOf": "Exactly one of", "anyOf": "Any of", "allOf": "All of"}
        for key, label in labels.items():
            members = schema.get(key)
            if not isinstance(members, list) or not members:
                continue
            lines += [f"**{label}:**", ""]
            for member in members:
                item = f"- {self.type_of(member)}"
                if key == "allOf" and isinstance(member, dict) and member.get("properties") and "$ref" not in member:
                    item = "- the properties below"
                bits = self.constraints(member)
                if bits:
                    item += f" ({', '.join(bits)})"
                if isinstance(member, dict) and "$ref" not in member and member.get("description"):
                    item += f": {one_line(str(member['description']))}"
                lines.append(item)
            lines.append("")
        return lines

    def enum_values(self, schema: dict[str, Any]) -> list[str]:
        values = list(schema["enum"])
        var_names = schema.get("x-enum-varnames") or []
        descriptions = schema.get("x-enum-descriptions") or []
        members = enum_members([v for v in values if v is not None], var_names if isinstance(var_names, list) else [])
        rows = []
        member_iter = iter(members or [])
        for i, value in enumerate(values):
            member = next(member_iter, "") if value is not None and members else ""
            rows.append(
                [
                    literal(value),
                    code(member) if member else "",
                    code(str(var_names[i])) if isinstance(var_names, list) and i < len(var_names) else "",
                    str(descriptions[i]) if isinstance(descriptions, list) and i < len(descriptions) else "",
                ]
            )
        member_header = "Python member"
        if isinstance(var_names, list) and var_names and all(row[2] == row[1] for row in rows):
            # The members are the x-enum-varnames as written: one column says both.
            member_header = "Python member (`x-enum-varnames`)"
            rows = [[row[0], row[1], "", row[3]] for row in rows]
        header = ["Value", member_header, "`x-enum-varnames`", "Description (`x-enum-descriptions`)"]
        return ["**Values:**", "", *table(header, rows, optional=[1, 2, 3]), ""]

    def property_rows(self, schema: Any, prefix: str = "", depth: int = 0) -> list[list[str]]:
        if not isinstance(schema, dict) or depth > 4:
            return []
        required = {str(r) for r in schema.get("required") or []}
        rows: list[list[str]] = []
        for name, sub in (schema.get("properties") or {}).items():
            name = str(name)
            full = prefix + name
            name_text = self.name_cell(name) if not prefix else code(full)
            constraints = ", ".join(self.constraints(sub, default=True))
            rows.append(
                [
                    name_text,
                    self.type_of(sub),
                    "yes" if name in required else "no",
                    constraints,
                    self.description_cell(sub if isinstance(sub, dict) else {}),
                ]
            )
            if isinstance(sub, dict) and "$ref" not in sub:
                if sub.get("properties"):
                    rows += self.property_rows(sub, f"{full}.", depth + 1)
                items = sub.get("items")
                if isinstance(items, dict) and "$ref" not in items and items.get("properties"):
                    rows += self.property_rows(items, f"{full}[].", depth + 1)
        return rows
