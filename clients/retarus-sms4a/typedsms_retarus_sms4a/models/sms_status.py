# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The documented values of an SMS's `status`. With `processStatus`
`DONE`: `SUC_ACC` (accepted by the network), `SUC_FIN` (delivered),
`INVALID_DST` (invalid recipient), `BLOCKED`, `TIMEOUT`, `CON_ERR`
(connection error), `FAILED_FIN` (failed), `NOT_ACC_FIN` (not accepted),
`SEND_ERR`, `STATUS_ERR`. With `CANCELED`: `NOT_ACC_REC`."""

from .._models import OpenStrEnum


class SmsStatus(OpenStrEnum):
    """The documented values of an SMS's `status`. With `processStatus`
    `DONE`: `SUC_ACC` (accepted by the network), `SUC_FIN` (delivered),
    `INVALID_DST` (invalid recipient), `BLOCKED`, `TIMEOUT`, `CON_ERR`
    (connection error), `FAILED_FIN` (failed), `NOT_ACC_FIN` (not accepted),
    `SEND_ERR`, `STATUS_ERR`. With `CANCELED`: `NOT_ACC_REC`.

    Results type this as ``SmsStatus | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    SUC_ACC = "SUC_ACC"
    SUC_FIN = "SUC_FIN"
    INVALID_DST = "INVALID_DST"
    BLOCKED = "BLOCKED"
    TIMEOUT = "TIMEOUT"
    CON_ERR = "CON_ERR"
    FAILED_FIN = "FAILED_FIN"
    NOT_ACC_FIN = "NOT_ACC_FIN"
    SEND_ERR = "SEND_ERR"
    STATUS_ERR = "STATUS_ERR"
    NOT_ACC_REC = "NOT_ACC_REC"


__all__ = ["SmsStatus"]
