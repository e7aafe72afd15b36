# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The state of a message in a delivery receipt."""

from .._models import OpenStrEnum


class MessageState(OpenStrEnum):
    """The state of a message in a delivery receipt.

    Results type this as ``MessageState | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    ENROUTE = "enroute"
    DELIVERED = "delivered"
    EXPIRED = "expired"
    UNDELIVERABLE = "undeliverable"
    ACCEPTED = "accepted"
    UNKNOWN = "unknown"
    REJECTED = "rejected"


__all__ = ["MessageState"]
