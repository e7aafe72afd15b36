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
