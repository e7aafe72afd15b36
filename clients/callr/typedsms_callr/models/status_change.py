# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""One status change of an SMS (a key of the captured live answer, not in the reference)."""

import datetime

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_OLD_STATUS: Field[str | None] = Field("old_status", "old_status", _c.nullable(_c.read_str), _c.write_str)
_NEW_STATUS: Field[str] = Field("new_status", "new_status", _c.read_str, _c.write_str)
_UPDATED_AT: Field[datetime.datetime | None] = Field(
    "updated_at", "updated_at", _c.none_for(_c.read_datetime, ["0000-00-00 00:00:00"]), _c.write_datetime
)


class StatusChange(BaseModel):
    """One status change of an SMS (a key of the captured live answer, not in the reference).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _OLD_STATUS,
        _NEW_STATUS,
        _UPDATED_AT,
    )

    def __init__(
        self,
        *,
        old_status: str | None = None,
        new_status: str | None = None,
        updated_at: datetime.datetime | None = None,
    ) -> None:
        super().__init__(
            old_status=old_status,
            new_status=new_status,
            updated_at=updated_at,
        )

    @property
    def old_status(self) -> str | None:
        """The status before the change."""
        return self._get(_OLD_STATUS)

    @property
    def new_status(self) -> str | None:
        """The status after the change."""
        return self._get(_NEW_STATUS)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the status changed (UTC)."""
        return self._get(_UPDATED_AT)


__all__ = ["StatusChange"]
_ = (_c, _m)
