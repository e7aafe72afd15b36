# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The value CALLR sends for a date that is not set (for example the
`date_received` of an outbound SMS), seen in a live answer. Written
as a one-value `enum`, not `const`: plain openapi-python-client checks
a `const` branch of an `anyOf` first and raises instead of trying the
date branch."""

from .._models import OpenStrEnum


class UnsetDate(OpenStrEnum):
    """The value CALLR sends for a date that is not set (for example the
    `date_received` of an outbound SMS), seen in a live answer. Written
    as a one-value `enum`, not `const`: plain openapi-python-client checks
    a `const` branch of an `anyOf` first and raises instead of trying the
    date branch.

    Results type this as ``UnsetDate | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    VALUE_0 = "0000-00-00 00:00:00"


__all__ = ["UnsetDate"]
