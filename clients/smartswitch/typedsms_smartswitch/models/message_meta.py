# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Non-standard information about a message (JSON API `meta`)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_REQUEST_ID: Field[str] = Field("request_id", "request_id", _c.read_str, _c.write_str)


class MessageMeta(BaseModel):
    """Non-standard information about a message (JSON API `meta`).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_REQUEST_ID,)

    def __init__(
        self,
        *,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            request_id=request_id,
        )

    @property
    def request_id(self) -> str | None:
        """The `request_id` the client passed in the request."""
        return self._get(_REQUEST_ID)


__all__ = ["MessageMeta"]
_ = (_c, _m)
