"""The spec as openapi-python-client should see it.

The hand-written spec stays truthful to the wire: a vendor timestamp such as
``2024-03-19 02:41:23`` is a string with a pattern, marked ``x-sdk-datetime:
true``. openapi-python-client only knows RFC 3339 ``date-time``, so the copy
handed to it turns marked strings into ``format: date-time``; the client's
``_wire`` module (from ``info.x-sdk-datetime-format``) then reads and writes
the vendor's format. The mocks and validators keep using the original.

A success response marked ``x-sdk-error-in-success: <property>`` (Smartswitch:
HTTP 200 with ``errors``) has a ``oneOf`` of the success body and the vendor's
error body on the wire; the generator sees only the success branch, so the
client's return type stays the success model, and the client raises the API
error when the answer holds ``<property>`` (the mark stays on the response for
the templates to read).
"""

import copy
from typing import Any

from .spec import error_in_success_branches, iter_operations, resolve


def _mark_datetimes(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("x-sdk-datetime") is True:
            node["format"] = "date-time"
            node.pop("pattern", None)
        for value in node.values():
            _mark_datetimes(value)
    elif isinstance(node, list):
        for value in node:
            _mark_datetimes(value)


def _success_branches_only(data: dict[str, Any]) -> None:
    for _path, _method, op in iter_operations(data):
        for response in (op.get("responses") or {}).values():
            branches = error_in_success_branches(data, response)
            if branches is None:
                continue
            _prop, success, _error = branches
            for media in (resolve(data, response).get("content") or {}).values():
                media["schema"] = copy.deepcopy(success)


def for_generator(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with vendor timestamps as ``date-time`` and success answers without the error branch."""
    result = copy.deepcopy(data)
    _mark_datetimes(result)
    _success_branches_only(result)
    return result
