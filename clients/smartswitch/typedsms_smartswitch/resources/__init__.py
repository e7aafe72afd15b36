# Generated from specs/smartswitch.yaml (sha256 c5ec3f781645e3dc657a320e1644370095511519bbcdcb8dc4eaaee2777517be)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .message import AsyncMessageResource, MessageResource

__all__ = [
    "AsyncMessageResource",
    "MessageResource",
]
