"""Shared knobs of the reliability tests (soak, concurrency, malformed responses).

Each of them has a short, deterministic variant that runs in every ``pytest`` run and a long
variant selected with ``TYPEDSMS_LONG=1`` (the ``soak`` and ``reliability`` nox sessions set it).
"""

import os
from typing import TypeVar

T = TypeVar("T")

LONG = os.environ.get("TYPEDSMS_LONG", "").strip().lower() in ("1", "true", "yes", "on")
"""Whether the long variants run (``TYPEDSMS_LONG=1``)."""


def scaled(short: T, long: T) -> T:
    """``long`` with ``TYPEDSMS_LONG=1``, else ``short``."""
    return long if LONG else short
