# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .sms import AsyncSmsResource, SmsResource

__all__ = [
    "AsyncSmsResource",
    "SmsResource",
]
