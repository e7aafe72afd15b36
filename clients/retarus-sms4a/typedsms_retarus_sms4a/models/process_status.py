# Generated from specs/retarus-sms4a.yaml (sha256 4dac1b5a49c5d0049917a515e40d12fd5e679785f32fbfcf9b47a189131e31e0)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class ProcessStatus(StrEnum):
    CANCELED = "CANCELED"
    DONE = "DONE"
    KILL = "KILL"
    OPEN = "OPEN"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
