# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class SmsStatus(StrEnum):
    """The documented values of an SMS's `status`. With `processStatus`
    `DONE`: `SUC_ACC` (accepted by the network), `SUC_FIN` (delivered),
    `INVALID_DST` (invalid recipient), `BLOCKED`, `TIMEOUT`, `CON_ERR`
    (connection error), `FAILED_FIN` (failed), `NOT_ACC_FIN` (not accepted),
    `SEND_ERR`, `STATUS_ERR`. With `CANCELED`: `NOT_ACC_REC`.

    Open: a value the spec does not list yet (vendors add values) is kept as a member whose
    ``is_known`` is False, instead of making the whole answer unreadable.
    """

    BLOCKED = "BLOCKED"
    CON_ERR = "CON_ERR"
    FAILED_FIN = "FAILED_FIN"
    INVALID_DST = "INVALID_DST"
    NOT_ACC_FIN = "NOT_ACC_FIN"
    NOT_ACC_REC = "NOT_ACC_REC"
    SEND_ERR = "SEND_ERR"
    STATUS_ERR = "STATUS_ERR"
    SUC_ACC = "SUC_ACC"
    SUC_FIN = "SUC_FIN"
    TIMEOUT = "TIMEOUT"

    @classmethod
    def _missing_(cls, value: object) -> "SmsStatus | None":
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
