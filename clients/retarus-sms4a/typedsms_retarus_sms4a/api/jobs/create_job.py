# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_request import JobRequest
from ...models.job_response import JobResponse
from ...types import Response

_OPERATION = _runtime.Operation(
    method="post",
    path="/jobs",
    idempotent=False,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobResponse:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 201:
        try:
            response_201 = JobResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_201
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
    if response.status_code == 409:
        try:
            response_409 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_409, documented=True)
    if response.status_code == 422:
        try:
            response_422 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_422, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[JobResponse]:
    """Send an SMS job

    Creates an SMS job: one or more messages, each sent to one or more
    recipients, with job-wide options. A job may hold at most 3,000 SMS
    (messages x recipients); a larger job is rejected with 400.

    Answers 201 with the job's id. With `options.duplicateDetection` an
    identical job body sent again within 10 minutes is rejected with 409.
    With `options.invalidCharacters: REFUSE` a text that cannot be encoded
    in the GSM 03.38 alphabet is rejected with 422.

    Args:
        body (JobRequest): An SMS job. It may hold at most 3,000 SMS (messages x recipients).

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
            job was received within the last 10 minutes.
        errors.UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
            `options.invalidCharacters` is `REFUSE`.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[JobResponse]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        body=body,
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

    Args:
        body (JobRequest): An SMS job. It may hold at most 3,000 SMS (messages x recipients).

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
            job was received within the last 10 minutes.
        errors.UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
            `options.invalidCharacters` is `REFUSE`.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        JobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[JobResponse]:
    """Send an SMS job

    Creates an SMS job: one or more messages, each sent to one or more
    recipients, with job-wide options. A job may hold at most 3,000 SMS
    (messages x recipients); a larger job is rejected with 400.

    Answers 201 with the job's id. With `options.duplicateDetection` an
    identical job body sent again within 10 minutes is rejected with 409.
    With `options.invalidCharacters: REFUSE` a text that cannot be encoded
    in the GSM 03.38 alphabet is rejected with 422.

    Args:
        body (JobRequest): An SMS job. It may hold at most 3,000 SMS (messages x recipients).

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
            job was received within the last 10 minutes.
        errors.UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
            `options.invalidCharacters` is `REFUSE`.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[JobResponse]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        body=body,
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

    Args:
        body (JobRequest): An SMS job. It may hold at most 3,000 SMS (messages x recipients).

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.ConflictError: 409 - Duplicate job: `options.duplicateDetection` is set and an identical
            job was received within the last 10 minutes.
        errors.UnprocessableEntityError: 422 - The text holds characters outside the GSM 03.38 alphabet and
            `options.invalidCharacters` is `REFUSE`.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        JobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
