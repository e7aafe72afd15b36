# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import _runtime, _wire, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_report import JobReport
from ...types import UNSET, Response, Unset

_OPERATION = _runtime.Operation(
    method="get",
    path="/jobs",
    idempotent=True,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobIdsOnly"] = job_ids_only

    json_from_ts: str | Unset = UNSET
    if not isinstance(from_ts, Unset):
        json_from_ts = _wire.format_datetime(from_ts)
    params["fromTs"] = json_from_ts

    json_to_ts: str | Unset = UNSET
    if not isinstance(to_ts, Unset):
        json_to_ts = _wire.format_datetime(to_ts)
    params["toTs"] = json_to_ts

    params["open"] = open_

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[JobReport]:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = JobReport.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200
    if response.status_code == 400:
        try:
            response_400 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_400, documented=True)
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_401, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[JobReport]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[JobReport]]:
    """List jobs

    Lists the reports of the jobs received in a time interval of at most
    30 days, optionally only open or only finished jobs, one page at a
    time (`offset`, `limit`).

    Args:
        job_ids_only (bool):
        from_ts (datetime.datetime | Unset):
        to_ts (datetime.datetime | Unset):
        open_ (bool | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[JobReport]]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        job_ids_only=job_ids_only,
        from_ts=from_ts,
        to_ts=to_ts,
        open_=open_,
        offset=offset,
        limit=limit,
    )
    if timeout is not None:
        kwargs["timeout"] = timeout
    transport = client.transport_for(_OPERATION, retry)
    try:
        response = _runtime.send(client.get_httpx_client(), transport, _OPERATION, kwargs)
    except httpx.TimeoutException as exc:
        raise errors.ApiTimeoutError(_OPERATION.method.upper(), kwargs["url"], type(exc).__name__) from exc
    except httpx.TransportError as exc:
        raise errors.ApiConnectionError(_OPERATION.method.upper(), kwargs["url"], type(exc).__name__) from exc
    except httpx.DecodingError as exc:  # a body that does not match its Content-Encoding
        raise errors.ApiConnectionError(
            _OPERATION.method.upper(), kwargs["url"], "the answer could not be decoded"
        ) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[JobReport]:
    """List jobs

    Lists the reports of the jobs received in a time interval of at most
    30 days, optionally only open or only finished jobs, one page at a
    time (`offset`, `limit`).

    Args:
        job_ids_only (bool):
        from_ts (datetime.datetime | Unset):
        to_ts (datetime.datetime | Unset):
        open_ (bool | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[JobReport]
    """

    return sync_detailed(
        client=client,
        job_ids_only=job_ids_only,
        from_ts=from_ts,
        to_ts=to_ts,
        open_=open_,
        offset=offset,
        limit=limit,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[JobReport]]:
    """List jobs

    Lists the reports of the jobs received in a time interval of at most
    30 days, optionally only open or only finished jobs, one page at a
    time (`offset`, `limit`).

    Args:
        job_ids_only (bool):
        from_ts (datetime.datetime | Unset):
        to_ts (datetime.datetime | Unset):
        open_ (bool | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[JobReport]]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        job_ids_only=job_ids_only,
        from_ts=from_ts,
        to_ts=to_ts,
        open_=open_,
        offset=offset,
        limit=limit,
    )
    if timeout is not None:
        kwargs["timeout"] = timeout
    transport = client.transport_for(_OPERATION, retry)
    try:
        response = await _runtime.asend(client.get_async_httpx_client(), transport, _OPERATION, kwargs)
    except httpx.TimeoutException as exc:
        raise errors.ApiTimeoutError(_OPERATION.method.upper(), kwargs["url"], type(exc).__name__) from exc
    except httpx.TransportError as exc:
        raise errors.ApiConnectionError(_OPERATION.method.upper(), kwargs["url"], type(exc).__name__) from exc
    except httpx.DecodingError as exc:  # a body that does not match its Content-Encoding
        raise errors.ApiConnectionError(
            _OPERATION.method.upper(), kwargs["url"], "the answer could not be decoded"
        ) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[JobReport]:
    """List jobs

    Lists the reports of the jobs received in a time interval of at most
    30 days, optionally only open or only finished jobs, one page at a
    time (`offset`, `limit`).

    Args:
        job_ids_only (bool):
        from_ts (datetime.datetime | Unset):
        to_ts (datetime.datetime | Unset):
        open_ (bool | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[JobReport]
    """

    return (
        await asyncio_detailed(
            client=client,
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=limit,
            retry=retry,
            timeout=timeout,
        )
    ).parsed


def iterate(
    *,
    client: AuthenticatedClient,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Iterator[JobReport]:
    """Every result of ``sync``, page after page (offset/limit), fetched as the iteration goes.

    Args:
        page_size: How many results each request asks for (the ``limit`` parameter).
        start: The ``offset`` of the first result.
    """
    offset = start
    while True:
        results = sync(
            client=client,
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=page_size,
            retry=retry,
            timeout=timeout,
        )
        yield from results
        if len(results) < page_size:
            return
        offset += len(results)


async def aiterate(
    *,
    client: AuthenticatedClient,
    job_ids_only: bool,
    from_ts: datetime.datetime | Unset = UNSET,
    to_ts: datetime.datetime | Unset = UNSET,
    open_: bool | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> AsyncIterator[JobReport]:
    """Every result of ``asyncio``, page after page, fetched as the iteration goes (see ``iterate``)."""
    offset = start
    while True:
        results = await asyncio(
            client=client,
            job_ids_only=job_ids_only,
            from_ts=from_ts,
            to_ts=to_ts,
            open_=open_,
            offset=offset,
            limit=page_size,
            retry=retry,
            timeout=timeout,
        )
        for result in results:
            yield result
        if len(results) < page_size:
            return
        offset += len(results)
