# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The processing state of an SMS: `OPEN` (pending, `status` empty, or
retrying, any `status`), `DONE` (final, see `status`), `CANCELED`
(`status` empty or `NOT_ACC_REC`), `RUNNING` and `KILL` (any `status`)."""

from .._models import OpenStrEnum


class ProcessStatus(OpenStrEnum):
    """The processing state of an SMS: `OPEN` (pending, `status` empty, or
    retrying, any `status`), `DONE` (final, see `status`), `CANCELED`
    (`status` empty or `NOT_ACC_REC`), `RUNNING` and `KILL` (any `status`).

    Results type this as ``ProcessStatus | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    OPEN = "OPEN"
    DONE = "DONE"
    CANCELED = "CANCELED"
    RUNNING = "RUNNING"
    KILL = "KILL"


__all__ = ["ProcessStatus"]
