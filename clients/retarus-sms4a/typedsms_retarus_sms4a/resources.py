# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resource facade: ``client.jobs.<operation>(...)``, sync and async.

Each tag of the spec is a resource and each operation a method named after the operation without
the tag (``x-sdk-method`` overrides it). ``<method>_detailed`` returns the raw answer (status,
headers, content) beside the parsed result. The per-operation modules in ``api/`` stay the
foundation: every method here calls one of them.
"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from .api.jobs import create_job, get_job, list_jobs
from .api.sms import list_sms_reports
from .api.version import get_version
from .models.job_report import JobReport
from .models.job_request import JobRequest
from .models.job_response import JobResponse
from .models.recipient_report import RecipientReport
from .models.server_version import ServerVersion
from .types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient


class JobsResource:
    """The ``jobs`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[JobReport]:
        """List jobs

        Lists the reports of the jobs received in a time interval of at most
        30 days, optionally only open or only finished jobs, one page at a
        time (`offset`, `limit`).

        See ``typedsms_retarus_sms4a.api.jobs.list_jobs`` for the arguments and errors.
        """

        return list_jobs.sync(
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=limit,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def list_detailed(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[JobReport]]:
        """Like ``list``, with the answer's status, headers and raw content beside the parsed result."""
        return list_jobs.sync_detailed(
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=limit,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def list_all(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Iterator[JobReport]:
        """Every result of ``list``, page after page (offset/limit), fetched as the iteration goes."""
        return list_jobs.iterate(
            client=self._client,
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            page_size=page_size,
            start=start,
            retry=retry,
            timeout=timeout,
        )

    def create(
        self,
        *,
        body: JobRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> JobResponse:
        """Send an SMS job

        Creates an SMS job: one or more messages, each sent to one or more
        recipients, with job-wide options. A job may hold at most 3,000 SMS
        (messages x recipients); a larger job is rejected with 400.

        Answers 201 with the job's id. With `options.duplicateDetection` an
        identical job body sent again within 10 minutes is rejected with 409.
        With `options.invalidCharacters: REFUSE` a text that cannot be encoded
        in the GSM 03.38 alphabet is rejected with 422.

        See ``typedsms_retarus_sms4a.api.jobs.create_job`` for the arguments and errors.
        """

        return create_job.sync(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def create_detailed(
        self,
        *,
        body: JobRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[JobResponse]:
        """Like ``create``, with the answer's status, headers and raw content beside the parsed result."""
        return create_job.sync_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get(
        self,
        job_id: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> JobReport:
        """Get a job report

        Gets the job status and the list of SMS ids of the job. To get the
        status of every SMS of a job, use `GET /sms?jobId=...`.

        See ``typedsms_retarus_sms4a.api.jobs.get_job`` for the arguments and errors.
        """

        return get_job.sync(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get_detailed(
        self,
        job_id: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[JobReport]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return get_job.sync_detailed(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncJobsResource:
    """The ``jobs`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[JobReport]:
        """List jobs

        Lists the reports of the jobs received in a time interval of at most
        30 days, optionally only open or only finished jobs, one page at a
        time (`offset`, `limit`).

        See ``typedsms_retarus_sms4a.api.jobs.list_jobs`` for the arguments and errors.
        """

        return await list_jobs.asyncio(
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=limit,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def list_detailed(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[JobReport]]:
        """Like ``list``, with the answer's status, headers and raw content beside the parsed result."""
        return await list_jobs.asyncio_detailed(
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=limit,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def list_all(
        self,
        *,
        job_ids_only: bool,
        from_ts: datetime.datetime | Unset = UNSET,
        to_ts: datetime.datetime | Unset = UNSET,
        open_: bool | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> AsyncIterator[JobReport]:
        """Every result of ``list``, page after page, fetched as the iteration goes (``async for``)."""
        return list_jobs.aiterate(
            client=self._client,
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            page_size=page_size,
            start=start,
            retry=retry,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        body: JobRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> JobResponse:
        """Send an SMS job

        Creates an SMS job: one or more messages, each sent to one or more
        recipients, with job-wide options. A job may hold at most 3,000 SMS
        (messages x recipients); a larger job is rejected with 400.

        Answers 201 with the job's id. With `options.duplicateDetection` an
        identical job body sent again within 10 minutes is rejected with 409.
        With `options.invalidCharacters: REFUSE` a text that cannot be encoded
        in the GSM 03.38 alphabet is rejected with 422.

        See ``typedsms_retarus_sms4a.api.jobs.create_job`` for the arguments and errors.
        """

        return await create_job.asyncio(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def create_detailed(
        self,
        *,
        body: JobRequest,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[JobResponse]:
        """Like ``create``, with the answer's status, headers and raw content beside the parsed result."""
        return await create_job.asyncio_detailed(
            body=body,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get(
        self,
        job_id: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> JobReport:
        """Get a job report

        Gets the job status and the list of SMS ids of the job. To get the
        status of every SMS of a job, use `GET /sms?jobId=...`.

        See ``typedsms_retarus_sms4a.api.jobs.get_job`` for the arguments and errors.
        """

        return await get_job.asyncio(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get_detailed(
        self,
        job_id: str,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[JobReport]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return await get_job.asyncio_detailed(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class SmsResource:
    """The ``sms`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def list_reports(
        self,
        *,
        job_id: str,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[RecipientReport]:
        """Get the SMS reports of a job

        Gets the status report of every SMS of a job: one per recipient and
        message.

        See ``typedsms_retarus_sms4a.api.sms.list_sms_reports`` for the arguments and errors.
        """

        return list_sms_reports.sync(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def list_reports_detailed(
        self,
        *,
        job_id: str,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[RecipientReport]]:
        """Like ``list_reports``, with the answer's status, headers and raw content beside the parsed result."""
        return list_sms_reports.sync_detailed(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncSmsResource:
    """The ``sms`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def list_reports(
        self,
        *,
        job_id: str,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> builtins.list[RecipientReport]:
        """Get the SMS reports of a job

        Gets the status report of every SMS of a job: one per recipient and
        message.

        See ``typedsms_retarus_sms4a.api.sms.list_sms_reports`` for the arguments and errors.
        """

        return await list_sms_reports.asyncio(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def list_reports_detailed(
        self,
        *,
        job_id: str,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[builtins.list[RecipientReport]]:
        """Like ``list_reports``, with the answer's status, headers and raw content beside the parsed result."""
        return await list_sms_reports.asyncio_detailed(
            job_id=job_id,
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class VersionResource:
    """The ``version`` operations, sync."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    def get(
        self,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> ServerVersion:
        """Get the server version

        Returns server version information. The vendor publishes no schema for
        it; see `ServerVersion`.

        See ``typedsms_retarus_sms4a.api.version.get_version`` for the arguments and errors.
        """

        return get_version.sync(
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    def get_detailed(
        self,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[ServerVersion]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return get_version.sync_detailed(
            client=self._client,
            retry=retry,
            timeout=timeout,
        )


class AsyncVersionResource:
    """The ``version`` operations, async."""

    def __init__(self, client: "AuthenticatedClient") -> None:
        self._client = client

    async def get(
        self,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> ServerVersion:
        """Get the server version

        Returns server version information. The vendor publishes no schema for
        it; see `ServerVersion`.

        See ``typedsms_retarus_sms4a.api.version.get_version`` for the arguments and errors.
        """

        return await get_version.asyncio(
            client=self._client,
            retry=retry,
            timeout=timeout,
        )

    async def get_detailed(
        self,
        *,
        retry: _runtime.RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> Response[ServerVersion]:
        """Like ``get``, with the answer's status, headers and raw content beside the parsed result."""
        return await get_version.asyncio_detailed(
            client=self._client,
            retry=retry,
            timeout=timeout,
        )
