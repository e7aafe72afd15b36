# Generated from specs/sms-scheduler.yaml (sha256 38208c9fc17b602b96b0e5ce0f75fde10c01eaa519d439943ac1035c09a4a201)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The answer to an invalid request, its error messages indexed by field names. No field is required."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_ERRORS: Field[dict[str, list[str]]] = Field(
    "errors", "errors", _c.dict_of(_c.list_of(_c.read_str)), _c.write_dict(_c.write_list(_c.write_str))
)


class ValidationErrors(BaseModel):
    """The answer to an invalid request, its error messages indexed by field names. No field is required.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_ERRORS,)

    def __init__(
        self,
        *,
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(
            errors=errors,
        )

    @property
    def errors(self) -> dict[str, list[str]] | None:
        """List of error messages indexed by field names."""
        return self._get(_ERRORS)


__all__ = ["ValidationErrors"]
_ = (_c, _m)
