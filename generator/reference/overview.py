"""The top of a reference page: header, contents, servers, authentication and the spec's assumptions."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..assumptions import find_assumptions
from ..extension_checks import spec_objects
from ..extensions import MOCK_NOTE
from ..spec import get
from .markdown import code, external_docs, link, literal, one_line, table, text, verbatim
from .page import Page

#: What generated the page, as its first line says.
GENERATOR = "generator/reference/"


def header(page: Page) -> list[str]:
    data = page.data
    info = data.get("info") or {}
    title = str(info.get("title") or Path(page.spec_file).stem)
    lines = [
        f"<!-- Generated from {page.spec_file} by {GENERATOR}. Do not edit: change the spec. -->",
        f"# {title}",
        "",
    ]
    facts = [
        ("API version", code(str(info.get("version", "")))),
        ("OpenAPI", code(str(data.get("openapi", "")))),
        ("Spec", code(page.spec_file)),
        ("Python package", code(page.package)),
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
    docs = external_docs(data.get("externalDocs"))
    if docs:
        facts.append(("External docs", docs))
    wire = page.wire_format()
    if wire:
        facts.append(("Timestamps", f"`datetime` in the client (`x-sdk-datetime`){wire}"))
    lines += [f"- **{label}:** {value}" for label, value in facts]
    if info.get("summary"):
        lines += ["", f"*{one_line(str(info['summary']))}*"]
    if info.get("description"):
        lines += ["", verbatim(info["description"])]
    lines.append("")
    return lines


def contents(page: Page) -> list[str]:
    lines = ['## <a id="contents"></a>Contents', ""]
    lines += ["- [Servers](#servers)", "- [Authentication](#authentication)"]
    lines += [
        "- [Assumptions of this spec](#assumptions)",
        "- [What the mock does](#mock-notes)",
        "- [Operations](#operations)",
    ]
    for webhook in (False, True):
        if webhook:
            if not page.has_webhooks:
                continue
            lines.append("- [Webhooks](#webhooks)")
        for tag in page.tag_order(webhook):
            lines.append(f"  - [{text(tag)}](#{page.tag_anchor[(webhook, tag)]})")
            for index, operation in page.tagged(webhook, tag):
                summary = f" — {one_line(str(operation.op['summary']))}" if operation.op.get("summary") else ""
                lines.append(f"    - [{code(operation.title)}](#{page.op_anchor[index]}){summary}")
    lines.append("- [Schemas](#schemas)")
    lines += [f"  - [{text(name)}](#{anchor})" for name, anchor in page.schema_anchor.items()]
    lines.append("")
    return lines


def servers(page: Page) -> list[str]:
    lines = ['## <a id="servers"></a>Servers', ""]
    listed = [s for s in page.data.get("servers") or [] if isinstance(s, dict)]
    if not listed:
        lines += ["The spec names no server: pass the API's URL to the client as `base_url=`.", ""]
        return lines
    if len(listed) > 1:
        lines.append("The client takes one as `server=`; the first is its default. ")
    else:
        lines.append("The client calls this server. ")
    lines[-1] += "Any other URL (a proxy, a mock) can be given as `base_url=`."
    lines.append("")
    names = page.names.servers() or [""] * len(listed)
    rows = [
        [literal(name) if name else "", code(str(server.get("url", ""))), str(server.get("description") or "")]
        for server, name in zip(listed, names, strict=False)
    ]
    lines += table(["`server=`", "URL", "Description"], rows, optional=[0])
    lines.append("")
    for server in listed:
        variables = server.get("variables") or {}
        if not variables:
            continue
        keywords = any(page.names.server_variable(str(name)) for name in variables)
        where = " (keyword arguments of `Client`)" if keywords else ""
        lines += [f"Variables of {code(str(server.get('url', '')))}{where}:", ""]
        rows = []
        for name, var in variables.items():
            var = var if isinstance(var, dict) else {}
            values = ", ".join(literal(v) for v in var.get("enum") or [])
            default = literal(var["default"]) if "default" in var else ""
            python = page.names.server_variable(str(name))
            name_text = code(str(name)) + (f"<br>Python: {code(python)}" if python and python != name else "")
            rows.append([name_text, default, values, str(var.get("description") or "")])
        lines += table(["Variable", "Default", "Values", "Description"], rows, optional=[2])
        lines.append("")
    return lines


def authentication(page: Page) -> list[str]:
    lines = ['## <a id="authentication"></a>Authentication', ""]
    if not page.security_schemes:
        lines += ["The spec defines no security scheme.", ""]
    else:
        rows = []
        for name, scheme in page.security_schemes.items():
            scheme = page.resolve(scheme) or {}
            kind, where = _scheme_kind(scheme)
            rows.append([code(str(name)), kind, where, str(scheme.get("description") or "")])
        lines += table(["Scheme", "Type", "Where", "Description"], rows)
        lines.append("")
    default = page.data.get("security")
    lines.append(f"**Required by default:** {page.security_text(default) if default else 'none'}.")
    credentials = page.names.credentials()
    if credentials:
        fields = ", ".join(f"{name}=..." for name in credentials)
        lines += [
            "",
            f"**In the client:** `Client({fields})`, or the environment variables the client's README names.",
        ]
    overrides = [(i, o) for i, o in enumerate(page.operations) if "security" in o.op]
    if overrides:
        lines += ["", "Operations that override the default:", ""]
        for index, operation in overrides:
            label = f"[{code(operation.title)}](#{page.op_anchor[index]})"
            lines.append(f"- {label}: {page.security_text(operation.op['security'])}")
    lines.append("")
    return lines


def _scheme_kind(scheme: dict[str, Any]) -> tuple[str, str]:
    """(type, where the credential goes) of a security scheme, in words."""
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


# -- assumptions -------------------------------------------------------------------------------------


def assumptions(page: Page) -> list[str]:
    """Every ``x-assumed`` claim: what the spec says that the vendor's sources do not."""
    lines = ['## <a id="assumptions"></a>Assumptions of this spec', ""]
    found = find_assumptions(page.data)
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
            place(page, [*a.parts]),
            code(a.keyword) if a.keyword else _whole_claim(a.parts, get(page.data, a.parts)),
            one_line(a.reason),
        ]
        for a in found
    ]
    return [*lines, *table(["Where", "Claim", "Why the spec assumes it"], rows), ""]


