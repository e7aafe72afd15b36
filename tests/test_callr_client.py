"""The generated CALLR client against the CALLR mock: every operation, sync and async, the unwrapped
envelopes, timezone-aware dates, every documented error status as its typed exception, a tolerant
reading of the captured live answer, and the client's safety promises."""

import copy
import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_callr import AuthenticatedClient, Credentials, Server, errors
from typedsms_callr.api.sms import get_sms, list_sms, send_sms, send_sms_with_query
from typedsms_callr.models import (
    CustomerMode,
    ErrorData,
    ErrorResponse,
    ForceEncoding,
    SendSmsRequest,
    Sms,
    SmsNature,
    SmsOptions,
    SmsStatus,
    SmsType,
    SmsWebhook,
    StatusChange,
)
from typedsms_callr.types import Unset

from mocks.registry import create_app

from .servers import serve

CREDENTIALS = Credentials(username="user", password="secret")
BASIC_HEADER_VALUE = "dXNlcjpzZWNyZXQ="  # base64 of "user:secret"
ROOT = Path(__file__).resolve().parent.parent
UNSET_DATE = "0000-00-00 00:00:00"
HASH = re.compile(r"[0-9A-F]{8}")
NOW = dt.datetime(2024, 6, 1, 9, 30, 15, tzinfo=dt.UTC)
# The mock's two inbound SMS (type IN), created at fixed dates.
FIRST_INBOUND = dt.datetime(2024, 3, 19, 2, 41, 23, tzinfo=dt.UTC)
SECOND_INBOUND = dt.datetime(2024, 3, 19, 8, 15, tzinfo=dt.UTC)
# Fixed offsets (no tz database needed), one of them not a whole hour.
NEW_YORK_SUMMER = dt.timezone(dt.timedelta(hours=-4), "EDT")
KOLKATA = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
PARIS_SUMMER = dt.timezone(dt.timedelta(hours=2), "CEST")

# The captured live answer of the vendor notes (unofficial): keys the reference does not list,
# b_customer_debit as a string, options null and "0000-00-00 00:00:00" for a date not set. Two keys
# of no source are added to prove that unknown keys are kept too.
LIVE_SMS: dict[str, Any] = {
    "type": "OUT",
    "hash": "8242D945",
    "from": "SMS",
    "to": "+16469820800",
    "text": "An SMS sent with the CALLR REST API.",
    "options": None,
    "status": "SENT",
    "status_error": None,
    "date_creation": "2024-03-19 02:41:23",
    "date_update": "2024-03-19 02:41:25",
    "date_sent": "2024-03-19 02:41:25",
    "date_received": UNSET_DATE,
    "parts": 1,
    "b_customer_mode": "PREPAID",
    "b_customer_debit": "7.80",
    "encoding": "GSM",
    "user_data": None,
    "network": {"mcc": "310", "mnc": "260"},
    "nature": "ALERTING",
    "status_history": [
        {"old_status": "CREATED", "new_status": "SENT", "updated_at": "2024-03-19 02:41:25", "by": "carrier"},
    ],
    "campaign_id": 4242,
}


class Clock:
    """The mock's clock: fixed, moved forward by the tests, so that every date is known."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def sms_request(
    text: str = "Your access code is ABC1234", sender: str = "SMS", to: str = "+16469820800", **options: Any
) -> SendSmsRequest:
    request = SendSmsRequest(from_=sender, to=to, body=text)
    if options:
        request.options = SmsOptions.from_dict(options)
    return request


def error_data(exc: errors.ApiStatusError) -> ErrorData:
    """The error envelope's ``data`` (code and message) of a typed exception."""
    assert isinstance(exc.body, ErrorResponse) and exc.body.status == "error"
    return exc.body.data


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def callr_app(clock: Clock) -> Starlette:
    return create_app("callr", clock=clock)


@pytest.fixture
def callr_url(callr_app: Starlette) -> Iterator[str]:
    with serve(callr_app) as url:
        yield url


@pytest.fixture
def client(callr_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(credentials=CREDENTIALS, base_url=callr_url) as client:
        yield client


@pytest.fixture
def sent_requests(callr_url: str) -> tuple[AuthenticatedClient, list[httpx.Request]]:
    """A client that records every request it sends (an httpx event hook)."""
    seen: list[httpx.Request] = []
    hooked = AuthenticatedClient(
        credentials=CREDENTIALS, base_url=callr_url, httpx_args={"event_hooks": {"request": [seen.append]}}
    )
    return hooked, seen


@pytest_asyncio.fixture
async def async_client(callr_app: Starlette) -> AsyncIterator[AuthenticatedClient]:
    transport = httpx.ASGITransport(app=callr_app)
    client = AuthenticatedClient(credentials=CREDENTIALS, base_url="http://mock", httpx_args={"transport": transport})
    async with client:
        yield client


# -- every operation, sync over loopback, returning the unwrapped `data` -----------------------------


def test_send_then_get_returns_the_hash_and_the_sms(client: AuthenticatedClient) -> None:
    sms_hash = send_sms.sync(client=client, body=sms_request())
    assert isinstance(sms_hash, str) and HASH.fullmatch(sms_hash)
    sms = get_sms.sync(sms_hash, client=client)
    assert isinstance(sms, Sms)
    assert (sms.hash_, sms.type_, sms.status) == (sms_hash, SmsType.OUT, SmsStatus.SENT)
    assert (sms.from_, sms.to, sms.text) == ("SMS", "+16469820800", "Your access code is ABC1234")
    assert sms.options is None  # sent without options: null, as the vendor's example
    again = send_sms_with_query.sync(client=client, from_="SMS", to="+33612345678", body="Second")
    assert HASH.fullmatch(again) and again != sms_hash
    listed = list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=NOW)
    assert isinstance(listed, list) and all(isinstance(s, Sms) for s in listed)
    assert [s.hash_ for s in listed] == sorted([sms_hash, again])  # same second: ordered by hash
    assert {s.text for s in listed} == {"Your access code is ABC1234", "Second"}


