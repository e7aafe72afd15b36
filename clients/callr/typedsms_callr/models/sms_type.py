# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""`IN`: an SMS received by the account; `OUT`: an SMS sent by the account."""

from .._models import OpenStrEnum


class SmsType(OpenStrEnum):
    """`IN`: an SMS received by the account; `OUT`: an SMS sent by the account.

    Results type this as ``SmsType | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    IN = "IN"
    OUT = "OUT"


__all__ = ["SmsType"]
