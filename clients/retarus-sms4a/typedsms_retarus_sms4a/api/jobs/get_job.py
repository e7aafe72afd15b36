# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_report import JobReport
from ...types import Response

_OPERATION = _runtime.Operation(
    method="get",
    path="/jobs/{jobId}",
    idempotent=True,
    failover_servers=("PRIMARY", "SECONDARY"),
    failover_statuses=frozenset((404,)),
    failover_on_5xx=True,
)


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobReport:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = JobReport.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_401, documented=True)
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_404, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobReport]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[JobReport]:
    """Get a job report

    Gets the job status and the list of SMS ids of the job. To get the
    status of every SMS of a job, use `GET /sms?jobId=...`.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[JobReport]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> JobReport:
    """Get a job report

    Gets the job status and the list of SMS ids of the job. To get the
    status of every SMS of a job, use `GET /sms?jobId=...`.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        JobReport
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[JobReport]:
    """Get a job report

    Gets the job status and the list of SMS ids of the job. To get the
    status of every SMS of a job, use `GET /sms?jobId=...`.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[JobReport]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> JobReport:
    """Get a job report

    Gets the job status and the list of SMS ids of the job. To get the
    status of every SMS of a job, use `GET /sms?jobId=...`.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        JobReport
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
