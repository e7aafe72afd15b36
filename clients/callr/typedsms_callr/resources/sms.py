# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Send SMS and read the SMS sent or received through the account."""

import builtins
import datetime
from collections.abc import (
    Mapping,  # noqa: F401
)
from typing import Literal

from .. import _codecs as _c
from .._base_client import Operation, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.error_response import ErrorResponse
from ..models.force_encoding import ForceEncoding
from ..models.send_sms_request import SendSmsRequest
from ..models.sms import Sms
from ..models.sms_nature import SmsNature
from ..models.sms_options import SmsOptions
from ..models.sms_type import SmsType
from ..params import SmsOptionsParam

_LIST_SMS: Operation[builtins.list[Sms]] = Operation(
    id="listSms",
    method="get",
    path="/sms",
    idempotent=True,
    result=_c.field_of("data", _c.list_of(Sms.reader())),
    params=(
        Param("type", "type", "query", _c.write_str, required=True),
        Param("from_", "from", "query", _c.write_datetime, required=True),
        Param("to", "to", "query", _c.write_datetime, required=True),
    ),
    errors={
        "400": ErrorResponse.reader(),
        "401": ErrorResponse.reader(),
        "500": ErrorResponse.reader(),
    },
)
_SEND_SMS: Operation[str] = Operation(
    id="sendSms",
    method="post",
    path="/sms",
    idempotent=False,
    result=_c.field_of("data", _c.read_str),
    body_fields=SendSmsRequest._FIELDS,
    errors={
        "400": ErrorResponse.reader(),
        "401": ErrorResponse.reader(),
        "500": ErrorResponse.reader(),
    },
)
_SEND_SMS_WITH_QUERY: Operation[str] = Operation(
    id="sendSmsWithQuery",
    method="get",
    path="/sms/send",
    idempotent=False,
    result=_c.field_of("data", _c.read_str),
    params=(
        Param("from_", "from", "query", _c.write_str, required=True),
        Param("to", "to", "query", _c.write_str, required=True),
        Param("body", "body", "query", _c.write_str, required=True),
        Param("options_force_encoding", "options.force_encoding", "query", _c.write_str),
        Param("options_nature", "options.nature", "query", _c.write_str),
        Param("options_user_data", "options.user_data", "query", _c.write_str),
        Param("options_webhook_endpoint", "options.webhook.endpoint", "query", _c.write_str),
        Param("options_flash_message", "options.flash_message", "query", _c.write_bool),
    ),
    errors={
        "400": ErrorResponse.reader(),
        "401": ErrorResponse.reader(),
        "500": ErrorResponse.reader(),
    },
)
_GET_SMS: Operation[Sms] = Operation(
    id="getSms",
    method="get",
    path="/sms/{hash}",
    idempotent=True,
    result=_c.field_of("data", Sms.reader()),
    params=(Param("hash", "hash", "path", _c.write_str, required=True),),
    errors={
        "400": ErrorResponse.reader(),
        "401": ErrorResponse.reader(),
        "404": ErrorResponse.reader(),
        "500": ErrorResponse.reader(),
    },
)


