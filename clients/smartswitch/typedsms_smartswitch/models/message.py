# Generated from specs/smartswitch.yaml (sha256 1f9b435ac2072269bc9aa3f17762fa575dd2d6ebe72acd5167d4a6124ae80c93)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The result for one recipient (a JSON API resource object)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.message_attributes import MessageAttributes
from ..models.message_meta import MessageMeta

_ID: Field[str] = Field("id", "id", _c.read_str, _c.write_str, required=True)
_TYPE: Field[str] = Field("type", "type", _c.read_str, _c.write_const("message"), required=True)
_ATTRIBUTES: Field[MessageAttributes] = Field(
    "attributes", "attributes", MessageAttributes.reader(), _m.object_writer(MessageAttributes), required=True
)
_META: Field[MessageMeta] = Field("meta", "meta", MessageMeta.reader(), _m.object_writer(MessageMeta))


class Message(BaseModel):
    """The result for one recipient (a JSON API resource object).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _ID,
        _TYPE,
        _ATTRIBUTES,
        _META,
    )

    def __init__(
        self,
        *,
        id: str,
        type: str,
        attributes: MessageAttributes,
        meta: MessageMeta | None = None,
    ) -> None:
        super().__init__(
            id=id,
            type=type,
            attributes=attributes,
            meta=meta,
        )

    @property
    def id(self) -> str:
        """The message's id assigned by the server (digits in every example,
        e.g. `1561370632513`). Delivery receipts name the message by this
        id (`message_id`)."""
        return self._get_required(_ID)

    @property
    def type(self) -> str:
        """Always `message`."""
        return self._get_required(_TYPE)

    @property
    def attributes(self) -> MessageAttributes:
        """The attributes of one message."""
        return self._get_required(_ATTRIBUTES)

    @property
    def meta(self) -> MessageMeta | None:
        """Non-standard information about a message (JSON API `meta`)."""
        return self._get(_META)


__all__ = ["Message"]
_ = (_c, _m)