def mock_notes(page: Page) -> list[str]:
    """Every ``x-mock-note``: what this project's mock does where the vendor's sources are silent."""
    lines = ['## <a id="mock-notes"></a>What the mock does', ""]
    found = [
        (list(parts), node[MOCK_NOTE.name]) for _, parts, node in spec_objects(page.data) if MOCK_NOTE.name in node
    ]
    lines += [
        "This project's mock (`typedsms-mock`, the `typedsms_mock` pytest fixture) follows the spec; where "
        "the vendor's sources leave a behaviour open, it does what is noted here (`x-mock-note`). These "
        "notes describe the mock, not the vendor's API, and are not in the client's docstrings.",
        "",
    ]
    if not found:
        return [*lines, "The mock does nothing beyond the spec here.", ""]
    rows = [[place(page, [*parts]), one_line(str(note))] for parts, note in found]
    return [*lines, *table(["Where", "What the mock does"], rows), ""]


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
    found = get(container, [key]) if isinstance(container, dict | list) else None
    return {} if found is None else found


def place(page: Page, parts: list[object]) -> str:
    """A reader's name for the spec node at ``parts``."""
    data = page.data
    head: str
    rest: list[object]
    if parts[:1] in (["paths"], ["webhooks"]) and len(parts) >= 3:
        kind = "webhook " if parts[0] == "webhooks" else ""
        head, rest = f"{kind}{code(f'{str(parts[2]).upper()} {parts[1]}')}", parts[3:]
        operation = page.resolve((data.get(str(parts[0])) or {}).get(str(parts[1])) or {})
        node: Any = (operation or {}).get(str(parts[2])) or {}
    elif parts[:2] == ["components", "schemas"] and len(parts) >= 3:
        name = str(parts[2])
        anchor = page.schema_anchor.get(name)
        head, rest = (f"[{text(name)}](#{anchor})" if anchor else code(name)), parts[3:]
        node = page.schemas.get(name) or {}
    elif parts[:1] == ["components"] and len(parts) >= 3:
        head, rest = f"{text(str(parts[1])[:-1])} {code(str(parts[2]))}", parts[3:]
        node = ((data.get("components") or {}).get(str(parts[1])) or {}).get(str(parts[2])) or {}
    else:
        return code("/".join(str(p) for p in parts) or "/")
    words = [head]
    i = 0
    while i < len(rest):
        key = rest[i]
        value = rest[i + 1] if i + 1 < len(rest) else None
        if key in ("properties", "responses", "content", "parameters") and value is not None:
            child = page.resolve(_child(_child(node, key), value))
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
        node, i = page.resolve(_child(node, key)), i + 1
    return " → ".join(words)
