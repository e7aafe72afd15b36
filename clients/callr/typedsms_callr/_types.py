# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Types shared by the runtime and the generated modules."""

from typing import TypeAlias

import httpx

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds (one number for connect, read, write and pool), an ``httpx.Timeout``, or None for the client's."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read or write and 10 s to connect: a request never waits forever by default."""
