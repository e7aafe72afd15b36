# Generated from specs/retarus-sms4a.yaml (sha256 a0dde1fa6f98a7847cf10989ace2bdd2bd96a0a9886feafd6cb1b151ae2a5f7f)
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
