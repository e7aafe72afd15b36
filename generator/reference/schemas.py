"""The component schemas of a reference page: facts, composition, enum values and properties."""

from typing import Any

from .markdown import code, external_docs, literal, name_cell, one_line, prose_and_facts, table, text
from .page import Page
from .schema_text import DATETIME_NOTE, types_of


def schema_sections(page: Page) -> list[str]:
    lines = ['## <a id="schemas"></a>Schemas', ""]
    if not page.schemas:
        lines += ["The spec defines no component schema.", ""]
    for name, schema in page.schemas.items():
        lines += _schema_section(page, str(name), schema if isinstance(schema, dict) else {})
    return lines


def _schema_section(page: Page, name: str, schema: dict[str, Any]) -> list[str]:
    types = page.types
    lines = [f'### <a id="{page.schema_anchor[name]}"></a>{text(name)}', ""]
    facts: list[tuple[str, str]] = []
    if "$ref" in schema:
        facts.append(("Same as", types.ref_link(str(schema["$ref"]))))
    if types_of(schema):
        plain = {k: v for k, v in schema.items() if k not in ("enum", "const", "oneOf", "anyOf", "allOf")}
        facts.append(("Type", types.type_of(plain)))
    if "const" in schema:
        facts.append(("Value", literal(schema["const"])))
    model, enum = page.names.model_class(name), page.names.enum_class(name)
    if model:
        facts.append(("Python", code(model)))
    elif enum:
        facts.append(("Python", code(enum) + " (enum)"))
    if schema.get("x-sdk-datetime") is True:
        facts.append(("In the client", f"a `datetime` (`x-sdk-datetime`){page.wire_format()}"))
    unwrap = schema.get("x-sdk-unwrap")
    if isinstance(unwrap, str):
        inner = (schema.get("properties") or {}).get(unwrap)
        inner_type = f" ({types.type_of(inner)})" if inner is not None else ""
        facts.append(
            ("In the client", f"the client returns {code(unwrap)}{inner_type}, not the envelope (`x-sdk-unwrap`)")
        )
    constraints = [c for c in types.constraints(schema) if c != DATETIME_NOTE]
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
        facts.append(("Other properties", f"each {types.type_of(extra)}"))
    discriminator = schema.get("discriminator")
    if isinstance(discriminator, dict) and discriminator.get("propertyName"):
        shown = code(str(discriminator["propertyName"]))
        mapping = discriminator.get("mapping") or {}
        if mapping:
            shown += ": " + ", ".join(f"{literal(k)} → {types.ref_link(str(v))}" for k, v in mapping.items())
        facts.append(("Discriminator", shown))
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        facts.append(("Examples" if len(examples) > 1 else "Example", ", ".join(literal(e) for e in examples)))
    elif "example" in schema:
        facts.append(("Example", literal(schema["example"])))
    if schema.get("deprecated") is True:
        facts.append(("Deprecated", "yes"))
    docs = external_docs(schema.get("externalDocs"))
    if docs:
        facts.append(("External docs", docs))
    lines += prose_and_facts(schema.get("description"), facts)
    lines += _composition(page, schema)
    if isinstance(schema.get("enum"), list):
        lines += _enum_values(page, name, schema)
    rows = _property_rows(page, name, schema)
    for member in schema.get("allOf") or []:
        if isinstance(member, dict) and "$ref" not in member:
            rows += _property_rows(page, name, member)
    if rows:
        header = ["Property", "Type", "Required", "Constraints", "Description"]
        lines += [*table(header, rows), ""]
    return lines


def _composition(page: Page, schema: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    labels = {"oneOf": "Exactly one of", "anyOf": "Any of", "allOf": "All of"}
    for key, label in labels.items():
        members = schema.get(key)
        if not isinstance(members, list) or not members:
            continue
        lines += [f"**{label}:**", ""]
        for member in members:
            item = f"- {page.types.type_of(member)}"
            if key == "allOf" and isinstance(member, dict) and member.get("properties") and "$ref" not in member:
                item = "- the properties below"
            bits = page.types.constraints(member)
            if bits:
                item += f" ({', '.join(bits)})"
            if isinstance(member, dict) and "$ref" not in member and member.get("description"):
                item += f": {one_line(str(member['description']))}"
            lines.append(item)
        lines.append("")
    return lines


def _enum_values(page: Page, name: str, schema: dict[str, Any]) -> list[str]:
    values = list(schema["enum"])
    var_names = schema.get("x-enum-varnames") or []
    descriptions = schema.get("x-enum-descriptions") or []
    rows = []
    for i, value in enumerate(values):
        member = page.names.enum_member(name, value) if value is not None else None
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


def _property_rows(page: Page, schema_name: str, schema: Any, prefix: str = "", depth: int = 0) -> list[list[str]]:
    if not isinstance(schema, dict) or depth > 4:
        return []
    required = {str(r) for r in schema.get("required") or []}
    rows: list[list[str]] = []
    for name, sub in (schema.get("properties") or {}).items():
        name = str(name)
        full = prefix + name
        name_text = name_cell(name, page.names.attribute(schema_name, name)) if not prefix else code(full)
        rows.append(
            [
                name_text,
                page.types.type_of(sub),
                "yes" if name in required else "no",
                ", ".join(page.types.constraints(sub, default=True)),
                page.types.description_cell(sub if isinstance(sub, dict) else {}),
            ]
        )
        if isinstance(sub, dict) and "$ref" not in sub:
            if sub.get("properties"):
                rows += _property_rows(page, schema_name, sub, f"{full}.", depth + 1)
            items = sub.get("items")
            if isinstance(items, dict) and "$ref" not in items and items.get("properties"):
                rows += _property_rows(page, schema_name, items, f"{full}[].", depth + 1)
    return rows
