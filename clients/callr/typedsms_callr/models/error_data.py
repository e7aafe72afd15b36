# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What went wrong."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_CODE: Field[int] = Field("code", "code", _c.read_int, _c.write_int, required=True)
_MESSAGE: Field[str] = Field("message", "message", _c.read_str, _c.write_str, required=True)


class ErrorData(BaseModel):
    """What went wrong.

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
        code: int,
        message: str,
    ) -> None:
        super().__init__(
            code=code,
            message=message,
        )

    @property
    def code(self) -> int:
        """The error code; the HTTP status of the answer."""
        return self._get_required(_CODE)

    @property
    def message(self) -> str:
        """A text explaining the error."""
        return self._get_required(_MESSAGE)


__all__ = ["ErrorData"]
_ = (_c, _m)
