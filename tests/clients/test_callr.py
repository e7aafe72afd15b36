"""The generated CALLR client against the CALLR mock: every operation, sync and async, with keyword
arguments and dict literals, the unwrapped envelopes, dates in UTC on the wire and aware UTC
datetimes out, every documented error status as its typed exception, a tolerant reading of the
captured live answer, and the client's safety promises (no secret shown, no SMS sent twice)."""

import copy
import datetime as dt
import json
import re
import warnings
import zoneinfo
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_callr import (
    APIResponse,
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    UnknownStr,
)
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
from typedsms_callr.params import SmsOptionsParam

from mocks.registry import create_app

with warnings.catch_warnings():
    # Starlette asks for httpx2 at import; the TestClient works with httpx as installed.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

USERNAME, PASSWORD = "user", "secret"
BASIC_HEADER_VALUE = "dXNlcjpzZWNyZXQ="  # base64 of "user:secret"
UNSET_DATE = "0000-00-00 00:00:00"
HASH = re.compile(r"[0-9A-F]{8}")
NOW = dt.datetime(2024, 6, 1, 9, 30, 15, tzinfo=dt.UTC)
# The mock's two inbound SMS (type IN), created at fixed dates.
FIRST_INBOUND = dt.datetime(2024, 3, 19, 2, 41, 23, tzinfo=dt.UTC)
SECOND_INBOUND = dt.datetime(2024, 3, 19, 8, 15, tzinfo=dt.UTC)
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
# Fixed offsets, one of them not a whole hour.
NEW_YORK_SUMMER = dt.timezone(dt.timedelta(hours=-4), "EDT")
KOLKATA = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")

# The captured live answer of the vendor notes (unofficial): keys the reference does not list,
# b_customer_debit as a string, options null and "0000-00-00 00:00:00" for a date not set. A key
# of no source is added to prove that unknown keys are kept too.
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


def error_data(exc: APIStatusError) -> ErrorData:
    """The error envelope's ``data`` (code and message) of a typed exception."""
    assert isinstance(exc.body, ErrorResponse) and exc.body.status == "error"
    return exc.body.data


def answering(handler: Callable[[httpx.Request], httpx.Response], **settings: Any) -> Client:
    """A client whose requests never leave the process: ``handler`` answers them, retries do not wait."""
    client = Client(
        username=USERNAME,
        password=PASSWORD,
        base_url="http://vendor",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **settings,
    )
    client._sleep = lambda seconds: None
    return client


def answering_json(body: Any, seen: list[httpx.Request] | None = None) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, json=body)

    return answering(handler)


def answering_content(content: bytes) -> Client:
    return answering(lambda request: httpx.Response(200, content=content))


def sms_with(**changes: Any) -> bytes:
    return json.dumps({"status": "success", "data": {**LIVE_SMS, **changes}}).encode()


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def callr_app(clock: Clock) -> Starlette:
    return create_app("callr", clock=clock)


@pytest.fixture
def seen() -> list[httpx.Request]:
    """Every request the ``client`` fixture sent, as it went on the wire (credentials applied)."""
    return []


@pytest.fixture
def client(callr_app: Starlette, seen: list[httpx.Request]) -> Client:
    mock = TestClient(callr_app, base_url="http://mock")
    mock.event_hooks = {"request": [seen.append], "response": []}
    return Client(username=USERNAME, password=PASSWORD, base_url="http://mock", http_client=mock)


