# Generated from specs/callr.yaml (sha256 dc846ed24eb74f6410fa30a0caf7b622cc1cef2e3cba5dc0d1b483c11ada741c)
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
