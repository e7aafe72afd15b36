# Generated from specs/retarus-sms4a.yaml (sha256 a1d00f01cbfaf463f9df6b992a0130c747be0b110e35b54dae534b9cc7be93ec)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.recipient_report import RecipientReport
from ...types import UNSET, Response

_OPERATION = _runtime.Operation(
    method="get",
    path="/sms",
    idempotent=True,
    failover_servers=("PRIMARY", "SECONDARY"),
    failover_statuses=frozenset((404,)),
    failover_on_5xx=True,
)


def _get_kwargs(
    *,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[RecipientReport]:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = RecipientReport.from_dict(response_200_item_data)

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
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_404, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[RecipientReport]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[RecipientReport]]:
    """Get the SMS reports of a job

    Gets the status report of every SMS of a job: one per recipient and
    message.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.NotFoundError: 404 - No job with this id exists for the account.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[RecipientReport]]: the status, headers, raw content and parsed result.
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
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[RecipientReport]:
    """Get the SMS reports of a job

    Gets the status report of every SMS of a job: one per recipient and
    message.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.NotFoundError: 404 - No job with this id exists for the account.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[RecipientReport]
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[RecipientReport]]:
    """Get the SMS reports of a job

    Gets the status report of every SMS of a job: one per recipient and
    message.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.NotFoundError: 404 - No job with this id exists for the account.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[RecipientReport]]: the status, headers, raw content and parsed result.
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
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[RecipientReport]:
    """Get the SMS reports of a job

    Gets the status report of every SMS of a job: one per recipient and
    message.

    Args:
        job_id (str): A job id, `J.` followed by 18 to 38 characters.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a malformed body or parameter (such as a
            missing or malformed `jobId`), a job of more than 3,000 SMS, blackout periods of
            invalid syntax, or a `fromTs`/`toTs`
            interval of more than 30 days.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.NotFoundError: 404 - No job with this id exists for the account.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[RecipientReport]
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
