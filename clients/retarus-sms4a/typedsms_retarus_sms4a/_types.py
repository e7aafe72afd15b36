# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Types shared by the runtime and the generated modules."""

from typing import TypeAlias

import httpx

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds (one number for connect, read, write and pool), an ``httpx.Timeout``, or None for the client's."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read or write and 10 s to connect: a request never waits forever by default."""
