# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
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
