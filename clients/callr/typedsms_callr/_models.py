# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Result models, open enumerations and request objects.

A result model keeps the JSON object it was read from and reads each field when it is first
accessed (then keeps the value). Fields the spec marks required must be present when the answer
arrives, so an answer without its identifier fails where it arrives; a field that turns out to be
of the wrong type raises ``MalformedResponseError`` naming that field when it is read, and the
rest of the answer stays usable. Unknown fields are kept (``to_dict()`` returns them) and never fail.

Enumerations are open: a value the spec does not list arrives as ``UnknownStr``/``UnknownInt``
(a ``str``/``int`` with ``is_known == False``) instead of failing, and result fields are typed
``SomeEnum | UnknownStr``, so a ``match`` over the documented members alone does not pass mypy's
exhaustiveness check.
"""

import enum
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from . import _codecs
from ._codecs import DEFAULT_CONTEXT, Context, Reader, ReadError, Writer
from ._exceptions import MalformedResponseError

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")


class UnknownStr(str):
    """A value the spec does not list for this enumeration, as the server sent it."""

    __slots__ = ()

    @property
    def is_known(self) -> bool:
        return False

    @property
    def value(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"UnknownStr({str.__repr__(self)})"


class UnknownInt(int):
    """An integer value the spec does not list for this enumeration, as the server sent it."""

    __slots__ = ()

    @property
    def is_known(self) -> bool:
        return False

    @property
    def value(self) -> int:
        return int(self)

    def __repr__(self) -> str:
        return f"UnknownInt({int.__repr__(self)})"


class OpenStrEnum(enum.StrEnum):
    """Base of the spec's string enumerations: members compare equal to their strings."""

    @property
    def is_known(self) -> bool:
        return True


class OpenIntEnum(enum.IntEnum):
    """Base of the spec's integer enumerations."""

    @property
    def is_known(self) -> bool:
        return True


S = TypeVar("S", bound=OpenStrEnum)
I = TypeVar("I", bound=OpenIntEnum)  # noqa: E741


def str_enum(cls: type[S]) -> Reader[S | UnknownStr]:
    members: dict[Any, S] = dict(cls._value2member_map_)

    def read(value: Any, ctx: Context) -> S | UnknownStr:
        member = members.get(value)
        if member is not None and type(value) is str:
            return member
        if type(value) is not str:
            raise ReadError("a string", value)
        return UnknownStr(value)

    return read


def int_enum(cls: type[I]) -> Reader[I | UnknownInt]:
    members: dict[Any, I] = dict(cls._value2member_map_)

    def read(value: Any, ctx: Context) -> I | UnknownInt:
        if type(value) is not int:
            raise ReadError("an integer", value)
        member = members.get(value)
        return member if member is not None else UnknownInt(value)

    return read


class Field(Generic[T]):
    """One property of a schema: its Python name, its JSON name, how to read and write it."""

    __slots__ = ("name", "read", "required", "wire", "write")

    def __init__(self, name: str, wire: str, read: Reader[T], write: Writer, *, required: bool = False) -> None:
        self.name = name
        self.wire = wire
        self.read = read
        self.write = write
        self.required = required


_NOT_READ = object()


