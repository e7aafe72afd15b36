"""The generated SMS Scheduler client against the SMS Scheduler mock: every operation, sync and async,
with keyword arguments, the account's time zone for the vendor's zone-less dates, phone numbers as a
string or a list, ``sms_ids`` in both documented forms, the integer sending statuses, every documented
error status as its typed exception, and the client's safety promises.

The mock runs on a clock the tests move (``Clock``), so statuses that change with time are checked
without sleeping; it reads delivery dates as UTC, so the clients that talk to it are created with
``timezone=datetime.UTC``. It accepts a distinctive token (``TOKEN``), so that a leak of the secret
could be told apart from the word "token".
"""

import datetime as dt
import json
import re
import warnings
import zoneinfo
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_sms_scheduler import (
    APIResponse,
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    MalformedResponseError,
    NotFoundError,
    UnknownInt,
)
from typedsms_sms_scheduler.models import (
    MessageDeleted,
    MessageSmsReport,
    SmsCreated,
    SmsDeleted,
    SmsReport,
    SmsRequest,
    SmsStatus,
    ValidationErrors,
)

from mocks.core.auth import AcceptedCredentials
from mocks.registry import create_app, load_spec

with warnings.catch_warnings():
    # Starlette asks for httpx2 at import; the TestClient works with httpx as installed.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TOKEN = "sk-5ecr3t-b3arer-7f3a9c"
SPEC = load_spec("sms-scheduler")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")

# The mock's "now"; delivery dates are aware, the clients write them in UTC for the mock.
START = dt.datetime(2030, 6, 14, 9, 30, 0, tzinfo=dt.UTC)
PAST = dt.datetime(2020, 12, 25, 12, 45, 59, tzinfo=dt.UTC)
FUTURE = START + dt.timedelta(days=1)
RECEIPT_DELAY = 10  # seconds from Sent to Received in the mock

FR, DE, US = "+33612345678", "+4915112345678", "+14155550123"


class Clock:
    """The mock's clock; tests move it instead of sleeping."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def create(
    client: Client,
    phone_numbers: str | list[str] = FR,
    delivery_date: dt.datetime = PAST,
    message_text: str = "Hello world",
    sender_id: int = 123,
) -> SmsCreated:
    return client.sms.create(
        message_text=message_text, delivery_date=delivery_date, sender_id=sender_id, phone_numbers=phone_numbers
    )


def only_id(created: SmsCreated, number: str) -> int:
    """The one SMS id of ``number``."""
    assert created.sms_ids is not None
    ids = created.sms_ids[number]
    assert isinstance(ids, list) and len(ids) == 1
    return ids[0]


def wire(request: httpx.Request) -> Any:
    """The JSON body that ``request`` put on the wire."""
    return json.loads(request.content)


def response_example(path: str, method: str, status: str, name: str) -> Any:
    content = SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]
    return content["examples"][name]["value"]


def answering(
    handler: Callable[[httpx.Request], httpx.Response], *, timezone: dt.tzinfo | None = PARIS, **settings: Any
) -> Client:
    """A client whose requests never leave the process: ``handler`` answers them, retries do not wait."""
    client = Client(
        token=TOKEN,
        timezone=timezone,
        base_url="http://vendor",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **settings,
    )
    client._sleep = lambda seconds: None
    return client


def recording(seen: list[httpx.Request], *, timezone: dt.tzinfo | None = PARIS) -> Client:
    """A client answering every create like the vendor, recording what was sent."""

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"message_id": 1, "sms_ids": {FR: [2]}})

    return answering(vendor, timezone=timezone)


@pytest.fixture(autouse=True)
def no_sms_scheduler_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what they need; an SMS_SCHEDULER_* variable of the shell must not change them."""
    for name in ("SMS_SCHEDULER_TOKEN", "SMS_SCHEDULER_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> Starlette:
    return create_app("sms-scheduler", AcceptedCredentials(token=TOKEN), clock=clock)


@pytest.fixture
def sent() -> list[httpx.Request]:
    """Every request the ``client`` fixture sent, as it went on the wire."""
    return []


@pytest.fixture
def client(app: Starlette, sent: list[httpx.Request]) -> Client:
    mock = TestClient(app, base_url="http://mock")
    mock.event_hooks = {"request": [sent.append], "response": []}
    return Client(token=TOKEN, timezone=dt.UTC, base_url="http://mock", http_client=mock)


@pytest_asyncio.fixture
async def async_client(app: Starlette) -> AsyncIterator[AsyncClient]:
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http,
        AsyncClient(token=TOKEN, timezone=dt.UTC, base_url="http://mock", http_client=http) as client,
    ):
        yield client


