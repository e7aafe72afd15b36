# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The nature of the SMS."""

from .._models import OpenStrEnum


class SmsNature(OpenStrEnum):
    """The nature of the SMS.

    Results type this as ``SmsNature | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    ALERTING = "ALERTING"
    MARKETING = "MARKETING"


__all__ = ["SmsNature"]