class SmsResource(SyncAPIResource):
    """Send SMS and read the SMS sent or received through the account."""

    @property
    def with_raw_response(self) -> "SmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return SmsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: Literal["IN", "OUT"] | SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        timeout: Timeout = None,
    ) -> builtins.list[Sms]:
        """List SMS

        Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
        account, created between `from` and `to` (both inclusive, UTC).

        Args:
            type: Type of SMS to retrieve.
            from_: Retrieve from date (inclusive): datetime `YYYY-MM-DD HH:MM:SS` in
                the UTC timezone. A value that is not a real date and time (such
                as month 13) is refused with 400.
            to: Retrieve to date (inclusive): datetime `YYYY-MM-DD HH:MM:SS` in
                the UTC timezone. A value that is not a real date and time (such
                as month 13) is refused with 400.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _LIST_SMS,
            {
                "type": type,
                "from_": from_,
                "to": to,
            },
            timeout=timeout,
        )

    def send(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options: SmsOptionsParam | SmsOptions | None = None,
        timeout: Timeout = None,
    ) -> str:
        """Send an SMS

        Create and send an SMS resource. Answers with the new SMS's hash;
        read the SMS (status, number of parts) with `GET /sms/{hash}`.

        Args:
            from_: The SMS sender (format `sms_sender`). Empty: a shared shortcode is
                selected depending on the destination carrier. Otherwise a dedicated
                shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
                space, dash and underscore with at least one letter; at most 11
                characters. Custom sender IDs may have to be authorized by CALLR's
                support; "SMS" is always authorized.
            to: A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
            body: Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
                detected, or forced with the option `force_encoding`. A text longer
                than one SMS (160 GSM or 70 UNICODE characters) is split into parts
                of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
                a custom sender, the special string `%STOPNUM%` is replaced by the
                STOP number (with an empty sender or a shortcode the sources do not
                say).
            options: SMS options; omit or null for the default values.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return self._client._call(
            _SEND_SMS,
            {
                "from_": from_,
                "to": to,
                "body": body,
                "options": options,
            },
            timeout=timeout,
        )

    def send_with_query(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: Literal["GSM", "UNICODE"] | ForceEncoding | None = None,
        options_nature: Literal["ALERTING", "MARKETING"] | SmsNature | None = None,
        options_user_data: str | None = None,
        options_webhook_endpoint: str | None = None,
        options_flash_message: bool | None = None,
        timeout: Timeout = None,
    ) -> str:
        """Send an SMS with query string parameters

        Create and send an SMS resource with query string parameters: the
        same fields as `POST /sms`, options written `options.key=value`.
        Answers with the new SMS's hash.

        Args:
            from_: The SMS sender. If empty, a shared shortcode is automatically
                selected depending on the destination carrier. Otherwise, it must
                be either a dedicated shortcode, or alphanumeric (a-zA-Z0-9,
                space, dash, underscore, with at least one letter), at most 11
                characters. Depending on your account configuration, you may have
                to ask CALLR's support to authorize custom Sender IDs; "SMS" is
                always authorized. Send `from=` for an empty sender
                (`allowEmptyValue`).
            to: The SMS recipient, in international E.164 format `+CCNSN`.
            body: Text message. The encoding (GSM 03.38 or UNICODE) is detected, or
                forced with `options.force_encoding`; the message may be split
                into parts of 153 (GSM) or 67 (UNICODE) characters. With a custom
                sender, `%STOPNUM%` is replaced by the STOP number.
            options_force_encoding: SMS option `force_encoding`; see `SmsOptions`.
            options_nature: SMS option `nature`; see `SmsOptions`.
            options_user_data: SMS option `user_data`, custom data stored with the SMS; see `SmsOptions`.
            options_webhook_endpoint: SMS option `webhook.endpoint`, the http(s) URL notified of the
                SMS's events: an absolute http(s) URL of URI characters
                (RFC 3986); see `SmsWebhook`.
            options_flash_message: SMS option `flash_message`; see `SmsOptions`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return self._client._call(
            _SEND_SMS_WITH_QUERY,
            {
                "from_": from_,
                "to": to,
                "body": body,
                "options_force_encoding": options_force_encoding,
                "options_nature": options_nature,
                "options_user_data": options_user_data,
                "options_webhook_endpoint": options_webhook_endpoint,
                "options_flash_message": options_flash_message,
            },
            timeout=timeout,
        )

    def get(
        self,
        hash: str,
        *,
        timeout: Timeout = None,
    ) -> Sms:
        """Get an SMS

        Retrieve a specific SMS resource based on its hash.

        Args:
            hash: Hash of the requested SMS, as returned when it was sent.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No SMS with this hash exists for the account.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _GET_SMS,
            {
                "hash": hash,
            },
            timeout=timeout,
        )


