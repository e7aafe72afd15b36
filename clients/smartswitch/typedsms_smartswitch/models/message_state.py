# Generated from specs/smartswitch.yaml (sha256 5c7fea3054df23d262df0c353a3221dab4de6bfe1338d79eaf33bddc36da47f0)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class MessageState(StrEnum):
    ACCEPTED = "accepted"
    DELIVERED = "delivered"
    ENROUTE = "enroute"
    EXPIRED = "expired"
    REJECTED = "rejected"
    UNDELIVERABLE = "undeliverable"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
