# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""A flag, 0 - no, 1 - yes."""

from .._models import OpenIntEnum


class YesNo(OpenIntEnum):
    """A flag, 0 - no, 1 - yes.

    Results type this as ``YesNo | UnknownInt``: a value the spec does not
    list arrives as ``UnknownInt`` (``is_known`` is False) instead of failing.
    """

    NO = 0
    YES = 1


__all__ = ["YesNo"]
