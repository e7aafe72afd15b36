# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Send SMS jobs and read job reports."""

import builtins
import datetime
from collections.abc import (
    Mapping,  # noqa: F401
    Sequence,
)

from .. import _codecs as _c
from .._base_client import Operation, Paging, Param
from .._paging import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.error import Error
from ..models.job_options import JobOptions
from ..models.job_report import JobReport
from ..models.job_request import JobRequest
from ..models.job_response import JobResponse
from ..models.message import Message
from ..params import JobOptionsParam, MessageParam

_LIST_JOBS: Operation[builtins.list[JobReport]] = Operation(
    id="listJobs",
    method="get",
    path="/jobs",
    idempotent=True,
    result=_c.list_of(JobReport.reader()),
    params=(
        Param("job_ids_only", "jobIdsOnly", "query", _c.write_bool, required=True, fixed=True),
        Param("from_ts", "fromTs", "query", _c.write_datetime),
        Param("to_ts", "toTs", "query", _c.write_datetime),
        Param("open", "open", "query", _c.write_bool),
        Param("offset", "offset", "query", _c.write_int),
        Param("limit", "limit", "query", _c.write_int),
    ),
    errors={
        "400": Error.reader(),
        "401": Error.reader(),
    },
    paging=Paging("offset", "limit", 100),
)
_CREATE_JOB: Operation[JobResponse] = Operation(
    id="createJob",
    method="post",
    path="/jobs",
    idempotent=False,
    result=JobResponse.reader(),
    body_fields=JobRequest._FIELDS,
    errors={
        "400": Error.reader(),
        "401": Error.reader(),
        "409": Error.reader(),
        "422": Error.reader(),
    },
    failover=("primary", "ha", "secondary"),
    failover_statuses=frozenset([]),
    failover_on_5xx=False,
)
_GET_JOB: Operation[JobReport] = Operation(
    id="getJob",
    method="get",
    path="/jobs/{jobId}",
    idempotent=True,
    result=JobReport.reader(),
    params=(Param("job_id", "jobId", "path", _c.write_str, required=True),),
    errors={
        "401": Error.reader(),
        "404": Error.reader(),
    },
    failover=("primary", "secondary"),
    failover_statuses=frozenset([404]),
    failover_on_5xx=True,
)


