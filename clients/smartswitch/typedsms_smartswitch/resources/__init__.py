# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .message import AsyncMessageResource, MessageResource

__all__ = [
    "AsyncMessageResource",
    "MessageResource",
]
