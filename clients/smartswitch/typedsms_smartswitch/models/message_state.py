# Generated from specs/smartswitch.yaml (sha256 6acd6b4aa832f8aab84f2e5bcab5a5f71280fb0e17dba2b0cb4fbac4a851698b)
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
