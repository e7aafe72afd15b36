# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
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
