"""Comparing what is not an operation: info, servers, tags, security schemes, component inventory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .refs import Ptr, canonical, short
from .schemas import SchemaComparer, is_model
from .servers import compare_servers
from .walk import Direction, Walk, Where

DIRECTIONS: tuple[Direction, ...] = ("request", "response")

TOP_KEYS = {"openapi", "info", "servers", "security", "tags", "paths", "components", "webhooks", "externalDocs"}
COMPONENT_KEYS = {
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
}
SCHEME_KEYS = ("type", "scheme", "in", "name", "flows", "openIdConnectUrl")


class DocumentComparer:
    def __init__(self, walk: Walk, schemas: SchemaComparer) -> None:
        self.walk = walk
        self.schemas = schemas

    def compare_top(self) -> None:
        old, new = self.walk.old.data, self.walk.new.data
        if old and new:
            # A spec that does not exist on one side ({}) is all added or all removed: no info change.
            info_o, info_n = old.get("info"), new.get("info")
            self._info(info_o if isinstance(info_o, Mapping) else {}, info_n if isinstance(info_n, Mapping) else {})
            if canonical(old.get("openapi")) != canonical(new.get("openapi")):
                versions = f"{short(old.get('openapi'))} to {short(new.get('openapi'))}"
                message = f"OpenAPI version changed from {versions}: review by hand"
                self.walk.emit("unclassified-change", ("openapi",), "document", message)
        self.walk.docs(old, new, (), "document", ("externalDocs",))
        self.walk.extensions(old, new, (), "document")
        self.walk.leftovers(old, new, (), "document", TOP_KEYS)
        compare_servers(self.walk, _list(self.walk.old.data.get("servers")), _list(new.get("servers")), (), (), "")
        self._tags()
        self._security_schemes()
        components_o, components_n = self.walk.old.section("components"), self.walk.new.section("components")
        self.walk.extensions(components_o, components_n, ("components",), "components")
        self.walk.leftovers(components_o, components_n, ("components",), "components", COMPONENT_KEYS)
        self._examples()

    # -- info, tags, examples ---------------------------------------------------------------------

    def _info(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        ptr: Ptr = ("info",)
        self.walk.docs(old, new, ptr, "info", ("summary", "description"))
        self.walk.extensions(old, new, ptr, "info")
        for key in sorted({k for k in (*old, *new) if not str(k).startswith("x-")} - {"summary", "description"}):
            if canonical(old.get(key)) != canonical(new.get(key)):
                message = f"info.{key} changed from {short(old.get(key))} to {short(new.get(key))}"
                self.walk.emit("info-changed", (*ptr, key), "info", message)

    def _tags(self) -> None:
        old = {
            str(t.get("name")): (i, t)
            for i, t in enumerate(self.walk.old.data.get("tags") or [])
            if isinstance(t, Mapping)
        }
        new = {
            str(t.get("name")): (i, t)
            for i, t in enumerate(self.walk.new.data.get("tags") or [])
            if isinstance(t, Mapping)
        }
        for name in sorted(old.keys() | new.keys()):
            where = f"tag {name}"
            if name not in new:
                self.walk.emit("tag-changed", ("tags", old[name][0]), where, f"tag `{name}` no longer declared")
            elif name not in old:
                self.walk.emit("tag-changed", ("tags", new[name][0]), where, f"tag `{name}` declared")
            else:
                to, tn = old[name][1], new[name][1]
                ptr: Ptr = ("tags", new[name][0])
                for key in sorted({k for k in (*to, *tn) if not str(k).startswith("x-")} - {"name"}):
                    if canonical(to.get(key)) != canonical(tn.get(key)):
                        self.walk.emit("tag-changed", (*ptr, key), where, f"tag `{name}`: {key} changed")
                self.walk.extensions(to, tn, ptr, where)

    def _examples(self) -> None:
        old = self.walk.old.section("components", "examples")
        new = self.walk.new.section("components", "examples")
        for name in sorted(old.keys() | new.keys()):
            if canonical(old.get(name)) != canonical(new.get(name)):
                state = "added" if name not in old else "removed" if name not in new else "changed"
                ptr: Ptr = ("components", "examples", name)
                self.walk.emit("examples-changed", ptr, f"example {name}", f"example `{name}` {state}")

    # -- security schemes -------------------------------------------------------------------------

    def _security_schemes(self) -> None:
        old = self.walk.old.section("components", "securitySchemes")
        new = self.walk.new.section("components", "securitySchemes")
        for name in sorted(old.keys() | new.keys()):
            ptr: Ptr = ("components", "securitySchemes", name)
            where = f"security scheme {name}"
            if name not in new:
                self.walk.emit("security-scheme-removed", ptr, where, f"security scheme `{name}` removed")
                continue
            if name not in old:
                self.walk.emit("security-scheme-added", ptr, where, f"new security scheme `{name}`")
                continue
            ro, rn = self.walk.old.resolve(old[name], ptr), self.walk.new.resolve(new[name], ptr)
            a = ro.node if isinstance(ro.node, Mapping) else {}
            b = rn.node if isinstance(rn.node, Mapping) else {}
            changed = [k for k in SCHEME_KEYS if canonical(a.get(k)) != canonical(b.get(k))]
            if changed:
                details = ", ".join(f"{k} {short(a.get(k))} → {short(b.get(k))}" for k in changed)
                self.walk.emit("security-scheme-changed", ptr, where, f"security scheme `{name}` changed: {details}")
            self.walk.docs(a, b, rn.ptr, where, ("description",))
            if canonical(a.get("bearerFormat")) != canonical(b.get("bearerFormat")):
                self.walk.emit("description-changed", (*rn.ptr, "bearerFormat"), where, "bearerFormat (a hint) changed")
            self.walk.extensions(a, b, rn.ptr, where)
            self.walk.leftovers(a, b, rn.ptr, where, (*SCHEME_KEYS, "description", "bearerFormat"))

    # -- component schemas ------------------------------------------------------------------------

    def compare_schema_inventory(self) -> None:
        """Schemas added or removed, then the schemas no operation uses (compared both ways)."""
        old = self.walk.old.section("components", "schemas")
        new = self.walk.new.section("components", "schemas")
        for name in sorted(old.keys() | new.keys()):
            ptr: Ptr = ("components", "schemas", name)
            where = f"schema `{name}`"
            if name not in new:
                if is_model(self.walk.old.resolve(old[name], ptr).node):
                    message = f"schema `{name}` removed: its model class disappears"
                    self.walk.emit("model-removed", ptr, where, message)
                else:
                    self.walk.emit("schema-removed", ptr, where, f"schema `{name}` removed (it has no model class)")
            elif name not in old:
                if is_model(self.walk.new.resolve(new[name], ptr).node):
                    self.walk.emit("model-added", ptr, where, f"new schema `{name}` with a model class")
                else:
                    self.walk.emit("schema-added", ptr, where, f"new schema `{name}` (no model class)")
        used = self.schemas.used_old | self.schemas.used_new
        unused = sorted(n for n in old.keys() & new.keys() if n not in used)
        self.schemas.stop_at = set(used)
        for name in unused:
            ptr = ("components", "schemas", name)
            unused_where = Where(f"schema `{name}` (used by no operation)")
            for direction in DIRECTIONS:
                self.schemas.compare(old[name], new[name], ptr, ptr, unused_where, direction)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