# -- every operation, with keyword arguments ---------------------------------------------------


def test_create_to_several_numbers_then_read_the_reports(client: Client) -> None:
    created = create(client, [FR, DE, FR, US], FUTURE)
    assert isinstance(created, SmsCreated) and isinstance(created.message_id, int)
    # One SMS per occurrence of a number, listed per number.
    ids = created.sms_ids
    assert ids is not None
    assert list(ids) == [FR, DE, US]
    assert all(isinstance(v, list) and all(isinstance(i, int) for i in v) for v in ids.values())
    assert [len(ids[FR]), len(ids[DE]), len(ids[US])] == [2, 1, 1]
    assert len({*ids[FR], *ids[DE], *ids[US]}) == 4

    reports = client.messages.get(created.message_id)
    assert all(isinstance(r, MessageSmsReport) for r in reports)
    assert [r.phone_number for r in reports] == [FR, DE, FR, US]
    assert sorted(r.id for r in reports) == sorted([*ids[FR], *ids[DE], *ids[US]])
    assert {r.id for r in reports if r.phone_number == FR} == set(ids[FR])
    assert all(r.status is SmsStatus.SCHEDULED for r in reports)

    for report in reports:
        one = client.sms.get(report.id)
        assert isinstance(one, SmsReport)
        assert (one.phone_number, one.status) == (report.phone_number, SmsStatus.SCHEDULED)


def test_one_number_as_a_string(client: Client, sent: list[httpx.Request]) -> None:
    created = create(client, US)
    assert wire(sent[-1])["phone_numbers"] == [US]  # a lone number is sent as a list of one
    assert created.sms_ids is not None
    assert list(created.sms_ids) == [US]
    assert client.sms.get(only_id(created, US)).phone_number == US


def test_keyword_arguments_go_on_the_wire(client: Client, sent: list[httpx.Request]) -> None:
    created = client.sms.create(
        message_text="Hello world",
        delivery_date=dt.datetime(2031, 2, 3, 4, 5, 6, 999_999, tzinfo=dt.UTC),
        sender_id=123,
        phone_numbers=(FR, DE),
        message_stop=True,
    )
    body = wire(sent[-1])
    # Microseconds (any datetime.now() has some) are dropped, not rounded: the vendor's format has none.
    assert body == {
        "message_text": "Hello world",
        "delivery_date": "2031-02-03 04:05:06",
        "sender_id": 123,
        "phone_numbers": [FR, DE],
        "message_stop": True,
    }
    assert sent[-1].headers["content-type"] == "application/json"
    assert sent[-1].headers["authorization"] == f"Bearer {TOKEN}"
    # The mock accepted it as that date: still scheduled in 2030.
    assert {r.status for r in client.messages.get(created.message_id)} == {SmsStatus.SCHEDULED}
    # An optional argument left out is not sent at all.
    create(client)
    assert "message_stop" not in wire(sent[-1])


def test_wrong_arguments_raise_type_error_before_sending(client: Client, sent: list[httpx.Request]) -> None:
    wrong: Any = "123"
    with pytest.raises(TypeError, match="sender_id"):
        create(client, sender_id=wrong)
    numbers: Any = [FR, 42]
    with pytest.raises(TypeError, match=re.escape("phone_numbers[1]")):
        create(client, numbers)
    misspelt: dict[str, Any] = {"message_text": "x", "delivery_date": PAST, "sender_id": 1, "phone_number": FR}
    with pytest.raises(TypeError, match="phone_number"):
        client.sms.create(**misspelt)
    identifier: Any = "7"
    with pytest.raises(TypeError, match="id"):
        client.sms.get(identifier)
    assert sent == []


