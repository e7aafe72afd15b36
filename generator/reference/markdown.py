"""Markdown primitives of the reference page: code spans, escaped text, links, table cells, facts.

Descriptions are CommonMark (as OpenAPI says) and are copied verbatim, except inside table cells,
where a cell must stay on one line: there soft line breaks become spaces, list items and
paragraphs ``<br>``, and ``|`` is escaped.
"""

import json
import re
from collections.abc import Sequence
from typing import Any

_BACKTICK_RUN = re.compile(r"`+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


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
    for paragraph in BLANK_LINE.split(value):
        joined = ""
        for line in (line.strip() for line in paragraph.split("\n")):
            if not line:
                continue
            if not joined:
                joined = line
            elif LIST_ITEM.match(line):
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
        if lines and (body[:1].isspace() or LIST_ITEM.match(body)):
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
        last_block = BLANK_LINE.split(body)[-1].split("\n")
        if any(line[:1].isspace() or LIST_ITEM.match(line) for line in last_block):
            lines += ["<!-- -->", ""]
    lines += [f"- **{label}:** {value}" for label, value in facts]
    if facts:
        lines.append("")
    return lines


def slug(value: str) -> str:
    """An anchor's text: lower-case words joined by ``-``."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def name_cell(name: str, python: str | None) -> str:
    """A spec name, with the client's Python name below it where that differs."""
    return code(name) + (f"<br>Python: {code(python)}" if python and python != name else "")


def external_docs(docs: Any) -> str | None:
    """An ``externalDocs`` object as a link, or None."""
    if not isinstance(docs, dict) or not docs.get("url"):
        return None
    url = str(docs["url"])
    label = one_line(str(docs.get("description") or ""))
    return link(label, url) if label else f"<{url}>"
