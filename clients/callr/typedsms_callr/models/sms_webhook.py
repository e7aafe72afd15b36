# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A webhook notified of the SMS's events."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_ENDPOINT: Field[str] = Field("endpoint", "endpoint", _c.read_str, _c.write_str, required=True)


class SmsWebhook(BaseModel):
    """A webhook notified of the SMS's events.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_ENDPOINT,)

    def __init__(
        self,
        *,
        endpoint: str,
    ) -> None:
        super().__init__(
            endpoint=endpoint,
        )

    @property
    def endpoint(self) -> str:
        """The URL notified: an absolute http(s) URL of URI characters
        (RFC 3986)."""
        return self._get_required(_ENDPOINT)


__all__ = ["SmsWebhook"]
_ = (_c, _m)