def test_raw_response_has_status_headers_and_parse(client: Client) -> None:
    response = client.sms.with_raw_response.create(
        message_text="Hello", delivery_date=PAST, sender_id=123, phone_numbers=FR
    )
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    created = response.parse()
    assert isinstance(created, SmsCreated) and response.json()["message_id"] == created.message_id
    report = client.sms.with_raw_response.get(only_id(created, FR))
    assert report.status_code == 200 and report.parse().status is SmsStatus.SENT
    listed = client.messages.with_raw_response.get(created.message_id)
    assert [r.phone_number for r in listed.parse()] == [FR]
    with pytest.raises(NotFoundError):
        client.messages.with_raw_response.delete(created.message_id + 1)


# -- the account's time zone: dates written without offset, in the client's zone -----------------


def test_without_timezone_a_delivery_date_is_refused() -> None:
    seen: list[httpx.Request] = []
    client = recording(seen, timezone=None)
    with pytest.raises(ValueError, match=r"timezone=") as caught:
        client.sms.create(message_text="x", delivery_date=FUTURE, sender_id=1, phone_numbers=FR)
    assert "delivery_date" in str(caught.value)
    assert seen == []  # refused before anything was sent
    assert client.timezone is None


def test_with_timezone_the_wall_clock_time_in_that_zone_goes_on_the_wire() -> None:
    seen: list[httpx.Request] = []
    client = recording(seen, timezone=PARIS)
    moments = [
        dt.datetime(2031, 2, 3, 3, 5, 6, tzinfo=dt.UTC),  # CET, UTC+1
        dt.datetime(2031, 7, 1, 10, 0, tzinfo=dt.UTC),  # CEST, UTC+2
        dt.datetime(2031, 7, 1, 6, 0, tzinfo=NEW_YORK),  # EDT, UTC-4: 10:00 UTC
        dt.datetime(2031, 12, 31, 23, 30, tzinfo=dt.UTC),  # already the next year in Paris
        dt.datetime(2031, 3, 30, 1, 30, tzinfo=dt.UTC),  # just after the change to summer time
        dt.datetime(2031, 7, 1, 12, 0, tzinfo=PARIS),  # already in the zone: unchanged
    ]
    for moment in moments:
        client.sms.create(message_text="x", delivery_date=moment, sender_id=1, phone_numbers=FR)
    assert [wire(r)["delivery_date"] for r in seen] == [
        "2031-02-03 04:05:06",
        "2031-07-01 12:00:00",
        "2031-07-01 12:00:00",
        "2032-01-01 00:30:00",
        "2031-03-30 03:30:00",
        "2031-07-01 12:00:00",
    ]
    assert client.timezone is PARIS


def test_a_naive_datetime_is_refused_even_with_a_timezone() -> None:
    seen: list[httpx.Request] = []
    client = recording(seen, timezone=PARIS)
    with pytest.raises(ValueError, match="timezone-aware"):
        client.sms.create(
            message_text="x", delivery_date=dt.datetime(2031, 2, 3, 4, 5, 6), sender_id=1, phone_numbers=FR
        )
    assert seen == []


def test_with_options_keeps_the_timezone() -> None:
    seen: list[httpx.Request] = []
    client = recording(seen, timezone=PARIS).with_options(timeout=5, max_retries=0)
    client.sms.create(
        message_text="x", delivery_date=dt.datetime(2031, 7, 1, 10, 0, tzinfo=dt.UTC), sender_id=1, phone_numbers=FR
    )
    assert wire(seen[0])["delivery_date"] == "2031-07-01 12:00:00"


# -- what the mock makes of the dates ------------------------------------------------------------


