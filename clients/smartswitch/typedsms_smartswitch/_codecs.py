# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Reading JSON values from answers and writing arguments to requests, one small function per type.

A *reader* turns a JSON value into the Python value a model exposes and raises ``ReadError``
when the type is wrong (types are checked; patterns and limits are not: a vendor may loosen
them). A *writer* turns an argument into JSON and raises ``TypeError``/``ValueError`` naming the
argument when it cannot be sent. Readers and writers nest (``list_of(read_str)``), so the
generated modules only declare which ones a field uses.

Time zones follow one rule for every client: datetime *arguments* must be aware; the client
converts them to what the API expects (``DatetimeRule``): a fixed zone such as UTC, the
argument's own offset (ISO 8601 with offset), or the account's zone given to the client as
``Client(timezone=...)`` when the API names none.
"""

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, TypeVar

T = TypeVar("T")

ZoneRule = Literal["offset", "fixed", "account"]


class DatetimeRule:
    """How an API writes timestamps: ``format`` (``None`` = ISO 8601) and whose time zone."""

    __slots__ = ("fixed_zone", "format", "zone")

    def __init__(
        self, format: str | None = None, zone: ZoneRule = "offset", fixed_zone: datetime.tzinfo | None = None
    ) -> None:
        self.format = format
        self.zone = zone
        self.fixed_zone = fixed_zone


class Context:
    """What readers and writers need of the client: its datetime rule and the account's zone.

    An answer's readers get a copy that also names the status and operation, for error messages.
    """

    __slots__ = ("operation", "rule", "status_code", "timezone")

    def __init__(
        self,
        rule: DatetimeRule | None = None,
        timezone: datetime.tzinfo | None = None,
        status_code: int = 0,
        operation: str = "",
    ) -> None:
        self.rule = rule if rule is not None else DatetimeRule()
        self.timezone = timezone
        self.status_code = status_code
        self.operation = operation

    def for_answer(self, status_code: int, operation: str) -> "Context":
        return Context(self.rule, self.timezone, status_code, operation)


DEFAULT_CONTEXT = Context()


class ReadError(Exception):
    """A JSON value of the wrong type; ``path`` is filled in by the containers it passes through."""

    def __init__(self, expected: str, got: object, path: str = "") -> None:
        super().__init__(expected, got, path)
        self.expected = expected
        self.got = got
        self.path = path

    def at(self, part: str) -> "ReadError":
        """The same error, one level further out (``part`` is ``.name`` or ``[3]``)."""
        return ReadError(self.expected, self.got, part + self.path)

    def describe(self) -> str:
        got = type(self.got).__name__ if not isinstance(self.got, str) else "string"
        where = self.path.lstrip(".") or "the answer"
        return f"{where}: expected {self.expected}, got {got}"


Reader = Callable[[Any, Context], T]
Writer = Callable[[Any, Context, str], Any]

# -- readers -----------------------------------------------------------------------------------


def read_str(value: Any, ctx: Context) -> str:
    if type(value) is str:
        return value
    raise ReadError("a string", value)


def read_int(value: Any, ctx: Context) -> int:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():  # 3.0 from a server that writes numbers as floats
        return int(value)
    raise ReadError("an integer", value)


def read_float(value: Any, ctx: Context) -> float:
    if type(value) in (float, int):
        return float(value)
    raise ReadError("a number", value)


def read_bool(value: Any, ctx: Context) -> bool:
    if type(value) is bool:
        return value
    raise ReadError("a boolean", value)


def read_any(value: Any, ctx: Context) -> Any:
    return value


def read_datetime(value: Any, ctx: Context) -> datetime.datetime:
    """A timestamp as the API writes it; naive ones get the fixed or the account's zone, if known."""
    if type(value) is not str:
        raise ReadError("a timestamp string", value)
    rule = ctx.rule
    try:
        if rule.format is None or (rule.format == "%Y-%m-%d %H:%M:%S" and len(value) == 19 and value[10] == " "):
            parsed = datetime.datetime.fromisoformat(value)  # ~10x faster than strptime for this format
        else:
            parsed = datetime.datetime.strptime(value, rule.format)
    except ValueError:
        raise ReadError("a timestamp", value) from None
    if parsed.tzinfo is None:
        if rule.zone == "fixed" and rule.fixed_zone is not None:
            return parsed.replace(tzinfo=rule.fixed_zone)
        if rule.zone == "account" and ctx.timezone is not None:
            return parsed.replace(tzinfo=ctx.timezone)
    return parsed


def read_date(value: Any, ctx: Context) -> datetime.date:
    if type(value) is not str:
        raise ReadError("a date string", value)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ReadError("a date", value) from None


def list_of(item: Reader[T]) -> Reader[list[T]]:
    def read_list(value: Any, ctx: Context) -> list[T]:
        if type(value) is not list:
            raise ReadError("a list", value)
        try:
            return [item(v, ctx) for v in value]
        except ReadError:
            for i, v in enumerate(value):
                try:
                    item(v, ctx)
                except ReadError as exc:
                    raise exc.at(f"[{i}]") from None
            raise

    return read_list


def one_or_list(item: Reader[T]) -> Reader[list[T]]:
    """A value the API sends either alone or as a list, always as a list."""
    many = list_of(item)

    def read_one_or_list(value: Any, ctx: Context) -> list[T]:
        if type(value) is list:
            return many(value, ctx)
        return [item(value, ctx)]

    return read_one_or_list


