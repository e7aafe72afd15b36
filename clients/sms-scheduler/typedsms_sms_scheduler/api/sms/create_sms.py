# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.sms_created import SmsCreated
from ...models.sms_request import SmsRequest
from ...models.validation_errors import ValidationErrors
from ...types import Response

_OPERATION = _runtime.Operation(
    method="post",
    path="/sms",
    idempotent=False,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    body: SmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsCreated:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = SmsCreated.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200
    if response.status_code == 400:
        try:
            response_400 = ValidationErrors.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_400, documented=True)
    if response.status_code == 401:
        raise errors.status_error(response, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SmsCreated]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[SmsCreated]:
    """Create an SMS (to one or multiple phone numbers)

    Creates a message and one SMS per phone number, to be sent at
    `delivery_date`. If the date is equal or inferior to the current date,
    the SMS are sent right away; otherwise they stay Scheduled (status 10)
    until then.

    Answers 200 with the id of the message and the ids of its SMS indexed
    by phone number. An invalid field is answered 400 with a list of error
    messages per field name.

    Args:
        body (SmsRequest): A message to send at `delivery_date` to one or multiple phone numbers.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a required field is missing, a field has
            the wrong type or form, a phone number is invalid, or the body is
            not JSON. `errors` lists the error messages of each field, e.g.
            `The field "message_stop" must be a value of type "boolean"`,
            `The field "phone_numbers" must be a list of type "string"` or
            `The following phone number is invalid: +123456789`.
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[SmsCreated]: the status, headers, raw content and parsed result.
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
    body: SmsRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> SmsCreated:
    """Create an SMS (to one or multiple phone numbers)

    Creates a message and one SMS per phone number, to be sent at
    `delivery_date`. If the date is equal or inferior to the current date,
    the SMS are sent right away; otherwise they stay Scheduled (status 10)
    until then.

    Answers 200 with the id of the message and the ids of its SMS indexed
    by phone number. An invalid field is answered 400 with a list of error
    messages per field name.

    Args:
        body (SmsRequest): A message to send at `delivery_date` to one or multiple phone numbers.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a required field is missing, a field has
            the wrong type or form, a phone number is invalid, or the body is
            not JSON. `errors` lists the error messages of each field, e.g.
            `The field "message_stop" must be a value of type "boolean"`,
            `The field "phone_numbers" must be a list of type "string"` or
            `The following phone number is invalid: +123456789`.
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        SmsCreated
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
    body: SmsRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[SmsCreated]:
    """Create an SMS (to one or multiple phone numbers)

    Creates a message and one SMS per phone number, to be sent at
    `delivery_date`. If the date is equal or inferior to the current date,
    the SMS are sent right away; otherwise they stay Scheduled (status 10)
    until then.

    Answers 200 with the id of the message and the ids of its SMS indexed
    by phone number. An invalid field is answered 400 with a list of error
    messages per field name.

    Args:
        body (SmsRequest): A message to send at `delivery_date` to one or multiple phone numbers.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a required field is missing, a field has
            the wrong type or form, a phone number is invalid, or the body is
            not JSON. `errors` lists the error messages of each field, e.g.
            `The field "message_stop" must be a value of type "boolean"`,
            `The field "phone_numbers" must be a list of type "string"` or
            `The following phone number is invalid: +123456789`.
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[SmsCreated]: the status, headers, raw content and parsed result.
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
    body: SmsRequest,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> SmsCreated:
    """Create an SMS (to one or multiple phone numbers)

    Creates a message and one SMS per phone number, to be sent at
    `delivery_date`. If the date is equal or inferior to the current date,
    the SMS are sent right away; otherwise they stay Scheduled (status 10)
    until then.

    Answers 200 with the id of the message and the ids of its SMS indexed
    by phone number. An invalid field is answered 400 with a list of error
    messages per field name.

    Args:
        body (SmsRequest): A message to send at `delivery_date` to one or multiple phone numbers.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a required field is missing, a field has
            the wrong type or form, a phone number is invalid, or the body is
            not JSON. `errors` lists the error messages of each field, e.g.
            `The field "message_stop" must be a value of type "boolean"`,
            `The field "phone_numbers" must be a list of type "string"` or
            `The following phone number is invalid: +123456789`.
        errors.AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
            answer no body.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        SmsCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
