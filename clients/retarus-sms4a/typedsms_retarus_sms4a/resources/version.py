# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Server version information."""

from collections.abc import Mapping, Sequence  # noqa: F401

from .._base_client import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.error import Error
from ..models.server_version import ServerVersion

_GET_VERSION: Operation[ServerVersion] = Operation(
    id="getVersion",
    method="get",
    path="/version",
    idempotent=True,
    result=ServerVersion.reader(),
    errors={
        "401": Error.reader(),
    },
)


class VersionResource(SyncAPIResource):
    """Server version information."""

    @property
    def with_raw_response(self) -> "VersionResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return VersionResourceWithRawResponse(self)

    def get(
        self,
        *,
        timeout: Timeout = None,
    ) -> ServerVersion:
        """Get the server version

        Returns server version information. The vendor publishes no schema for
        it; see `ServerVersion`.

        Raises:
            AuthenticationError: 401 - Missing or wrong credentials.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(_GET_VERSION, {}, timeout=timeout)


class AsyncVersionResource(AsyncAPIResource):
    """Server version information."""

    @property
    def with_raw_response(self) -> "AsyncVersionResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncVersionResourceWithRawResponse(self)

    async def get(
        self,
        *,
        timeout: Timeout = None,
    ) -> ServerVersion:
        """Get the server version

        Returns server version information. The vendor publishes no schema for
        it; see `ServerVersion`.

        Raises:
            AuthenticationError: 401 - Missing or wrong credentials.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(_GET_VERSION, {}, timeout=timeout)


class VersionResourceWithRawResponse:
    """``version`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: VersionResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncVersionResourceWithRawResponse:
    """``version`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncVersionResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)


__all__ = ["AsyncVersionResource", "VersionResource"]