def test_sent_sms_fields_as_the_mock_stores_them(client: AuthenticatedClient) -> None:
    options = SmsOptions(
        force_encoding=ForceEncoding.GSM,
        nature=SmsNature.MARKETING,
        user_data="campaign-42",
        webhook=SmsWebhook(endpoint="https://example.com/callr/webhook"),
        flash_message=False,
    )
    body = SendSmsRequest(from_="MyShop", to="+33678912345", body="Sales start today! STOP to %STOPNUM%")
    body.options = options
    sms = get_sms.sync(send_sms.sync(client=client, body=body), client=client)
    assert sms.type_ is SmsType.OUT and sms.status is SmsStatus.SENT and sms.status_error is None
    assert (sms.from_, sms.to) == ("MyShop", "+33678912345")
    assert sms.text == "Sales start today! STOP to 36111"
    assert sms.options == options
    assert (sms.user_data, sms.nature, sms.encoding) == ("campaign-42", "MARKETING", "GSM")
    assert sms.date_creation == sms.date_update == sms.date_sent == NOW
    assert sms.date_received == UNSET_DATE  # an outbound SMS is never received: the literal stays
    assert sms.parts == 1
    assert sms.b_customer_mode is CustomerMode.PREPAID
    assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == Decimal("0.065")
    assert isinstance(sms.status_history, list)
    assert [(c.old_status, c.new_status, c.updated_at) for c in sms.status_history] == [
        ("CREATED", "PENDING", NOW),
        ("PENDING", "SENT", NOW),
    ]
    assert isinstance(sms.network, Unset) and sms.additional_properties == {}


def test_detailed_response_has_status_headers_and_content(client: AuthenticatedClient) -> None:
    response = send_sms.sync_detailed(client=client, body=sms_request())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content) == {"status": "success", "data": response.parsed}
    detailed = get_sms.sync_detailed(response.parsed, client=client)
    assert json.loads(detailed.content)["data"]["hash"] == detailed.parsed.hash_ == response.parsed


# -- timezone-aware datetimes in, timezone-aware UTC datetimes out -----------------------------------


def test_list_dates_in_another_zone_go_to_utc_on_the_wire(
    sent_requests: tuple[AuthenticatedClient, list[httpx.Request]],
) -> None:
    hooked, seen = sent_requests
    start = FIRST_INBOUND.astimezone(NEW_YORK_SUMMER)  # 2024-03-18 22:41:23-04:00
    end = SECOND_INBOUND.astimezone(KOLKATA)  # 2024-03-19 13:45:00+05:30
    assert (start.day, end.hour) == (18, 13)
    with hooked:
        inbound = list_sms.sync(client=hooked, type_=SmsType.IN, from_=start, to=end)
    (request,) = seen
    assert request.url.path == "/sms"
    assert dict(request.url.params) == {"type": "IN", "from": "2024-03-19 02:41:23", "to": "2024-03-19 08:15:00"}
    # Both bounds are inclusive: the exact instants select both inbound SMS.
    assert [s.date_creation for s in inbound] == [FIRST_INBOUND, SECOND_INBOUND]
    assert [(s.from_, s.text) for s in inbound] == [
        ("+33612345678", "STOP"),
        ("+16467890800", "Hello, can I book a table for two?"),
    ]


def test_dates_read_back_are_aware_utc(client: AuthenticatedClient) -> None:
    window_start = dt.datetime(2024, 3, 19, 0, 0, tzinfo=PARIS_SUMMER)
    inbound = list_sms.sync(client=client, type_=SmsType.IN, from_=window_start, to=NOW.astimezone(KOLKATA))
    assert len(inbound) == 2
    for sms in inbound:
        for moment in (sms.date_creation, sms.date_update, sms.date_received):
            assert isinstance(moment, dt.datetime)
            assert moment.tzinfo is not None and moment.utcoffset() == dt.timedelta(0)
        assert sms.date_sent == UNSET_DATE  # an inbound SMS is not sent by the account
        assert sms.type_ is SmsType.IN and sms.status is SmsStatus.RECEIVED
        assert sms.to == "+33644600000" and sms.options is None and sms.parts == 1
        assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == 0
    assert inbound[0].date_received == FIRST_INBOUND and inbound[1].date_received == SECOND_INBOUND
    sent = get_sms.sync(send_sms.sync(client=client, body=sms_request()), client=client)
    assert sent.date_creation == NOW and sent.date_creation.tzinfo is not None
    assert sent.date_creation.astimezone(KOLKATA).hour == 15  # 09:30 UTC is 15:00 in Kolkata


