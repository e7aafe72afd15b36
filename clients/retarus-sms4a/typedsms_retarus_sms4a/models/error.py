# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An error answer. Not documented by the vendor; the vendor's Go SDK
reads this shape and falls back to the raw text, so no field is
required."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_CODE: Field[int] = Field("code", "code", _c.read_int, _c.write_int)
_MESSAGE: Field[str] = Field("message", "message", _c.read_str, _c.write_str)


class Error(BaseModel):
    """An error answer. Not documented by the vendor; the vendor's Go SDK
    reads this shape and falls back to the raw text, so no field is
    required.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _CODE,
        _MESSAGE,
    )

    def __init__(
        self,
        *,
        code: int | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(
            code=code,
            message=message,
        )

    @property
    def code(self) -> int | None:
        """The HTTP status or an error code."""
        return self._get(_CODE)

    @property
    def message(self) -> str | None:
        """What went wrong."""
        return self._get(_MESSAGE)


__all__ = ["Error"]
_ = (_c, _m)
