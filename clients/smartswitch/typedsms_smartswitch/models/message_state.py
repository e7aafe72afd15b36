# Generated from specs/smartswitch.yaml (sha256 5c7fea3054df23d262df0c353a3221dab4de6bfe1338d79eaf33bddc36da47f0)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class MessageState(StrEnum):
    """The state of a message in a delivery receipt.

    Open: a value the spec does not list yet (vendors add values) is kept as a member whose
    ``is_known`` is False, instead of making the whole answer unreadable.
    """

    ACCEPTED = "accepted"
    DELIVERED = "delivered"
    ENROUTE = "enroute"
    EXPIRED = "expired"
    REJECTED = "rejected"
    UNDELIVERABLE = "undeliverable"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> "MessageState | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