def test_naive_datetimes_are_refused_before_sending(
    sent_requests: tuple[AuthenticatedClient, list[httpx.Request]],
) -> None:
    hooked, seen = sent_requests
    naive = dt.datetime(2024, 3, 19, 2, 41, 23)
    with hooked:
        with pytest.raises(ValueError, match="timezone-aware"):
            list_sms.sync(client=hooked, type_=SmsType.IN, from_=naive, to=SECOND_INBOUND)
        with pytest.raises(ValueError, match="timezone-aware"):
            list_sms.sync(client=hooked, type_=SmsType.IN, from_=FIRST_INBOUND, to=naive)
    assert seen == []  # nothing went out with a guessed zone


def test_models_write_aware_datetimes_in_utc_and_refuse_naive_ones() -> None:
    sms = Sms.from_dict(LIVE_SMS)
    sms.date_sent = dt.datetime(2024, 3, 19, 4, 41, 25, tzinfo=PARIS_SUMMER)
    assert sms.to_dict()["date_sent"] == "2024-03-19 02:41:25"
    sms.date_sent = dt.datetime(2024, 3, 19, 2, 41, 25)
    with pytest.raises(ValueError, match="timezone-aware"):
        sms.to_dict()


# -- listing by type and date range --------------------------------------------------------------------


def test_list_by_type_and_inclusive_date_range(client: AuthenticatedClient, clock: Clock) -> None:
    first = send_sms.sync(client=client, body=sms_request(text="first"))
    second_at = clock.advance(hours=1)
    second = send_sms.sync(client=client, body=sms_request(text="second"))
    third_at = clock.advance(hours=1)
    third = send_sms_with_query.sync(client=client, from_="SMS", to="+33612345678", body="third")

    start_of_year = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    outbound = list_sms.sync(client=client, type_=SmsType.OUT, from_=start_of_year, to=third_at)
    assert [s.hash_ for s in outbound] == [first, second, third]
    assert [s.date_creation for s in outbound] == [NOW, second_at, third_at]
    inbound = list_sms.sync(client=client, type_=SmsType.IN, from_=start_of_year, to=third_at)
    assert len(inbound) == 2 and {first, second, third}.isdisjoint(s.hash_ for s in inbound)
    assert all(s.type_ is SmsType.IN for s in inbound)

    # Exactly the second's instant, written in another zone: inclusive on both ends.
    exact = second_at.astimezone(NEW_YORK_SUMMER)
    assert [s.text for s in list_sms.sync(client=client, type_=SmsType.OUT, from_=exact, to=exact)] == ["second"]
    one_second = dt.timedelta(seconds=1)
    later = list_sms.sync(client=client, type_=SmsType.OUT, from_=second_at + one_second, to=third_at)
    assert [s.hash_ for s in later] == [third]
    earlier = list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=second_at - one_second)
    assert [s.hash_ for s in earlier] == [first]
    # `from` after `to` is an empty list, and so is a window without SMS.
    assert list_sms.sync(client=client, type_=SmsType.OUT, from_=third_at, to=NOW) == []
    assert list_sms.sync(client=client, type_=SmsType.IN, from_=NOW, to=third_at) == []


# -- parts, encodings and %STOPNUM% --------------------------------------------------------------------


@pytest.mark.parametrize("via", ["POST /sms", "GET /sms/send"])
@pytest.mark.parametrize(
    "text,force,parts,encoding",
    [
        ("a" * 160, None, 1, "GSM"),
        ("a" * 161, None, 2, "GSM"),
        ("a" * 306, None, 2, "GSM"),
        ("a" * 307, None, 3, "GSM"),
        ("€" * 80, None, 1, "GSM"),  # extension characters take two septets
        ("€" * 81, None, 2, "GSM"),
        ("Ж" * 70, None, 1, "UNICODE"),
        ("Ж" * 71, None, 2, "UNICODE"),
        ("Ж" * 134, None, 2, "UNICODE"),
        ("Ж" * 135, None, 3, "UNICODE"),
        ("😀" * 35, None, 1, "UNICODE"),  # outside the BMP: two UTF-16 units each
        ("😀" * 36, None, 2, "UNICODE"),
        ("a" * 70, ForceEncoding.UNICODE, 1, "UNICODE"),
        ("a" * 71, ForceEncoding.UNICODE, 2, "UNICODE"),
        ("a" * 71, ForceEncoding.GSM, 1, "GSM"),
    ],
)
def test_parts_follow_gsm7_and_ucs2_rules(
    client: AuthenticatedClient, via: str, text: str, force: ForceEncoding | None, parts: int, encoding: str
) -> None:
    if via == "POST /sms":
        options = {} if force is None else {"force_encoding": force.value}
        sms_hash = send_sms.sync(client=client, body=sms_request(text=text, **options))
    elif force is None:
        sms_hash = send_sms_with_query.sync(client=client, from_="SMS", to="+16469820800", body=text)
    else:
        sms_hash = send_sms_with_query.sync(
            client=client, from_="SMS", to="+16469820800", body=text, options_force_encoding=force
        )
    sms = get_sms.sync(sms_hash, client=client)
    assert (sms.parts, sms.encoding, sms.text) == (parts, encoding, text)
    assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == Decimal("0.065") * parts


