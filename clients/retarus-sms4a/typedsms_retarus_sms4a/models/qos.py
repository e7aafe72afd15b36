# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further)."""

from .._models import OpenStrEnum


class Qos(OpenStrEnum):
    """Quality of service, `EXPRESS` or `NORMAL` (the sources do not define them further).

    Results type this as ``Qos | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    EXPRESS = "EXPRESS"
    NORMAL = "NORMAL"


__all__ = ["Qos"]