def test_the_mock_reads_the_date_to_the_second(client: Client, clock: Clock) -> None:
    created = create(client, delivery_date=START + dt.timedelta(seconds=1))
    sms_id = only_id(created, FR)
    assert client.sms.get(sms_id).status is SmsStatus.SCHEDULED
    clock.advance(0.5)
    assert client.sms.get(sms_id).status is SmsStatus.SCHEDULED
    clock.advance(0.5)  # the delivery date has come: sent
    assert client.sms.get(sms_id).status is SmsStatus.SENT
    clock.advance(RECEIPT_DELAY)
    assert client.sms.get(sms_id).status is SmsStatus.RECEIVED


@pytest.mark.parametrize("delivery_date", [PAST, START], ids=["past", "now"])
def test_a_date_equal_or_inferior_to_now_sends_at_once(
    client: Client, clock: Clock, delivery_date: dt.datetime
) -> None:
    created = create(client, [FR, US], delivery_date)
    assert {r.status for r in client.messages.get(created.message_id)} == {SmsStatus.SENT}
    clock.advance(RECEIPT_DELAY)
    assert {r.status for r in client.messages.get(created.message_id)} == {SmsStatus.RECEIVED}


def test_a_future_date_in_another_zone_stays_scheduled_until_it_comes(client: Client, clock: Clock) -> None:
    created = create(client, delivery_date=FUTURE.astimezone(PARIS))  # the same instant, written in UTC
    sms_id = only_id(created, FR)
    clock.advance(dt.timedelta(days=1).total_seconds() - 1)
    assert client.sms.get(sms_id).status is SmsStatus.SCHEDULED
    clock.advance(1)
    assert client.sms.get(sms_id).status is SmsStatus.SENT


# -- sending statuses: an integer enumeration ------------------------------------------------------

STATUS_SCHEMA = SPEC["components"]["schemas"]["SmsStatus"]
SPEC_STATUSES: list[tuple[str, int]] = list(zip(STATUS_SCHEMA["x-enum-varnames"], STATUS_SCHEMA["enum"], strict=True))


def test_status_enum_has_the_spec_names_for_all_20_codes() -> None:
    assert len(SPEC_STATUSES) == 20
    assert [(s.name, s.value) for s in SmsStatus] == SPEC_STATUSES
    assert SmsStatus(10) is SmsStatus.SCHEDULED and SmsStatus(13) is SmsStatus.RECEIVED
    assert SmsStatus(24) is SmsStatus.CANCELLED_INVALID_SENDER and SmsStatus(39) is SmsStatus.MISSED_ERROR
    assert all(s.is_known for s in SmsStatus)


@pytest.mark.parametrize(("name", "code"), SPEC_STATUSES, ids=[name for name, _ in SPEC_STATUSES])
def test_every_status_code_parses_to_its_member(name: str, code: int) -> None:
    answers = {
        "/sms/7": httpx.Response(200, json={"phone_number": FR, "status": code}),
        "/message/8": httpx.Response(200, json=[{"id": 7, "phone_number": FR, "status": code}]),
    }
    client = answering(lambda request: answers[request.url.path])
    report = client.sms.get(7)
    assert report.status is SmsStatus[name] and report.status == code
    (in_message,) = client.messages.get(8)
    assert in_message.status is SmsStatus[name]
    assert report.to_dict() == {"phone_number": FR, "status": code}


def test_an_unknown_status_code_is_kept_and_readable() -> None:
    # Vendors add codes: 14 is not among the documented 20, yet the reports stay readable.
    answers = {
        "/sms/7": httpx.Response(200, json={"phone_number": FR, "status": 14}),
        "/message/8": httpx.Response(
            200, json=[{"id": 7, "phone_number": FR, "status": 14}, {"id": 9, "phone_number": DE, "status": 12}]
        ),
    }
    client = answering(lambda request: answers[request.url.path])
    report = client.sms.get(7)
    assert isinstance(report.status, UnknownInt)
    assert report.status.is_known is False and report.status.value == 14 and report.status == 14
    assert report.to_dict() == {"phone_number": FR, "status": 14}
    unknown, known = client.messages.get(8)
    assert isinstance(unknown.status, UnknownInt) and not unknown.status.is_known
    assert known.status is SmsStatus.SENT and known.status.is_known


