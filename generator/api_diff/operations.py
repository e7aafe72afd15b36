"""Comparing operations: existence, identity, parameters, request bodies, responses, security.

Operations are matched by method and path template, the names of path parameters aside
(``/sms/{id}`` and ``/sms/{hash}`` are the same endpoint). Webhooks are operations the
server calls on the client, so their directions are swapped: the body a webhook
delivers is compared as a response (what the client receives), its answers as requests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..extensions import ABSENT, BY_NAME
from .refs import Doc, Ptr, canonical, short
from .schemas import SchemaComparer
from .servers import compare_servers
from .walk import Direction, Walk, Where

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

OPERATION_KEYS = {
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "deprecated",
    "security",
    "servers",
}
PARAMETER_KEYS = {
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
}
BODY_KEYS = {"description", "content", "required"}
RESPONSE_KEYS = {"description", "headers", "content", "links"}
MEDIA_KEYS = {"schema", "example", "examples"}
HEADER_KEYS = {"description", "required", "deprecated", "schema", "example", "examples", "style", "explode", "content"}


@dataclass(frozen=True)
class Operation:
    label: str
    node: Mapping[str, Any]
    ptr: Ptr
    path_item: Mapping[str, Any]
    path_item_ptr: Ptr


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def operations(doc: Doc, section: str) -> dict[tuple[str, str], Operation]:
    """Every operation of ``paths`` (or ``webhooks``), keyed by (path template or webhook name, method)."""
    found: dict[tuple[str, str], Operation] = {}
    for name, raw_item in doc.section(section).items():
        item_ptr: Ptr = (section, str(name))
        resolved = doc.resolve(raw_item, item_ptr)
        item = resolved.node if isinstance(resolved.node, Mapping) else {}
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            if section == "webhooks":
                key, label = (str(name), method), f"webhook {name} ({method.upper()})"
            else:
                key, label = (_template(str(name)), method), f"{method.upper()} {name}"
            found[key] = Operation(label, op, (*resolved.ptr, method), item, resolved.ptr)
    return found


def _media_schema(content: Any) -> tuple[Any, tuple[str, ...]]:
    """The schema of the first media type of a ``content`` map (parameters and headers may use one)."""
    if isinstance(content, Mapping):
        for media, entry in content.items():
            if isinstance(entry, Mapping) and "schema" in entry:
                return entry["schema"], ("content", str(media), "schema")
    return None, ()


def _inline_models(op: Mapping[str, Any]) -> bool:
    """Whether the operation has an inline object or enum schema in its body or answers (a class named after it)."""
    schemas: list[Any] = []
    body = op.get("requestBody")
    for holder in [body, *((op.get("responses") or {}).values())]:
        if isinstance(holder, Mapping):
            schemas += [m.get("schema") for m in (holder.get("content") or {}).values() if isinstance(m, Mapping)]
    while schemas:
        schema = schemas.pop()
        if not isinstance(schema, Mapping) or "$ref" in schema:
            continue
        if "properties" in schema or "enum" in schema or schema.get("type") == "object":
            return True
        schemas += [schema.get("items"), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
        schemas += list(schema.get("allOf") or [])
    return False


class OperationComparer:
    def __init__(self, walk: Walk, schemas: SchemaComparer) -> None:
        self.walk = walk
        self.schemas = schemas

    def compare_all(self) -> None:
        for section in ("paths", "webhooks"):
            old, new = operations(self.walk.old, section), operations(self.walk.new, section)
            webhook = section == "webhooks"
            kind = "webhook" if webhook else "operation"
            for key in sorted(old.keys() | new.keys()):
                if key not in new:
                    o = old[key]
                    with self.walk.findings.at_operation(o.label):
                        message = f"{kind} removed" + ("" if webhook else ": its client method disappears")
                        self.walk.emit(f"{kind}-removed", o.ptr, kind, message)
                elif key not in old:
                    n = new[key]
                    with self.walk.findings.at_operation(n.label):
                        self.walk.emit(f"{kind}-added", n.ptr, kind, f"new {kind}")
                else:
                    with self.walk.findings.at_operation(new[key].label):
                        self._operation(old[key], new[key], webhook)
            self._path_items(section)
            self.walk.extensions(self.walk.old.section(section), self.walk.new.section(section), (section,), section)

    def _path_items(self, section: str) -> None:
        """Documentation and extensions written on the path items themselves."""
        old, new = self.walk.old.section(section), self.walk.new.section(section)
        templates_o = {_template(str(k)) if section == "paths" else str(k): str(k) for k in old}
        for name in new:
            key = _template(str(name)) if section == "paths" else str(name)
            if key not in templates_o:
                continue
            po = self.walk.old.resolve(old[templates_o[key]], (section, templates_o[key]))
            pn = self.walk.new.resolve(new[name], (section, str(name)))
            if not (isinstance(po.node, Mapping) and isinstance(pn.node, Mapping)):
                continue
            where = f"path {name}"
            self.walk.docs(po.node, pn.node, pn.ptr, where, ("summary", "description"))
            self.walk.extensions(po.node, pn.node, pn.ptr, where)
            handled = {"summary", "description", "parameters", "servers", "$ref", *METHODS}
            self.walk.leftovers(po.node, pn.node, pn.ptr, where, handled)

    # -- one operation ----------------------------------------------------------------------------

    def _operation(self, o: Operation, n: Operation, webhook: bool) -> None:
        old, new = o.node, n.node
        where = "operation"
        if canonical(old.get("operationId")) != canonical(new.get("operationId")):
            change = f"operationId changed from {short(old.get('operationId'))} to {short(new.get('operationId'))}"
            name_o, name_n = _client_method(old), _client_method(new)
            # Inline request and response objects are classes named after the operationId.
            if name_o is not None and name_o == name_n and not _inline_models(old):
                how = "x-sdk-method" if new.get("x-sdk-method") is not None else "derived from the new operationId"
                message = f"{change}: the client method keeps its name {short(name_n)} ({how})"
                self.walk.emit("operation-id-changed-method-pinned", (*n.ptr, "operationId"), where, message)
            else:
                self.walk.emit(
                    "operation-id-changed", (*n.ptr, "operationId"), where, f"{change}: the client method is renamed"
                )
        self._tags(old, new, n.ptr)
        self.walk.docs(old, new, n.ptr, where, ("summary", "description", "externalDocs"))
        if bool(old.get("deprecated", False)) != bool(new.get("deprecated", False)):
            state = "deprecated" if new.get("deprecated") else "no longer deprecated"
            self.walk.emit("deprecation-changed", (*n.ptr, "deprecated"), where, f"the operation is {state}")
        self.walk.extensions(old, new, n.ptr, where)
        self.walk.leftovers(old, new, n.ptr, where, OPERATION_KEYS)
        self._security(o, n)
        self._servers(o, n)
        self._parameters(o, n)
        body_direction: Direction = "response" if webhook else "request"
        answer_direction: Direction = "request" if webhook else "response"
        self._request_body(old.get("requestBody"), new.get("requestBody"), o.ptr, n.ptr, body_direction)
        self._responses(o, n, answer_direction)

    def _tags(self, old: Mapping[str, Any], new: Mapping[str, Any], ptr: Ptr) -> None:
        to = [str(t) for t in old.get("tags") or []]
        tn = [str(t) for t in new.get("tags") or []]
        if to == tn:
            return
        first_o, first_n = (to or ["default"])[0], (tn or ["default"])[0]
        if first_o != first_n:
            moves = f"the method moves from the {first_o} resource to the {first_n} resource"
            message = f"first tag changed from {first_o} to {first_n}: {moves}"
            self.walk.emit("operation-tag-changed", (*ptr, "tags"), "operation", message)
        else:
            self.walk.emit("tag-changed", (*ptr, "tags"), "operation", f"tags changed from {to} to {tn}")

    # -- security ---------------------------------------------------------------------------------

    def _security(self, o: Operation, n: Operation) -> None:
        eff_o, eff_n = _effective(self.walk.old, o.node), _effective(self.walk.new, n.node)
        if eff_o == eff_n:
            return
        own = "security" in n.node or "security" in o.node
        ptr: Ptr = (*n.ptr, "security") if own else ("security",)
        where = "operation security" if own else "security (inherited)"
        message = f"security requirements changed from {_security_text(eff_o)} to {_security_text(eff_n)}"
        self.walk.emit("security-requirements-changed", ptr, where, message)

    # -- servers ----------------------------------------------------------------------------------

    def _servers(self, o: Operation, n: Operation) -> None:
        """An operation's own servers (or its path's), compared when either side has them."""
        own_o = "servers" in o.node or "servers" in o.path_item
        own_n = "servers" in n.node or "servers" in n.path_item
        if not (own_o or own_n):
            return
        list_o, ptr_o = _effective_servers(self.walk.old, o)
        list_n, ptr_n = _effective_servers(self.walk.new, n)
        compare_servers(self.walk, list_o, list_n, ptr_o, ptr_n, "operation ")

    # -- parameters -------------------------------------------------------------------------------

    def _params(self, doc: Doc, op: Operation) -> dict[tuple[str, str], tuple[Mapping[str, Any], Ptr]]:
        found: dict[tuple[str, str], tuple[Mapping[str, Any], Ptr]] = {}
        for owner, owner_ptr in ((op.path_item, op.path_item_ptr), (op.node, op.ptr)):
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            for i, raw in enumerate(params):
                resolved = doc.resolve(raw, (*owner_ptr, "parameters", i))
                node = resolved.node
                if not isinstance(node, Mapping):
                    continue
                location, name = str(node.get("in")), str(node.get("name"))
                found[(location, name.lower() if location == "header" else name)] = (node, resolved.ptr)
        return found

    def _parameters(self, o: Operation, n: Operation) -> None:
        old, new = self._params(self.walk.old, o), self._params(self.walk.new, n)
        for key in sorted(old.keys() | new.keys()):
            location, name = key
            where = Where(f"{location} parameter `{name}`")
            if key not in new:
                message = f"{location} parameter `{name}` removed: the method's argument disappears"
                self.walk.emit("request-parameter-removed", old[key][1], where, message)
                continue
            node_n, ptr_n = new[key]
            if key not in old:
                if _required(node_n):
                    message = f"new required {location} parameter `{name}`: every call must pass it"
                    self.walk.emit("request-parameter-added-required", ptr_n, where, message)
                else:
                    message = f"new optional {location} parameter `{name}`"
                    self.walk.emit("request-parameter-added-optional", ptr_n, where, message)
                continue
            self._parameter(old[key][0], node_n, old[key][1], ptr_n, where, location)

    def _parameter(
        self, old: Mapping[str, Any], new: Mapping[str, Any], op: Ptr, np: Ptr, where: Where, location: str
    ) -> None:
        req_o, req_n = _required(old), _required(new)
        if req_o != req_n:
            if req_n:
                message = "became required: calls without it are refused"
                self.walk.emit("request-parameter-became-required", (*np, "required"), where, message)
            else:
                self.walk.emit("request-parameter-became-optional", (*np, "required"), where, "became optional")
        if _serialization(old, location) != _serialization(new, location):
            so, sn = _serialization(old, location), _serialization(new, location)
            message = (
                f"serialization changed from {_serial_text(so)} to {_serial_text(sn)}: the value is sent differently"
            )
            self.walk.emit("request-parameter-serialization-changed", np, where, message)
        empty_o, empty_n = bool(old.get("allowEmptyValue", False)), bool(new.get("allowEmptyValue", False))
        if empty_o != empty_n:
            if empty_n:
                self.walk.emit(
                    "request-limit-widened", (*np, "allowEmptyValue"), where, "an empty value is now allowed"
                )
            else:
                message = "an empty value is no longer allowed: values accepted before are refused"
                self.walk.emit("request-limit-narrowed", (*np, "allowEmptyValue"), where, message)
        if bool(old.get("deprecated", False)) != bool(new.get("deprecated", False)):
            state = "deprecated" if new.get("deprecated") else "no longer deprecated"
            self.walk.emit("deprecation-changed", (*np, "deprecated"), where, f"the parameter is {state}")
        self.walk.docs(old, new, np, where, ("description", "example", "examples"))
        self.walk.extensions(old, new, np, where)
        self.walk.leftovers(old, new, np, where, PARAMETER_KEYS)
        self._value_schema(old, new, op, np, where, "request")

    def _value_schema(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        op: Ptr,
        np: Ptr,
        where: Where,
        direction: Direction,
    ) -> None:
        """The schema of a parameter or a header: ``schema``, or the one of ``content``."""
        so, path_o = (old["schema"], ("schema",)) if "schema" in old else _media_schema(old.get("content"))
        sn, path_n = (new["schema"], ("schema",)) if "schema" in new else _media_schema(new.get("content"))
        if so is None and sn is None:
            return
        self.schemas.compare(so, sn, (*op, *path_o), (*np, *path_n), where, direction)

    # -- request body -----------------------------------------------------------------------------

    def _request_body(self, raw_o: Any, raw_n: Any, op: Ptr, np: Ptr, direction: Direction) -> None:
        where = Where("request body")
        if raw_o is None and raw_n is None:
            return
        if raw_n is None:
            self.walk.emit("request-body-removed", (*op, "requestBody"), where, "request body removed")
            return
        rn = self.walk.new.resolve(raw_n, (*np, "requestBody"))
        new = rn.node if isinstance(rn.node, Mapping) else {}
        if raw_o is None:
            if new.get("required"):
                self.walk.emit("request-body-added-required", rn.ptr, where, "new required request body")
            else:
                self.walk.emit("request-body-added-optional", rn.ptr, where, "new optional request body")
            return
        ro = self.walk.old.resolve(raw_o, (*op, "requestBody"))
        old = ro.node if isinstance(ro.node, Mapping) else {}
        if bool(old.get("required", False)) != bool(new.get("required", False)):
            if new.get("required"):
                self.walk.emit("request-body-became-required", (*rn.ptr, "required"), where, "became required")
            else:
                self.walk.emit("request-body-became-optional", (*rn.ptr, "required"), where, "became optional")
        self.walk.docs(old, new, rn.ptr, where, ("description",))
        self.walk.extensions(old, new, rn.ptr, where)
        self.walk.leftovers(old, new, rn.ptr, where, BODY_KEYS)
        self._content(old, new, ro.ptr, rn.ptr, where, direction, "request")

    def _content(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        op: Ptr,
        np: Ptr,
        where: Where,
        direction: Direction,
        side: str,
    ) -> None:
        co = old.get("content") if isinstance(old.get("content"), Mapping) else {}
        cn = new.get("content") if isinstance(new.get("content"), Mapping) else {}
        assert isinstance(co, Mapping) and isinstance(cn, Mapping)
        several = len(co.keys() | cn.keys()) > 1
        for media in sorted(co.keys() | cn.keys()):
            mo_ptr, mn_ptr = (*op, "content", media), (*np, "content", media)
            if media not in cn:
                self.walk.emit(f"{side}-media-type-removed", mo_ptr, where, f"media type {media} removed")
                continue
            if media not in co:
                self.walk.emit(f"{side}-media-type-added", mn_ptr, where, f"new media type {media}")
                continue
            mo = co[media] if isinstance(co[media], Mapping) else {}
            mn = cn[media] if isinstance(cn[media], Mapping) else {}
            here = Where(f"{where.context} ({media})") if several else where
            self.walk.docs(mo, mn, mn_ptr, here, ("example", "examples"))
            self.walk.extensions(mo, mn, mn_ptr, here)
            self.walk.leftovers(mo, mn, mn_ptr, here, MEDIA_KEYS)
            if "schema" in mo or "schema" in mn:
                self.schemas.compare(
                    mo.get("schema"), mn.get("schema"), (*mo_ptr, "schema"), (*mn_ptr, "schema"), here, direction
                )

    # -- responses --------------------------------------------------------------------------------

    def _responses(self, o: Operation, n: Operation, direction: Direction) -> None:
        old = _by_status(o.node.get("responses"))
        new = _by_status(n.node.get("responses"))
        old_success_schemas = {
            canonical(s) for status, r in old.items() if _success(status) for s in self._schemas_of(self.walk.old, r)
        }
        for status in sorted(old.keys() | new.keys()):
            code = status
            op, np = (*o.ptr, "responses", code), (*n.ptr, "responses", code)
            where = Where(f"response {code}")
            if status not in new:
                if _success(code):
                    message = f"success status {code} removed"
                    self.walk.emit("response-success-status-removed", op, where, message)
                else:
                    self.walk.emit("response-error-status-removed", op, where, f"error status {code} removed")
                continue
            if status not in old:
                if not _success(code):
                    self.walk.emit("response-error-status-added", np, where, f"new error status {code}")
                    continue
                schemas = {canonical(s) for s in self._schemas_of(self.walk.new, new[status])}
                if schemas - old_success_schemas:
                    message = f"new success status {code} with a new body: the method's result type becomes a union"
                    self.walk.emit("response-result-type-added", np, where, message)
                else:
                    self.walk.emit("response-success-status-added", np, where, f"new success status {code}")
                continue
            self._response(old[status], new[status], op, np, where, direction)

    def _schemas_of(self, doc: Doc, raw: Any) -> list[Any]:
        node = doc.resolve(raw, ()).node
        content = node.get("content") if isinstance(node, Mapping) else None
        if not isinstance(content, Mapping):
            return []
        return [m["schema"] for m in content.values() if isinstance(m, Mapping) and "schema" in m]

    def _response(self, raw_o: Any, raw_n: Any, op: Ptr, np: Ptr, where: Where, direction: Direction) -> None:
        ro, rn = self.walk.old.resolve(raw_o, op), self.walk.new.resolve(raw_n, np)
        if rn.ptr[:2] == ("components", "responses"):
            # A shared response is reported once, at the component, whatever the status it answers.
            where = Where(f"response `{rn.ptr[2]}`")
        old = ro.node if isinstance(ro.node, Mapping) else {}
        new = rn.node if isinstance(rn.node, Mapping) else {}
        self.walk.docs(old, new, rn.ptr, where, ("description",))
        self.walk.extensions(old, new, rn.ptr, where)
        self.walk.leftovers(old, new, rn.ptr, where, RESPONSE_KEYS)
        if canonical(old.get("links")) != canonical(new.get("links")):
            message = "links changed (the client does not use them)"
            self.walk.emit("links-changed", (*rn.ptr, "links"), where, message)
        self._headers(old, new, ro.ptr, rn.ptr, where)
        self._content(old, new, ro.ptr, rn.ptr, where, direction, "response")

    def _headers(self, old: Mapping[str, Any], new: Mapping[str, Any], op: Ptr, np: Ptr, where: Where) -> None:
        ho = {str(k).lower(): (k, v) for k, v in (old.get("headers") or {}).items()}
        hn = {str(k).lower(): (k, v) for k, v in (new.get("headers") or {}).items()}
        for name in sorted(ho.keys() | hn.keys()):
            if name not in hn:
                ptr = (*op, "headers", ho[name][0])
                self.walk.emit("response-header-removed", ptr, where, f"header {ho[name][0]} removed")
                continue
            if name not in ho:
                ptr = (*np, "headers", hn[name][0])
                self.walk.emit("response-header-added", ptr, where, f"new header {hn[name][0]}")
                continue
            ro = self.walk.old.resolve(ho[name][1], (*op, "headers", ho[name][0]))
            rn = self.walk.new.resolve(hn[name][1], (*np, "headers", hn[name][0]))
            old_h = ro.node if isinstance(ro.node, Mapping) else {}
            new_h = rn.node if isinstance(rn.node, Mapping) else {}
            here = Where(f"{where.context} header {hn[name][0]}")
            req_o, req_n = bool(old_h.get("required", False)), bool(new_h.get("required", False))
            if req_o and not req_n:
                self.walk.emit("response-header-became-optional", (*rn.ptr, "required"), here, "no longer required")
            elif req_n and not req_o:
                self.walk.emit("response-header-became-required", (*rn.ptr, "required"), here, "became required")
            self.walk.docs(old_h, new_h, rn.ptr, here, ("description", "example", "examples"))
            self.walk.extensions(old_h, new_h, rn.ptr, here)
            self.walk.leftovers(old_h, new_h, rn.ptr, here, HEADER_KEYS)
            self._value_schema(old_h, new_h, ro.ptr, rn.ptr, here, "response")


def _client_method(operation: Mapping[str, Any]) -> str | None:
    """The client method's name of an operation: its ``x-sdk-method``, else the one the generator derives."""
    method = BY_NAME["x-sdk-method"].diff
    assert method is not None and method.effective is not None
    name = method.effective(operation.get("x-sdk-method", ABSENT), (), operation)
    return name if isinstance(name, str) else None