def test_stopnum_is_replaced_with_a_custom_sender(client: AuthenticatedClient) -> None:
    posted = send_sms.sync(client=client, body=sms_request(text="Sale! STOP to %STOPNUM%", sender="MyShop"))
    queried = send_sms_with_query.sync(client=client, from_="My Shop-1", to="+33678912345", body="STOP %STOPNUM%")
    assert get_sms.sync(posted, client=client).text == "Sale! STOP to 36111"
    assert get_sms.sync(queried, client=client).text == "STOP 36111"


@pytest.mark.parametrize("sender", ["", "36000"])
def test_stopnum_is_refused_with_a_shared_or_dedicated_shortcode(client: AuthenticatedClient, sender: str) -> None:
    with pytest.raises(errors.BadRequestError) as posted:
        send_sms.sync(client=client, body=sms_request(text="STOP to %STOPNUM%", sender=sender))
    with pytest.raises(errors.BadRequestError) as queried:
        send_sms_with_query.sync(client=client, from_=sender, to="+33678912345", body="STOP to %STOPNUM%")
    for caught in (posted, queried):
        data = error_data(caught.value)
        assert data.code == 400 and "%STOPNUM%" in data.message and "custom sender" in data.message
    assert list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=NOW) == []  # nothing was sent


def test_empty_sender_is_a_shared_shortcode(client: AuthenticatedClient) -> None:
    sms_hash = send_sms.sync(client=client, body=sms_request(sender=""))
    assert get_sms.sync(sms_hash, client=client).from_ == "38000"


# -- GET /sms/send: options as `options.key=value` query parameters -----------------------------------


def test_query_options_reach_the_mock_and_come_back(
    sent_requests: tuple[AuthenticatedClient, list[httpx.Request]],
) -> None:
    hooked, seen = sent_requests
    with hooked:
        sms_hash = send_sms_with_query.sync(
            client=hooked,
            from_="",
            to="+33612345678",
            body="Your order 1234 has shipped",
            options_force_encoding=ForceEncoding.UNICODE,
            options_nature=SmsNature.ALERTING,
            options_user_data="order-1234",
            options_webhook_endpoint="https://example.com/callr/webhook?id=7&kind=sms",
            options_flash_message=True,
        )
        sms = get_sms.sync(sms_hash, client=hooked)
    request = seen[0]
    assert (request.method, request.url.path) == ("GET", "/sms/send")
    assert dict(request.url.params) == {
        "from": "",
        "to": "+33612345678",
        "body": "Your order 1234 has shipped",
        "options.force_encoding": "UNICODE",
        "options.nature": "ALERTING",
        "options.user_data": "order-1234",
        "options.webhook.endpoint": "https://example.com/callr/webhook?id=7&kind=sms",
        "options.flash_message": "true",
    }
    assert sms.options == SmsOptions(
        force_encoding=ForceEncoding.UNICODE,
        nature=SmsNature.ALERTING,
        user_data="order-1234",
        webhook=SmsWebhook(endpoint="https://example.com/callr/webhook?id=7&kind=sms"),
        flash_message=True,
    )
    assert (sms.from_, sms.encoding, sms.nature, sms.user_data) == ("38000", "UNICODE", "ALERTING", "order-1234")


def test_query_without_options_sends_no_option_parameters(
    sent_requests: tuple[AuthenticatedClient, list[httpx.Request]],
) -> None:
    hooked, seen = sent_requests
    with hooked:
        sms_hash = send_sms_with_query.sync(client=hooked, from_="SMS", to="+447890123456", body="hi")
        sms = get_sms.sync(sms_hash, client=hooked)
    assert sorted(seen[0].url.params.keys()) == ["body", "from", "to"]
    assert sms.options is None and sms.user_data is None and sms.nature is None


# -- every documented error status as its typed exception ---------------------------------------------