def test_cancelled_statuses_of_the_mock(client: Client) -> None:
    no_text = create(client, message_text=" ")
    assert client.sms.get(only_id(no_text, FR)).status is SmsStatus.CANCELLED_MISSING_TEXT
    bad_sender = create(client, sender_id=0)
    assert client.sms.get(only_id(bad_sender, FR)).status is SmsStatus.CANCELLED_INVALID_SENDER


# -- sms_ids in both of the documentation's forms, always lists --------------------------------------


@pytest.mark.parametrize(
    ("example", "expected"),
    [("created", [123456, 123457]), ("createdSingleId", [123456])],
    ids=["en-gb-list", "en-us-int"],
)
def test_sms_ids_in_both_documented_forms_are_lists(example: str, expected: list[int]) -> None:
    body = response_example("/sms", "post", "200", example)
    client = answering(lambda request: httpx.Response(200, json=body))
    created = create(client)
    assert created.message_id == 123456
    assert created.sms_ids == {"+33612345678": expected}
    assert created.to_dict() == body  # to_dict() keeps the vendor's own form


def test_sms_ids_of_mixed_forms_are_lists() -> None:
    body = {"message_id": 5, "sms_ids": {FR: 1, DE: [2, 3], US: []}}
    created = create(answering(lambda request: httpx.Response(200, json=body)))
    assert created.sms_ids == {FR: [1], DE: [2, 3], US: []}


# -- every documented error status as its typed exception --------------------------------------


def test_400_the_vendors_own_example_parses() -> None:
    example = response_example("/sms", "post", "400", "invalidFields")
    client = answering(lambda request: httpx.Response(400, json=example))
    with pytest.raises(BadRequestError) as caught:
        create(client)
    assert caught.value.status_code == 400 and caught.value.documented
    body = caught.value.body
    assert isinstance(body, ValidationErrors) and body.to_dict() == example
    assert body.errors is not None
    assert body.errors["message_stop"] == ['The field "message_stop" must be a value of type "boolean"']
    assert "The following phone number is invalid: +123456789" in body.errors["phone_numbers"]


@pytest.mark.parametrize("numbers", ["+123456789", [FR, "+123456789"]], ids=["string", "list"])
def test_400_invalid_phone_number(client: Client, numbers: str | list[str]) -> None:
    with pytest.raises(BadRequestError) as caught:
        create(client, numbers)
    assert isinstance(caught.value.body, ValidationErrors)
    assert caught.value.body.errors == {"phone_numbers": ["The following phone number is invalid: +123456789"]}
    assert caught.value.operation == "POST /sms"


OPERATIONS: dict[str, Callable[[Client], object]] = {
    "sms.create": lambda client: create(client),
    "sms.get": lambda client: client.sms.get(1),
    "sms.delete": lambda client: client.sms.delete(1),
    "messages.get": lambda client: client.messages.get(1),
    "messages.delete": lambda client: client.messages.delete(1),
}


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op != "sms.create"])
def test_404_unknown_ids(client: Client, operation: str) -> None:
    create(client)  # something exists, just not id 1
    with pytest.raises(NotFoundError) as caught:
        OPERATIONS[operation](client)
    assert caught.value.status_code == 404 and caught.value.documented
    assert caught.value.operation.endswith("/{id}")
    # The spec gives 404 no schema: the body is the JSON as it came, if any.
    assert caught.value.body == (json.loads(caught.value.content) if caught.value.content else None)


def test_an_error_body_that_is_not_json_is_kept_raw() -> None:
    client = answering(lambda request: httpx.Response(404, text="<html>Not Found</html>"))
    with pytest.raises(NotFoundError) as caught:
        client.sms.get(7)
    assert caught.value.body is None and caught.value.content == b"<html>Not Found</html>"
    assert isinstance(caught.value, APIStatusError) and caught.value.headers["content-type"].startswith("text/plain")


