"""Comparing two schemas in a direction.

A schema in a request describes what the client sends: narrowing it (a new required
property, a lower maximum, a removed enum value) refuses calls that used to work. A
schema in a response describes what the client receives: widening what the client checks
(a new anyOf branch, null, another type) hands it values its models were not written for;
widening what it does not check (a new value of an open enum, a higher maximum, a dropped
pattern) does not. Each rule therefore exists twice, ``request-…`` and ``response-…``.

``$ref``s are resolved on both sides. A pair of definitions is compared once per
direction: the comparison is memoised by (old pointer, new pointer, direction), which
both ends recursion on recursive schemas and lets a change in a shared component be
reported once, at the component (see ``findings``). ``allOf`` is flattened (its members'
properties and required lists merged), as openapi-python-client merges it into one class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..naming import enum_member_names
from .refs import Ptr, Resolved, canonical, short, to_pointer
from .walk import Direction, Walk, Where

Node = tuple[Any, Ptr]

UPPER_LIMITS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties", "maxContains")
LOWER_LIMITS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties", "minContains")
_ZERO_FLOOR = {"minLength", "minItems", "minProperties"}

# Formats openapi-python-client maps to a Python type other than ``str``.
TYPED_FORMATS = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}
_FORMAT_WIDENINGS = {("int32", "int64"), ("float", "double")}

_SCHEMA_DOC_KEYS = ("description", "examples", "example", "externalDocs", "$comment")

HANDLED = {
    "$ref",
    "type",
    "format",
    "enum",
    "const",
    "nullable",
    "anyOf",
    "oneOf",
    "allOf",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "title",
    "deprecated",
    "default",
    "pattern",
    "multipleOf",
    "uniqueItems",
    *_SCHEMA_DOC_KEYS,
    *UPPER_LIMITS,
    *LOWER_LIMITS,
}


def types_of(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema names (``type``, else inferred); empty means any."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    found: set[str] = set()
    if "properties" in schema or "additionalProperties" in schema:
        found.add("object")
    if "items" in schema:
        found.add("array")
    for value in enum_values(schema, with_null=True) or []:
        found.add(_json_type(value))
    return found


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def enum_values(schema: Mapping[str, Any], *, with_null: bool = False) -> list[Any] | None:
    """``enum``, or ``const`` as a one-value enum; None when the schema has neither."""
    if isinstance(schema.get("enum"), list):
        values = list(schema["enum"])
    elif "const" in schema:
        values = [schema["const"]]
    else:
        return None
    return values if with_null else [v for v in values if v is not None]


def is_model(schema: Any) -> bool:
    """Whether openapi-python-client generates a class for the schema (an object or an enum)."""
    if not isinstance(schema, Mapping):
        return False
    if "enum" in schema:
        return bool(enum_values(schema))
    return "object" in types_of(schema) or "allOf" in schema


def _accepts(wide: set[str], narrow: set[str]) -> bool:
    """Whether every value of types ``narrow`` is a value of types ``wide`` (empty = any)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _types_text(types: set[str]) -> str:
    if not types:
        return "any type"
    return " | ".join(sorted(types))


@dataclass
class Flat:
    """A schema with its ``allOf`` members merged in."""

    node: dict[str, Any]
    properties: dict[str, Node] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)