def test_400_body_fields_the_models_allow(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        send_sms.sync(client=client, body=SendSmsRequest(from_="MyShopSender", to="0612345678", body=""))
    assert caught.value.status_code == 400 and caught.value.documented
    data = error_data(caught.value)
    assert data.code == 400
    assert all(word in data.message for word in ("MyShopSender", "0612345678", "non-empty"))
    assert json.dumps(data.message, ensure_ascii=False) in str(caught.value)  # the message, as JSON text


@pytest.mark.parametrize(
    "arguments,problem",
    [
        ({"to": "0612345678"}, "query.to"),
        ({"options_webhook_endpoint": "javascript:alert(1)"}, "query.options.webhook.endpoint"),
        ({"from_": "SMS!"}, "query.from"),
    ],
)
def test_400_query_values_the_types_allow(client: AuthenticatedClient, arguments: dict[str, Any], problem: str) -> None:
    values: dict[str, Any] = {"from_": "SMS", "to": "+33612345678", "body": "hello", **arguments}
    with pytest.raises(errors.BadRequestError) as caught:
        send_sms_with_query.sync(client=client, **values)
    data = error_data(caught.value)
    assert data.code == 400 and problem in data.message


@pytest.mark.parametrize(
    "method,url,params,content,problem",
    [
        ("GET", "/sms", {"type": "OUT", "from": "2024-13-01 00:00:00", "to": "2024-12-01 00:00:00"}, None, "from"),
        ("GET", "/sms", {"type": "OUT", "from": "2024-01-01T00:00:00Z", "to": "2024-12-01 00:00:00"}, None, "from"),
        ("GET", "/sms", {"from": "2024-01-01 00:00:00", "to": "2024-12-01 00:00:00"}, None, "type"),
        ("GET", "/sms/send", {"from": "SMS", "to": "+336123", "body": "x", "options.nature": "SPAM"}, None, "nature"),
        # The reference's own POST example, with its missing comma.
        ("POST", "/sms", None, b'{"to": "+16469820800", "from": "SMS", "body": "x" "options": null}', "body"),
    ],
)
def test_400_raw_requests_through_the_clients_httpx_client(
    client: AuthenticatedClient,
    method: str,
    url: str,
    params: dict[str, str] | None,
    content: bytes | None,
    problem: str,
) -> None:
    headers = {"Content-Type": "application/json"} if content is not None else None
    response = client.get_httpx_client().request(method, url, params=params, content=content, headers=headers)
    assert response.status_code == 400
    envelope = ErrorResponse.from_dict(response.json())
    assert envelope.status == "error" and envelope.data.code == 400 and problem in envelope.data.message


WRONG = Credentials(username="user", password="hunter2-not-it")


@pytest.mark.parametrize("operation", ["listSms", "sendSms", "sendSmsWithQuery", "getSms"])
def test_401_wrong_password(callr_url: str, operation: str) -> None:
    wrong = AuthenticatedClient(credentials=WRONG, base_url=callr_url)
    with wrong, pytest.raises(errors.AuthenticationError) as caught:
        if operation == "listSms":
            list_sms.sync(client=wrong, type_=SmsType.IN, from_=FIRST_INBOUND, to=SECOND_INBOUND)
        elif operation == "sendSms":
            send_sms.sync(client=wrong, body=sms_request())
        elif operation == "sendSmsWithQuery":
            send_sms_with_query.sync(client=wrong, from_="SMS", to="+33612345678", body="hello")
        else:
            get_sms.sync("8242D945", client=wrong)
    assert caught.value.status_code == 401 and caught.value.documented
    data = error_data(caught.value)
    assert data.code == 401 and "Unauthorized" in data.message
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value)
    assert "hunter2" not in repr(wrong) and "hunter2" not in repr(WRONG)


def test_401_without_credentials(callr_url: str) -> None:
    with httpx.Client(base_url=callr_url) as anonymous:
        response = anonymous.get("/sms/8242D945")
    assert response.status_code == 401
    assert ErrorResponse.from_dict(response.json()).data.code == 401


def test_404_unknown_hash(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        get_sms.sync("WWXXYYZZ", client=client)
    assert caught.value.status_code == 404 and caught.value.documented
    data = error_data(caught.value)
    assert (data.code, data.message) == (404, "SMS not found: WWXXYYZZ")
    assert caught.value.path == "/sms/WWXXYYZZ"


def test_500_is_an_internal_server_error_with_its_envelope() -> None:
    envelope = {"status": "error", "data": {"code": 500, "message": "Internal error"}}
    client = _client_answering(httpx.MockTransport(lambda request: httpx.Response(500, json=envelope)))
    with pytest.raises(errors.InternalServerError) as caught:
        list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=NOW)
    assert caught.value.documented and error_data(caught.value).message == "Internal error"


def test_errors_are_one_hierarchy() -> None:
    for cls in (
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.NotFoundError,
        errors.InternalServerError,
        errors.UnexpectedStatusError,
    ):
        assert issubclass(cls, errors.ApiStatusError) and issubclass(cls, errors.ApiError)
    assert issubclass(errors.MalformedResponseError, errors.ApiError)
    assert issubclass(errors.ApiTimeoutError, errors.ApiConnectionError)
    assert errors.ErrorBody is ErrorResponse


