# Generated from specs/retarus-sms4a.yaml (sha256 4dac1b5a49c5d0049917a515e40d12fd5e679785f32fbfcf9b47a189131e31e0)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class SmsStatus(StrEnum):
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

    def __str__(self) -> str:
        return str(self.value)
