"""Types shared by the runtime and the generated modules."""

from typing import TypeAlias

import httpx

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds (one number for connect, read, write and pool), an ``httpx.Timeout``, or None for the client's."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read or write and 10 s to connect: a request never waits forever by default."""
