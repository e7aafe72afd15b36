# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The success envelope of one SMS."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.sms import Sms

_STATUS: Field[str] = Field("status", "status", _c.read_str, _c.write_const("success"), required=True)
_DATA: Field[Sms] = Field("data", "data", Sms.reader(), _m.object_writer(Sms), required=True)


class SmsResponse(BaseModel):
    """The success envelope of one SMS.

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
        data: Sms,
    ) -> None:
        super().__init__(
            status=status,
            data=data,
        )

    @property
    def status(self) -> str:
        """Always `success`."""
        return self._get_required(_STATUS)

    @property
    def data(self) -> Sms:
        """An SMS (object `SMS`). Besides the reference's fields, the captured
        live answer carries `encoding`, `user_data`, `network`, `nature` and
        `status_history`; other keys are admitted too. Only `hash` is
        required: every other field may be absent from an answer."""
        return self._get_required(_DATA)


__all__ = ["SmsResponse"]
_ = (_c, _m)
