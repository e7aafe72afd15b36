# Generated from specs/callr.yaml (sha256 dc846ed24eb74f6410fa30a0caf7b622cc1cef2e3cba5dc0d1b483c11ada741c)
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
        (RFC 3986). The pattern stands for `format: uri`, which the
        mock's validator does not check."""
        return self._get_required(_ENDPOINT)


__all__ = ["SmsWebhook"]
_ = (_c, _m)
