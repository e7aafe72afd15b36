# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The answer to a created message."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_MESSAGE_ID: Field[int] = Field("message_id", "message_id", _c.read_int, _c.write_int, required=True)
_SMS_IDS: Field[dict[str, list[int]]] = Field(
    "sms_ids",
    "sms_ids",
    _c.dict_of(_c.one_or_list(_c.read_int)),
    _c.write_dict(_c.write_list(_c.write_int)),
    required=True,
)


class SmsCreated(BaseModel):
    """The answer to a created message.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _MESSAGE_ID,
        _SMS_IDS,
    )

    def __init__(
        self,
        *,
        message_id: int,
        sms_ids: dict[str, list[int]],
    ) -> None:
        super().__init__(
            message_id=message_id,
            sms_ids=sms_ids,
        )

    @property
    def message_id(self) -> int:
        """The message id."""
        return self._get_required(_MESSAGE_ID)

    @property
    def sms_ids(self) -> dict[str, list[int]]:
        """List of sms ids indexed by phone numbers. The en-gb copy of the
        documentation shows each phone number with an array of ids, the
        en-us copy with one id: read both."""
        return self._get_required(_SMS_IDS)


__all__ = ["SmsCreated"]
_ = (_c, _m)
