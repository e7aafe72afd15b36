# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An SMS to create and send."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.sms_options import SmsOptions

_FROM_: Field[str] = Field("from_", "from", _c.read_str, _c.write_str, required=True)
_TO: Field[str] = Field("to", "to", _c.read_str, _c.write_str, required=True)
_BODY: Field[str] = Field("body", "body", _c.read_str, _c.write_str, required=True)
_OPTIONS: Field[SmsOptions | None] = Field(
    "options", "options", _c.nullable(SmsOptions.reader()), _m.object_writer(SmsOptions)
)


class SendSmsRequest(BaseModel):
    """An SMS to create and send.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _FROM_,
        _TO,
        _BODY,
        _OPTIONS,
    )

    def __init__(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options: SmsOptions | None = None,
    ) -> None:
        super().__init__(
            from_=from_,
            to=to,
            body=body,
            options=options,
        )

    @property
    def from_(self) -> str:
        """The SMS sender (format `sms_sender`). Empty: a shared shortcode is
        selected depending on the destination carrier. Otherwise a dedicated
        shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
        space, dash and underscore with at least one letter; at most 11
        characters. Custom sender IDs may have to be authorized by CALLR's
        support; "SMS" is always authorized."""
        return self._get_required(_FROM_)

    @property
    def to(self) -> str:
        """A phone number in international E.164 format `+CCNSN`, such as `+16467890800`."""
        return self._get_required(_TO)

    @property
    def body(self) -> str:
        """Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
        detected, or forced with the option `force_encoding`. A text longer
        than one SMS (160 GSM or 70 UNICODE characters) is split into parts
        of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
        a custom sender, the special string `%STOPNUM%` is replaced by the
        STOP number (with an empty sender or a shortcode the sources do not
        say)."""
        return self._get_required(_BODY)

    @property
    def options(self) -> SmsOptions | None:
        """SMS options; omit or null for the default values."""
        return self._get(_OPTIONS)


__all__ = ["SendSmsRequest"]
_ = (_c, _m)
