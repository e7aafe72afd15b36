"""Comparing server lists: the document's (the client's ``Server`` enum) and an operation's own.

Servers are matched by URL, then by their member name (``x-sdk-name``, else the
description, as the generator names ``Server`` members): a server whose URL changed but
whose name did not is one server with a new URL. The first server is the client's default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..naming import identifier
from .refs import Ptr, canonical, short
from .walk import Walk


def member(server: Mapping[str, Any], index: int) -> str:
    """The name ``server=`` takes for the server, as the generator derives it (``naming.identifier``)."""
    return identifier(str(server.get("x-sdk-name") or server.get("description") or f"server {index}"), upper=False)


def compare_servers(
    walk: Walk, old_list: list[Any], new_list: list[Any], old_ptr: Ptr, new_ptr: Ptr, context: str
) -> None:
    """Compare two server lists.

    ``context`` is empty for the document's servers (the names ``server=`` takes, the first
    one the default) and ``operation `` for an operation's own list, which has no names:
    there servers are matched by URL only and their descriptions are prose.
    """
    enum = not context
    old = [s if isinstance(s, Mapping) else {} for s in old_list]
    new = [s if isinstance(s, Mapping) else {} for s in new_list]
    by_url_o = {str(s.get("url")): i for i, s in enumerate(old)}
    by_url_n = {str(s.get("url")): i for i, s in enumerate(new)}
    pairs = [(by_url_o[u], by_url_n[u]) for u in by_url_o if u in by_url_n]
    gone = [i for u, i in by_url_o.items() if u not in by_url_n]
    came = [j for u, j in by_url_n.items() if u not in by_url_o]
    for i in list(gone) if enum else []:
        for j in came:
            if member(old[i], i) == member(new[j], j):
                name = member(new[j], j)
                message = f"URL changed from {old[i].get('url')} to {new[j].get('url')}"
                walk.emit("server-url-changed", (*new_ptr, "servers", j, "url"), f"{context}server {name}", message)
                pairs.append((i, j))
                gone.remove(i)
                came.remove(j)
                break
    for i in gone:
        name = member(old[i], i) if enum else str(old[i].get("url"))
        if context:
            message = f"server {old[i].get('url')} removed: the operation can no longer be called there"
        else:
            message = f"server {old[i].get('url')} removed: `server={name!r}` is no longer accepted"
        walk.emit("server-removed", (*old_ptr, "servers", i), f"{context}server {name}", message)
    for j in came:
        name = member(new[j], j) if enum else str(new[j].get("url"))
        walk.emit(
            "server-added", (*new_ptr, "servers", j), f"{context}server {name}", f"new server {new[j].get('url')}"
        )
    first = [j for i, j in pairs if i == 0]
    if enum and old and new and first != [0]:
        message = f"the default (first) server is now {new[0].get('url')} instead of {old[0].get('url')}"
        walk.emit("server-default-changed", (*new_ptr, "servers", 0), f"{context}servers", message)
    for i, j in sorted(pairs):
        _server(walk, old[i], new[j], i, j, (*new_ptr, "servers", j), context)


def _server(walk: Walk, old: Mapping[str, Any], new: Mapping[str, Any], i: int, j: int, ptr: Ptr, context: str) -> None:
    where = f"{context}server {member(new, j) if not context else new.get('url')}"
    if not context and member(old, i) != member(new, j):
        message = f"`server=` name changed from {member(old, i)!r} to {member(new, j)!r}"
        walk.emit("server-renamed", ptr, where, message)
    walk.docs(old, new, ptr, where, ("description",))
    walk.extensions(old, new, ptr, where, skip=("x-sdk-name",) if not context else ())
    walk.leftovers(old, new, ptr, where, ("url", "description", "variables"))
    vo = old.get("variables") if isinstance(old.get("variables"), Mapping) else {}
    vn = new.get("variables") if isinstance(new.get("variables"), Mapping) else {}
    assert isinstance(vo, Mapping) and isinstance(vn, Mapping)
    for name in sorted(vo.keys() | vn.keys()):
        var_ptr: Ptr = (*ptr, "variables", name)
        if name not in vn or name not in vo:
            state = "removed" if name not in vn else "added"
            walk.emit("server-variables-changed", var_ptr, where, f"server variable `{name}` {state}")
            continue
        a = vo[name] if isinstance(vo[name], Mapping) else {}
        b = vn[name] if isinstance(vn[name], Mapping) else {}
        walk.docs(a, b, var_ptr, f"{where} variable `{name}`", ("description",))
        for key in sorted({k for k in (*a, *b) if k != "description"}):
            if canonical(a.get(key)) != canonical(b.get(key)):
                message = f"server variable `{name}`: {key} changed from {short(a.get(key))} to {short(b.get(key))}"
                walk.emit("server-variables-changed", (*var_ptr, key), where, message)
