# Generated from specs/sms-scheduler.yaml (sha256 ef25fac5eda99544d0cd887c8baf5bae27e57fe4526423dc650f7370b4baf6d8)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Create SMS, read the sending report of one SMS and delete it."""

import datetime
from collections.abc import (
    Mapping,  # noqa: F401
    Sequence,
)

from .. import _codecs as _c
from .._base_client import Operation, Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import Timeout
from ..models.sms_created import SmsCreated
from ..models.sms_deleted import SmsDeleted
from ..models.sms_report import SmsReport
from ..models.sms_request import SmsRequest
from ..models.validation_errors import ValidationErrors

_CREATE_SMS: Operation[SmsCreated] = Operation(
    id="createSms",
    method="post",
    path="/sms",
    idempotent=False,
    result=SmsCreated.reader(),
    body_fields=SmsRequest._FIELDS,
    errors={
        "400": ValidationErrors.reader(),
        "401": _c.read_any,
    },
)
_GET_SMS: Operation[SmsReport] = Operation(
    id="getSms",
    method="get",
    path="/sms/{id}",
    idempotent=True,
    result=SmsReport.reader(),
    params=(Param("id", "id", "path", _c.write_int, required=True),),
    errors={
        "401": _c.read_any,
        "404": _c.read_any,
    },
)
_DELETE_SMS: Operation[SmsDeleted] = Operation(
    id="deleteSms",
    method="delete",
    path="/sms/{id}",
    idempotent=True,
    result=SmsDeleted.reader(),
    params=(Param("id", "id", "path", _c.write_int, required=True),),
    errors={
        "401": _c.read_any,
        "404": _c.read_any,
    },
)


class SmsResource(SyncAPIResource):
    """Create SMS, read the sending report of one SMS and delete it."""

    @property
    def with_raw_response(self) -> "SmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return SmsResourceWithRawResponse(self)

    def create(
        self,
        *,
        message_text: str,
        delivery_date: datetime.datetime,
        sender_id: int,
        phone_numbers: str | Sequence[str],
        message_stop: bool | None = None,
        timeout: Timeout = None,
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
            message_text: The content of the message.
            delivery_date: The date the message will be send to, `YYYY-MM-DD HH:MM:SS`. If
                the date is equal or inferior to the current date, the SMS will be
                sent right away. The time zone is not documented. The pattern does
                not check that the day exists in its month (e.g. `2021-02-30`).
            sender_id: The sender ID available on "Senders" page in SMS Scheduler when you are logged in.
            phone_numbers: The phone numbers you want to send the message to with the country
                prefix and without spaces or hyphens (ex : +33123456789). It can be
                a String for a single number or an Array for multiple numbers. Each
                occurrence of a number gets its own SMS.
            message_stop: If set to true, STOP mention will be added to the end of the message (default to false).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a required field is missing, a field has
                the wrong type or form, a phone number is invalid, or the body is
                not JSON. `errors` lists the error messages of each field, e.g.
                `The field "message_stop" must be a value of type "boolean"`,
                `The field "phone_numbers" must be a list of type "string"` or
                `The following phone number is invalid: +123456789`.
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return self._client._call(
            _CREATE_SMS,
            {
                "message_text": message_text,
                "delivery_date": delivery_date,
                "sender_id": sender_id,
                "phone_numbers": phone_numbers,
                "message_stop": message_stop,
            },
            timeout=timeout,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> SmsReport:
        """Get sending report of a particular SMS

        Gets the recipient's phone number and the sending status of one SMS
        (see `SmsStatus`).

        Args:
            id: The id of the SMS, as listed in `sms_ids` by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
                documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _GET_SMS,
            {
                "id": id,
            },
            timeout=timeout,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> SmsDeleted:
        """Delete a SMS by its ID

        Deletes one SMS. A scheduled SMS is then not sent. The documentation
        does not say whether a sent SMS can be deleted; this spec assumes it
        can (its record is removed, the SMS is not recalled). Afterwards the
        SMS's id is answered 404.

        Args:
            id: The id of the SMS, as listed in `sms_ids` by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
                documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return self._client._call(
            _DELETE_SMS,
            {
                "id": id,
            },
            timeout=timeout,
        )


class AsyncSmsResource(AsyncAPIResource):
    """Create SMS, read the sending report of one SMS and delete it."""

    @property
    def with_raw_response(self) -> "AsyncSmsResourceWithRawResponse":
        """The same methods, returning the raw answer (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncSmsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        message_text: str,
        delivery_date: datetime.datetime,
        sender_id: int,
        phone_numbers: str | Sequence[str],
        message_stop: bool | None = None,
        timeout: Timeout = None,
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
            message_text: The content of the message.
            delivery_date: The date the message will be send to, `YYYY-MM-DD HH:MM:SS`. If
                the date is equal or inferior to the current date, the SMS will be
                sent right away. The time zone is not documented. The pattern does
                not check that the day exists in its month (e.g. `2021-02-30`).
            sender_id: The sender ID available on "Senders" page in SMS Scheduler when you are logged in.
            phone_numbers: The phone numbers you want to send the message to with the country
                prefix and without spaces or hyphens (ex : +33123456789). It can be
                a String for a single number or an Array for multiple numbers. Each
                occurrence of a number gets its own SMS.
            message_stop: If set to true, STOP mention will be added to the end of the message (default to false).
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            BadRequestError: 400 - The request is invalid: a required field is missing, a field has
                the wrong type or form, a phone number is invalid, or the body is
                not JSON. `errors` lists the error messages of each field, e.g.
                `The field "message_stop" must be a value of type "boolean"`,
                `The field "phone_numbers" must be a list of type "string"` or
                `The following phone number is invalid: +123456789`.
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried only when the request surely never reached the server).
        """
        return await self._client._call(
            _CREATE_SMS,
            {
                "message_text": message_text,
                "delivery_date": delivery_date,
                "sender_id": sender_id,
                "phone_numbers": phone_numbers,
                "message_stop": message_stop,
            },
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> SmsReport:
        """Get sending report of a particular SMS

        Gets the recipient's phone number and the sending status of one SMS
        (see `SmsStatus`).

        Args:
            id: The id of the SMS, as listed in `sms_ids` by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
                documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _GET_SMS,
            {
                "id": id,
            },
            timeout=timeout,
        )

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout = None,
    ) -> SmsDeleted:
        """Delete a SMS by its ID

        Deletes one SMS. A scheduled SMS is then not sent. The documentation
        does not say whether a sent SMS can be deleted; this spec assumes it
        can (its record is removed, the SMS is not recalled). Afterwards the
        SMS's id is answered 404.

        Args:
            id: The id of the SMS, as listed in `sms_ids` by `POST /sms`.
            timeout: Seconds for this call's requests (default: the client's).

        Raises:
            AuthenticationError: 401 - The bearer token is missing or wrong. The documentation gives this
                answer no body.
            NotFoundError: 404 - No SMS with this id exists for the account (or it was deleted). The
                documentation gives this answer no body.
            APIStatusError: Any other error status.
            MalformedResponseError: A success whose answer could not be read (the request was accepted).
            APIConnectionError: No answer came back (retried first).
        """
        return await self._client._call(
            _DELETE_SMS,
            {
                "id": id,
            },
            timeout=timeout,
        )


class SmsResourceWithRawResponse:
    """``sms`` methods that return an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SmsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncSmsResourceWithRawResponse:
    """``sms`` methods of the async client that return an ``APIResponse``."""

    def __init__(self, resource: AsyncSmsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)


__all__ = ["AsyncSmsResource", "SmsResource"]