# -- async, in-process -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AuthenticatedClient, clock: Clock) -> None:
    posted = await send_sms.asyncio(client=async_client, body=sms_request(text="Привет", user_data="async"))
    assert isinstance(posted, str) and HASH.fullmatch(posted)
    sms = await get_sms.asyncio(posted, client=async_client)
    assert isinstance(sms, Sms) and (sms.hash_, sms.text, sms.encoding) == (posted, "Привет", "UNICODE")
    assert sms.user_data == "async" and sms.date_sent == NOW
    clock.advance(minutes=5)
    queried = await send_sms_with_query.asyncio(
        client=async_client, from_="SMS", to="+33612345678", body="a" * 161, options_nature=SmsNature.MARKETING
    )
    by_query = await get_sms.asyncio(queried, client=async_client)
    assert (by_query.parts, by_query.nature) == (2, "MARKETING")
    assert isinstance(by_query.options, SmsOptions) and by_query.options.nature is SmsNature.MARKETING
    listed = await list_sms.asyncio(
        client=async_client, type_=SmsType.OUT, from_=NOW.astimezone(KOLKATA), to=clock.now.astimezone(PARIS_SUMMER)
    )
    assert [s.hash_ for s in listed] == [posted, queried]
    assert listed[1].date_creation == NOW + dt.timedelta(minutes=5)
    detailed = await get_sms.asyncio_detailed(posted, client=async_client)
    assert detailed.status_code == 200 and detailed.parsed == sms
    listed_detailed = await list_sms.asyncio_detailed(client=async_client, type_=SmsType.IN, from_=NOW, to=NOW)
    assert listed_detailed.status_code == 200 and listed_detailed.parsed == []
    assert (await send_sms.asyncio_detailed(client=async_client, body=sms_request())).status_code == 200
    sent = await send_sms_with_query.asyncio_detailed(client=async_client, from_="SMS", to="+33612345678", body="x")
    assert HASH.fullmatch(sent.parsed)


@pytest.mark.asyncio
async def test_async_dates_on_the_wire(callr_app: Starlette) -> None:
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        base_url="http://mock",
        httpx_args={"transport": httpx.ASGITransport(app=callr_app), "event_hooks": {"request": [record]}},
    )
    async with client:
        inbound = await list_sms.asyncio(
            client=client,
            type_=SmsType.IN,
            from_=FIRST_INBOUND.astimezone(KOLKATA) + dt.timedelta(seconds=1),
            to=SECOND_INBOUND.astimezone(NEW_YORK_SUMMER),
        )
        with pytest.raises(ValueError, match="timezone-aware"):
            await list_sms.asyncio(client=client, type_=SmsType.IN, from_=dt.datetime(2024, 3, 19), to=NOW)
    assert len(seen) == 1
    assert (seen[0].url.params["from"], seen[0].url.params["to"]) == ("2024-03-19 02:41:24", "2024-03-19 08:15:00")
    assert [s.text for s in inbound] == ["Hello, can I book a table for two?"]
    assert inbound[0].date_creation.utcoffset() == dt.timedelta(0)


@pytest.mark.asyncio
async def test_async_errors(async_client: AuthenticatedClient, callr_app: Starlette) -> None:
    with pytest.raises(errors.NotFoundError) as not_found:
        await get_sms.asyncio("WWXXYYZZ", client=async_client)
    assert error_data(not_found.value).code == 404
    with pytest.raises(errors.BadRequestError) as bad_request:
        await send_sms.asyncio(client=async_client, body=sms_request(text="%STOPNUM%", sender=""))
    assert error_data(bad_request.value).code == 400
    with pytest.raises(errors.BadRequestError):
        await send_sms_with_query.asyncio(client=async_client, from_="SMS", to="+1", body="x")
    wrong = AuthenticatedClient(
        credentials=WRONG, base_url="http://mock", httpx_args={"transport": httpx.ASGITransport(app=callr_app)}
    )
    async with wrong:
        with pytest.raises(errors.AuthenticationError) as unauthorized:
            await list_sms.asyncio(client=wrong, type_=SmsType.OUT, from_=NOW, to=NOW)
    assert error_data(unauthorized.value).code == 401 and "hunter2" not in str(unauthorized.value)


# -- tolerant reading of the captured live answer ------------------------------------------------------


def _client_answering(transport: httpx.MockTransport) -> AuthenticatedClient:
    return AuthenticatedClient(credentials=CREDENTIALS, base_url="http://vendor", httpx_args={"transport": transport})


def _answering_json(body: Any) -> AuthenticatedClient:
    return _client_answering(httpx.MockTransport(lambda request: httpx.Response(200, json=body)))


def test_live_answer_parses_and_nothing_is_lost() -> None:
    sms = get_sms.sync("8242D945", client=_answering_json({"status": "success", "data": LIVE_SMS}))
    assert sms.to_dict() == LIVE_SMS  # every key and value, written back as the vendor wrote it
    assert (sms.type_, sms.status, sms.b_customer_mode) == (SmsType.OUT, SmsStatus.SENT, CustomerMode.PREPAID)
    assert sms.b_customer_debit == "7.80" and Decimal(sms.b_customer_debit) == Decimal("7.8")
    assert sms.options is None and sms.status_error is None and sms.user_data is None
    assert sms.date_creation == dt.datetime(2024, 3, 19, 2, 41, 23, tzinfo=dt.UTC)
    assert sms.date_sent == sms.date_update == dt.datetime(2024, 3, 19, 2, 41, 25, tzinfo=dt.UTC)
    assert sms.date_received == UNSET_DATE
    assert (sms.encoding, sms.nature, sms.network) == ("GSM", "ALERTING", {"mcc": "310", "mnc": "260"})
    assert isinstance(sms.status_history, list)
    (change,) = sms.status_history
    assert isinstance(change, StatusChange) and change.additional_properties == {"by": "carrier"}
    assert change.updated_at == dt.datetime(2024, 3, 19, 2, 41, 25, tzinfo=dt.UTC)
    assert sms.additional_properties == {"campaign_id": 4242} and sms["campaign_id"] == 4242