class BaseModel:
    """A schema's object: read lazily from an answer, or built with keyword arguments."""

    __slots__ = ("_ctx", "_data", "_values")
    _FIELDS: ClassVar[tuple[Field[Any], ...]] = ()
    _BY_NAME: ClassVar[dict[str, Field[Any]]] = {}
    _REQUIRED_WIRE: ClassVar[tuple[str, ...]] = ()
    _CONTEXT: ClassVar[Context] = DEFAULT_CONTEXT  # the API's datetime rule, for models built by hand

    _data: dict[str, Any] | None
    _values: dict[str, Any]
    _ctx: Context

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._BY_NAME = {f.name: f for f in cls._FIELDS}
        cls._REQUIRED_WIRE = tuple(f.wire for f in cls._FIELDS if f.required)

    def __init__(self, **values: Any) -> None:
        unknown = [k for k in values if k not in self._BY_NAME]
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(map(repr, unknown))}")
        missing = [f.name for f in self._FIELDS if f.required and values.get(f.name) is None]
        if missing:
            raise TypeError(f"{type(self).__name__} needs {', '.join(map(repr, missing))}")
        self._data = None
        self._values = {f.name: values.get(f.name) for f in self._FIELDS}
        self._ctx = self._CONTEXT

    @classmethod
    def _from_wire(cls: type[M], data: Any, ctx: Context) -> M:
        """The model over ``data`` (a JSON object); the fields it requires must be present.

        Values are read (and their types checked) when first accessed, so reading a long list
        costs little more than the JSON itself.
        """
        if type(data) is not dict:
            raise ReadError(f"an object ({cls.__name__})", data)
        for wire in cls._REQUIRED_WIRE:
            if data.get(wire) is None:
                raise ReadError("a value", None, f".{wire}")
        self = object.__new__(cls)
        self._data = data
        self._values = {}
        self._ctx = ctx
        return self

    @classmethod
    def reader(cls: type[M]) -> Reader[M]:
        """How to read this model from JSON (for lists and other models' fields)."""
        return cls._from_wire

    def _get(self, f: Field[T]) -> T | None:
        values = self._values
        value = values.get(f.name, _NOT_READ)
        if value is not _NOT_READ:
            return value  # type: ignore[no-any-return]
        raw = self._data.get(f.wire) if self._data is not None else None
        if raw is None:
            values[f.name] = None
            return None
        try:
            result = f.read(raw, self._ctx)
        except ReadError as exc:
            where = f"{type(self).__name__}.{f.name}"
            raise MalformedResponseError(
                exc.at(f".{f.wire}").describe() + f" (field {where})",
                status_code=self._ctx.status_code,
                field=where,
                operation=self._ctx.operation,
            ) from None
        values[f.name] = result
        return result

    def _get_required(self, f: Field[T]) -> T:
        value = self._get(f)
        if value is None:  # only a model built by hand without a required field gets here
            raise AttributeError(f"{type(self).__name__}.{f.name} is not set")
        return value

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON would carry it (the API's own names), unknown fields included."""
        if self._data is not None:
            return dict(self._data)
        return write_model(self, self._ctx, type(self).__name__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for f in self._FIELDS:
            try:
                value = self._get(f)
            except MalformedResponseError:
                parts.append(f"{f.name}=<unreadable>")
                continue
            if value is not None:
                parts.append(f"{f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def read_all(value: Any) -> None:
    """Read every field of ``value`` (a model, or lists and dicts of them), raising on the first bad one."""
    if isinstance(value, BaseModel):
        for f in value._FIELDS:
            read_all(value._get(f))
    elif isinstance(value, list):
        for item in value:
            read_all(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_all(item)


def write_model(model: BaseModel, ctx: Context, path: str) -> dict[str, Any]:
    """A model built by hand (or read from an answer) as the JSON object of a request."""
    if model._data is not None:
        return dict(model._data)
    result: dict[str, Any] = {}
    for f in model._FIELDS:
        value = model._values.get(f.name)
        if value is not None:
            result[f.wire] = f.write(value, ctx, f"{path}.{f.name}")
    return result


def object_writer(model: type[BaseModel]) -> Writer:
    """Writes a dict of Python names (a ``...Param`` TypedDict) or a ``model`` instance as JSON.

    Keys the schema does not have are refused (a misspelt ``customer_ref`` must not vanish), and
    so are missing required keys; ``None`` values are left out.
    """

    def write(value: Any, ctx: Context, path: str) -> dict[str, Any]:
        if isinstance(value, model):
            return write_model(value, ctx, path)
        if not isinstance(value, Mapping):
            raise TypeError(f"{path}: expected a dict or {model.__name__}, got {type(value).__name__}")
        fields = model._BY_NAME
        unknown = [k for k in value if k not in fields]
        if unknown:
            raise TypeError(
                f"{path}: unknown key {', '.join(map(repr, unknown))}; {model.__name__} has {', '.join(fields)}"
            )
        result: dict[str, Any] = {}
        for f in model._FIELDS:
            item = value.get(f.name)
            if item is None:
                if f.required:
                    raise TypeError(f"{path}: missing required key {f.name!r}")
                continue
            result[f.wire] = f.write(item, ctx, f"{path}.{f.name}")
        return result

    return write


def write_fields(fields: Iterable[Field[Any]], values: Mapping[str, Any], ctx: Context, path: str) -> dict[str, Any]:
    """Keyword arguments (Python names) as a JSON object, leaving out those that are None."""
    result: dict[str, Any] = {}
    for f in fields:
        item = values.get(f.name)
        if item is not None:
            result[f.wire] = f.write(item, ctx, f.name if not path else f"{path}.{f.name}")
    return result


__all__ = [
    "BaseModel",
    "Field",
    "OpenIntEnum",
    "OpenStrEnum",
    "UnknownInt",
    "UnknownStr",
    "_codecs",
    "int_enum",
    "object_writer",
    "read_all",
    "str_enum",
    "write_fields",
    "write_model",
]
