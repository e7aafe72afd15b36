# Generated from specs/callr.yaml (sha256 46882e1736d827c1b360517eefb2df092877dc834595b7cb78760dd32447f617)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .sms import AsyncSmsResource, SmsResource

__all__ = [
    "AsyncSmsResource",
    "SmsResource",
]
