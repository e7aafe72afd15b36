# Generated from specs/callr.yaml (sha256 958ccd6d149211c0cbd33eeda71169d9c567b948fdf82770ea93614b0edc8350)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
from typing import Any

import httpx

from ... import _runtime, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.force_encoding import ForceEncoding
from ...models.sms_hash_response import SmsHashResponse
from ...models.sms_nature import SmsNature
from ...types import UNSET, Response, Unset

_OPERATION = _runtime.Operation(
    method="get",
    path="/sms/send",
    idempotent=False,
    failover_servers=(),
    failover_statuses=frozenset(()),
    failover_on_5xx=False,
)


def _get_kwargs(
    *,
    from_: str,
    to: str,
    body: str,
    options_force_encoding: ForceEncoding | Unset = UNSET,
    options_nature: SmsNature | Unset = UNSET,
    options_user_data: str | Unset = UNSET,
    options_webhook_endpoint: str | Unset = UNSET,
    options_flash_message: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["body"] = body

    json_options_force_encoding: str | Unset = UNSET
    if not isinstance(options_force_encoding, Unset):
        json_options_force_encoding = options_force_encoding.value

    params["options.force_encoding"] = json_options_force_encoding

    json_options_nature: str | Unset = UNSET
    if not isinstance(options_nature, Unset):
        json_options_nature = options_nature.value

    params["options.nature"] = json_options_nature

    params["options.user_data"] = options_user_data

    params["options.webhook.endpoint"] = options_webhook_endpoint

    params["options.flash_message"] = options_flash_message

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/send",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """The documented result of ``response``, or the typed exception for it."""
    if response.status_code == 200:
        try:
            response_200 = SmsHashResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    body: str,
    options_force_encoding: ForceEncoding | Unset = UNSET,
    options_nature: SmsNature | Unset = UNSET,
    options_user_data: str | Unset = UNSET,
    options_webhook_endpoint: str | Unset = UNSET,
    options_flash_message: bool | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[str]:
    """Send an SMS with query string parameters

    Create and send an SMS resource with query string parameters: the
    same fields as `POST /sms`, options written `options.key=value`.
    Answers with the new SMS's hash.

    Args:
        from_ (str): The SMS sender (format `sms_sender`). Empty: a shared shortcode is
            selected depending on the destination carrier. Otherwise a dedicated
            shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
            space, dash and underscore with at least one letter; at most 11
            characters. Custom sender IDs may have to be authorized by CALLR's
            support; "SMS" is always authorized.
        to (str): A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
        body (str): Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
            detected, or forced with the option `force_encoding`. A text longer
            than one SMS (160 GSM or 70 UNICODE characters) is split into parts
            of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
            a custom sender, the special string `%STOPNUM%` is replaced by the
            STOP number; it is refused (400) with an empty sender or a shortcode.
        options_force_encoding (ForceEncoding | Unset): Forces the encoding of the text instead of
            detecting it.
        options_nature (SmsNature | Unset): The nature of the SMS.
        options_user_data (str | Unset):
        options_webhook_endpoint (str | Unset):
        options_flash_message (bool | Unset):

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
        Response[str]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        body=body,
        options_force_encoding=options_force_encoding,
        options_nature=options_nature,
        options_user_data=options_user_data,
        options_webhook_endpoint=options_webhook_endpoint,
        options_flash_message=options_flash_message,
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
    from_: str,
    to: str,
    body: str,
    options_force_encoding: ForceEncoding | Unset = UNSET,
    options_nature: SmsNature | Unset = UNSET,
    options_user_data: str | Unset = UNSET,
    options_webhook_endpoint: str | Unset = UNSET,
    options_flash_message: bool | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> str:
    """Send an SMS with query string parameters

    Create and send an SMS resource with query string parameters: the
    same fields as `POST /sms`, options written `options.key=value`.
    Answers with the new SMS's hash.

    Args:
        from_ (str): The SMS sender (format `sms_sender`). Empty: a shared shortcode is
            selected depending on the destination carrier. Otherwise a dedicated
            shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
            space, dash and underscore with at least one letter; at most 11
            characters. Custom sender IDs may have to be authorized by CALLR's
            support; "SMS" is always authorized.
        to (str): A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
        body (str): Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
            detected, or forced with the option `force_encoding`. A text longer
            than one SMS (160 GSM or 70 UNICODE characters) is split into parts
            of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
            a custom sender, the special string `%STOPNUM%` is replaced by the
            STOP number; it is refused (400) with an empty sender or a shortcode.
        options_force_encoding (ForceEncoding | Unset): Forces the encoding of the text instead of
            detecting it.
        options_nature (SmsNature | Unset): The nature of the SMS.
        options_user_data (str | Unset):
        options_webhook_endpoint (str | Unset):
        options_flash_message (bool | Unset):

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
        str
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        body=body,
        options_force_encoding=options_force_encoding,
        options_nature=options_nature,
        options_user_data=options_user_data,
        options_webhook_endpoint=options_webhook_endpoint,
        options_flash_message=options_flash_message,
        retry=retry,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    body: str,
    options_force_encoding: ForceEncoding | Unset = UNSET,
    options_nature: SmsNature | Unset = UNSET,
    options_user_data: str | Unset = UNSET,
    options_webhook_endpoint: str | Unset = UNSET,
    options_flash_message: bool | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[str]:
    """Send an SMS with query string parameters

    Create and send an SMS resource with query string parameters: the
    same fields as `POST /sms`, options written `options.key=value`.
    Answers with the new SMS's hash.

    Args:
        from_ (str): The SMS sender (format `sms_sender`). Empty: a shared shortcode is
            selected depending on the destination carrier. Otherwise a dedicated
            shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
            space, dash and underscore with at least one letter; at most 11
            characters. Custom sender IDs may have to be authorized by CALLR's
            support; "SMS" is always authorized.
        to (str): A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
        body (str): Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
            detected, or forced with the option `force_encoding`. A text longer
            than one SMS (160 GSM or 70 UNICODE characters) is split into parts
            of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
            a custom sender, the special string `%STOPNUM%` is replaced by the
            STOP number; it is refused (400) with an empty sender or a shortcode.
        options_force_encoding (ForceEncoding | Unset): Forces the encoding of the text instead of
            detecting it.
        options_nature (SmsNature | Unset): The nature of the SMS.
        options_user_data (str | Unset):
        options_webhook_endpoint (str | Unset):
        options_flash_message (bool | Unset):

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
        Response[str]: the status, headers, raw content and parsed result.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        body=body,
        options_force_encoding=options_force_encoding,
        options_nature=options_nature,
        options_user_data=options_user_data,
        options_webhook_endpoint=options_webhook_endpoint,
        options_flash_message=options_flash_message,
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
    from_: str,
    to: str,
    body: str,
    options_force_encoding: ForceEncoding | Unset = UNSET,
    options_nature: SmsNature | Unset = UNSET,
    options_user_data: str | Unset = UNSET,
    options_webhook_endpoint: str | Unset = UNSET,
    options_flash_message: bool | Unset = UNSET,
    retry: _runtime.RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> str:
    """Send an SMS with query string parameters

    Create and send an SMS resource with query string parameters: the
    same fields as `POST /sms`, options written `options.key=value`.
    Answers with the new SMS's hash.

    Args:
        from_ (str): The SMS sender (format `sms_sender`). Empty: a shared shortcode is
            selected depending on the destination carrier. Otherwise a dedicated
            shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
            space, dash and underscore with at least one letter; at most 11
            characters. Custom sender IDs may have to be authorized by CALLR's
            support; "SMS" is always authorized.
        to (str): A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
        body (str): Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
            detected, or forced with the option `force_encoding`. A text longer
            than one SMS (160 GSM or 70 UNICODE characters) is split into parts
            of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
            a custom sender, the special string `%STOPNUM%` is replaced by the
            STOP number; it is refused (400) with an empty sender or a shortcode.
        options_force_encoding (ForceEncoding | Unset): Forces the encoding of the text instead of
            detecting it.
        options_nature (SmsNature | Unset): The nature of the SMS.
        options_user_data (str | Unset):
        options_webhook_endpoint (str | Unset):
        options_flash_message (bool | Unset):

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
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            body=body,
            options_force_encoding=options_force_encoding,
            options_nature=options_nature,
            options_user_data=options_user_data,
            options_webhook_endpoint=options_webhook_endpoint,
            options_flash_message=options_flash_message,
            retry=retry,
            timeout=timeout,
        )
    ).parsed
