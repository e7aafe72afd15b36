# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A delivery receipt, as Smartswitch posts it to the client's URL (form fields)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.message_state import MessageState

_MESSAGE_ID: Field[str] = Field("message_id", "message_id", _c.read_str, _c.write_str, required=True)
_MESSAGE_STATE: Field[MessageState | UnknownStr] = Field(
    "message_state", "message_state", _m.str_enum(MessageState), _c.write_str, required=True
)


class DeliveryReceipt(BaseModel):
    """A delivery receipt, as Smartswitch posts it to the client's URL (form fields).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _MESSAGE_ID,
        _MESSAGE_STATE,
    )

    def __init__(
        self,
        *,
        message_id: str,
        message_state: MessageState | UnknownStr,
    ) -> None:
        super().__init__(
            message_id=message_id,
            message_state=message_state,
        )

    @property
    def message_id(self) -> str:
        """The id of the message: the `id` returned to the client by
        `POST /message`."""
        return self._get_required(_MESSAGE_ID)

    @property
    def message_state(self) -> MessageState | UnknownStr:
        """The state of a message in a delivery receipt."""
        return self._get_required(_MESSAGE_STATE)


__all__ = ["DeliveryReceipt"]
_ = (_c, _m)
