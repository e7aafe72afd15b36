# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Server version information. Not documented for REST; these are the
fields of the SOAP variant, and other keys are admitted."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_BUILD_NUMBER: Field[int] = Field("build_number", "buildNumber", _c.read_int, _c.write_int)
_BUILD_TIMESTAMP: Field[str] = Field("build_timestamp", "buildTimestamp", _c.read_str, _c.write_str)
_MAJOR_VERSION: Field[int] = Field("major_version", "majorVersion", _c.read_int, _c.write_int)
_MINOR_VERSION: Field[int] = Field("minor_version", "minorVersion", _c.read_int, _c.write_int)
_VERSION_INFO: Field[str] = Field("version_info", "versionInfo", _c.read_str, _c.write_str)
_MESSAGE: Field[str] = Field("message", "message", _c.read_str, _c.write_str)


class ServerVersion(BaseModel):
    """Server version information. Not documented for REST; these are the
    fields of the SOAP variant, and other keys are admitted.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _BUILD_NUMBER,
        _BUILD_TIMESTAMP,
        _MAJOR_VERSION,
        _MINOR_VERSION,
        _VERSION_INFO,
        _MESSAGE,
    )

    def __init__(
        self,
        *,
        build_number: int | None = None,
        build_timestamp: str | None = None,
        major_version: int | None = None,
        minor_version: int | None = None,
        version_info: str | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(
            build_number=build_number,
            build_timestamp=build_timestamp,
            major_version=major_version,
            minor_version=minor_version,
            version_info=version_info,
            message=message,
        )

    @property
    def build_number(self) -> int | None:
        """The build number."""
        return self._get(_BUILD_NUMBER)

    @property
    def build_timestamp(self) -> str | None:
        """When the server was built."""
        return self._get(_BUILD_TIMESTAMP)

    @property
    def major_version(self) -> int | None:
        """The major version."""
        return self._get(_MAJOR_VERSION)

    @property
    def minor_version(self) -> int | None:
        """The minor version."""
        return self._get(_MINOR_VERSION)

    @property
    def version_info(self) -> str | None:
        """A version text."""
        return self._get(_VERSION_INFO)

    @property
    def message(self) -> str | None:
        """An optional message."""
        return self._get(_MESSAGE)


__all__ = ["ServerVersion"]
_ = (_c, _m)
