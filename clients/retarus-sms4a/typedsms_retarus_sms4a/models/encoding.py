# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class Encoding(StrEnum):
    """The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
    characters in a single-part SMS, 153 per part of a multi-part SMS.
    `UTF-16`: 70 characters in a single part, 67 per part. The sources
    give no default; the mock treats an absent encoding as `STANDARD`.

    Open: a value the spec does not list yet (vendors add values) is kept as a member whose
    ``is_known`` is False, instead of making the whole answer unreadable.
    """

    STANDARD = "STANDARD"
    UTF_16 = "UTF-16"

    @classmethod
    def _missing_(cls, value: object) -> "Encoding | None":
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
