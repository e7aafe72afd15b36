# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The answer to a deleted SMS."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_SUCCESS: Field[bool] = Field("success", "success", _c.read_bool, _c.write_bool, required=True)


class SmsDeleted(BaseModel):
    """The answer to a deleted SMS.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_SUCCESS,)

    def __init__(
        self,
        *,
        success: bool,
    ) -> None:
        super().__init__(
            success=success,
        )

    @property
    def success(self) -> bool:
        """True if the SMS has been deleted."""
        return self._get_required(_SUCCESS)


__all__ = ["SmsDeleted"]
_ = (_c, _m)