def test_live_answer_in_a_list_with_other_admitted_shapes() -> None:
    numeric = copy.deepcopy(LIVE_SMS) | {"hash": "8242D946", "b_customer_debit": 7.8}
    with_options = copy.deepcopy(LIVE_SMS) | {
        "hash": "8242D947",
        "options": {"force_encoding": "UNICODE", "webhook": {"endpoint": "https://example.com/h"}, "priority": "high"},
        "date_update": UNSET_DATE,
        "date_sent": UNSET_DATE,
        "status": "PENDING",
        "status_history": [{"old_status": None, "new_status": "PENDING", "updated_at": UNSET_DATE}],
    }
    body = {"status": "success", "data": [LIVE_SMS, numeric, with_options], "request_id": "r-1"}
    listed = list_sms.sync(client=_answering_json(body), type_=SmsType.OUT, from_=NOW, to=NOW)
    assert [s.to_dict() for s in listed] == body["data"]
    assert listed[1].b_customer_debit == 7.8
    options = listed[2].options
    assert isinstance(options, SmsOptions) and options.force_encoding is ForceEncoding.UNICODE
    assert options.additional_properties == {"priority": "high"}
    assert isinstance(options.webhook, SmsWebhook) and options.webhook.endpoint == "https://example.com/h"
    assert listed[2].date_sent == UNSET_DATE and listed[2].status is SmsStatus.PENDING
    assert isinstance(listed[2].status_history, list) and listed[2].status_history[0].updated_at == UNSET_DATE


# -- malformed and undocumented answers ------------------------------------------------------------------


def _sms_with(**changes: Any) -> bytes:
    return json.dumps({"status": "success", "data": {**LIVE_SMS, **changes}}).encode()


MALFORMED_SMS = [
    b"<html>gateway error</html>",
    b"",
    json.dumps(LIVE_SMS).encode(),  # the SMS without its envelope
    b'{"data": {}}',
    json.dumps({"status": "error", "data": {"code": 500, "message": "Internal error"}}).encode(),
    json.dumps({"status": "success", "data": [LIVE_SMS]}).encode(),
    json.dumps({"status": "success", "data": {k: v for k, v in LIVE_SMS.items() if k != "date_creation"}}).encode(),
    _sms_with(date_creation="2024-03-19T02:41:23Z"),
    _sms_with(date_creation=UNSET_DATE),
    _sms_with(date_sent="yesterday"),
    _sms_with(date_received=1710816083),
    _sms_with(status_history=[{"updated_at": "2024-02-30 00:00:00"}]),
]


@pytest.mark.parametrize(
    "field,attribute,value",
    [("type", "type_", "SIDEWAYS"), ("status", "status", "DELIVERED"), ("b_customer_mode", "b_customer_mode", "FREE")],
)
def test_unknown_enum_values_are_kept_and_readable(field: str, attribute: str, value: str) -> None:
    # Vendors add values: a value the spec does not list yet must not make the answer unreadable.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=_sms_with(**{field: value})))
    sms = get_sms.sync("8242D945", client=_client_answering(transport))
    member = getattr(sms, attribute)
    assert member.is_known is False and member.value == value and str(member) == value
    assert sms.to_dict()[field] == value


@pytest.mark.parametrize("content", MALFORMED_SMS)
def test_malformed_sms_body_is_a_typed_error(content: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    with pytest.raises(errors.MalformedResponseError) as caught:
        get_sms.sync("8242D945", client=_client_answering(transport))
    assert caught.value.status_code == 200 and caught.value.content == content
    assert caught.value.path == "/sms/8242D945" and "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [
        b'"8242D945"',  # the hash without its envelope
        b"[]",
        b'{"data": "8242D945"}',
        b'{"status": "ok", "data": "8242D945"}',
        b"not json",
    ],
)
def test_malformed_hash_body_is_a_typed_error(content: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    client = _client_answering(transport)
    with pytest.raises(errors.MalformedResponseError):
        send_sms.sync(client=client, body=sms_request())
    with pytest.raises(errors.MalformedResponseError) as caught:
        send_sms_with_query.sync(client=client, from_="SMS", to="+33612345678", body="x")
    assert caught.value.content == content and caught.value.path == "/sms/send"


@pytest.mark.parametrize(
    "content",
    [
        b'{"status": "success", "data": null}',
        b'{"status": "success", "data": "8242D945"}',
        json.dumps({"status": "success", "data": LIVE_SMS}).encode(),  # one SMS where a list belongs
        json.dumps({"status": "success", "data": [LIVE_SMS, {"hash": "8242D946"}]}).encode(),
    ],
)
def test_malformed_list_body_is_a_typed_error(content: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    with pytest.raises(errors.MalformedResponseError):
        list_sms.sync(client=_client_answering(transport), type_=SmsType.OUT, from_=NOW, to=NOW)


def test_undocumented_and_unparsable_error_statuses() -> None:
    answers = {
        "/sms/8242D945": httpx.Response(503, text="maintenance"),
        "/sms": httpx.Response(404, text="<html>not here</html>"),
        "/sms/send": httpx.Response(429, json={"status": "error", "data": {"code": 429, "message": "slow down"}}),
    }
    client = _client_answering(httpx.MockTransport(lambda request: answers[request.url.path]))
    with pytest.raises(errors.InternalServerError) as server_error:
        get_sms.sync("8242D945", client=client)
    assert server_error.value.status_code == 503 and not server_error.value.documented
    assert server_error.value.content == b"maintenance" and "maintenance" in str(server_error.value)
    with pytest.raises(errors.NotFoundError) as not_found:
        list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=NOW)
    assert not not_found.value.documented and not_found.value.body is None
    with pytest.raises(errors.RateLimitError) as rate_limited:
        send_sms_with_query.sync(client=client, from_="SMS", to="+33612345678", body="x")
    assert not rate_limited.value.documented and "slow down" in str(rate_limited.value)


def test_documented_error_with_an_unparsable_body() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, text="<html>Not Found</html>"))
    with pytest.raises(errors.NotFoundError) as caught:
        get_sms.sync("8242D945", client=_client_answering(transport))
    assert caught.value.documented and caught.value.body is None
    assert caught.value.content == b"<html>Not Found</html>"


