# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms import Sms
from ...models.sms_response import SmsResponse
from ...types import Response

_OPERATION = _runtime.Operation(
    method="get",
    path="/sms/{hash}",
    idempotent=True,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    hash_: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Sms:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = SmsResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200.data
    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_400, documented=True)
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_401, documented=True)
    if response.status_code == 404:
        try:
            response_404 = ErrorResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_404, documented=True)
    if response.status_code == 500:
        try:
            response_500 = ErrorResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_500, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Sms]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[Sms]:
    """Get an SMS

    Retrieve a specific SMS resource based on its hash.

    Args:
        hash_ (str): An SMS's unique object identifier (its hash), such as `8242D945`.

    Raises:
        errors.BadRequestError: 400
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.InternalServerError: 500
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[Sms]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        hash_=hash_,
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
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Sms:
    """Get an SMS

    Retrieve a specific SMS resource based on its hash.

    Args:
        hash_ (str): An SMS's unique object identifier (its hash), such as `8242D945`.

    Raises:
        errors.BadRequestError: 400
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.InternalServerError: 500
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Sms
    """

    return sync_detailed(
        hash_=hash_,
        client=client,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[Sms]:
    """Get an SMS

    Retrieve a specific SMS resource based on its hash.

    Args:
        hash_ (str): An SMS's unique object identifier (its hash), such as `8242D945`.

    Raises:
        errors.BadRequestError: 400
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.InternalServerError: 500
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[Sms]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        hash_=hash_,
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
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Sms:
    """Get an SMS

    Retrieve a specific SMS resource based on its hash.

    Args:
        hash_ (str): An SMS's unique object identifier (its hash), such as `8242D945`.

    Raises:
        errors.BadRequestError: 400
        errors.AuthenticationError: 401
        errors.NotFoundError: 404
        errors.InternalServerError: 500
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Sms
    """

    return (
        await asyncio_detailed(
            hash_=hash_,
            client=client,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
