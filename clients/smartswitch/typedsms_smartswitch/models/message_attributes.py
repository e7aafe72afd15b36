# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The attributes of one message. The documentation marks all three
mandatory; none is required here, so that an answer missing one is
still read (the message's `id` is what a client needs)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.message_status import MessageStatus

_DESTINATION_NUMBER: Field[str] = Field("destination_number", "destination_number", _c.read_str, _c.write_str)
_SEGMENTS: Field[int] = Field("segments", "segments", _c.read_int, _c.write_int)
_STATUS: Field[MessageStatus | UnknownStr] = Field("status", "status", _m.str_enum(MessageStatus), _c.write_str)


class MessageAttributes(BaseModel):
    """The attributes of one message. The documentation marks all three
    mandatory; none is required here, so that an answer missing one is
    still read (the message's `id` is what a client needs).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _DESTINATION_NUMBER,
        _SEGMENTS,
        _STATUS,
    )

    def __init__(
        self,
        *,
        destination_number: str | None = None,
        segments: int | None = None,
        status: MessageStatus | UnknownStr | None = None,
    ) -> None:
        super().__init__(
            destination_number=destination_number,
            segments=segments,
            status=status,
        )

    @property
    def destination_number(self) -> str | None:
        """The number of the recipient."""
        return self._get(_DESTINATION_NUMBER)

    @property
    def segments(self) -> int | None:
        """The number of segments the original message has been split into
        (see "Message billing" in the vendor's wiki; this spec assumes
        the GSM 03.38 rules, see the API description). A message that
        was not sent (`status: error`) may report 0."""
        return self._get(_SEGMENTS)

    @property
    def status(self) -> MessageStatus | UnknownStr | None:
        """`ok` - the message has been successfully sent, the balance has been
        charged for the message; `error` - the message hasn't been sent, the
        balance hasn't been charged for the message. (The documentation's
        table writes `ok` in Cyrillic letters, a typo; its examples use
        Latin `ok`.)"""
        return self._get(_STATUS)


__all__ = ["MessageAttributes"]
_ = (_c, _m)
