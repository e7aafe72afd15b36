# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The answer to an invalid request, its error messages indexed by field names."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_ERRORS: Field[dict[str, list[str]]] = Field(
    "errors", "errors", _c.dict_of(_c.list_of(_c.read_str)), _c.write_dict(_c.write_list(_c.write_str)), required=True
)


class ValidationErrors(BaseModel):
    """The answer to an invalid request, its error messages indexed by field names.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_ERRORS,)

    def __init__(
        self,
        *,
        errors: dict[str, list[str]],
    ) -> None:
        super().__init__(
            errors=errors,
        )

    @property
    def errors(self) -> dict[str, list[str]]:
        """List of error messages indexed by field names."""
        return self._get_required(_ERRORS)


__all__ = ["ValidationErrors"]
_ = (_c, _m)
