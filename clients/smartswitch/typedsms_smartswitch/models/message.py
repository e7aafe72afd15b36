# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The result for one recipient (a JSON API resource object). Only the
`id` is required (the documentation marks `type` and the attributes
mandatory too)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.message_attributes import MessageAttributes
from ..models.message_meta import MessageMeta

_ID: Field[str] = Field("id", "id", _c.read_str, _c.write_str, required=True)
_TYPE: Field[str] = Field("type", "type", _c.read_str, _c.write_const("message"))
_ATTRIBUTES: Field[MessageAttributes] = Field(
    "attributes", "attributes", MessageAttributes.reader(), _m.object_writer(MessageAttributes)
)
_META: Field[MessageMeta] = Field("meta", "meta", MessageMeta.reader(), _m.object_writer(MessageMeta))


class Message(BaseModel):
    """The result for one recipient (a JSON API resource object). Only the
    `id` is required (the documentation marks `type` and the attributes
    mandatory too).

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
        type: str | None = None,
        attributes: MessageAttributes | None = None,
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
    def type(self) -> str | None:
        """Always `message`."""
        return self._get(_TYPE)

    @property
    def attributes(self) -> MessageAttributes | None:
        """The attributes of one message. The documentation marks all three
        mandatory; none is required here, so that an answer missing one is
        still read (the message's `id` is what a client needs)."""
        return self._get(_ATTRIBUTES)

    @property
    def meta(self) -> MessageMeta | None:
        """Non-standard information about a message (JSON API `meta`)."""
        return self._get(_META)


__all__ = ["Message"]
_ = (_c, _m)
