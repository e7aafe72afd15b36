# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An error that occurred when processing the request (a JSON API error
object). The documentation marks all three fields mandatory; only
`code` (for programs) is required here."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_CODE: Field[str] = Field("code", "code", _c.read_str, _c.write_str, required=True)
_TITLE: Field[str] = Field("title", "title", _c.read_str, _c.write_str)
_DETAIL: Field[str] = Field("detail", "detail", _c.read_str, _c.write_str)


class Error(BaseModel):
    """An error that occurred when processing the request (a JSON API error
    object). The documentation marks all three fields mandatory; only
    `code` (for programs) is required here.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _CODE,
        _TITLE,
        _DETAIL,
    )

    def __init__(
        self,
        *,
        code: str,
        title: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(
            code=code,
            title=title,
            detail=detail,
        )

    @property
    def code(self) -> str:
        """A short error code. It might be used by a client for conditional
        error handling. It doesn't depend on the client's locale. The
        documentation names `authentication`."""
        return self._get_required(_CODE)

    @property
    def title(self) -> str | None:
        """An error title. It might be used by a client to display a message
        in the header of an error dialog. It may be returned in the
        client's locale."""
        return self._get(_TITLE)

    @property
    def detail(self) -> str | None:
        """The error details. They might be used by a client to display a
        message inside the contents of an error dialog. They may be
        returned in the client's locale."""
        return self._get(_DETAIL)


__all__ = ["Error"]
_ = (_c, _m)
