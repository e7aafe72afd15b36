# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What to do with characters that the encoding cannot represent:
`REFUSE` rejects the job with 422, `REPLACE` replaces them,
`TO_UTF16` sends the text as UTF-16, `TRANSLITERATE` transliterates
them (the last three explained from the names; the sources list the
values only)."""

from .._models import OpenStrEnum


class InvalidCharacters(OpenStrEnum):
    """What to do with characters that the encoding cannot represent:
    `REFUSE` rejects the job with 422, `REPLACE` replaces them,
    `TO_UTF16` sends the text as UTF-16, `TRANSLITERATE` transliterates
    them (the last three explained from the names; the sources list the
    values only).

    Results type this as ``InvalidCharacters | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    REFUSE = "REFUSE"
    REPLACE = "REPLACE"
    TO_UTF16 = "TO_UTF16"
    TRANSLITERATE = "TRANSLITERATE"


__all__ = ["InvalidCharacters"]