class JobsResource(SyncAPIResource):
    """Send SMS jobs and read job reports."""

    @property
    def with_raw_response(self) -> "JobsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        from_ts: datetime.datetime | None = None,
        to_ts: datetime.datetime | None = None,
        open: bool | None = None,
        offset: int | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[JobReport]:
        """List jobs

        Lists the reports of the jobs received in a time interval of at most
        30 days, optionally only open or only finished jobs, one page at a
        time (`offset`, `limit`).

        Args:
            from_ts: From timestamp (ISO-8601). The interval between fromTs and toTs
                can be a maximum of 30 days. The vendor's own example and its
                Python SDK omit the seconds (`2022-06-13T00:00+02:00`); both forms
                are admitted.
            to_ts: To timestamp (ISO-8601). The interval between fromTs and toTs can
                be a maximum of 30 days.
            open: `true` lists only open jobs, `false` only finished jobs; absent
                lists both.
            offset: Parameter used for pagination. Retrieve a subset of records
                starting with the offset value.
            limit: Parameter used for pagination. The maximum number of records returned.
            timeout: Seconds for this call's requests (default: the client's).

        Returns:
            The first page; iterating over it yields every result, page after page.

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._page(
            _LIST_JOBS,
            {
                "from_ts": from_ts,
                "to_ts": to_ts,
                "open": open,
                "offset": offset,
                "limit": limit,
            },
            timeout=timeout,
        )

    def create(
        self,
        *,
        messages: MessageParam | Message | Sequence[MessageParam | Message],
        options: JobOptionsParam | JobOptions | None = None,
        timeout: Timeout = None,
    ) -> JobResponse:
        """Send an SMS job

        Creates an SMS job: one or more messages, each sent to one or more
        recipients, with job-wide options. A job may hold at most 3,000 SMS
        (messages x recipients); a larger job is rejected with 400.

        Answers 201 with the job's id. With `options.duplicateDetection` an
        identical job body sent again within 10 minutes is rejected with 409.
        With `options.invalidCharacters: REFUSE` a text that cannot be encoded
        in the GSM 03.38 alphabet is rejected with 422.

        Args:
            messages: The messages of the job, each with its recipients.
            options: Options that apply to the whole job; omit or `null` for none (the
                vendor's Python SDK sends `null`).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
                job was received within the last 10 minutes.
            UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
                `options.invalidCharacters` is `REFUSE`.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return self._client._call(
            _CREATE_JOB,
            {
                "messages": messages,
                "options": options,
            },
            timeout=timeout,
        )

    def get(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
    ) -> JobReport:
        """Get a job report

        Gets the job status and the list of SMS ids of the job. To get the
        status of every SMS of a job, use `GET /sms?jobId=...`.

        Args:
            job_id: The id of the job, as returned by `POST /jobs`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No job with this id exists for the account.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _GET_JOB,
            {
                "job_id": job_id,
            },
            timeout=timeout,
        )


class AsyncJobsResource(AsyncAPIResource):
    """Send SMS jobs and read job reports."""

    @property
    def with_raw_response(self) -> "AsyncJobsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncJobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        from_ts: datetime.datetime | None = None,
        to_ts: datetime.datetime | None = None,
        open: bool | None = None,
        offset: int | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AsyncPaginator[JobReport]:
        """List jobs

        Lists the reports of the jobs received in a time interval of at most
        30 days, optionally only open or only finished jobs, one page at a
        time (`offset`, `limit`).

        Args:
            from_ts: From timestamp (ISO-8601). The interval between fromTs and toTs
                can be a maximum of 30 days. The vendor's own example and its
                Python SDK omit the seconds (`2022-06-13T00:00+02:00`); both forms
                are admitted.
            to_ts: To timestamp (ISO-8601). The interval between fromTs and toTs can
                be a maximum of 30 days.
            open: `true` lists only open jobs, `false` only finished jobs; absent
                lists both.
            offset: Parameter used for pagination. Retrieve a subset of records
                starting with the offset value.
            limit: Parameter used for pagination. The maximum number of records returned.
            timeout: Seconds for this call's requests (default: the client's).

        Returns:
            The first page; iterating over it yields every result, page after page.

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._page(
            _LIST_JOBS,
            {
                "from_ts": from_ts,
                "to_ts": to_ts,
                "open": open,
                "offset": offset,
                "limit": limit,
            },
            timeout=timeout,
        )

    async def create(
        self,
        *,
        messages: MessageParam | Message | Sequence[MessageParam | Message],
        options: JobOptionsParam | JobOptions | None = None,
        timeout: Timeout = None,
    ) -> JobResponse:
        """Send an SMS job

        Creates an SMS job: one or more messages, each sent to one or more
        recipients, with job-wide options. A job may hold at most 3,000 SMS
        (messages x recipients); a larger job is rejected with 400.

        Answers 201 with the job's id. With `options.duplicateDetection` an
        identical job body sent again within 10 minutes is rejected with 409.
        With `options.invalidCharacters: REFUSE` a text that cannot be encoded
        in the GSM 03.38 alphabet is rejected with 422.

        Args:
            messages: The messages of the job, each with its recipients.
            options: Options that apply to the whole job; omit or `null` for none (the
                vendor's Python SDK sends `null`).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
                missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of invalid syntax, or a `fromTs`/`toTs`
                interval of more than 30 days.
            AuthenticationError: 401 - Missing or wrong credentials.
            ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
                job was received within the last 10 minutes.
            UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
                `options.invalidCharacters` is `REFUSE`.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return await self._client._call(
            _CREATE_JOB,
            {
                "messages": messages,
                "options": options,
            },
            timeout=timeout,
        )

    async def get(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
    ) -> JobReport:
        """Get a job report

        Gets the job status and the list of SMS ids of the job. To get the
        status of every SMS of a job, use `GET /sms?jobId=...`.

        Args:
            job_id: The id of the job, as returned by `POST /jobs`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No job with this id exists for the account.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _GET_JOB,
            {
                "job_id": job_id,
            },
            timeout=timeout,
        )


class JobsResourceWithRawResponse:
    """``jobs`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncJobsResourceWithRawResponse:
    """``jobs`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)


__all__ = ["AsyncJobsResource", "JobsResource"]
