# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Base classes of the generated resources (``client.jobs``, ``client.sms``...)."""

from ._base_client import AsyncAPIClient, SyncAPIClient


class SyncAPIResource:
    """The operations of one tag of the spec, on a sync client."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """The operations of one tag of the spec, on an async client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
