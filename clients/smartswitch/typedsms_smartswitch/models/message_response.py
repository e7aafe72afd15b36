# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A successful answer: `data` is one message object when the request
holds one `destination_number`, an array of message objects (in the
order of the numbers) when it holds several. It never holds
`errors`."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.message import Message

_DATA: Field[list[Message]] = Field(
    "data", "data", _c.one_or_list(Message.reader()), _c.write_list(_m.object_writer(Message)), required=True
)


class MessageResponse(BaseModel):
    """A successful answer: `data` is one message object when the request
    holds one `destination_number`, an array of message objects (in the
    order of the numbers) when it holds several. It never holds
    `errors`.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_DATA,)

    def __init__(
        self,
        *,
        data: list[Message],
    ) -> None:
        super().__init__(
            data=data,
        )

    @property
    def data(self) -> list[Message]:
        """One message object, or an array of them for several numbers."""
        return self._get_required(_DATA)


__all__ = ["MessageResponse"]
_ = (_c, _m)