@pytest.fixture(autouse=True)
def no_callr_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what they need; a CALLR_* variable of the shell must not change them."""
    for name in ("CALLR_USERNAME", "CALLR_PASSWORD", "CALLR_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest_asyncio.fixture
async def async_client(callr_app: Starlette) -> AsyncIterator[AsyncClient]:
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=callr_app)) as http,
        AsyncClient(username=USERNAME, password=PASSWORD, base_url="http://mock", http_client=http) as client,
    ):
        yield client


# -- every operation, with keyword arguments, returning the unwrapped `data` -------------------------


def test_send_then_get_returns_the_hash_and_the_sms(client: Client) -> None:
    sms_hash = client.sms.send(from_="SMS", to="+16469820800", body="Your access code is ABC1234")
    assert isinstance(sms_hash, str) and HASH.fullmatch(sms_hash)
    sms = client.sms.get(sms_hash)
    assert isinstance(sms, Sms)
    assert (sms.hash, sms.type, sms.status) == (sms_hash, SmsType.OUT, SmsStatus.SENT)
    assert sms.type is SmsType.OUT and sms.status is SmsStatus.SENT
    assert (sms.from_, sms.to, sms.text) == ("SMS", "+16469820800", "Your access code is ABC1234")
    assert sms.options is None  # sent without options: null, as the vendor's example
    again = client.sms.send_with_query(from_="SMS", to="+33612345678", body="Second")
    assert HASH.fullmatch(again) and again != sms_hash
    listed = client.sms.list(type="OUT", from_=NOW, to=NOW)
    assert isinstance(listed, list) and all(isinstance(s, Sms) for s in listed)
    assert [s.hash for s in listed] == sorted([sms_hash, again])  # same second: ordered by hash
    assert {s.text for s in listed} == {"Your access code is ABC1234", "Second"}


def test_options_as_a_dict_literal_reach_the_mock_and_come_back(client: Client, seen: list[httpx.Request]) -> None:
    sms_hash = client.sms.send(
        from_="MyShop",
        to="+33678912345",
        body="Sales start today! STOP to %STOPNUM%",
        options={
            "force_encoding": "GSM",
            "nature": "MARKETING",
            "user_data": "campaign-42",
            "webhook": {"endpoint": "https://example.com/callr/webhook"},
            "flash_message": False,
        },
    )
    assert json.loads(seen[0].content) == {
        "from": "MyShop",
        "to": "+33678912345",
        "body": "Sales start today! STOP to %STOPNUM%",
        "options": {
            "force_encoding": "GSM",
            "nature": "MARKETING",
            "user_data": "campaign-42",
            "webhook": {"endpoint": "https://example.com/callr/webhook"},
            "flash_message": False,
        },
    }
    assert seen[0].headers["content-type"] == "application/json"
    sms = client.sms.get(sms_hash)
    assert sms.type is SmsType.OUT and sms.status is SmsStatus.SENT and sms.status_error is None
    assert (sms.from_, sms.to) == ("MyShop", "+33678912345")
    assert sms.text == "Sales start today! STOP to 36111"
    options = sms.options
    assert isinstance(options, SmsOptions)
    assert options.force_encoding is ForceEncoding.GSM and options.nature is SmsNature.MARKETING
    assert options.user_data == "campaign-42" and options.flash_message is False
    assert isinstance(options.webhook, SmsWebhook) and options.webhook.endpoint == "https://example.com/callr/webhook"
    assert (sms.user_data, sms.nature, sms.encoding) == ("campaign-42", "MARKETING", "GSM")
    assert sms.date_creation == sms.date_update == sms.date_sent == NOW
    assert sms.date_received is None  # "0000-00-00 00:00:00": an outbound SMS is never received
    assert sms.to_dict()["date_received"] == UNSET_DATE  # ...and to_dict() keeps what the vendor wrote
    assert sms.parts == 1
    assert sms.b_customer_mode is CustomerMode.PREPAID
    assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == Decimal("0.065")
    assert sms.status_history is not None
    assert [(c.old_status, c.new_status, c.updated_at) for c in sms.status_history] == [
        ("CREATED", "PENDING", NOW),
        ("PENDING", "SENT", NOW),
    ]
    assert sms.network is None  # absent from the mock's answer: None, not an error


def test_options_as_models_are_sent_like_the_dict(client: Client, seen: list[httpx.Request]) -> None:
    as_dict: SmsOptionsParam = {"nature": "ALERTING", "webhook": {"endpoint": "https://example.com/h"}}
    as_model = SmsOptions(nature=SmsNature.ALERTING, webhook=SmsWebhook(endpoint="https://example.com/h"))
    mixed: SmsOptionsParam = {"nature": SmsNature.ALERTING, "webhook": SmsWebhook(endpoint="https://example.com/h")}
    hashes = [client.sms.send(from_="SMS", to="+33612345678", body="x", options=o) for o in (as_dict, as_model, mixed)]
    bodies = [json.loads(r.content) for r in seen]
    assert bodies[0] == bodies[1] == bodies[2]
    assert bodies[0]["options"] == {"nature": "ALERTING", "webhook": {"endpoint": "https://example.com/h"}}
    stored = [client.sms.get(h).options for h in hashes]
    assert stored[0] == stored[1] == stored[2] == as_model


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"force_encodng": "GSM"}, "force_encodng"),
        ({"nature": "ALERTING", "webhook": {"endpont": "https://example.com/h"}}, "endpont"),
    ],
    ids=["options", "options.webhook"],
)
def test_a_misspelt_key_raises_type_error_before_sending(
    client: Client, seen: list[httpx.Request], options: Any, key: str
) -> None:
    with pytest.raises(TypeError, match=key):
        client.sms.send(from_="SMS", to="+33612345678", body="x", options=options)
    assert seen == []  # refused before anything went out


def test_wrong_argument_types_raise_type_error_naming_the_argument(client: Client, seen: list[httpx.Request]) -> None:
    wrong: Any = 42
    with pytest.raises(TypeError, match="to"):
        client.sms.send(from_="SMS", to=wrong, body="x")
    with pytest.raises(TypeError, match="from_"):
        client.sms.list(type="OUT", from_=wrong, to=NOW)
    assert seen == []


def test_raw_response_has_status_headers_and_parse(client: Client) -> None:
    response = client.sms.with_raw_response.send(from_="SMS", to="+16469820800", body="raw")
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    sms_hash = response.parse()
    assert HASH.fullmatch(sms_hash) and response.parse() is sms_hash
    assert json.loads(response.content) == {"status": "success", "data": sms_hash}
    got = client.sms.with_raw_response.get(sms_hash)
    assert got.status_code == 200 and got.json()["data"]["hash"] == sms_hash == got.parse().hash
    listed = client.sms.with_raw_response.list(type=SmsType.OUT, from_=NOW, to=NOW)
    assert [s.hash for s in listed.parse()] == [sms_hash]
    # An error status still raises its typed exception.
    with pytest.raises(NotFoundError):
        client.sms.with_raw_response.get("WWXXYYZZ")


def test_raw_response_of_an_unreadable_success_raises_only_on_parse() -> None:
    raw = answering_content(b"<html>gateway</html>").sms.with_raw_response.get("8242D945")
    assert raw.status_code == 200 and raw.content == b"<html>gateway</html>"
    with pytest.raises(MalformedResponseError, match="do not resend"):
        raw.parse()


def test_the_client_closes_only_the_http_client_it_created(callr_app: Starlette) -> None:
    mine = TestClient(callr_app, base_url="http://mock")
    with Client(username=USERNAME, password=PASSWORD, base_url="http://mock", http_client=mine) as client:
        client.sms.send(from_="SMS", to="+16469820800", body="x")
    assert not mine.is_closed
    own = Client(username=USERNAME, password=PASSWORD, base_url="http://mock")
    with own:
        pass
    assert own._http.is_closed


# -- aware datetimes in (UTC on the wire), aware UTC datetimes out ------------------------------------


def test_list_dates_in_another_zone_go_to_utc_on_the_wire(client: Client, seen: list[httpx.Request]) -> None:
    start = FIRST_INBOUND.astimezone(PARIS)  # 2024-03-19 03:41:23+01:00 (winter time)
    end = SECOND_INBOUND.astimezone(KOLKATA)  # 2024-03-19 13:45:00+05:30
    assert (start.hour, end.hour) == (3, 13)
    inbound = client.sms.list(type="IN", from_=start, to=end)
    (request,) = seen
    assert request.url.path == "/sms"
    assert dict(request.url.params) == {"type": "IN", "from": "2024-03-19 02:41:23", "to": "2024-03-19 08:15:00"}
    # Both bounds are inclusive: the exact instants select both inbound SMS.
    assert [s.date_creation for s in inbound] == [FIRST_INBOUND, SECOND_INBOUND]
    assert [(s.from_, s.text) for s in inbound] == [
        ("+33612345678", "STOP"),
        ("+16467890800", "Hello, can I book a table for two?"),
    ]


def test_paris_summer_time_is_sent_as_utc() -> None:
    seen: list[httpx.Request] = []
    client = answering_json({"status": "success", "data": []}, seen)
    summer = dt.datetime(2024, 7, 14, 23, 30, tzinfo=PARIS)  # CEST, UTC+2
    winter = dt.datetime(2024, 1, 1, 0, 30, tzinfo=PARIS)  # CET, UTC+1: still 2023 in UTC
    assert client.sms.list(type="OUT", from_=winter, to=summer) == []
    assert seen[0].url.params["from"] == "2023-12-31 23:30:00"
    assert seen[0].url.params["to"] == "2024-07-14 21:30:00"
    # Microseconds are not part of the format: dropped, never rounded up.
    client.sms.list(type="OUT", from_=dt.datetime(2024, 1, 1, 0, 0, 0, 999_999, tzinfo=dt.UTC), to=summer)
    assert seen[1].url.params["from"] == "2024-01-01 00:00:00"


def test_dates_read_back_are_aware_utc(client: Client) -> None:
    window_start = dt.datetime(2024, 3, 19, 0, 0, tzinfo=PARIS)
    inbound = client.sms.list(type=SmsType.IN, from_=window_start, to=NOW.astimezone(KOLKATA))
    assert len(inbound) == 2
    for sms in inbound:
        for moment in (sms.date_creation, sms.date_update, sms.date_received):
            assert isinstance(moment, dt.datetime)
            assert moment.tzinfo is not None and moment.utcoffset() == dt.timedelta(0)
        assert sms.date_sent is None  # "0000-00-00 00:00:00": an inbound SMS is not sent by the account
        assert sms.type is SmsType.IN and sms.status is SmsStatus.RECEIVED
        assert sms.to == "+33644600000" and sms.options is None and sms.parts == 1
        assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == 0
    assert inbound[0].date_received == FIRST_INBOUND and inbound[1].date_received == SECOND_INBOUND
    sent = client.sms.get(client.sms.send(from_="SMS", to="+16469820800", body="x"))
    assert sent.date_creation == NOW and sent.date_creation.tzinfo is not None
    assert sent.date_creation.astimezone(KOLKATA).hour == 15  # 09:30 UTC is 15:00 in Kolkata


def test_naive_datetimes_are_refused_before_sending(client: Client, seen: list[httpx.Request]) -> None:
    naive = dt.datetime(2024, 3, 19, 2, 41, 23)
    with pytest.raises(ValueError, match="timezone-aware"):
        client.sms.list(type="IN", from_=naive, to=SECOND_INBOUND)
    with pytest.raises(ValueError, match=r"to: .*timezone-aware"):
        client.sms.list(type="IN", from_=FIRST_INBOUND, to=naive)
    assert seen == []  # nothing went out with a guessed zone


def test_hand_built_models_refuse_naive_datetimes() -> None:
    naive = Sms(
        type=SmsType.OUT,
        hash="8242D945",
        from_="SMS",
        to="+16469820800",
        text="x",
        status=SmsStatus.SENT,
        date_creation=dt.datetime(2024, 3, 19, 2, 41, 23),
    )
    with pytest.raises(ValueError, match=r"date_creation.*timezone-aware"):
        naive.to_dict()


# -- listing by type and date range --------------------------------------------------------------------


def test_list_by_type_and_inclusive_date_range(client: Client, clock: Clock) -> None:
    first = client.sms.send(from_="SMS", to="+16469820800", body="first")
    second_at = clock.advance(hours=1)
    second = client.sms.send(from_="SMS", to="+16469820800", body="second")
    third_at = clock.advance(hours=1)
    third = client.sms.send_with_query(from_="SMS", to="+33612345678", body="third")

    start_of_year = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    outbound = client.sms.list(type="OUT", from_=start_of_year, to=third_at)
    assert [s.hash for s in outbound] == [first, second, third]
    assert [s.date_creation for s in outbound] == [NOW, second_at, third_at]
    inbound = client.sms.list(type="IN", from_=start_of_year, to=third_at)
    assert len(inbound) == 2 and {first, second, third}.isdisjoint(s.hash for s in inbound)
    assert all(s.type is SmsType.IN for s in inbound)

    # Exactly the second's instant, written in another zone: inclusive on both ends.
    exact = second_at.astimezone(NEW_YORK_SUMMER)
    assert [s.text for s in client.sms.list(type="OUT", from_=exact, to=exact)] == ["second"]
    one_second = dt.timedelta(seconds=1)
    later = client.sms.list(type="OUT", from_=second_at + one_second, to=third_at)
    assert [s.hash for s in later] == [third]
    earlier = client.sms.list(type="OUT", from_=NOW, to=second_at - one_second)
    assert [s.hash for s in earlier] == [first]
    # `from` after `to` is an empty list, and so is a window without SMS.
    assert client.sms.list(type="OUT", from_=third_at, to=NOW) == []
    assert client.sms.list(type="IN", from_=NOW, to=third_at) == []


# -- parts, encodings and %STOPNUM% --------------------------------------------------------------------


@pytest.mark.parametrize("via", ["POST /sms", "GET /sms/send"])
@pytest.mark.parametrize(
    ("text", "force", "parts", "encoding"),
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
    client: Client, via: str, text: str, force: ForceEncoding | None, parts: int, encoding: str
) -> None:
    if via == "POST /sms":
        options: SmsOptionsParam | None = None if force is None else {"force_encoding": force}
        sms_hash = client.sms.send(from_="SMS", to="+16469820800", body=text, options=options)
    else:
        sms_hash = client.sms.send_with_query(from_="SMS", to="+16469820800", body=text, options_force_encoding=force)
    sms = client.sms.get(sms_hash)
    assert (sms.parts, sms.encoding, sms.text) == (parts, encoding, text)
    assert isinstance(sms.b_customer_debit, str) and Decimal(sms.b_customer_debit) == Decimal("0.065") * parts


def test_stopnum_is_replaced_with_a_custom_sender(client: Client) -> None:
    posted = client.sms.send(from_="MyShop", to="+16469820800", body="Sale! STOP to %STOPNUM%")
    queried = client.sms.send_with_query(from_="My Shop-1", to="+33678912345", body="STOP %STOPNUM%")
    assert client.sms.get(posted).text == "Sale! STOP to 36111"
    assert client.sms.get(queried).text == "STOP 36111"


@pytest.mark.parametrize("sender", ["", "36000"])
def test_stopnum_with_a_shared_or_dedicated_shortcode_is_sent_unchanged_with_a_warning(
    client: Client, sender: str
) -> None:
    # The reference does not say what the vendor does here: the mock accepts and says so (Warning).
    posted = client.sms.with_raw_response.send(from_=sender, to="+16469820800", body="STOP to %STOPNUM%")
    queried = client.sms.with_raw_response.send_with_query(from_=sender, to="+33678912345", body="STOP to %STOPNUM%")
    for raw in (posted, queried):
        assert raw.headers["warning"].startswith("299 - ")
        assert client.sms.get(raw.parse()).text == "STOP to %STOPNUM%"


def test_empty_sender_is_a_shared_shortcode(client: Client) -> None:
    sms_hash = client.sms.send(from_="", to="+16469820800", body="x")
    assert client.sms.get(sms_hash).from_ == "38000"


# -- GET /sms/send: options as `options.key=value` query parameters -----------------------------------


def test_query_options_reach_the_mock_and_come_back(client: Client, seen: list[httpx.Request]) -> None:
    sms_hash = client.sms.send_with_query(
        from_="",
        to="+33612345678",
        body="Your order 1234 has shipped",
        options_force_encoding="UNICODE",
        options_nature=SmsNature.ALERTING,
        options_user_data="order-1234",
        options_webhook_endpoint="https://example.com/callr/webhook?id=7&kind=sms",
        options_flash_message=True,
    )
    sms = client.sms.get(sms_hash)
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


def test_query_without_options_sends_no_option_parameters(client: Client, seen: list[httpx.Request]) -> None:
    sms = client.sms.get(client.sms.send_with_query(from_="SMS", to="+447890123456", body="hi"))
    assert sorted(seen[0].url.params.keys()) == ["body", "from", "to"]
    assert sms.options is None and sms.user_data is None and sms.nature is None


# -- every documented error status as its typed exception ---------------------------------------------


def test_400_body_fields_the_types_allow(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.sms.send(from_="MyShopSender", to="0612345678", body="")
    assert caught.value.status_code == 400 and caught.value.documented
    assert caught.value.headers["content-type"] == "application/json"
    assert json.loads(caught.value.content)["status"] == "error"
    data = error_data(caught.value)
    assert data.code == 400
    assert all(word in data.message for word in ("MyShopSender", "0612345678", "non-empty"))
    assert "POST /sms" in str(caught.value) and "HTTP 400" in str(caught.value)
    assert data.message in str(caught.value)  # the vendor's words, in the exception's text


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"to": "0612345678"}, "query.to"),
        ({"from_": "SMS!"}, "query.from"),
    ],
)
def test_400_query_values_the_types_allow(client: Client, arguments: dict[str, Any], problem: str) -> None:
    values: dict[str, Any] = {"from_": "SMS", "to": "+33612345678", "body": "hello", **arguments}
    with pytest.raises(BadRequestError) as caught:
        client.sms.send_with_query(**values)
    data = error_data(caught.value)
    assert data.code == 400 and problem in data.message


@pytest.mark.parametrize("operation", ["list", "send", "send_with_query", "get"])
def test_401_wrong_password(callr_app: Starlette, operation: str) -> None:
    wrong = Client(
        username=USERNAME,
        password="hunter2-not-it",
        base_url="http://mock",
        http_client=TestClient(callr_app, base_url="http://mock"),
    )
    with pytest.raises(AuthenticationError) as caught:
        if operation == "list":
            wrong.sms.list(type="IN", from_=FIRST_INBOUND, to=SECOND_INBOUND)
        elif operation == "send":
            wrong.sms.send(from_="SMS", to="+16469820800", body="x")
        elif operation == "send_with_query":
            wrong.sms.send_with_query(from_="SMS", to="+33612345678", body="hello")
        else:
            wrong.sms.get("8242D945")
    assert caught.value.status_code == 401 and caught.value.documented
    data = error_data(caught.value)
    assert data.code == 401 and "Unauthorized" in data.message
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value)
    assert "hunter2" not in repr(wrong)


def test_404_unknown_hash(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.sms.get("WWXXYYZZ")
    assert caught.value.status_code == 404 and caught.value.documented
    data = error_data(caught.value)
    assert (data.code, data.message) == (404, "SMS not found: WWXXYYZZ")
    assert caught.value.operation == "GET /sms/{hash}"


def test_500_is_an_internal_server_error_with_its_envelope() -> None:
    envelope = {"status": "error", "data": {"code": 500, "message": "Internal error"}}
    client = answering(lambda request: httpx.Response(500, json=envelope), max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        client.sms.list(type="OUT", from_=NOW, to=NOW)
    assert caught.value.documented and error_data(caught.value).message == "Internal error"


def test_undocumented_and_unparsable_error_statuses() -> None:
    answers = {
        "/sms/8242D945": httpx.Response(503, text="maintenance"),
        "/sms": httpx.Response(404, text="<html>not here</html>"),
        "/sms/send": httpx.Response(429, json={"status": "error", "data": {"code": 429, "message": "slow down"}}),
    }
    client = answering(lambda request: answers[request.url.path], max_retries=0)
    with pytest.raises(InternalServerError) as server_error:
        client.sms.get("8242D945")
    assert server_error.value.status_code == 503 and not server_error.value.documented
    assert server_error.value.content == b"maintenance" and "HTTP 503" in str(server_error.value)
    assert server_error.value.body is None
    with pytest.raises(NotFoundError) as not_found:
        client.sms.list(type="OUT", from_=NOW, to=NOW)
    assert not not_found.value.documented and not_found.value.body is None
    with pytest.raises(RateLimitError) as rate_limited:
        client.sms.send_with_query(from_="SMS", to="+33612345678", body="x")
    assert not rate_limited.value.documented and "slow down" in str(rate_limited.value)
    # Undocumented: the body is the raw JSON, not the error model.
    assert rate_limited.value.body == {"status": "error", "data": {"code": 429, "message": "slow down"}}


def test_documented_error_with_an_unparsable_body() -> None:
    client = answering(lambda request: httpx.Response(404, text="<html>Not Found</html>"))
    with pytest.raises(NotFoundError) as caught:
        client.sms.get("8242D945")
    assert caught.value.documented and caught.value.body is None
    assert caught.value.content == b"<html>Not Found</html>"


def test_documented_error_with_another_json_body_keeps_the_raw_json() -> None:
    client = answering(lambda request: httpx.Response(400, json={"error": "bad things"}))
    with pytest.raises(BadRequestError) as caught:
        client.sms.get("8242D945")
    assert caught.value.documented and caught.value.body == {"error": "bad things"}


# -- retries: reads are retried, a send is never sent twice ------------------------------------------


def test_reads_are_retried_and_with_options_changes_that() -> None:
    seen: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) < 3:
            return httpx.Response(503, text="busy")
        return httpx.Response(200, json={"status": "success", "data": LIVE_SMS})

    client = answering(flaky)
    assert client.sms.get("8242D945").hash == "8242D945"
    assert len(seen) == 3  # two retries by default
    seen.clear()
    no_retries = client.with_options(max_retries=0, timeout=5)
    with pytest.raises(InternalServerError):
        no_retries.sms.get("8242D945")
    assert len(seen) == 1
    assert seen[0].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert no_retries.timeout == httpx.Timeout(5.0)
    assert client.timeout == httpx.Timeout(30.0, connect=10.0) and client.retry.max_retries == 2  # unchanged


def test_a_send_is_retried_when_it_never_reached_the_server() -> None:
    seen: list[httpx.Request] = []

    def refusing_once(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={"status": "success", "data": "8242D945"})

    assert answering(refusing_once).sms.send(from_="SMS", to="+33612345678", body="x") == "8242D945"
    assert len(seen) == 2


# -- async, in-process -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AsyncClient, clock: Clock) -> None:
    posted = await async_client.sms.send(from_="SMS", to="+16469820800", body="Привет", options={"user_data": "async"})
    assert isinstance(posted, str) and HASH.fullmatch(posted)
    sms = await async_client.sms.get(posted)
    assert isinstance(sms, Sms) and (sms.hash, sms.text, sms.encoding) == (posted, "Привет", "UNICODE")
    assert sms.user_data == "async" and sms.date_sent == NOW
    clock.advance(minutes=5)
    queried = await async_client.sms.send_with_query(
        from_="SMS", to="+33612345678", body="a" * 161, options_nature="MARKETING"
    )
    by_query = await async_client.sms.get(queried)
    assert (by_query.parts, by_query.nature) == (2, "MARKETING")
    assert isinstance(by_query.options, SmsOptions) and by_query.options.nature is SmsNature.MARKETING
    listed = await async_client.sms.list(type="OUT", from_=NOW.astimezone(KOLKATA), to=clock.now.astimezone(PARIS))
    assert [s.hash for s in listed] == [posted, queried]
    assert listed[1].date_creation == NOW + dt.timedelta(minutes=5)
    raw = await async_client.sms.with_raw_response.get(posted)
    assert raw.status_code == 200 and raw.parse() == sms
    raw_list = await async_client.sms.with_raw_response.list(type="IN", from_=NOW, to=NOW)
    assert raw_list.status_code == 200 and raw_list.parse() == []


@pytest.mark.asyncio
async def test_async_dates_on_the_wire(callr_app: Starlette) -> None:
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    transport = httpx.ASGITransport(app=callr_app)
    async with httpx.AsyncClient(transport=transport, event_hooks={"request": [record]}) as http:
        client = AsyncClient(username=USERNAME, password=PASSWORD, base_url="http://mock", http_client=http)
        inbound = await client.sms.list(
            type="IN",
            from_=FIRST_INBOUND.astimezone(KOLKATA) + dt.timedelta(seconds=1),
            to=SECOND_INBOUND.astimezone(PARIS),
        )
        with pytest.raises(ValueError, match="timezone-aware"):
            await client.sms.list(type="IN", from_=dt.datetime(2024, 3, 19), to=NOW)
    assert len(seen) == 1
    assert (seen[0].url.params["from"], seen[0].url.params["to"]) == ("2024-03-19 02:41:24", "2024-03-19 08:15:00")
    assert [s.text for s in inbound] == ["Hello, can I book a table for two?"]
    assert inbound[0].date_creation is not None
    assert inbound[0].date_creation.utcoffset() == dt.timedelta(0)


@pytest.mark.asyncio
async def test_async_errors(async_client: AsyncClient, callr_app: Starlette) -> None:
    with pytest.raises(NotFoundError) as not_found:
        await async_client.sms.get("WWXXYYZZ")
    assert error_data(not_found.value).code == 404
    with pytest.raises(BadRequestError) as bad_request:
        await async_client.sms.send_with_query(from_="SMS", to="+1", body="x")
    assert error_data(bad_request.value).code == 400
    with pytest.raises(TypeError, match="flash"):
        bad: Any = {"flash": True}
        await async_client.sms.send(from_="SMS", to="+16469820800", body="x", options=bad)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=callr_app)) as http:
        wrong = AsyncClient(username=USERNAME, password="hunter2-not-it", base_url="http://mock", http_client=http)
        with pytest.raises(AuthenticationError) as unauthorized:
            await wrong.sms.list(type="OUT", from_=NOW, to=NOW)
    assert error_data(unauthorized.value).code == 401 and "hunter2" not in str(unauthorized.value)


@pytest.mark.asyncio
async def test_async_malformed_answer_says_do_not_resend() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"<html>gateway</html>"))
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncClient(username=USERNAME, password=PASSWORD, base_url="http://vendor", http_client=http)
        with pytest.raises(MalformedResponseError, match=r"accepted by the server \(HTTP 200\).*do not resend"):
            await client.sms.send(from_="SMS", to="+16469820800", body="x")


# -- tolerant reading of the captured live answer ------------------------------------------------------


def test_live_answer_parses_and_nothing_is_lost() -> None:
    sms = answering_json({"status": "success", "data": LIVE_SMS}).sms.get("8242D945")
    assert sms.to_dict() == LIVE_SMS  # every key and value, as the vendor wrote it
    assert (sms.type, sms.status, sms.b_customer_mode) == (SmsType.OUT, SmsStatus.SENT, CustomerMode.PREPAID)
    assert sms.b_customer_debit == "7.80"
    assert sms.options is None and sms.status_error is None and sms.user_data is None
    assert sms.date_creation == dt.datetime(2024, 3, 19, 2, 41, 23, tzinfo=dt.UTC)
    assert sms.date_sent == sms.date_update == dt.datetime(2024, 3, 19, 2, 41, 25, tzinfo=dt.UTC)
    assert sms.date_received is None  # "0000-00-00 00:00:00"
    assert (sms.encoding, sms.nature, sms.network) == ("GSM", "ALERTING", {"mcc": "310", "mnc": "260"})
    assert sms.status_history is not None
    (change,) = sms.status_history
    assert isinstance(change, StatusChange) and change.to_dict()["by"] == "carrier"
    assert change.updated_at == dt.datetime(2024, 3, 19, 2, 41, 25, tzinfo=dt.UTC)
    assert sms.to_dict()["campaign_id"] == 4242  # an unknown key is kept


def test_null_customer_mode_and_unknown_status_do_not_break_a_list() -> None:
    numeric = copy.deepcopy(LIVE_SMS) | {"hash": "8242D946", "b_customer_debit": 7.8, "b_customer_mode": None}
    undocumented = copy.deepcopy(LIVE_SMS) | {
        "hash": "8242D947",
        "status": "DELIVERED",
        "options": {"force_encoding": "UNICODE", "webhook": {"endpoint": "https://example.com/h"}, "priority": "high"},
        "date_update": UNSET_DATE,
        "date_sent": UNSET_DATE,
        "status_history": [{"old_status": None, "new_status": "PENDING", "updated_at": UNSET_DATE}],
    }
    body = {"status": "success", "data": [LIVE_SMS, numeric, undocumented], "request_id": "r-1"}
    listed = answering_json(body).sms.list(type="OUT", from_=NOW, to=NOW)
    assert [s.hash for s in listed] == ["8242D945", "8242D946", "8242D947"]
    assert [s.to_dict() for s in listed] == body["data"]
    assert listed[1].b_customer_mode is None and listed[1].b_customer_debit == 7.8
    status = listed[2].status
    assert isinstance(status, UnknownStr) and status == "DELIVERED" and not status.is_known
    assert listed[0].status is not None
    assert listed[0].status.is_known and listed[0].status is SmsStatus.SENT
    options = listed[2].options
    assert isinstance(options, SmsOptions) and options.force_encoding is ForceEncoding.UNICODE
    assert options.to_dict()["priority"] == "high"
    assert isinstance(options.webhook, SmsWebhook) and options.webhook.endpoint == "https://example.com/h"
    assert listed[2].date_sent is None and listed[2].date_update is None
    assert listed[2].status_history is not None
    assert listed[2].status_history[0].updated_at is None and listed[2].status_history[0].old_status is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("type", "SIDEWAYS"), ("status", "DELIVERED"), ("b_customer_mode", "FREE")],
)
def test_unknown_enum_values_are_kept_and_readable(field: str, value: str) -> None:
    # Vendors add values: a value the spec does not list yet must not make the answer unreadable.
    sms = answering_content(sms_with(**{field: value})).sms.get("8242D945")
    member = getattr(sms, field)
    assert isinstance(member, UnknownStr)
    assert member.is_known is False and member.value == value and member == value
    assert sms.to_dict()[field] == value


def test_unknown_option_enum_values_are_kept() -> None:
    sms = answering_content(sms_with(options={"nature": "TRANSACTIONAL", "force_encoding": "UCS2"})).sms.get("X")
    assert sms.options is not None
    assert isinstance(sms.options.nature, UnknownStr) and sms.options.nature == "TRANSACTIONAL"
    assert isinstance(sms.options.force_encoding, UnknownStr) and not sms.options.force_encoding.is_known


# -- malformed answers -----------------------------------------------------------------------------------

MALFORMED_SMS = [
    b"<html>gateway error</html>",
    b"",
    json.dumps(LIVE_SMS).encode(),  # the SMS without its envelope
    b'{"data": {}}',
    json.dumps({"status": "error", "data": {"code": 500, "message": "Internal error"}}).encode(),
    json.dumps({"status": "success", "data": [LIVE_SMS]}).encode(),
    json.dumps({"status": "success", "data": {k: v for k, v in LIVE_SMS.items() if k != "hash"}}).encode(),
    sms_with(hash=None),  # the identifier null is as good as absent
]


@pytest.mark.parametrize("content", MALFORMED_SMS)
def test_malformed_sms_body_is_a_typed_error(content: bytes) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        answering_content(content).sms.get("8242D945")
    assert caught.value.status_code == 200 and caught.value.content == content
    assert caught.value.operation == "GET /sms/{hash}"
    assert "accepted by the server (HTTP 200)" in str(caught.value) and "do not resend" in str(caught.value)
    assert PASSWORD not in str(caught.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date_sent", "yesterday"),
        ("date_received", 1710816083),
        ("parts", "one"),
        ("options", "none"),
        ("date_creation", "2024-03-19T02:41:23Z"),
        ("date_creation", UNSET_DATE),  # a required date has no "not set" value
        ("status", 3),
    ],
)
def test_a_field_of_the_wrong_type_fails_where_it_is_read(field: str, value: object) -> None:
    sms = answering_content(sms_with(**{field: value})).sms.get("8242D945")
    assert sms.hash == "8242D945" and sms.text == LIVE_SMS["text"]  # the rest stays readable
    with pytest.raises(MalformedResponseError) as caught:
        getattr(sms, field)
    assert caught.value.field == f"Sms.{field}" and caught.value.operation == "GET /sms/{hash}"
    assert "accepted by the server (HTTP 200)" in str(caught.value) and "do not resend" in str(caught.value)
    with pytest.raises(MalformedResponseError):
        getattr(sms, field)  # every time it is read
    assert "<unreadable>" in repr(sms)


@pytest.mark.parametrize(
    "content",
    [b'"8242D945"', b"[]", b"not json", b"", b'{"status": "success", "data": 8242}'],
)
def test_malformed_hash_body_is_a_typed_error(content: bytes) -> None:
    client = answering_content(content)
    with pytest.raises(MalformedResponseError):
        client.sms.send(from_="SMS", to="+16469820800", body="x")
    with pytest.raises(MalformedResponseError) as caught:
        client.sms.send_with_query(from_="SMS", to="+33612345678", body="x")
    assert caught.value.content == content and caught.value.operation == "GET /sms/send"


@pytest.mark.parametrize(
    "content",
    [
        b'{"status": "success", "data": null}',
        b'{"status": "success", "data": "8242D945"}',
        json.dumps({"status": "success", "data": LIVE_SMS}).encode(),  # one SMS where a list belongs
        json.dumps({"status": "success", "data": [LIVE_SMS, {"date_creation": "2024-03-19 02:41:23"}]}).encode(),
    ],
)
def test_malformed_list_body_is_a_typed_error(content: bytes) -> None:
    with pytest.raises(MalformedResponseError):
        answering_content(content).sms.list(type="OUT", from_=NOW, to=NOW)


# -- credentials, environment, servers, defaults ---------------------------------------------------------


def test_request_model_writes_wire_names() -> None:
    request = SendSmsRequest(
        from_="MyShop",
        to="+33678912345",
        body="Sales start today! STOP to %STOPNUM%",
        options=SmsOptions(
            force_encoding=ForceEncoding.GSM,
            nature=SmsNature.MARKETING,
            webhook=SmsWebhook(endpoint="https://example.com/callr/webhook"),
            flash_message=False,
        ),
    )
    assert request.to_dict() == {
        "from": "MyShop",
        "to": "+33678912345",
        "body": "Sales start today! STOP to %STOPNUM%",
        "options": {
            "force_encoding": "GSM",
            "nature": "MARKETING",
            "webhook": {"endpoint": "https://example.com/callr/webhook"},
            "flash_message": False,
        },
    }
    assert "options" not in SendSmsRequest(from_="SMS", to="+16469820800", body="x").to_dict()
    assert request.options is not None and request.options.user_data is None  # absent: None
