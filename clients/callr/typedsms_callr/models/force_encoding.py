# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class ForceEncoding(StrEnum):
    """Forces the encoding of the text instead of detecting it.

    Open: a value the spec does not list yet (vendors add values) is kept as a member whose
    ``is_known`` is False, instead of making the whole answer unreadable.
    """

    GSM = "GSM"
    UNICODE = "UNICODE"

    @classmethod
    def _missing_(cls, value: object) -> "ForceEncoding | None":
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