def _effective_servers(doc: Doc, op: Operation) -> tuple[list[Any], Ptr]:
    for owner, ptr in ((op.node, op.ptr), (op.path_item, op.path_item_ptr)):
        if isinstance(owner.get("servers"), list):
            return owner["servers"], ptr
    servers = doc.data.get("servers")
    return (servers if isinstance(servers, list) else []), ()


def _by_status(responses: Any) -> dict[str, Any]:
    """Responses keyed by status text (YAML reads an unquoted ``200`` as a number)."""
    return {str(k): v for k, v in responses.items()} if isinstance(responses, Mapping) else {}


def _required(param: Mapping[str, Any]) -> bool:
    return param.get("in") == "path" or bool(param.get("required", False))


def _serialization(param: Mapping[str, Any], location: str) -> tuple[str, bool, bool]:
    style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
    explode = bool(param.get("explode", style == "form"))
    return style, explode, bool(param.get("allowReserved", False))


def _serial_text(serial: tuple[str, bool, bool]) -> str:
    style, explode, reserved = serial
    text = f"style={style}, explode={str(explode).lower()}"
    return text + (", allowReserved" if reserved else "")


def _success(status: Any) -> bool:
    text = str(status)
    return text[:1] in ("1", "2", "3")


Requirement = tuple[tuple[str, tuple[str, ...]], ...]


def _effective(doc: Doc, op: Mapping[str, Any]) -> tuple[Requirement, ...]:
    raw = op["security"] if "security" in op else doc.data.get("security", [])
    result: list[Requirement] = []
    for req in raw if isinstance(raw, list) else []:
        if isinstance(req, Mapping):
            result.append(tuple(sorted((str(k), tuple(sorted(str(s) for s in _as_list(v)))) for k, v in req.items())))
    return tuple(sorted(set(result)))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _security_text(reqs: tuple[Requirement, ...]) -> str:
    if not reqs:
        return "none"
    parts = []
    for req in reqs:
        if not req:
            parts.append("anonymous")
            continue
        parts.append(" + ".join(name + (f"[{', '.join(scopes)}]" if scopes else "") for name, scopes in req))
    return " or ".join(parts)
