# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An error answer. It never holds `data`."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.error import Error

_ERRORS: Field[list[Error]] = Field(
    "errors", "errors", _c.list_of(Error.reader()), _c.write_list(_m.object_writer(Error)), required=True
)


class ErrorResponse(BaseModel):
    """An error answer. It never holds `data`.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_ERRORS,)

    def __init__(
        self,
        *,
        errors: list[Error],
    ) -> None:
        super().__init__(
            errors=errors,
        )

    @property
    def errors(self) -> list[Error]:
        """The errors that occurred when processing the request."""
        return self._get_required(_ERRORS)


__all__ = ["ErrorResponse"]
_ = (_c, _m)