class AsyncSmsResource(AsyncAPIResource):
    """Send SMS and read the SMS sent or received through the account."""

    @property
    def with_raw_response(self) -> "AsyncSmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncSmsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        type: Literal["IN", "OUT"] | SmsType,
        from_: datetime.datetime,
        to: datetime.datetime,
        timeout: Timeout = None,
    ) -> builtins.list[Sms]:
        """List SMS

        Retrieve the list of SMS sent (`OUT`) or received (`IN`) through your
        account, created between `from` and `to` (both inclusive, UTC).

        Args:
            type: Type of SMS to retrieve.
            from_: Retrieve from date (inclusive): datetime `YYYY-MM-DD HH:MM:SS` in
                the UTC timezone. A value that is not a real date and time (such
                as month 13) is refused with 400.
            to: Retrieve to date (inclusive): datetime `YYYY-MM-DD HH:MM:SS` in
                the UTC timezone. A value that is not a real date and time (such
                as month 13) is refused with 400.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _LIST_SMS,
            {
                "type": type,
                "from_": from_,
                "to": to,
            },
            timeout=timeout,
        )

    async def send(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options: SmsOptionsParam | SmsOptions | None = None,
        timeout: Timeout = None,
    ) -> str:
        """Send an SMS

        Create and send an SMS resource. Answers with the new SMS's hash;
        read the SMS (status, number of parts) with `GET /sms/{hash}`.

        Args:
            from_: The SMS sender (format `sms_sender`). Empty: a shared shortcode is
                selected depending on the destination carrier. Otherwise a dedicated
                shortcode (digits only), or an alphanumeric sender of a-z, A-Z, 0-9,
                space, dash and underscore with at least one letter; at most 11
                characters. Custom sender IDs may have to be authorized by CALLR's
                support; "SMS" is always authorized.
            to: A phone number in international E.164 format `+CCNSN`, such as `+16467890800`.
            body: Text message, a UTF-8 string. The encoding (GSM 03.38 or UNICODE) is
                detected, or forced with the option `force_encoding`. A text longer
                than one SMS (160 GSM or 70 UNICODE characters) is split into parts
                of 153 (GSM) or 67 (UNICODE) characters, each billed as an SMS. With
                a custom sender, the special string `%STOPNUM%` is replaced by the
                STOP number (with an empty sender or a shortcode the sources do not
                say).
            options: SMS options; omit or null for the default values.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return await self._client._call(
            _SEND_SMS,
            {
                "from_": from_,
                "to": to,
                "body": body,
                "options": options,
            },
            timeout=timeout,
        )

    async def send_with_query(
        self,
        *,
        from_: str,
        to: str,
        body: str,
        options_force_encoding: Literal["GSM", "UNICODE"] | ForceEncoding | None = None,
        options_nature: Literal["ALERTING", "MARKETING"] | SmsNature | None = None,
        options_user_data: str | None = None,
        options_webhook_endpoint: str | None = None,
        options_flash_message: bool | None = None,
        timeout: Timeout = None,
    ) -> str:
        """Send an SMS with query string parameters

        Create and send an SMS resource with query string parameters: the
        same fields as `POST /sms`, options written `options.key=value`.
        Answers with the new SMS's hash.

        Args:
            from_: The SMS sender. If empty, a shared shortcode is automatically
                selected depending on the destination carrier. Otherwise, it must
                be either a dedicated shortcode, or alphanumeric (a-zA-Z0-9,
                space, dash, underscore, with at least one letter), at most 11
                characters. Depending on your account configuration, you may have
                to ask CALLR's support to authorize custom Sender IDs; "SMS" is
                always authorized. Send `from=` for an empty sender
                (`allowEmptyValue`).
            to: The SMS recipient, in international E.164 format `+CCNSN`.
            body: Text message. The encoding (GSM 03.38 or UNICODE) is detected, or
                forced with `options.force_encoding`; the message may be split
                into parts of 153 (GSM) or 67 (UNICODE) characters. With a custom
                sender, `%STOPNUM%` is replaced by the STOP number.
            options_force_encoding: SMS option `force_encoding`; see `SmsOptions`.
            options_nature: SMS option `nature`; see `SmsOptions`.
            options_user_data: SMS option `user_data`, custom data stored with the SMS; see `SmsOptions`.
            options_webhook_endpoint: SMS option `webhook.endpoint`, the http(s) URL notified of the
                SMS's events: an absolute http(s) URL of URI characters
                (RFC 3986); see `SmsWebhook`.
            options_flash_message: SMS option `flash_message`; see `SmsOptions`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return await self._client._call(
            _SEND_SMS_WITH_QUERY,
            {
                "from_": from_,
                "to": to,
                "body": body,
                "options_force_encoding": options_force_encoding,
                "options_nature": options_nature,
                "options_user_data": options_user_data,
                "options_webhook_endpoint": options_webhook_endpoint,
                "options_flash_message": options_flash_message,
            },
            timeout=timeout,
        )

    async def get(
        self,
        hash: str,
        *,
        timeout: Timeout = None,
    ) -> Sms:
        """Get an SMS

        Retrieve a specific SMS resource based on its hash.

        Args:
            hash: Hash of the requested SMS, as returned when it was sent.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a missing or malformed parameter or body
                (such as a sender of more than 11 characters, a recipient not in
                E.164 format or an unknown option value), or a `from`/`to` date that
                is not a real date and time.
            AuthenticationError: 401 - Missing or wrong credentials.
            NotFoundError: 404 - No SMS with this hash exists for the account.
            InternalServerError: 500 - An error on CALLR's side (status chosen by this spec; the sources
                document none). Do not resend an SMS on it without checking
                `GET /sms` first: the SMS may have been sent.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _GET_SMS,
            {
                "hash": hash,
            },
            timeout=timeout,
        )


class SmsResourceWithRawResponse:
    """``sms`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SmsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.send = to_raw_response_wrapper(resource.send)
        self.send_with_query = to_raw_response_wrapper(resource.send_with_query)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncSmsResourceWithRawResponse:
    """``sms`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncSmsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.send = async_to_raw_response_wrapper(resource.send)
        self.send_with_query = async_to_raw_response_wrapper(resource.send_with_query)
        self.get = async_to_raw_response_wrapper(resource.get)


__all__ = ["AsyncSmsResource", "SmsResource"]
