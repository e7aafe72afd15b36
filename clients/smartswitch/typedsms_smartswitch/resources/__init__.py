# Generated from specs/smartswitch.yaml (sha256 1f9b435ac2072269bc9aa3f17762fa575dd2d6ebe72acd5167d4a6124ae80c93)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .message import AsyncMessageResource, MessageResource

__all__ = [
    "AsyncMessageResource",
    "MessageResource",
]