# -- deleting ----------------------------------------------------------------------------------


def test_delete_sms_then_it_is_gone(client: Client) -> None:
    created = create(client, [FR, DE], FUTURE)
    fr_id, de_id = only_id(created, FR), only_id(created, DE)
    deleted = client.sms.delete(fr_id)
    assert isinstance(deleted, SmsDeleted) and deleted.success is True
    with pytest.raises(NotFoundError):
        client.sms.get(fr_id)
    with pytest.raises(NotFoundError):
        client.sms.delete(fr_id)
    # Only that SMS: the message keeps its other one.
    assert [(r.id, r.phone_number) for r in client.messages.get(created.message_id)] == [(de_id, DE)]
    # A sent SMS can be deleted too; with its last SMS gone the message is gone.
    sent_one = create(client, US, PAST)
    us_id = only_id(sent_one, US)
    assert client.sms.get(us_id).status is SmsStatus.SENT
    assert client.sms.delete(us_id).success is True
    with pytest.raises(NotFoundError):
        client.messages.get(sent_one.message_id)


def test_delete_message_answers_the_number_deleted_and_its_sms_are_gone(client: Client) -> None:
    created = create(client, [FR, DE, FR], FUTURE)
    other = create(client, US, FUTURE)
    ids = [r.id for r in client.messages.get(created.message_id)]
    deleted = client.messages.delete(created.message_id)
    assert isinstance(deleted, MessageDeleted) and deleted.success == 3
    assert deleted == MessageDeleted(success=3)
    for sms_id in ids:
        with pytest.raises(NotFoundError):
            client.sms.get(sms_id)
    with pytest.raises(NotFoundError):
        client.messages.get(created.message_id)
    with pytest.raises(NotFoundError):
        client.messages.delete(created.message_id)
    # Another message is untouched.
    assert [r.phone_number for r in client.messages.get(other.message_id)] == [US]


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AsyncClient, clock: Clock) -> None:
    created = await async_client.sms.create(
        message_text="Hello world", delivery_date=FUTURE, sender_id=123, phone_numbers=[FR, DE]
    )
    reports = await async_client.messages.get(created.message_id)
    assert [(r.phone_number, r.status) for r in reports] == [(FR, SmsStatus.SCHEDULED), (DE, SmsStatus.SCHEDULED)]
    first, second = (r.id for r in reports)
    assert created.sms_ids == {FR: [first], DE: [second]}
    clock.advance(dt.timedelta(days=1).total_seconds())
    report = await async_client.sms.get(first)
    assert (report.phone_number, report.status) == (FR, SmsStatus.SENT)
    raw = await async_client.sms.with_raw_response.get(second)
    assert raw.status_code == 200 and raw.parse().status is SmsStatus.SENT
    assert (await async_client.sms.delete(first)).success is True
    with pytest.raises(NotFoundError):
        await async_client.sms.get(first)
    assert (await async_client.messages.delete(created.message_id)).success == 1
    with pytest.raises(NotFoundError):
        await async_client.messages.get(created.message_id)


