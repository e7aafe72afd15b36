# Generated from specs/retarus-sms4a.yaml (sha256 c335fcfff0dd04d62cf8b11aa828fd95fd196cb456447b39956fcd6135737067)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from enum import StrEnum


class InvalidCharacters(StrEnum):
    REFUSE = "REFUSE"
    REPLACE = "REPLACE"
    TO_UTF16 = "TO_UTF16"
    TRANSLITERATE = "TRANSLITERATE"

    def __str__(self) -> str:
        return str(self.value)
