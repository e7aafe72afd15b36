# Generated from specs/callr.yaml (sha256 dc846ed24eb74f6410fa30a0caf7b622cc1cef2e3cba5dc0d1b483c11ada741c)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .sms import AsyncSmsResource, SmsResource

__all__ = [
    "AsyncSmsResource",
    "SmsResource",
]