@pytest.mark.asyncio
async def test_async_errors_and_time_zone(async_client: AsyncClient, app: Starlette) -> None:
    with pytest.raises(BadRequestError) as caught:
        await async_client.sms.create(message_text="x", delivery_date=PAST, sender_id=1, phone_numbers="+123456789")
    assert isinstance(caught.value.body, ValidationErrors)
    assert caught.value.body.errors is not None
    assert caught.value.body.errors["phone_numbers"] == ["The following phone number is invalid: +123456789"]
    with pytest.raises(NotFoundError):
        await async_client.messages.delete(1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        wrong = AsyncClient(token="hunter2-not-the-token", timezone=dt.UTC, base_url="http://mock", http_client=http)
        with pytest.raises(AuthenticationError):
            await wrong.sms.get(1)
        zoneless = AsyncClient(token=TOKEN, base_url="http://mock", http_client=http)
        with pytest.raises(ValueError, match="timezone="):
            await zoneless.sms.create(message_text="x", delivery_date=PAST, sender_id=1, phone_numbers=FR)
        created = await async_client.sms.create(message_text="x", delivery_date=FUTURE, sender_id=1, phone_numbers=FR)
        (report,) = await zoneless.messages.get(created.message_id)  # no datetime argument: no zone needed
        assert report.phone_number == FR


# -- malformed answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"<html>gateway error</html>",
        b'"a report"',
        b"42",
        b"[]",
        b"",
    ],
)
def test_malformed_report_is_a_typed_error(content: bytes) -> None:
    client = answering(lambda request: httpx.Response(200, content=content))
    with pytest.raises(MalformedResponseError) as caught:
        client.sms.get(7)
    assert caught.value.status_code == 200 and "do not resend" in str(caught.value)


def test_a_status_of_the_wrong_type_fails_where_it_is_read() -> None:
    client = answering(lambda request: httpx.Response(200, json={"phone_number": FR, "status": "13"}))
    report = client.sms.get(7)
    assert report.phone_number == FR  # the rest stays readable
    with pytest.raises(MalformedResponseError) as caught:
        _ = report.status
    assert caught.value.field == "SmsReport.status" and caught.value.operation == "GET /sms/{id}"


def test_a_malformed_creation_answer_says_it_was_accepted() -> None:
    seen: list[httpx.Request] = []
    body: dict[str, Any] = {"sms_ids": {}}

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    client = answering(vendor)
    with pytest.raises(MalformedResponseError, match=r"accepted by the server \(HTTP 200\).*do not resend"):
        create(client)  # message_id, the identifier, missing
    body.update({"message_id": "1", "sms_ids": {FR: ["2"]}})
    created = create(client)
    for field in ("message_id", "sms_ids"):
        with pytest.raises(MalformedResponseError, match=r"accepted by the server \(HTTP 200\).*do not resend"):
            getattr(created, field)
    assert len(seen) == 2  # each create sent once, never repeated


# -- retries -----------------------------------------------------------------------------------


# -- credentials, environment, servers, defaults --------------------------------------------------


def test_servers_production_first_then_test() -> None:
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    http = httpx.Client(transport=httpx.MockTransport(vendor))
    production = Client(token=TOKEN, http_client=http)
    assert production.base_url == "https://sms-scheduler.com/api/v1"
    production.sms.delete(123456)
    assert str(seen[0].url) == "https://sms-scheduler.com/api/v1/sms/123456" and seen[0].method == "DELETE"
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen[0].headers["User-Agent"].startswith("typedsms-sms-scheduler/")
    test = Client(token=TOKEN, server="test", http_client=http)
    assert test.base_url == "http://test.sms-scheduler.com/api/v1"
    mock = Client(token=TOKEN, server="test", base_url="http://127.0.0.1:8080/")
    assert mock.base_url == "http://127.0.0.1:8080"
    unknown: Any = "staging"
    with pytest.raises(ValueError, match="staging"):
        Client(token=TOKEN, server=unknown)


def test_no_time_zone_is_assumed_by_default() -> None:
    """The other production defaults (timeouts, retries, headers) are the contract's (tests/clients/test_contract.py)."""
    assert Client(token=TOKEN).timezone is None


def test_request_model_absent_fields_and_wire_names() -> None:
    request = SmsRequest(message_text="Hello", delivery_date=FUTURE, sender_id=123, phone_numbers=[FR])
    assert request.message_stop is None  # absent optional field: None
    assert request.phone_numbers == [FR] and request.delivery_date == FUTURE
    created = SmsCreated(message_id=1, sms_ids={FR: [2, 3]})
    assert created.to_dict() == {"message_id": 1, "sms_ids": {FR: [2, 3]}}
    assert SmsReport(phone_number=FR, status=SmsStatus.SENT).to_dict() == {"phone_number": FR, "status": 12}
