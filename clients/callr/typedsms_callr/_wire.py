# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""How this API writes timestamps, and converting them to and from ``datetime``.

The vendor writes timestamps as ``%Y-%m-%d %H:%M:%S`` in UTC. Values read are
timezone-aware datetimes in that zone; values sent may be in any zone and are converted, but must be
timezone-aware, so that no send is scheduled at the wrong hour by accident.
"""

import datetime
from typing import Any

WIRE_FORMAT: str | None = "%Y-%m-%d %H:%M:%S"
WIRE_TIMEZONE: datetime.tzinfo | None = datetime.UTC


def parse_datetime(value: object) -> datetime.datetime:
    """A timestamp as the API writes it, as a ``datetime``. Raises TypeError or ValueError otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
    if WIRE_FORMAT is None:
        return datetime.datetime.fromisoformat(value)
    if WIRE_FORMAT == "%Y-%m-%d %H:%M:%S" and len(value) == 19 and value[10] == " " and value[4] == "-":
        parsed = datetime.datetime.fromisoformat(value)  # the same format, read about 10x faster than strptime
    else:
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
    elif value.tzinfo is not None:
        raise ValueError("this API does not say in which time zone it reads timestamps: pass a naive datetime")
    # strftime does not zero-pad years before 1000 on every platform.
    return value.strftime(WIRE_FORMAT.replace("%Y", f"{value.year:04d}"))


# Checks of JSON values read from responses: a wrong type becomes a TypeError, which the
# operation turns into errors.MalformedResponseError instead of a model holding a wrong value.


def expect_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def expect_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def expect_float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)


def reject_keys(value: object, keys: list[str]) -> None:
    """Refuse a JSON object holding any of ``keys`` (the spec says they never come with this answer)."""
    if isinstance(value, dict):
        present = [key for key in keys if key in value]
        if present:
            raise ValueError(f"unexpected {', '.join(present)} in this answer")


def as_any(value: object) -> Any:
    """A JSON value whose schema allows anything."""
    return value


def expect_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a boolean, got {type(value).__name__}")
    return value
