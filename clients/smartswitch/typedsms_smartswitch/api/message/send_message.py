# Generated from specs/smartswitch.yaml (sha256 dd281d527121e9da9750851b8334bbb145ca76fc731a56bde430f67c0eef6d22)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any

import httpx

from ... import _runtime, _wire, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...models.yes_no import YesNo
from ...types import UNSET, Response, Unset

_OPERATION = _runtime.Operation(
    method="post",
    path="/message",
    idempotent=False,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    destination_number: list[str],
    body: list[str] | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_number: str | Unset = UNSET,
    require_dlr: list[YesNo] | Unset = UNSET,
    stealth_ping: YesNo | Unset = UNSET,
    request_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_destination_number = destination_number

    params["destination_number"] = json_destination_number

    json_body: list[str] | Unset = UNSET
    if not isinstance(body, Unset):
        json_body = body

    params["body"] = json_body

    params["source_name"] = source_name

    params["source_number"] = source_number

    json_require_dlr: list[int] | Unset = UNSET
    if not isinstance(require_dlr, Unset):
        json_require_dlr = []
        for require_dlr_item_data in require_dlr:
            require_dlr_item = require_dlr_item_data.value
            json_require_dlr.append(require_dlr_item)

    params["require_dlr"] = json_require_dlr

    json_stealth_ping: int | Unset = UNSET
    if not isinstance(stealth_ping, Unset):
        json_stealth_ping = stealth_ping.value

    params["stealth_ping"] = json_stealth_ping

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/message",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessageResponse:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            _wire.reject_keys(response.json(), ["errors"])
            response_200 = MessageResponse.from_dict(response.json())

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.MalformedResponseError(response, exc) from exc
        return response_200
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
    raise errors.status_error(response, documented=False)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MessageResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    destination_number: list[str],
    body: list[str] | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_number: str | Unset = UNSET,
    require_dlr: list[YesNo] | Unset = UNSET,
    stealth_ping: YesNo | Unset = UNSET,
    request_id: str | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[MessageResponse]:
    """Send a message to one or several recipients

    Sends a message with a text `body` from `source_name` /
    `source_number` to the recipient `destination_number`. Every argument
    is a query parameter; the request has no body.

    Several messages can be sent in one request by repeating
    `destination_number`, `body` and `require_dlr` in order: the i-th
    `body` and `require_dlr` belong to the i-th `destination_number`.
    `body` and `require_dlr` must each be given not at all or once per
    `destination_number`; other counts are answered 400.

    Answers 200 with `data`: one message object when the request holds
    one number, an array of message objects (in the order of the
    numbers) when it holds several. Each message has the id assigned by
    the server, the number of segments the text was split into and its
    status (`ok`: sent and charged; `error`: not sent, not charged), and
    in `meta` the `request_id` when the client passed one.
    Wrong credentials are answered 401 and invalid arguments 400, both
    with JSON API `errors`.

    Args:
        destination_number (list[str]):
        body (list[str] | Unset):
        source_name (str | Unset):
        source_number (str | Unset):
        require_dlr (list[YesNo] | Unset):
        stealth_ping (YesNo | Unset): A flag, 0 - no, 1 - yes.
        request_id (str | Unset):

    Raises:
        errors.BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
            or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
            is not 0 or 1, or `body` / `require_dlr` are given a number of times
            other than zero or once per `destination_number`. One error per
            invalid argument. (400 is this spec's choice; the documentation shows
            no status.)
        errors.AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
            choice; the documentation shows the body, not the status.)
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[MessageResponse]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        destination_number=destination_number,
        body=body,
        source_name=source_name,
        source_number=source_number,
        require_dlr=require_dlr,
        stealth_ping=stealth_ping,
        request_id=request_id,
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
    destination_number: list[str],
    body: list[str] | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_number: str | Unset = UNSET,
    require_dlr: list[YesNo] | Unset = UNSET,
    stealth_ping: YesNo | Unset = UNSET,
    request_id: str | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> MessageResponse:
    """Send a message to one or several recipients

    Sends a message with a text `body` from `source_name` /
    `source_number` to the recipient `destination_number`. Every argument
    is a query parameter; the request has no body.

    Several messages can be sent in one request by repeating
    `destination_number`, `body` and `require_dlr` in order: the i-th
    `body` and `require_dlr` belong to the i-th `destination_number`.
    `body` and `require_dlr` must each be given not at all or once per
    `destination_number`; other counts are answered 400.

    Answers 200 with `data`: one message object when the request holds
    one number, an array of message objects (in the order of the
    numbers) when it holds several. Each message has the id assigned by
    the server, the number of segments the text was split into and its
    status (`ok`: sent and charged; `error`: not sent, not charged), and
    in `meta` the `request_id` when the client passed one.
    Wrong credentials are answered 401 and invalid arguments 400, both
    with JSON API `errors`.

    Args:
        destination_number (list[str]):
        body (list[str] | Unset):
        source_name (str | Unset):
        source_number (str | Unset):
        require_dlr (list[YesNo] | Unset):
        stealth_ping (YesNo | Unset): A flag, 0 - no, 1 - yes.
        request_id (str | Unset):

    Raises:
        errors.BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
            or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
            is not 0 or 1, or `body` / `require_dlr` are given a number of times
            other than zero or once per `destination_number`. One error per
            invalid argument. (400 is this spec's choice; the documentation shows
            no status.)
        errors.AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
            choice; the documentation shows the body, not the status.)
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        MessageResponse
    """

    return sync_detailed(
        client=client,
        destination_number=destination_number,
        body=body,
        source_name=source_name,
        source_number=source_number,
        require_dlr=require_dlr,
        stealth_ping=stealth_ping,
        request_id=request_id,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    destination_number: list[str],
    body: list[str] | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_number: str | Unset = UNSET,
    require_dlr: list[YesNo] | Unset = UNSET,
    stealth_ping: YesNo | Unset = UNSET,
    request_id: str | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[MessageResponse]:
    """Send a message to one or several recipients

    Sends a message with a text `body` from `source_name` /
    `source_number` to the recipient `destination_number`. Every argument
    is a query parameter; the request has no body.

    Several messages can be sent in one request by repeating
    `destination_number`, `body` and `require_dlr` in order: the i-th
    `body` and `require_dlr` belong to the i-th `destination_number`.
    `body` and `require_dlr` must each be given not at all or once per
    `destination_number`; other counts are answered 400.

    Answers 200 with `data`: one message object when the request holds
    one number, an array of message objects (in the order of the
    numbers) when it holds several. Each message has the id assigned by
    the server, the number of segments the text was split into and its
    status (`ok`: sent and charged; `error`: not sent, not charged), and
    in `meta` the `request_id` when the client passed one.
    Wrong credentials are answered 401 and invalid arguments 400, both
    with JSON API `errors`.

    Args:
        destination_number (list[str]):
        body (list[str] | Unset):
        source_name (str | Unset):
        source_number (str | Unset):
        require_dlr (list[YesNo] | Unset):
        stealth_ping (YesNo | Unset): A flag, 0 - no, 1 - yes.
        request_id (str | Unset):

    Raises:
        errors.BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
            or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
            is not 0 or 1, or `body` / `require_dlr` are given a number of times
            other than zero or once per `destination_number`. One error per
            invalid argument. (400 is this spec's choice; the documentation shows
            no status.)
        errors.AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
            choice; the documentation shows the body, not the status.)
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        Response[MessageResponse]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        destination_number=destination_number,
        body=body,
        source_name=source_name,
        source_number=source_number,
        require_dlr=require_dlr,
        stealth_ping=stealth_ping,
        request_id=request_id,
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
    destination_number: list[str],
    body: list[str] | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_number: str | Unset = UNSET,
    require_dlr: list[YesNo] | Unset = UNSET,
    stealth_ping: YesNo | Unset = UNSET,
    request_id: str | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> MessageResponse:
    """Send a message to one or several recipients

    Sends a message with a text `body` from `source_name` /
    `source_number` to the recipient `destination_number`. Every argument
    is a query parameter; the request has no body.

    Several messages can be sent in one request by repeating
    `destination_number`, `body` and `require_dlr` in order: the i-th
    `body` and `require_dlr` belong to the i-th `destination_number`.
    `body` and `require_dlr` must each be given not at all or once per
    `destination_number`; other counts are answered 400.

    Answers 200 with `data`: one message object when the request holds
    one number, an array of message objects (in the order of the
    numbers) when it holds several. Each message has the id assigned by
    the server, the number of segments the text was split into and its
    status (`ok`: sent and charged; `error`: not sent, not charged), and
    in `meta` the `request_id` when the client passed one.
    Wrong credentials are answered 401 and invalid arguments 400, both
    with JSON API `errors`.

    Args:
        destination_number (list[str]):
        body (list[str] | Unset):
        source_name (str | Unset):
        source_number (str | Unset):
        require_dlr (list[YesNo] | Unset):
        stealth_ping (YesNo | Unset): A flag, 0 - no, 1 - yes.
        request_id (str | Unset):

    Raises:
        errors.BadRequestError: 400 - The arguments are invalid: `destination_number` is missing, a number
            or `source_name` has the wrong form, `require_dlr` or `stealth_ping`
            is not 0 or 1, or `body` / `require_dlr` are given a number of times
            other than zero or once per `destination_number`. One error per
            invalid argument. (400 is this spec's choice; the documentation shows
            no status.)
        errors.AuthenticationError: 401 - `_login` or `_password` is missing or wrong. (401 is this spec's
            choice; the documentation shows the body, not the status.)
        errors.ApiStatusError: Any other error status (``documented`` tells whether the spec lists it).
        errors.MalformedResponseError: The answer's body does not match the spec.
        errors.ApiConnectionError: No answer came back (``errors.ApiTimeoutError`` on a timeout).

    Returns:
        MessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            destination_number=destination_number,
            body=body,
            source_name=source_name,
            source_number=source_number,
            require_dlr=require_dlr,
            stealth_ping=stealth_ping,
            request_id=request_id,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
