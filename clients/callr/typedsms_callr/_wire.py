# Generated from specs/callr.yaml (sha256 df364fe65b432bbb4c9a9ca8dd8385209978841c2d2404a46a203d5c416532b2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""How this API writes timestamps, and converting them to and from ``datetime``.

The vendor writes timestamps as ``%Y-%m-%d %H:%M:%S`` in UTC. Values read are
timezone-aware datetimes in that zone; values sent may be in any zone and are converted, but must be
timezone-aware, so that no send is scheduled at the wrong hour by accident.
"""

import datetime

WIRE_FORMAT: str | None = "%Y-%m-%d %H:%M:%S"
WIRE_TIMEZONE: datetime.tzinfo | None = datetime.UTC


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