def dict_of(item: Reader[T]) -> Reader[dict[str, T]]:
    def read_dict(value: Any, ctx: Context) -> dict[str, T]:
        if type(value) is not dict:
            raise ReadError("an object", value)
        result: dict[str, T] = {}
        for key, v in value.items():
            try:
                result[key] = item(v, ctx)
            except ReadError as exc:
                raise exc.at(f"[{key!r}]") from None
        return result

    return read_dict


def nullable(item: Reader[T]) -> Reader[T | None]:
    def read_nullable(value: Any, ctx: Context) -> T | None:
        return None if value is None else item(value, ctx)

    return read_nullable


def none_for(item: Reader[T], sentinels: Sequence[object]) -> Reader[T | None]:
    """``item``, except that the API's "no value" markers (e.g. ``0000-00-00 00:00:00``) read as None."""
    markers = tuple(sentinels)

    def read_or_none(value: Any, ctx: Context) -> T | None:
        if value is None or value in markers:
            return None
        return item(value, ctx)

    return read_or_none


def first_of(*items: Reader[Any]) -> Reader[Any]:
    """The first reader that accepts the value (a ``oneOf``/``anyOf`` of the spec)."""

    def read_first(value: Any, ctx: Context) -> Any:
        error: ReadError | None = None
        for item in items:
            try:
                return item(value, ctx)
            except ReadError as exc:
                error = error or exc
        raise error if error is not None else ReadError("a value", value)

    return read_first


def field_of(key: str, item: Reader[T]) -> Reader[T]:
    """The member ``key`` of an envelope object, read with ``item`` (``x-sdk-unwrap``)."""

    def read_member(value: Any, ctx: Context) -> T:
        if type(value) is not dict:
            raise ReadError("an object", value)
        if key not in value:
            raise ReadError(f"an object with {key!r}", value)
        try:
            return item(value[key], ctx)
        except ReadError as exc:
            raise exc.at(f".{key}") from None

    return read_member


# -- writers -----------------------------------------------------------------------------------


def _refuse(path: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{path}: expected {expected}, got {type(value).__name__}")


def write_str(value: Any, ctx: Context, path: str) -> str:
    if isinstance(value, str):
        return str(value)  # an enum member becomes its plain value
    raise _refuse(path, "str", value)


def write_int(value: Any, ctx: Context, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise _refuse(path, "int", value)


def write_float(value: Any, ctx: Context, path: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise _refuse(path, "float", value)


def write_bool(value: Any, ctx: Context, path: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _refuse(path, "bool", value)


def write_any(value: Any, ctx: Context, path: str) -> Any:
    return value


_ZONE_HINT = "e.g. datetime.datetime(2026, 5, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo('Europe/Berlin'))"


def write_datetime(value: Any, ctx: Context, path: str) -> str:
    """An aware datetime in the form and zone the API expects."""
    if not isinstance(value, datetime.datetime):
        raise _refuse(path, "datetime.datetime", value)
    moment: datetime.datetime = value
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{path}: pass a timezone-aware datetime ({_ZONE_HINT}); a naive one is ambiguous")
    rule = ctx.rule
    if rule.zone == "fixed" and rule.fixed_zone is not None:
        moment = moment.astimezone(rule.fixed_zone)
    elif rule.zone == "account":
        if ctx.timezone is None:
            raise ValueError(
                f"{path}: this API reads times in your account's time zone, which the client does not know: "
                "create it with timezone=zoneinfo.ZoneInfo('...') (your account's zone)"
            )
        moment = moment.astimezone(ctx.timezone).replace(tzinfo=None)
    if rule.format is None:
        return moment.isoformat()
    if rule.zone != "offset":
        moment = moment.replace(tzinfo=None)
    return moment.strftime(rule.format.replace("%Y", f"{moment.year:04d}"))


def write_date(value: Any, ctx: Context, path: str) -> str:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    raise _refuse(path, "datetime.date", value)


def write_list(item: Writer, *, single: bool = True) -> Writer:
    """A list; with ``single`` a lone value is taken as a list of one (``"+4917..."`` for ``["+4917..."]``)."""

    def write(value: Any, ctx: Context, path: str) -> list[Any]:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            if single:
                return [item(value, ctx, f"{path}[0]")]
            raise _refuse(path, "a list", value)
        return [item(v, ctx, f"{path}[{i}]") for i, v in enumerate(value)]

    return write


def write_dict(item: Writer) -> Writer:
    def write(value: Any, ctx: Context, path: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise _refuse(path, "a dict", value)
        return {str(k): item(v, ctx, f"{path}[{k!r}]") for k, v in value.items()}

    return write


def write_first(*items: Writer) -> Writer:
    """The first writer that accepts the value (a ``oneOf``/``anyOf``)."""

    def write(value: Any, ctx: Context, path: str) -> Any:
        error: Exception | None = None
        for item in items:
            try:
                return item(value, ctx, path)
            except (TypeError, ValueError) as exc:
                error = error or exc
        raise error if error is not None else _refuse(path, "a value", value)

    return write


def write_const(constant: object) -> Writer:
    def write(value: Any, ctx: Context, path: str) -> Any:
        return constant

    return write
