"""The operations (and webhooks) of a reference page, grouped by tag.

Each operation shows how the client calls it, its parameters, request body, responses (with
what the client returns or raises for each) and links. Only the parts a reader needs are
followed through ``$ref``: shared parameters, responses, request bodies, headers and links.
"""

import json
import re
from typing import Any

from ..context import error_class_name
from ..spec import Operation, error_in_success_branches
from .markdown import (
    code,
    external_docs,
    facts_and_prose,
    literal,
    name_cell,
    one_line,
    prose_and_facts,
    table,
    text,
    verbatim,
)
from .page import Page, tags_of


def operation_sections(page: Page, *, webhook: bool) -> list[str]:
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
    for tag in page.tag_order(webhook):
        info = page.tag_info.get(tag, {})
        tagged = page.tagged(webhook, tag)
        lines += [f'### <a id="{page.tag_anchor[(webhook, tag)]}"></a>{text(tag)}', ""]
        facts = []
        resource = None if webhook else page.names.resource([o for _, o in tagged])
        if resource:
            facts.append(("Python", code(resource)))
        docs = external_docs(info.get("externalDocs"))
        if docs:
            facts.append(("External docs", docs))
        lines += prose_and_facts(info.get("description"), facts)
        for index, operation in tagged:
            lines += _operation(page, index, operation)
    return lines


def _operation(page: Page, index: int, operation: Operation) -> list[str]:
    op = operation.op
    summary = f" — {one_line(str(op['summary']))}" if op.get("summary") else ""
    lines = [f'#### <a id="{page.op_anchor[index]}"></a>{code(operation.title)}{summary}', ""]
    facts = []
    if operation.operation_id:
        facts.append(("Operation ID", code(operation.operation_id)))
    call = page.names.call(operation)
    if call:
        facts.append(("Python", code(call)))
    tags = tags_of(operation)
    if len(tags) > 1:
        facts.append(("Tags", ", ".join(code(t) for t in tags)))
    if "security" in op:
        facts.append(("Authentication", f"{page.security_text(op['security'])} (overrides the default)"))
    elif page.data.get("security"):
        facts.append(("Authentication", page.security_text(page.data["security"])))
    servers = op.get("servers") or operation.item.get("servers")
    if isinstance(servers, list) and servers:
        facts.append(("Servers", _server_subset(page, servers)))
    if op.get("deprecated") is True:
        facts.append(("Deprecated", "yes"))
    docs = external_docs(op.get("externalDocs"))
    if docs:
        facts.append(("External docs", docs))
    descriptions = [verbatim(h["description"]) for h in (operation.item, op) if h.get("description")]
    lines += facts_and_prose(facts, "\n\n".join(descriptions))
    lines += _parameters(page, operation)
    lines += _request_body(page, op)
    lines += _responses(page, operation)
    lines += _links(page, op)
    callbacks = op.get("callbacks") or {}
    if callbacks:
        names = ", ".join(code(str(n)) for n in callbacks)
        lines += [f"**Callbacks:** {names} (see the spec).", ""]
    return lines


def _server_subset(page: Page, servers: list[Any]) -> str:
    """Servers of one operation: the API's by ``Server`` member, others by URL."""
    shown = []
    for server in servers:
        url = str(server.get("url", "")) if isinstance(server, dict) else ""
        name = page.names.server_of(url)
        shown.append(code(f'server="{name}"') if name else code(url))
    return "only " + ", ".join(shown)


def _parameters(page: Page, operation: Operation) -> list[str]:
    params = operation.parameters(page.data)
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
        constraints = page.types.constraints(schema)
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
        name = str(param.get("name", ""))
        rows.append(
            [
                name_cell(name, page.names.parameter(operation, name, str(param.get("in", "")))),
                str(param.get("in", "")),
                page.types.type_of(schema) if schema is not None else "any",
                "yes" if required else "no",
                default,
                ", ".join(constraints),
                page.types.description_cell(param, schema),
            ]
        )
    header = ["Name", "In", "Type", "Required", "Default", "Constraints", "Description"]
    return ["**Parameters**", "", *table(header, rows), ""]


