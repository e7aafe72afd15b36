# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""One recipient of a message."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_DST: Field[str] = Field("dst", "dst", _c.read_str, _c.write_str, required=True)
_CUSTOMER_REF: Field[str] = Field("customer_ref", "customerRef", _c.read_str, _c.write_str)
_BLACKOUT_PERIODS: Field[list[str]] = Field(
    "blackout_periods", "blackoutPeriods", _c.list_of(_c.read_str), _c.write_list(_c.write_str)
)


class Recipient(BaseModel):
    """One recipient of a message.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _DST,
        _CUSTOMER_REF,
        _BLACKOUT_PERIODS,
    )

    def __init__(
        self,
        *,
        dst: str,
        customer_ref: str | None = None,
        blackout_periods: list[str] | None = None,
    ) -> None:
        super().__init__(
            dst=dst,
            customer_ref=customer_ref,
            blackout_periods=blackout_periods,
        )

    @property
    def dst(self) -> str:
        """The recipient's phone number, in international format."""
        return self._get_required(_DST)

    @property
    def customer_ref(self) -> str | None:
        """A reference of the customer's for this recipient, shown in its SMS report. Recommended max. 64 characters."""
        return self._get(_CUSTOMER_REF)

    @property
    def blackout_periods(self) -> list[str] | None:
        """Periods in which no SMS is sent to this recipient. They replace the job-level `blackoutPeriods`."""
        return self._get(_BLACKOUT_PERIODS)


__all__ = ["Recipient"]
_ = (_c, _m)
