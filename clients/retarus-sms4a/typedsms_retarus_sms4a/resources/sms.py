# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Read the status report of each SMS (one per recipient and message)."""

import builtins
from collections.abc import (
    Mapping,  # noqa: F401
)

from .. import _codecs as _c
from .._base_client import Operation, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.error import Error
from ..models.recipient_report import RecipientReport

_LIST_SMS_REPORTS: Operation[builtins.list[RecipientReport]] = Operation(
    id="listSmsReports",
    method="get",
    path="/sms",
    idempotent=True,
    result=_c.list_of(RecipientReport.reader()),
    params=(Param("job_id", "jobId", "query", _c.write_str, required=True),),
    errors={
        "400": Error.reader(),
        "401": Error.reader(),
        "404": Error.reader(),
    },
    failover=("primary", "secondary"),
    failover_statuses=frozenset([404]),
    failover_on_5xx=True,
)


class SmsResource(SyncAPIResource):
    """Read the status report of each SMS (one per recipient and message)."""

    @property
    def with_raw_response(self) -> "SmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return SmsResourceWithRawResponse(self)

    def list_reports(
        self,
        *,
        job_id: str,
        timeout: Timeout = None,
    ) -> builtins.list[RecipientReport]:
        """Get the SMS reports of a job

        Gets the status report of every SMS of a job: one per recipient and
        message.

        Args:
            job_id: The id of the job whose SMS reports are listed.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No job with this id exists for the account.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _LIST_SMS_REPORTS,
            {
                "job_id": job_id,
            },
            timeout=timeout,
        )


class AsyncSmsResource(AsyncAPIResource):
    """Read the status report of each SMS (one per recipient and message)."""

    @property
    def with_raw_response(self) -> "AsyncSmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncSmsResourceWithRawResponse(self)

    async def list_reports(
        self,
        *,
        job_id: str,
        timeout: Timeout = None,
    ) -> builtins.list[RecipientReport]:
        """Get the SMS reports of a job

        Gets the status report of every SMS of a job: one per recipient and
        message.

        Args:
            job_id: The id of the job whose SMS reports are listed.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No job with this id exists for the account.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _LIST_SMS_REPORTS,
            {
                "job_id": job_id,
            },
            timeout=timeout,
        )


class SmsResourceWithRawResponse:
    """``sms`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SmsResource) -> None:
        self.list_reports = to_raw_response_wrapper(resource.list_reports)


class AsyncSmsResourceWithRawResponse:
    """``sms`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncSmsResource) -> None:
        self.list_reports = async_to_raw_response_wrapper(resource.list_reports)


__all__ = ["AsyncSmsResource", "SmsResource"]