def _request_body(page: Page, op: dict[str, Any]) -> list[str]:
    body = page.resolve(op.get("requestBody"))
    if not isinstance(body, dict):
        return []
    required = "required" if body.get("required") is True else "optional"
    lines = [f"**Request body** ({required})", ""]
    if body.get("description"):
        lines += [verbatim(body["description"]), ""]
    rows = []
    for media, media_object in (body.get("content") or {}).items():
        schema = (media_object or {}).get("schema")
        rows.append([code(str(media)), page.types.type_of(schema) if schema is not None else "any"])
    if rows:
        lines += [*table(["Content type", "Schema"], rows), ""]
    return lines


def _responses(page: Page, operation: Operation) -> list[str]:
    if not operation.op.get("responses"):
        return []
    rows = []
    for status_text, resolved in operation.responses(page.data):
        description = str(resolved.get("description") or "")
        headers = _headers(page, resolved.get("headers") or {})
        content = resolved.get("content") or {}
        if not content:
            rows.append([status_text, description, "no body", "", headers, _outcome(page, status_text, None)])
        for i, (media, media_object) in enumerate(content.items()):
            schema = (media_object or {}).get("schema")
            first = i == 0
            rows.append(
                [
                    status_text if first else "",
                    description if first else "",
                    code(str(media)),
                    page.types.type_of(schema) if schema is not None else "any",
                    headers if first else "",
                    _error_in_success(page, resolved) or _outcome(page, status_text, schema),
                ]
            )
    header = ["Status", "Description", "Content type", "Schema", "Headers", "In the client"]
    if operation.webhook:
        rows = [row[:5] for row in rows]
        header = header[:5]
    return ["**Responses**", "", *table(header, rows, optional=[4]), ""]


def _error_in_success(page: Page, response: dict[str, Any]) -> str | None:
    """The outcome of a success answer that may carry the vendor's error (``x-sdk-error-in-success``)."""
    branches = error_in_success_branches(page.data, response)
    if branches is None:
        return None
    prop, success, _error = branches
    shown = page.types.ref_link(str(success["$ref"])) if isinstance(success, dict) and "$ref" in success else "it"
    return f"returns {shown}; an answer with {code(prop)} raises the API error (`x-sdk-error-in-success`)"


def _outcome(page: Page, status: str, schema: Any) -> str:
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
    target = page.types.ref_target(schema)
    unwrap = target.get("x-sdk-unwrap") if target else None
    if target is not None and isinstance(unwrap, str):
        inner = (target.get("properties") or {}).get(unwrap)
        inner_type = f": {page.types.type_of(inner)}" if inner is not None else ""
        return f"returns {code(unwrap)}{inner_type}"
    return "returned"


def _headers(page: Page, headers: dict[str, Any]) -> str:
    shown = []
    for name, header in headers.items():
        header = page.resolve(header)
        header = header if isinstance(header, dict) else {}
        item = f"{code(str(name))}: {page.types.type_of(header.get('schema'))}"
        if header.get("required") is True:
            item += " (always)"
        if header.get("description"):
            item += f" — {one_line(str(header['description']))}"
        shown.append(item)
    return "<br>".join(shown)


def _links(page: Page, op: dict[str, Any]) -> list[str]:
    rows = []
    for status, response in (op.get("responses") or {}).items():
        resolved = page.resolve(response)
        links = resolved.get("links") if isinstance(resolved, dict) else None
        for name, link_object in (links or {}).items():
            link_object = page.resolve(link_object)
            link_object = link_object if isinstance(link_object, dict) else {}
            target = ""
            if link_object.get("operationId"):
                operation_id = str(link_object["operationId"])
                anchor = page.anchor_by_operation_id.get(operation_id)
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
                [str(status), code(str(name)), target, "<br>".join(params), str(link_object.get("description") or "")]
            )
    if not rows:
        return []
    header = ["Status", "Link", "Operation", "Parameters", "Description"]
    return ["**Links**", "", *table(header, rows), ""]
