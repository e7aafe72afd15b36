# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.sms_deleted import SmsDeleted
from ...types import Response

_OPERATION = _runtime.Operation(
    method="delete",
    path="/sms/{id}",
    idempotent=True,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sms/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsDeleted:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = SmsDeleted.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200
    if response.status_code == 401:
        raise errors.status_error(response, documented=True)
    if response.status_code == 404:
        raise errors.status_error(response, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SmsDeleted]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[SmsDeleted]:
    """Delete a SMS by its ID

    Deletes one SMS. A scheduled SMS is then not sent. The documentation
    does not say whether a sent SMS can be deleted; this spec assumes it
    can (its record is removed, the SMS is not recalled). Afterwards the
    SMS's id is answered 404.

    Args:
        id (int):

    Raises:
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
            documentation gives this answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[SmsDeleted]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> SmsDeleted:
    """Delete a SMS by its ID

    Deletes one SMS. A scheduled SMS is then not sent. The documentation
    does not say whether a sent SMS can be deleted; this spec assumes it
    can (its record is removed, the SMS is not recalled). Afterwards the
    SMS's id is answered 404.

    Args:
        id (int):

    Raises:
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
            documentation gives this answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        SmsDeleted
    """

    return sync_detailed(
        id=id,
        client=client,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[SmsDeleted]:
    """Delete a SMS by its ID

    Deletes one SMS. A scheduled SMS is then not sent. The documentation
    does not say whether a sent SMS can be deleted; this spec assumes it
    can (its record is removed, the SMS is not recalled). Afterwards the
    SMS's id is answered 404.

    Args:
        id (int):

    Raises:
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
            documentation gives this answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[SmsDeleted]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> SmsDeleted:
    """Delete a SMS by its ID

    Deletes one SMS. A scheduled SMS is then not sent. The documentation
    does not say whether a sent SMS can be deleted; this spec assumes it
    can (its record is removed, the SMS is not recalled). Afterwards the
    SMS's id is answered 404.

    Args:
        id (int):

    Raises:
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
            documentation gives this answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        SmsDeleted
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
