# Generated from specs/sms-scheduler.yaml (sha256 bedf60397d2c5e7c0be13de7369164d973c95f67a581a47b561c55fbe9dd5724)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""How this API writes timestamps, and converting them to and from ``datetime``.

The vendor writes timestamps as ``%Y-%m-%d %H:%M:%S`` and does not say in which time zone.
Values read are naive datetimes; values sent are written with their own wall-clock time, as given.
"""

import datetime

WIRE_FORMAT: str | None = "%Y-%m-%d %H:%M:%S"
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
