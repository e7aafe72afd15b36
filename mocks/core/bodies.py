"""What the mock refuses in a JSON body before the spec is even consulted.

Python's ``json`` reads things that no JSON encoder writes back: ``NaN`` and
``Infinity`` (not JSON at all), numbers like ``1e400`` (read as infinity), lone UTF-16 surrogates such as ``"\\ud800"``
(not encodable as UTF-8), and nesting as deep as the parser's recursion limit.
A body holding any of them would be stored and then poison every later read,
so the mock refuses it with the vendor's 400. Other JSON problems (syntax,
encoding) are left to the validator, which words them as before.
"""

import json
import re
from typing import Any

MAX_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")


class UnsafeBody(ValueError):
    """A JSON body the mock refuses; the message says why."""


def _no_constant(name: str) -> Any:
    raise UnsafeBody(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise UnsafeBody(f"{text} is out of the range of a JSON number")
    return value


_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def _check(value: Any, *, surrogates: bool, depth: bool) -> None:
    """Walk ``value`` without recursion: nesting depth and lone surrogates in strings and keys."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, str):
            if surrogates and _SURROGATE.search(item):
                raise UnsafeBody("a string holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not valid Unicode")
            continue
        if isinstance(item, dict | list):
            if depth and level > MAX_DEPTH:
                raise UnsafeBody(f"the JSON is nested deeper than {MAX_DEPTH} levels")
            if isinstance(item, dict):
                stack.extend((key, level) for key in item)
                stack.extend((child, level + 1) for child in item.values())
            else:
                stack.extend((child, level + 1) for child in item)


def parse_json(body: bytes) -> tuple[bool, Any]:
    """``(True, value)`` for a body that parses; ``(False, None)`` for one the validator should word.

    Raises ``UnsafeBody`` for NaN/Infinity, lone surrogates and too deep nesting.
    """
    try:  # json.loads(body, parse_constant=..., parse_float=...) without a new decoder per call
        value = _DECODER.decode(body.decode(json.detect_encoding(body), "surrogatepass"))
    except RecursionError as exc:
        raise UnsafeBody(f"the JSON is nested deeper than {MAX_DEPTH} levels") from exc
    except UnsafeBody:
        raise
    except ValueError:  # JSONDecodeError, UnicodeDecodeError: the validator words these
        return False, None
    surrogates = b"\\u" in body
    depth = body.count(b"[") + body.count(b"{") > MAX_DEPTH
    if surrogates or depth:
        _check(value, surrogates=surrogates, depth=depth)
    return True, value
