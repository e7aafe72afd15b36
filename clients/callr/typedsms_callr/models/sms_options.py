# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""SMS options (object `SMS.Options`). Omit it to use the default values."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field, UnknownStr
from ..models.force_encoding import ForceEncoding
from ..models.sms_nature import SmsNature
from ..models.sms_webhook import SmsWebhook

_FORCE_ENCODING: Field[ForceEncoding | UnknownStr] = Field(
    "force_encoding", "force_encoding", _m.str_enum(ForceEncoding), _c.write_str
)
_NATURE: Field[SmsNature | UnknownStr] = Field("nature", "nature", _m.str_enum(SmsNature), _c.write_str)
_USER_DATA: Field[str] = Field("user_data", "user_data", _c.read_str, _c.write_str)
_WEBHOOK: Field[SmsWebhook] = Field("webhook", "webhook", SmsWebhook.reader(), _m.object_writer(SmsWebhook))
_FLASH_MESSAGE: Field[bool] = Field("flash_message", "flash_message", _c.read_bool, _c.write_bool)


class SmsOptions(BaseModel):
    """SMS options (object `SMS.Options`). Omit it to use the default values.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _FORCE_ENCODING,
        _NATURE,
        _USER_DATA,
        _WEBHOOK,
        _FLASH_MESSAGE,
    )

    def __init__(
        self,
        *,
        force_encoding: ForceEncoding | UnknownStr | None = None,
        nature: SmsNature | UnknownStr | None = None,
        user_data: str | None = None,
        webhook: SmsWebhook | None = None,
        flash_message: bool | None = None,
    ) -> None:
        super().__init__(
            force_encoding=force_encoding,
            nature=nature,
            user_data=user_data,
            webhook=webhook,
            flash_message=flash_message,
        )

    @property
    def force_encoding(self) -> ForceEncoding | UnknownStr | None:
        """Forces the encoding of the text instead of detecting it."""
        return self._get(_FORCE_ENCODING)

    @property
    def nature(self) -> SmsNature | UnknownStr | None:
        """The nature of the SMS."""
        return self._get(_NATURE)

    @property
    def user_data(self) -> str | None:
        """Custom data stored with the SMS."""
        return self._get(_USER_DATA)

    @property
    def webhook(self) -> SmsWebhook | None:
        """A webhook notified of the SMS's events."""
        return self._get(_WEBHOOK)

    @property
    def flash_message(self) -> bool | None:
        """Whether the SMS is sent as a flash message (shown at once, not stored on the phone)."""
        return self._get(_FLASH_MESSAGE)


__all__ = ["SmsOptions"]
_ = (_c, _m)
