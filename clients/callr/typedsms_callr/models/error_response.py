# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The error envelope, sent with HTTP 4xx and 5xx."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.error_data import ErrorData

_STATUS: Field[str] = Field("status", "status", _c.read_str, _c.write_const("error"), required=True)
_DATA: Field[ErrorData] = Field("data", "data", ErrorData.reader(), _m.object_writer(ErrorData), required=True)


class ErrorResponse(BaseModel):
    """The error envelope, sent with HTTP 4xx and 5xx.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _STATUS,
        _DATA,
    )

    def __init__(
        self,
        *,
        status: str,
        data: ErrorData,
    ) -> None:
        super().__init__(
            status=status,
            data=data,
        )

    @property
    def status(self) -> str:
        """Always `error`."""
        return self._get_required(_STATUS)

    @property
    def data(self) -> ErrorData:
        """What went wrong."""
        return self._get_required(_DATA)


__all__ = ["ErrorResponse"]
_ = (_c, _m)
