# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
characters in a single-part SMS, 153 per part of a multi-part SMS.
`UTF-16`: 70 characters in a single part, 67 per part. The sources
give no default."""

from .._models import OpenStrEnum


class Encoding(OpenStrEnum):
    """The encoding of the texts. `STANDARD` is the GSM 03.38 alphabet: 160
    characters in a single-part SMS, 153 per part of a multi-part SMS.
    `UTF-16`: 70 characters in a single part, 67 per part. The sources
    give no default.

    Results type this as ``Encoding | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    STANDARD = "STANDARD"
    UTF_16 = "UTF-16"


__all__ = ["Encoding"]