def test_connection_refused_is_a_typed_error() -> None:
    from .servers import free_port

    client = AuthenticatedClient(credentials=CREDENTIALS, base_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(errors.ApiConnectionError) as caught:
        get_sms.sync("8242D945", client=client)
    assert "secret" not in str(caught.value) and BASIC_HEADER_VALUE not in str(caught.value)


# -- credentials, servers, defaults, README --------------------------------------------------------------


def test_credentials_never_shown(callr_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with AuthenticatedClient(credentials=CREDENTIALS, base_url=callr_url) as client:
        sms_hash = send_sms.sync(client=client, body=sms_request())
        get_sms.sync(sms_hash, client=client)
        list_sms.sync(client=client, type_=SmsType.OUT, from_=NOW, to=NOW)
        with pytest.raises(errors.NotFoundError) as caught:
            get_sms.sync("WWXXYYZZ", client=client)
        assert "secret" not in repr(CREDENTIALS) and "secret" not in repr(client)
        assert "'***'" in repr(CREDENTIALS) and "user" in repr(CREDENTIALS)
        assert "Authorization" not in client.get_httpx_client().headers
    assert "secret" not in str(caught.value) and BASIC_HEADER_VALUE not in str(caught.value)
    assert "Authorization" not in caught.value.headers
    assert "HTTP Request" in caplog.text  # the requests were logged, without their credentials
    assert "secret" not in caplog.text and BASIC_HEADER_VALUE not in caplog.text


def test_servers_are_a_typed_choice() -> None:
    assert Server.default() is Server.PRODUCTION
    assert [s.url() for s in Server] == ["https://api.callr.com/rest/v1.1"]
    client = AuthenticatedClient(credentials=CREDENTIALS)
    assert client.resolved_base_url() == Server.PRODUCTION.value
    assert str(client.get_httpx_client().base_url) == "https://api.callr.com/rest/v1.1/"
    mock = AuthenticatedClient(credentials=CREDENTIALS, base_url="http://127.0.0.1:8080")
    assert mock.resolved_base_url() == "http://127.0.0.1:8080"


def test_production_defaults() -> None:
    httpx_client = AuthenticatedClient(credentials=CREDENTIALS).get_httpx_client()
    assert httpx_client.timeout.read == 30.0 and httpx_client.timeout.connect == 10.0
    assert httpx_client.headers["User-Agent"].startswith("typedsms-callr/")


def test_request_model_round_trips_with_wire_names() -> None:
    example = {
        "to": "+33678912345",
        "from": "MyShop",
        "body": "Sales start today! STOP to %STOPNUM%",
        "options": {
            "force_encoding": "GSM",
            "nature": "MARKETING",
            "user_data": "campaign-42",
            "webhook": {"endpoint": "https://example.com/callr/webhook"},
            "flash_message": False,
        },
    }
    request = SendSmsRequest.from_dict(example)
    assert request.from_ == "MyShop" and isinstance(request.options, SmsOptions)
    assert request.options.nature is SmsNature.MARKETING and request.options.flash_message is False
    assert request.to_dict() == example
    assert SendSmsRequest.from_dict({**example, "options": None}).to_dict()["options"] is None
    assert "options" not in SendSmsRequest(from_="SMS", to="+16469820800", body="x").to_dict()


def test_readme_example_runs_against_the_mock(callr_url: str, client: AuthenticatedClient) -> None:
    readme = (ROOT / "clients" / "callr" / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code is not None and "server=Server.PRODUCTION" in code.group(1)
    example = code.group(1).replace("server=Server.PRODUCTION", f"base_url={callr_url!r}")
    env = {**os.environ, "CALLR_USERNAME": "user", "CALLR_PASSWORD": "secret"}
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    printed = result.stdout.strip()
    assert HASH.fullmatch(printed), result.stdout
    sms = get_sms.sync(printed, client=client)
    assert (sms.from_, sms.to, sms.text) == ("SMS", "+16469820800", "An SMS sent with the CALLR REST API.")
