# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
import datetime
from typing import Any

import httpx

from ... import _runtime, _wire, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms import Sms
from ...models.sms_list_response import SmsListResponse
from ...models.sms_type import SmsType
from ...types import UNSET, Response

_OPERATION = _runtime.Operation(
    method="get",
    path="/sms",
    idempotent=True,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    type_: SmsType,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    json_from_ = _wire.format_datetime(from_)
    params["from"] = json_from_

    json_to = _wire.format_datetime(to)
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Sms]:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = SmsListResponse.from_dict(response.json())

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
    if response.status_code == 500:
        try:
            response_500 = ErrorResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            raise errors.status_error(response, documented=True) from None
        raise errors.status_error(response, response_500, documented=True)
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Sms]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: SmsType,
    from_: datetime.datetime,
    to: datetime.datetime,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[Sms]]:
    """List SMS

    Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
    account, created between `from` and `to` (both inclusive, UTC).

    Args:
        type_ (SmsType): `IN`: an SMS received by the account; `OUT`: an SMS sent by the account.
        from_ (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.
        to (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
            (such as a sender of more than 11 characters, a recipient not in
            E.164 format or an unknown option value), a `from`/`to` date that is
            not a real date and time, or `%STOPNUM%` in the text without a custom
            (alphanumeric) sender.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
            document none). Do not resend an SMS on it without checking
            `GET /sms` first: the SMS may have been sent.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[Sms]]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        type_=type_,
        from_=from_,
        to=to,
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
    type_: SmsType,
    from_: datetime.datetime,
    to: datetime.datetime,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[Sms]:
    """List SMS

    Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
    account, created between `from` and `to` (both inclusive, UTC).

    Args:
        type_ (SmsType): `IN`: an SMS received by the account; `OUT`: an SMS sent by the account.
        from_ (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.
        to (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
            (such as a sender of more than 11 characters, a recipient not in
            E.164 format or an unknown option value), a `from`/`to` date that is
            not a real date and time, or `%STOPNUM%` in the text without a custom
            (alphanumeric) sender.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
            document none). Do not resend an SMS on it without checking
            `GET /sms` first: the SMS may have been sent.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[Sms]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        from_=from_,
        to=to,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: SmsType,
    from_: datetime.datetime,
    to: datetime.datetime,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[list[Sms]]:
    """List SMS

    Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
    account, created between `from` and `to` (both inclusive, UTC).

    Args:
        type_ (SmsType): `IN`: an SMS received by the account; `OUT`: an SMS sent by the account.
        from_ (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.
        to (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
            (such as a sender of more than 11 characters, a recipient not in
            E.164 format or an unknown option value), a `from`/`to` date that is
            not a real date and time, or `%STOPNUM%` in the text without a custom
            (alphanumeric) sender.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
            document none). Do not resend an SMS on it without checking
            `GET /sms` first: the SMS may have been sent.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[list[Sms]]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        type_=type_,
        from_=from_,
        to=to,
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
    type_: SmsType,
    from_: datetime.datetime,
    to: datetime.datetime,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> list[Sms]:
    """List SMS

    Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
    account, created between `from` and `to` (both inclusive, UTC).

    Args:
        type_ (SmsType): `IN`: an SMS received by the account; `OUT`: an SMS sent by the account.
        from_ (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.
        to (datetime.datetime): A date and time `YYYY-MM-DD HH:MM:SS` in the UTC timezone.

    Raises:
        errors.BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
            (such as a sender of more than 11 characters, a recipient not in
            E.164 format or an unknown option value), a `from`/`to` date that is
            not a real date and time, or `%STOPNUM%` in the text without a custom
            (alphanumeric) sender.
        errors.AuthenticationError: 401 - Missing or wrong credentials.
        errors.InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
            document none). Do not resend an SMS on it without checking
            `GET /sms` first: the SMS may have been sent.
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        list[Sms]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            from_=from_,
            to=to,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
