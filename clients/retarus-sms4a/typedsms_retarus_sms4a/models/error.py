# Generated from specs/retarus-sms4a.yaml (sha256 a0dde1fa6f98a7847cf10989ace2bdd2bd96a0a9886feafd6cb1b151ae2a5f7f)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An error answer. Not documented by the vendor; the vendor's Go SDK
reads this shape and falls back to the raw text."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_MESSAGE: Field[str] = Field("message", "message", _c.read_str, _c.write_str, required=True)
_CODE: Field[int] = Field("code", "code", _c.read_int, _c.write_int)


class Error(BaseModel):
    """An error answer. Not documented by the vendor; the vendor's Go SDK
    reads this shape and falls back to the raw text.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _MESSAGE,
        _CODE,
    )

    def __init__(
        self,
        *,
        message: str,
        code: int | None = None,
    ) -> None:
        super().__init__(
            message=message,
            code=code,
        )

    @property
    def message(self) -> str:
        """What went wrong."""
        return self._get_required(_MESSAGE)

    @property
    def code(self) -> int | None:
        """The HTTP status or an error code."""
        return self._get(_CODE)


__all__ = ["Error"]
_ = (_c, _m)
