"""A Markdown API reference page per spec, for ``docs/api/<spec stem>.md``.

The page is committed next to the spec so that a spec change shows up in review as a readable
diff. ``render_reference`` is a pure function of the spec data and the client's typed view: same
input, same bytes, everything in spec order, no timestamps.

What it shows: the API's metadata and description, servers, authentication, the spec's
assumptions, every operation grouped by tag (with the client method that calls it), webhooks,
and every component schema. Its modules, one job each:

- ``markdown``: code spans, escaped text, links, one-line table cells, facts lists;
- ``schema_text``: a schema's compact type and constraints in words;
- ``names``: every Python name on the page, read from the views the client is rendered from;
- ``page``: what the sections share: the spec, its operations, the anchors;
- ``overview``, ``operations``, ``schemas``: the sections.
"""

import re
from pathlib import Path
from typing import Any

from ..parsing import api_view
from ..problems import SpecError
from ..spec import SpecSource
from ..views import ApiView
from .markdown import code
from .names import ClientNames
from .operations import operation_sections
from .overview import assumptions, authentication, contents, header, mock_notes, servers
from .page import Page
from .schemas import schema_sections

__all__ = ["code", "render_reference"]


def render_reference(data: dict[str, Any], *, spec_file: str, package_name: str, api: ApiView | None = None) -> str:
    """The Markdown reference page of the spec ``data``.

    ``spec_file`` is how the page names the spec (e.g. ``specs/callr.yaml``); ``package_name`` is
    the generated client's import name (e.g. ``typedsms_callr``); ``api`` is the client's typed
    view, made from ``data`` when not given (a spec openapi-python-client cannot read gets a page
    without Python names).
    """
    if api is None:
        api = _view_of(data, spec_file, package_name)
    page = Page(data, spec_file, package_name, ClientNames(api, package_name))
    lines: list[str] = []
    lines += header(page)
    lines += contents(page)
    lines += servers(page)
    lines += authentication(page)
    lines += assumptions(page)
    lines += mock_notes(page)
    lines += operation_sections(page, webhook=False)
    if page.has_webhooks:
        lines += operation_sections(page, webhook=True)
    lines += schema_sections(page)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n"


def _view_of(data: dict[str, Any], spec_file: str, package_name: str) -> ApiView | None:
    src = SpecSource(path=Path(spec_file), raw=b"", data=data)
    try:
        return api_view(src, package=package_name, version="0.0.0", strict=False)
    except SpecError:
        return None
