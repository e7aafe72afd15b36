# Generated from specs/smartswitch.yaml (sha256 6acd6b4aa832f8aab84f2e5bcab5a5f71280fb0e17dba2b0cb4fbac4a851698b)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""How this API writes timestamps, and converting them to and from ``datetime``.

Timestamps are ISO 8601 / RFC 3339.
"""

import datetime

WIRE_FORMAT: str | None = None
WIRE_TIMEZONE: datetime.tzinfo | None = None


def parse_datetime(value: object) -> datetime.datetime:
    """A timestamp as the API writes it, as a ``datetime``. Raises TypeError or ValueError otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
    if WIRE_FORMAT is None:
        return datetime.datetime.fromisoformat(value)
    parsed = datetime.datetime.strptime(value, WIRE_FORMAT)
    return parsed.replace(tzinfo=WIRE_TIMEZONE) if WIRE_TIMEZONE is not None else parsed


def format_datetime(value: datetime.datetime) -> str:
    """A ``datetime`` written as the API expects it."""
    if WIRE_FORMAT is None:
        return value.isoformat()
    if WIRE_TIMEZONE is not None:
        if value.tzinfo is None:
            raise ValueError("pass a timezone-aware datetime, e.g. datetime.now(datetime.UTC)")
        value = value.astimezone(WIRE_TIMEZONE)
    return value.strftime(WIRE_FORMAT)
