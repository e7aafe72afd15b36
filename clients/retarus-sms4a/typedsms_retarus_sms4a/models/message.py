# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""One text, sent to each of its recipients."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.recipient import Recipient

_TEXT: Field[str] = Field("text", "text", _c.read_str, _c.write_str, required=True)
_RECIPIENTS: Field[list[Recipient]] = Field(
    "recipients",
    "recipients",
    _c.list_of(Recipient.reader()),
    _c.write_list(_m.object_writer(Recipient)),
    required=True,
)


class Message(BaseModel):
    """One text, sent to each of its recipients.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _TEXT,
        _RECIPIENTS,
    )

    def __init__(
        self,
        *,
        text: str,
        recipients: list[Recipient],
    ) -> None:
        super().__init__(
            text=text,
            recipients=recipients,
        )

    @property
    def text(self) -> str:
        """The text of the SMS. A long text is sent in several parts (see `JobOptions.encoding` and `maxParts`)."""
        return self._get_required(_TEXT)

    @property
    def recipients(self) -> list[Recipient]:
        """The recipients of this text."""
        return self._get_required(_RECIPIENTS)


__all__ = ["Message"]
_ = (_c, _m)
