# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The status of an SMS."""

from .._models import OpenStrEnum


class SmsStatus(OpenStrEnum):
    """The status of an SMS.

    Results type this as ``SmsStatus | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    CREATED = "CREATED"
    PENDING = "PENDING"
    SENT = "SENT"
    ERROR = "ERROR"
    RECEIVED = "RECEIVED"
    REMOTE_QUEUED = "REMOTE_QUEUED"
    EXPIRED = "EXPIRED"


__all__ = ["SmsStatus"]