class SchemaComparer:
    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self._memo: dict[tuple[str, str, str, str, str], set[tuple[str, str, str]]] = {}
        self._active: set[tuple[str, str, str, str, str]] = set()
        self.used_old: set[str] = set()
        self.used_new: set[str] = set()
        self.stop_at: set[str] = set()

    # -- entry point ------------------------------------------------------------------------------

    def compare(
        self,
        old: Any,
        new: Any,
        old_ptr: Ptr,
        new_ptr: Ptr,
        where: Where,
        direction: Direction,
        *,
        outer: bool = True,
    ) -> None:
        """Compare the schemas ``old`` (at ``old_ptr``) and ``new`` (at ``new_ptr``).

        ``outer=False`` skips what the caller already compared on the same node
        (documentation, extensions, nullability): used when one side is unwrapped from
        an ``anyOf`` and the other side is the very node just compared.
        """
        ro = self.walk.old.resolve(_as_schema(old), old_ptr)
        rn = self.walk.new.resolve(_as_schema(new), new_ptr)
        for resolved, used in ((ro, self.used_old), (rn, self.used_new)):
            if resolved.component is not None:
                if resolved.component in self.stop_at:
                    return
                used.add(resolved.component)
        if ro.unresolved or rn.unresolved:
            if canonical(ro.node) != canonical(rn.node):
                self.walk.emit(
                    "unclassified-change",
                    new_ptr,
                    where,
                    f"a $ref that cannot be resolved ({ro.unresolved or rn.unresolved}) changed: review by hand",
                )
            return
        self._model_identity(ro, rn, new_ptr, where)
        if rn.component is not None:
            where = Where(f"schema `{rn.component}`")
        key = (to_pointer(ro.ptr), ro.siblings, to_pointer(rn.ptr), rn.siblings, f"{direction}:{outer}")
        if key in self._memo:
            self.walk.findings.touch(self._memo[key])
            return
        if key in self._active:
            return
        self._active.add(key)
        with self.walk.findings.recording() as keys:
            self._compare_resolved(ro, rn, where, direction, outer)
        self._active.discard(key)
        self._memo[key] = keys

    # -- one pair of resolved schemas -------------------------------------------------------------

    def _model_identity(self, ro: Resolved, rn: Resolved, site: Ptr, where: Where) -> None:
        """A value typed by one generated class that is now typed by another."""
        if ro.component == rn.component or not (is_model(ro.node) and is_model(rn.node)):
            return
        before = f"`{ro.component}`" if ro.component else "an inline class"
        after = f"`{rn.component}`" if rn.component else "an inline class"
        self.walk.emit("model-renamed", site, where, f"the model class changes from {before} to {after}")

    def _compare_resolved(self, ro: Resolved, rn: Resolved, where: Where, direction: Direction, outer: bool) -> None:
        old, new = _as_dict(ro.node), _as_dict(rn.node)
        op, np = ro.ptr, rn.ptr
        if outer:
            self.walk.docs(old, new, np, where, _SCHEMA_DOC_KEYS)
            if "title" in old or "title" in new:
                self._title(old, new, np, where)
            if canonical(old.get("deprecated", False)) != canonical(new.get("deprecated", False)):
                state = "deprecated" if new.get("deprecated") else "no longer deprecated"
                self.walk.emit("deprecation-changed", (*np, "deprecated"), where, f"the schema is {state}")
            self.walk.extensions(old, new, np, where, skip=("x-enum-varnames",))
            self.walk.leftovers(old, new, np, where, HANDLED)
        fo, fn = self._flatten(old, op, True), self._flatten(new, np, False)
        if outer:
            self._all_of_members(old, new, op, np, where)
            self._nullability(fo.node, fn.node, op, np, where, direction)
        vo, vn = self._variants(fo.node, op, True), self._variants(fn.node, np, False)
        own_o, own_n = _has_structure(fo), _has_structure(fn)
        single_o = vo[0] if len(vo) == 1 and not own_o else None
        single_n = vn[0] if len(vn) == 1 and not own_n else None
        plain_o = not vo or single_o is not None
        plain_n = not vn or single_n is not None
        if plain_o and plain_n:
            if single_o is None and single_n is None:
                self._structure(fo, fn, op, np, where, direction)
                return
            uo: Node = single_o if single_o is not None else (old, op)
            un: Node = single_n if single_n is not None else (new, np)
            both = single_o is not None and single_n is not None
            self.compare(uo[0], un[0], uo[1], un[1], where, direction, outer=both)
            return
        self._compare_variants(vo or [(old, op)], vn or [(new, np)], bool(vo), bool(vn), where, direction)
        if own_o and own_n:
            self._structure(fo, fn, op, np, where, direction)

    def _title(self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where) -> None:
        if canonical(old.get("title")) == canonical(new.get("title")):
            return
        if is_model(new) or is_model(old):
            before, after = short(old.get("title", "none")), short(new.get("title", "none"))
            message = f"title changed from {before} to {after}: the model class is named after it"
            self.walk.emit("model-title-changed", (*np, "title"), where, message)
        else:
            self.walk.emit("title-changed", (*np, "title"), where, "title changed")

    # -- allOf, null and alternatives -------------------------------------------------------------

    def _flatten(self, schema: Mapping[str, Any], ptr: Ptr, old_side: bool, seen: frozenset[str] = frozenset()) -> Flat:
        flat = Flat({k: v for k, v in schema.items() if k != "allOf"})
        props = schema.get("properties")
        if isinstance(props, Mapping):
            for name, node in props.items():
                flat.properties[str(name)] = (node, (*ptr, "properties", str(name)))
        required = schema.get("required")
        if isinstance(required, list):
            flat.required.update(str(r) for r in required)
        members = schema.get("allOf")
        if not isinstance(members, list):
            return flat
        doc = self.walk.old if old_side else self.walk.new
        for i, member in enumerate(members):
            resolved = doc.resolve(member, (*ptr, "allOf", i))
            here = to_pointer(resolved.ptr)
            if here in seen or not isinstance(resolved.node, Mapping):
                continue
            if resolved.component is not None:
                (self.used_old if old_side else self.used_new).add(resolved.component)
            sub = self._flatten(resolved.node, resolved.ptr, old_side, seen | {here})
            for name, node in sub.properties.items():
                flat.properties.setdefault(name, node)
            flat.required |= sub.required
            for key, value in sub.node.items():
                if key not in ("properties", "required", *_SCHEMA_DOC_KEYS, "title"):
                    flat.node.setdefault(key, value)
        return flat

    def _all_of_members(self, old: Mapping[str, Any], new: Mapping[str, Any], op: Ptr, np: Ptr, where: Where) -> None:
        """What flattening does not compare: the members' own documentation and unknown keys."""
        members_o, members_n = old.get("allOf"), new.get("allOf")
        if not (isinstance(members_o, list) and isinstance(members_n, list)):
            return
        for i, (mo, mn) in enumerate(zip(members_o, members_n, strict=False)):
            ro = self.walk.old.resolve(mo, (*op, "allOf", i))
            rn = self.walk.new.resolve(mn, (*np, "allOf", i))
            a, b = _as_dict(ro.node), _as_dict(rn.node)
            here = Where(f"schema `{rn.component}`") if rn.component else where.child(f"allOf[{i}]")
            self.walk.docs(a, b, rn.ptr, here, _SCHEMA_DOC_KEYS)
            self.walk.extensions(a, b, rn.ptr, here, skip=("x-enum-varnames",))
            self.walk.leftovers(a, b, rn.ptr, here, HANDLED)

    def _is_null(self, node: Any, ptr: Ptr, old_side: bool) -> bool:
        doc = self.walk.old if old_side else self.walk.new
        resolved = doc.resolve(node, ptr).node
        return isinstance(resolved, Mapping) and types_of(resolved) == {"null"}

    def _nullable(self, schema: Mapping[str, Any], ptr: Ptr, old_side: bool) -> bool:
        if "null" in types_of(schema) or schema.get("nullable") is True:
            return True
        values = enum_values(schema, with_null=True)
        if values is not None and None in values:
            return True
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and any(
                self._is_null(b, (*ptr, key, i), old_side) for i, b in enumerate(branches)
            ):
                return True
        return False

    def _nullability(
        self, old: Mapping[str, Any], new: Mapping[str, Any], op: Ptr, np: Ptr, where: Where, direction: Direction
    ) -> None:
        was, now = self._nullable(old, op, True), self._nullable(new, np, False)
        if was == now:
            return
        if now:
            rule = f"{direction}-became-nullable"
            text = "may now be null" + (": the client must handle None" if direction == "response" else "")
        else:
            rule = f"{direction}-became-not-nullable"
            text = "may no longer be null" + (": sending None is refused" if direction == "request" else "")
        self.walk.emit(rule, np, where, f"the value {text}")

    def _variants(self, schema: Mapping[str, Any], ptr: Ptr, old_side: bool) -> list[Node]:
        found: list[Node] = []
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if not isinstance(branches, list):
                continue
            for i, branch in enumerate(branches):
                if not self._is_null(branch, (*ptr, key, i), old_side):
                    found.append((branch, (*ptr, key, i)))
        return found

    def _variant_keys(self, node: Node, old_side: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
        doc = self.walk.old if old_side else self.walk.new
        resolved = doc.resolve(_as_schema(node[0]), node[1])
        types = ("types", *sorted(types_of(_as_dict(resolved.node)) - {"null"}))
        exact = ("ref", resolved.component) if resolved.component else types
        return exact, types

    def _compare_variants(
        self,
        old: list[Node],
        new: list[Node],
        old_composed: bool,
        new_composed: bool,
        where: Where,
        direction: Direction,
    ) -> None:
        keys_o = [self._variant_keys(n, True) for n in old]
        keys_n = [self._variant_keys(n, False) for n in new]
        pairs: list[tuple[int, int]] = []
        free_o, free_n = list(range(len(old))), list(range(len(new)))
        for level in (0, 1):
            for i in list(free_o):
                for j in free_n:
                    if keys_o[i][level] == keys_n[j][level]:
                        pairs.append((i, j))
                        free_o.remove(i)
                        free_n.remove(j)
                        break
        for i, j in pairs:
            # A plain schema taken as the single alternative is the node the caller compared.
            outer = old_composed and new_composed
            self.compare(old[i][0], new[j][0], old[i][1], new[j][1], where, direction, outer=outer)
        for i in free_o:
            text = _variant_text(keys_o[i][0])
            if direction == "request":
                message = f"alternative {text} removed: values of that shape are no longer accepted"
            else:
                message = f"alternative {text} removed"
            self.walk.emit(f"{direction}-variant-removed", old[i][1], where, message)
        for j in free_n:
            text = _variant_text(keys_n[j][0])
            if direction == "response":
                message = f"alternative {text} added: the client receives a shape its union type does not have"
            else:
                message = f"alternative {text} added"
            self.walk.emit(f"{direction}-variant-added", new[j][1], where, message)

    # -- one schema's own keywords ----------------------------------------------------------------

    def _structure(self, fo: Flat, fn: Flat, op: Ptr, np: Ptr, where: Where, direction: Direction) -> None:
        old, new = fo.node, fn.node
        if not self._types(old, new, np, where, direction):
            return
        self._format(old, new, np, where, direction)
        self._enum(old, new, np, where, direction)
        self._limits(old, new, np, where, direction)
        self._pattern(old, new, np, where, direction)
        if canonical(old.get("default")) != canonical(new.get("default")) or ("default" in old) != ("default" in new):
            self._default(old, new, np, where, direction)
        self._object(fo, fn, op, np, where, direction)
        self._items(old, new, op, np, where, direction)

    def _types(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> bool:
        """Report a type change; False when it is incompatible (nothing deeper is worth comparing)."""
        to, tn = types_of(old) - {"null"}, types_of(new) - {"null"}
        if to == tn:
            return True
        text = f"type changed from {_types_text(to)} to {_types_text(tn)}"
        if direction == "request" and _accepts(tn, to):
            self.walk.emit("request-type-widened", (*np, "type"), where, text)
            return True
        if direction == "response" and _accepts(to, tn):
            self.walk.emit("response-type-narrowed", (*np, "type"), where, text)
            return True
        self.walk.emit(
            f"{direction}-type-changed", (*np, "type"), where, f"{text}: the value's type in the client changes"
        )
        return False

    def _format(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        fo, fn = old.get("format"), new.get("format")
        if fo == fn:
            return
        text = f"format changed from {fo or 'none'} to {fn or 'none'}"
        py_o, py_n = TYPED_FORMATS.get(str(fo)), TYPED_FORMATS.get(str(fn))
        if py_o != py_n:
            message = f"{text}: the client's type changes from {py_o or 'the plain type'} to {py_n or 'the plain type'}"
            self.walk.emit(f"{direction}-format-changed", (*np, "format"), where, message)
        elif direction == "request" and (fn is None or (fo, fn) in _FORMAT_WIDENINGS):
            self.walk.emit("request-format-widened", (*np, "format"), where, text)
        elif direction == "response" and (fo is None or (fn, fo) in _FORMAT_WIDENINGS):
            self.walk.emit("response-format-narrowed", (*np, "format"), where, text)
        else:
            self.walk.emit(f"{direction}-format-changed", (*np, "format"), where, text)

    def _enum(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        eo, en = enum_values(old), enum_values(new)
        key = "enum" if "enum" in new or "const" not in new else "const"
        if eo is None and en is None:
            return
        if eo is None:
            if direction == "request":
                message = f"restricted to {short(en)}: other values are refused"
            else:
                message = f"restricted to {short(en)}"
            self.walk.emit(f"{direction}-became-enum", (*np, key), where, message)
            return
        if en is None:
            message = f"no longer restricted to {short(eo)}"
            if direction == "response":
                message += ": the enum type becomes a plain type"
            self.walk.emit(f"{direction}-enum-unset", np, where, message)
            return
        old_keys = {canonical(v): v for v in eo}
        new_keys = {canonical(v): v for v in en}
        if direction == "response" and len(old_keys) == 1 and len(new_keys) > 1:
            # A one-value enum is a marker or a constant in the client, not an enum type.
            message = (
                f"the single value {short(eo[0])} became one of {short(en)}: the value's type in the client changes"
            )
            self.walk.emit("response-type-changed", (*np, key), where, message)
            self._varnames(old, new, np, where)
            return
        for k in old_keys:
            if k not in new_keys:
                if direction == "request":
                    message = f"enum value `{short(old_keys[k])}` removed: sending it is refused"
                else:
                    message = f"enum value `{short(old_keys[k])}` removed: its enum member disappears"
                self.walk.emit(f"{direction}-enum-value-removed", (*np, key), where, message)
        for k in new_keys:
            if k not in old_keys:
                if direction == "response":
                    message = (
                        f"new enum value `{short(new_keys[k])}`: the client's enums are open, so clients made "
                        "before read it as an unknown value (UnknownStr/UnknownInt)"
                    )
                else:
                    message = f"new enum value `{short(new_keys[k])}`"
                self.walk.emit(f"{direction}-enum-value-added", (*np, key), where, message)
        self._varnames(old, new, np, where)

    def _varnames(self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where) -> None:
        names_o, names_n = _varname_map(old), _varname_map(new)
        # Only values on both sides count: a name given to a new value comes with that value.
        changed = [value for value, name in names_o.items() if value in names_n and names_n[value] != name]
        if not changed:
            return
        # The client's member names, derived where no name is written (this asks the generator's naming).
        members_o, members_n = _member_map(old), _member_map(new)
        renamed = [
            f"{members_o.get(value) or names_o[value]} → {members_n.get(value) or names_n[value]}"
            for value in changed
            if members_o.get(value, names_o[value]) != members_n.get(value, names_n[value])
        ]
        if renamed:
            message = "enum members renamed: " + ", ".join(renamed)
            self.walk.emit("enum-varnames-changed", (*np, "x-enum-varnames"), where, message)
        else:
            message = "x-enum-varnames changed: the client's member names stay the same"
            self.walk.emit("extension-changed", (*np, "x-enum-varnames"), where, message)

    def _limits(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        for keyword in (*UPPER_LIMITS, *LOWER_LIMITS):
            vo, vn = _number(old.get(keyword)), _number(new.get(keyword))
            if keyword in _ZERO_FLOOR:
                vo = None if vo == 0 else vo
                vn = None if vn == 0 else vn
            if vo == vn:
                continue
            upper = keyword in UPPER_LIMITS
            if vo is None:
                narrowed, text = True, f"{keyword} set to {short(vn)}"
            elif vn is None:
                narrowed, text = False, f"{keyword} removed (was {short(vo)})"
            else:
                narrowed = vn < vo if upper else vn > vo
                verb = "decreased" if vn < vo else "increased"
                text = f"{keyword} {verb} from {short(vo)} to {short(vn)}"
            self._limit(narrowed, (*np, keyword), where, direction, text)
        mo, mn = _number(old.get("multipleOf")), _number(new.get("multipleOf"))
        if mo != mn:
            if mn is None:
                narrowed = False
            elif mo is None:
                narrowed = True
            else:
                narrowed = not (mo / mn).is_integer()
            self._limit(narrowed, (*np, "multipleOf"), where, direction, f"multipleOf {short(mo)} → {short(mn)}")
        uo, un = bool(old.get("uniqueItems", False)), bool(new.get("uniqueItems", False))
        if uo != un:
            self._limit(
                un, (*np, "uniqueItems"), where, direction, f"uniqueItems {str(uo).lower()} → {str(un).lower()}"
            )
        self._additional(old, new, np, where, direction)

    def _limit(self, narrowed: bool, ptr: Ptr, where: Where, direction: Direction, text: str) -> None:
        if direction == "request":
            rule = "request-limit-narrowed" if narrowed else "request-limit-widened"
            suffix = ": values accepted before are refused" if narrowed else ""
        else:
            rule = "response-limit-narrowed" if narrowed else "response-limit-widened"
            suffix = "" if narrowed else ": the client checks types, not limits"
        self.walk.emit(rule, ptr, where, text + suffix)

    def _additional(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        closed_o = old.get("additionalProperties") is False
        closed_n = new.get("additionalProperties") is False
        if closed_o == closed_n:
            return
        ptr = (*np, "additionalProperties")
        if not old.get("properties") and not new.get("properties"):
            # An object without properties is a dict in the client when open, a model when closed.
            state = "closed" if closed_n else "opened"
            text = (
                f"additionalProperties {state} on an object without properties: the value's type in the client changes"
            )
            self.walk.emit(f"{direction}-type-changed", ptr, where, f"{text} (dict ↔ model)")
            return
        if closed_n:
            if direction == "request":
                message = "additionalProperties closed: other keys are refused"
            else:
                message = "additionalProperties closed: other keys in an answer no longer fit the schema"
            self.walk.emit(f"{direction}-additional-properties-closed", ptr, where, message)
        else:
            self.walk.emit(f"{direction}-additional-properties-opened", ptr, where, "additionalProperties opened")

    def _pattern(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        po, pn = old.get("pattern"), new.get("pattern")
        if po == pn:
            return
        ptr = (*np, "pattern")
        if po is None:
            self.walk.emit(f"{direction}-pattern-added", ptr, where, f"pattern added: {short(pn)}")
        elif pn is None:
            self.walk.emit(f"{direction}-pattern-removed", ptr, where, f"pattern removed (was {short(po)})")
        else:
            text = f"pattern changed from {short(po, 40)} to {short(pn, 40)}"
            self.walk.emit(f"{direction}-pattern-changed", ptr, where, text)

    def _default(
        self, old: Mapping[str, Any], new: Mapping[str, Any], np: Ptr, where: Where, direction: Direction
    ) -> None:
        before = short(old["default"]) if "default" in old else "none"
        after = short(new["default"]) if "default" in new else "none"
        text = f"default changed from {before} to {after}"
        if direction == "request":
            text += ": the client leaves out what the caller does not give, so the server's new default applies"
        self.walk.emit(f"{direction}-default-changed", (*np, "default"), where, text)

    def _object(self, fo: Flat, fn: Flat, op: Ptr, np: Ptr, where: Where, direction: Direction) -> None:
        names_o = dict(fo.properties)
        names_n = dict(fn.properties)
        for name in fo.required - names_o.keys():
            names_o[name] = ({}, (*op, "required"))
        for name in fn.required - names_n.keys():
            names_n[name] = ({}, (*np, "required"))
        for name in sorted(names_o.keys() | names_n.keys()):
            child = where.child(name)
            req_o, req_n = name in fo.required, name in fn.required
            if name not in names_n:
                required = " (it was required)" if req_o else ""
                message = f"property `{name}` removed{required}: the model loses the attribute"
                self.walk.emit(f"{direction}-property-removed", names_o[name][1], child, message)
                continue
            if name not in names_o:
                ptr = names_n[name][1]
                if direction == "response":
                    message = f"new {'required' if req_n else 'optional'} property `{name}`"
                    self.walk.emit("response-property-added", ptr, child, message)
                elif req_n:
                    message = f"new required property `{name}`: every request must set it"
                    self.walk.emit("request-property-added-required", ptr, child, message)
                else:
                    message = f"new optional property `{name}`"
                    self.walk.emit("request-property-added-optional", ptr, child, message)
                continue
            ptr = names_n[name][1]
            if req_o != req_n:
                if direction == "request" and req_n:
                    message = "became required: requests without it are refused"
                    self.walk.emit("request-property-became-required", ptr, child, message)
                elif direction == "request":
                    self.walk.emit("request-property-became-optional", ptr, child, "became optional")
                elif req_o:
                    message = "no longer required: the attribute becomes `… | None`; clients made before refuse answers without it"
                    self.walk.emit("response-property-became-optional", ptr, child, message)
                else:
                    self.walk.emit("response-property-became-required", ptr, child, "became required")
            self.compare(names_o[name][0], names_n[name][0], names_o[name][1], ptr, child, direction)
        ao, an = fo.node.get("additionalProperties"), fn.node.get("additionalProperties")
        if isinstance(ao, Mapping) or isinstance(an, Mapping):
            if ao is False or an is False:
                return
            self.compare(
                ao if isinstance(ao, Mapping) else {},
                an if isinstance(an, Mapping) else {},
                (*op, "additionalProperties"),
                (*np, "additionalProperties"),
                where.child("*"),
                direction,
            )

    def _items(
        self, old: Mapping[str, Any], new: Mapping[str, Any], op: Ptr, np: Ptr, where: Where, direction: Direction
    ) -> None:
        io, in_ = old.get("items"), new.get("items")
        if io is None and in_ is None:
            return
        self.compare(
            io if io is not None else {},
            in_ if in_ is not None else {},
            (*op, "items"),
            (*np, "items"),
            where.child("[]"),
            direction,
        )


def _as_schema(node: Any) -> Any:
    if node is True or node is None:
        return {}
    if node is False:
        return {"not": {}}
    return node


def _as_dict(node: Any) -> dict[str, Any]:
    node = _as_schema(node)
    return dict(node) if isinstance(node, Mapping) else {}


def _has_structure(flat: Flat) -> bool:
    node = flat.node
    return bool(
        types_of(node) - {"null"}
        or flat.properties
        or "items" in node
        or enum_values(node)
        or "format" in node
        or "pattern" in node
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _variant_text(key: tuple[str, ...]) -> str:
    if key[0] == "ref":
        return f"`{key[1]}`"
    return f"of type {_types_text(set(key[1:]))}"


def _member_map(schema: Mapping[str, Any]) -> dict[str, str]:
    """Each enum value's member name in the client's enum class (``{}`` when it has none)."""
    values = schema.get("enum")
    if not isinstance(values, list):
        return {}
    names = schema.get("x-enum-varnames")
    members = enum_member_names(values, names if isinstance(names, list) else [])
    if members is None:
        return {}
    return {canonical(v): name for v, name in zip([v for v in values if v is not None], members, strict=True)}


def _varname_map(schema: Mapping[str, Any]) -> dict[str, str | None]:
    values = schema.get("enum")
    names = schema.get("x-enum-varnames")
    if not isinstance(values, list):
        return {}
    if not isinstance(names, list) or len(names) != len(values):
        return {canonical(v): None for v in values}
    return {canonical(v): str(n) for v, n in zip(values, names, strict=True)}
