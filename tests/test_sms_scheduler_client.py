"""The generated SMS Scheduler client against the SMS Scheduler mock: every operation, sync and async,
the vendor's date format and phone numbers, the sending statuses, every documented error status as its
typed exception, and the client's safety promises.

The mock runs on a clock the tests move (``Clock``), so statuses that change with time are checked
without sleeping. It accepts a distinctive token (``TOKEN``) rather than its default ``"token"``, a
word that ``Credentials(token='***')`` holds anyway: a leak of the secret could not be told apart.
"""

import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_sms_scheduler import AuthenticatedClient, Client, Credentials, Server, errors
from typedsms_sms_scheduler.api.messages import delete_message, get_message
from typedsms_sms_scheduler.api.sms import create_sms, delete_sms, get_sms
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

from .servers import serve

TOKEN = "sk-5ecr3t-b3arer-7f3a9c"
CREDENTIALS = Credentials(token=TOKEN)
ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec("sms-scheduler")

# The mock's "now": aware UTC for the mock, and the same wall-clock time as users pass it (the
# vendor documents no time zone; the mock reads dates as UTC).
START = dt.datetime(2030, 6, 14, 9, 30, 0, tzinfo=dt.UTC)
NOW = START.replace(tzinfo=None)
PAST = dt.datetime(2020, 12, 25, 12, 45, 59)
FUTURE = NOW + dt.timedelta(days=1)
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


def sms(
    phone_numbers: str | list[str] = FR,
    delivery_date: dt.datetime = PAST,
    text: str = "Hello world",
    sender_id: int = 123,
) -> SmsRequest:
    return SmsRequest(message_text=text, delivery_date=delivery_date, sender_id=sender_id, phone_numbers=phone_numbers)


def only_id(created: SmsCreated, number: str) -> int:
    """The one SMS id of ``number`` (the mock answers the en-gb form: a list)."""
    ids = created.sms_ids[number]
    assert isinstance(ids, list) and len(ids) == 1
    return ids[0]


def wire(request: httpx.Request) -> Any:
    """The JSON body that ``request`` put on the wire."""
    return json.loads(request.content)


def response_example(path: str, method: str, status: str, name: str) -> Any:
    content = SPEC["paths"][path][method]["responses"][status]["content"]["application/json"]
    return content["examples"][name]["value"]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> Starlette:
    return create_app("sms-scheduler", AcceptedCredentials(token=TOKEN), clock=clock)


@pytest.fixture
def url(app: Starlette) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture
def sent() -> list[httpx.Request]:
    """Every request the ``client`` fixture sent, as it went on the wire."""
    return []


@pytest.fixture
def client(url: str, sent: list[httpx.Request]) -> Iterator[AuthenticatedClient]:
    hooks = {"request": [sent.append]}
    with AuthenticatedClient(credentials=CREDENTIALS, base_url=url, httpx_args={"event_hooks": hooks}) as client:
        yield client


@pytest_asyncio.fixture
async def async_client(app: Starlette) -> AsyncIterator[AuthenticatedClient]:
    transport = httpx.ASGITransport(app=app)
    client = AuthenticatedClient(credentials=CREDENTIALS, base_url="http://mock", httpx_args={"transport": transport})
    async with client:
        yield client


def answering(handler: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    """A client whose requests never leave the process: ``handler`` answers them."""
    return AuthenticatedClient(
        credentials=CREDENTIALS, base_url="http://vendor", httpx_args={"transport": httpx.MockTransport(handler)}
    )


# -- every operation, sync over loopback -------------------------------------------------------


def test_create_to_several_numbers_then_read_the_reports(client: AuthenticatedClient) -> None:
    created = create_sms.sync(client=client, body=sms([FR, DE, FR, US], FUTURE))
    assert isinstance(created, SmsCreated) and isinstance(created.message_id, int)
    # One SMS per occurrence of a number, listed per number (the en-gb form the mock answers).
    ids = created.sms_ids.to_dict()
    assert list(ids) == [FR, DE, US]
    assert all(isinstance(v, list) and all(isinstance(i, int) for i in v) for v in ids.values())
    assert [len(ids[FR]), len(ids[DE]), len(ids[US])] == [2, 1, 1]
    assert len({*ids[FR], *ids[DE], *ids[US]}) == 4

    reports = get_message.sync(created.message_id, client=client)
    assert all(isinstance(r, MessageSmsReport) for r in reports)
    assert [r.phone_number for r in reports] == [FR, DE, FR, US]
    assert sorted(r.id for r in reports) == sorted([*ids[FR], *ids[DE], *ids[US]])
    assert {r.id for r in reports if r.phone_number == FR} == set(ids[FR])
    assert all(r.status is SmsStatus.SCHEDULED for r in reports)

    for report in reports:
        one = get_sms.sync(report.id, client=client)
        assert isinstance(one, SmsReport)
        assert (one.phone_number, one.status) == (report.phone_number, SmsStatus.SCHEDULED)


def test_one_number_as_a_string(client: AuthenticatedClient, sent: list[httpx.Request]) -> None:
    created = create_sms.sync(client=client, body=sms(US))
    assert wire(sent[-1])["phone_numbers"] == US  # sent as the string it is, not wrapped in a list
    assert created.sms_ids.additional_keys == [US]
    sms_id = only_id(created, US)
    assert get_sms.sync(sms_id, client=client).phone_number == US


def test_detailed_response_has_status_headers_and_content(client: AuthenticatedClient) -> None:
    response = create_sms.sync_detailed(client=client, body=sms())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content)["message_id"] == response.parsed.message_id


# -- dates on the wire, and what the mock makes of them ---------------------------------------


def test_delivery_date_goes_on_the_wire_in_the_vendor_format(
    client: AuthenticatedClient, sent: list[httpx.Request]
) -> None:
    # Microseconds (any datetime.now() has some) are dropped, not rounded: the vendor's format has none.
    created = create_sms.sync(client=client, body=sms([FR, DE], dt.datetime(2031, 2, 3, 4, 5, 6, 999_999)))
    body = wire(sent[-1])
    assert body["delivery_date"] == "2031-02-03 04:05:06"
    assert body["phone_numbers"] == [FR, DE]
    assert (body["message_text"], body["sender_id"], body["message_stop"]) == ("Hello world", 123, False)
    assert sent[-1].headers["content-type"] == "application/json"
    # The mock accepted it as that date: still scheduled in 2030.
    assert {r.status for r in get_message.sync(created.message_id, client=client)} == {SmsStatus.SCHEDULED}


def test_the_mock_reads_the_date_to_the_second(client: AuthenticatedClient, clock: Clock) -> None:
    created = create_sms.sync(client=client, body=sms(delivery_date=NOW + dt.timedelta(seconds=1)))
    sms_id = only_id(created, FR)
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.SCHEDULED
    clock.advance(0.5)
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.SCHEDULED
    clock.advance(0.5)  # the delivery date has come: sent
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.SENT
    clock.advance(RECEIPT_DELAY)
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.RECEIVED


@pytest.mark.parametrize("delivery_date", [PAST, NOW], ids=["past", "now"])
def test_a_date_equal_or_inferior_to_now_sends_at_once(
    client: AuthenticatedClient, clock: Clock, delivery_date: dt.datetime
) -> None:
    created = create_sms.sync(client=client, body=sms([FR, US], delivery_date))
    assert {r.status for r in get_message.sync(created.message_id, client=client)} == {SmsStatus.SENT}
    clock.advance(RECEIPT_DELAY)
    assert {r.status for r in get_message.sync(created.message_id, client=client)} == {SmsStatus.RECEIVED}


def test_a_future_date_stays_scheduled_until_it_comes(client: AuthenticatedClient, clock: Clock) -> None:
    created = create_sms.sync(client=client, body=sms(delivery_date=FUTURE))
    sms_id = only_id(created, FR)
    clock.advance(dt.timedelta(days=1).total_seconds() - 1)
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.SCHEDULED
    clock.advance(1)
    assert get_sms.sync(sms_id, client=client).status is SmsStatus.SENT


def test_an_aware_datetime_is_refused_because_the_vendor_names_no_time_zone() -> None:
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"message_id": 1, "sms_ids": {FR: [2]}})

    paris = dt.timezone(dt.timedelta(hours=2))
    with pytest.raises(ValueError, match="naive datetime"):
        create_sms.sync(
            client=answering(vendor), body=sms(delivery_date=dt.datetime(2031, 2, 3, 4, 5, 6, tzinfo=paris))
        )
    assert seen == []  # refused before anything was sent


# -- sending statuses --------------------------------------------------------------------------

STATUS_SCHEMA = SPEC["components"]["schemas"]["SmsStatus"]
SPEC_STATUSES: list[tuple[str, int]] = list(zip(STATUS_SCHEMA["x-enum-varnames"], STATUS_SCHEMA["enum"], strict=True))


def test_status_enum_has_the_spec_names_for_all_20_codes() -> None:
    assert len(SPEC_STATUSES) == 20
    assert [(s.name, s.value) for s in SmsStatus] == SPEC_STATUSES
    assert not [s.name for s in SmsStatus if re.fullmatch(r"VALUE_\d+", s.name)]
    assert SmsStatus(10) is SmsStatus.SCHEDULED and SmsStatus(13) is SmsStatus.RECEIVED
    assert SmsStatus(24) is SmsStatus.CANCELLED_INVALID_SENDER and SmsStatus(39) is SmsStatus.MISSED_ERROR


@pytest.mark.parametrize(("name", "code"), SPEC_STATUSES, ids=[name for name, _ in SPEC_STATUSES])
def test_every_status_code_parses_to_its_member(name: str, code: int) -> None:
    answers = {
        "/sms/7": httpx.Response(200, json={"phone_number": FR, "status": code}),
        "/message/8": httpx.Response(200, json=[{"id": 7, "phone_number": FR, "status": code}]),
    }
    client = answering(lambda request: answers[request.url.path])
    report = get_sms.sync(7, client=client)
    assert report.status is SmsStatus[name] and report.status == code
    (in_message,) = get_message.sync(8, client=client)
    assert in_message.status is SmsStatus[name]
    assert report.to_dict() == {"phone_number": FR, "status": code}


def test_cancelled_statuses_of_the_mock(client: AuthenticatedClient) -> None:
    no_text = create_sms.sync(client=client, body=sms(text=" "))
    no_text_id = only_id(no_text, FR)
    assert get_sms.sync(no_text_id, client=client).status is SmsStatus.CANCELLED_MISSING_TEXT
    bad_sender = create_sms.sync(client=client, body=sms(sender_id=0))
    bad_sender_id = only_id(bad_sender, FR)
    assert get_sms.sync(bad_sender_id, client=client).status is SmsStatus.CANCELLED_INVALID_SENDER


# -- sms_ids in both of the documentation's forms ----------------------------------------------


@pytest.mark.parametrize(
    ("example", "expected"),
    [("created", [123456, 123457]), ("createdSingleId", 123456)],
    ids=["en-gb-list", "en-us-int"],
)
def test_sms_ids_in_both_documented_forms(example: str, expected: int | list[int]) -> None:
    body = response_example("/sms", "post", "200", example)
    client = answering(lambda request: httpx.Response(200, json=body))
    created = create_sms.sync(client=client, body=sms())
    assert created.message_id == 123456
    assert created.sms_ids["+33612345678"] == expected
    assert type(created.sms_ids["+33612345678"]) is type(expected)
    assert created.to_dict() == body


# -- every documented error status as its typed exception --------------------------------------


def test_400_the_vendors_own_example(client: AuthenticatedClient) -> None:
    # The typed models cannot hold the wrong types of the vendor's example, and from_dict refuses
    # them too; so the body goes raw through the client's own httpx client (same auth and base URL).
    raw = {
        "message_text": "Hello world",
        "message_stop": "yes",
        "delivery_date": "2020-12-25 12:45:59",
        "sender_id": 123,
        "phone_numbers": [42, "+123456789"],
    }
    with pytest.raises(TypeError, match="expected a string, got int"):
        SmsRequest.from_dict(raw)
    response = client.get_httpx_client().post("/sms", json=raw)
    assert response.status_code == 400
    body = ValidationErrors.from_dict(response.json())
    assert body.to_dict() == response_example("/sms", "post", "400", "invalidFields")
    assert body.errors["message_stop"] == ['The field "message_stop" must be a value of type "boolean"']
    assert "The following phone number is invalid: +123456789" in body.errors["phone_numbers"]


@pytest.mark.parametrize("numbers", ["+123456789", [FR, "+123456789"]], ids=["string", "list"])
def test_400_invalid_phone_number(client: AuthenticatedClient, numbers: str | list[str]) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        create_sms.sync(client=client, body=sms(numbers))
    assert caught.value.body is not None
    assert caught.value.body.errors.to_dict() == {
        "phone_numbers": ["The following phone number is invalid: +123456789"]
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sender_id", "123", 'The field "sender_id" must be a value of type "integer"'),
        ("message_text", 5, 'The field "message_text" must be a value of type "string"'),
        (
            "delivery_date",
            "2020-12-25T12:45:59",
            'The field "delivery_date" must be a date of format "YYYY-MM-DD HH:MM:SS"',
        ),
    ],
    ids=["sender_id", "message_text", "delivery_date"],
)
def test_400_wrong_type_sent_raw(client: AuthenticatedClient, field: str, value: object, message: str) -> None:
    # Through the client's own httpx client: same base URL and credentials, any body.
    raw = {**sms().to_dict(), field: value}
    response = client.get_httpx_client().post("/sms", json=raw)
    assert response.status_code == 400
    assert ValidationErrors.from_dict(response.json()).errors.to_dict() == {field: [message]}


def test_400_body_not_json(client: AuthenticatedClient) -> None:
    response = client.get_httpx_client().post(
        "/sms", content=b"message_text=hi", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert ValidationErrors.from_dict(response.json()).errors["body"] == ["The request body must be valid JSON"]


OPERATIONS: dict[str, Callable[[AuthenticatedClient | Client], object]] = {
    "createSms": lambda client: create_sms.sync(client=client, body=sms()),
    "getSms": lambda client: get_sms.sync(1, client=client),
    "deleteSms": lambda client: delete_sms.sync(1, client=client),
    "getMessage": lambda client: get_message.sync(1, client=client),
    "deleteMessage": lambda client: delete_message.sync(1, client=client),
}


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_401_wrong_or_missing_token(url: str, operation: str) -> None:
    wrong = AuthenticatedClient(credentials=Credentials(token="hunter2-not-the-token"), base_url=url)
    with wrong, pytest.raises(errors.AuthenticationError) as caught:
        OPERATIONS[operation](wrong)
    assert caught.value.status_code == 401 and caught.value.documented
    assert caught.value.body is None  # the documentation gives 401 no body
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(wrong)
    with Client(base_url=url) as anonymous, pytest.raises(errors.AuthenticationError):
        OPERATIONS[operation](anonymous)


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op != "createSms"])
def test_404_unknown_ids(client: AuthenticatedClient, operation: str) -> None:
    create_sms.sync(client=client, body=sms())  # something exists, just not id 1
    with pytest.raises(errors.NotFoundError) as caught:
        OPERATIONS[operation](client)
    assert caught.value.status_code == 404 and caught.value.documented
    assert caught.value.body is None  # the documentation gives 404 no body
    assert caught.value.path.endswith("/1")


# -- deleting ----------------------------------------------------------------------------------


def test_delete_sms_then_it_is_gone(client: AuthenticatedClient) -> None:
    created = create_sms.sync(client=client, body=sms([FR, DE], FUTURE))
    fr_id, de_id = only_id(created, FR), only_id(created, DE)
    assert delete_sms.sync(fr_id, client=client) == SmsDeleted(success=True)
    with pytest.raises(errors.NotFoundError):
        get_sms.sync(fr_id, client=client)
    with pytest.raises(errors.NotFoundError):
        delete_sms.sync(fr_id, client=client)
    # Only that SMS: the message keeps its other one.
    assert [(r.id, r.phone_number) for r in get_message.sync(created.message_id, client=client)] == [(de_id, DE)]
    # A sent SMS can be deleted too; with its last SMS gone the message is gone.
    sent_one = create_sms.sync(client=client, body=sms(US, PAST))
    us_id = only_id(sent_one, US)
    assert get_sms.sync(us_id, client=client).status is SmsStatus.SENT
    assert delete_sms.sync(us_id, client=client).success is True
    with pytest.raises(errors.NotFoundError):
        get_message.sync(sent_one.message_id, client=client)


def test_delete_message_answers_the_number_deleted_and_its_sms_are_gone(client: AuthenticatedClient) -> None:
    created = create_sms.sync(client=client, body=sms([FR, DE, FR], FUTURE))
    other = create_sms.sync(client=client, body=sms(US, FUTURE))
    ids = [r.id for r in get_message.sync(created.message_id, client=client)]
    assert delete_message.sync(created.message_id, client=client) == MessageDeleted(success=3)
    for sms_id in ids:
        with pytest.raises(errors.NotFoundError):
            get_sms.sync(sms_id, client=client)
    with pytest.raises(errors.NotFoundError):
        get_message.sync(created.message_id, client=client)
    with pytest.raises(errors.NotFoundError):
        delete_message.sync(created.message_id, client=client)
    # Another message is untouched.
    assert [r.phone_number for r in get_message.sync(other.message_id, client=client)] == [US]


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AuthenticatedClient, clock: Clock) -> None:
    created = await create_sms.asyncio(client=async_client, body=sms([FR, DE], FUTURE))
    reports = await get_message.asyncio(created.message_id, client=async_client)
    assert [(r.phone_number, r.status) for r in reports] == [(FR, SmsStatus.SCHEDULED), (DE, SmsStatus.SCHEDULED)]
    first, second = (r.id for r in reports)
    assert created.sms_ids.to_dict() == {FR: [first], DE: [second]}
    clock.advance(dt.timedelta(days=1).total_seconds())
    assert await get_sms.asyncio(first, client=async_client) == SmsReport(phone_number=FR, status=SmsStatus.SENT)
    detailed = await get_sms.asyncio_detailed(second, client=async_client)
    assert detailed.status_code == 200 and detailed.parsed.status is SmsStatus.SENT
    assert (await delete_sms.asyncio(first, client=async_client)).success is True
    with pytest.raises(errors.NotFoundError):
        await get_sms.asyncio(first, client=async_client)
    assert (await delete_message.asyncio(created.message_id, client=async_client)).success == 1
    with pytest.raises(errors.NotFoundError):
        await get_message.asyncio(created.message_id, client=async_client)


@pytest.mark.asyncio
async def test_async_errors(async_client: AuthenticatedClient, app: Starlette) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await create_sms.asyncio(client=async_client, body=sms("+123456789"))
    assert caught.value.body is not None
    assert caught.value.body.errors["phone_numbers"] == ["The following phone number is invalid: +123456789"]
    with pytest.raises(errors.NotFoundError):
        await delete_message.asyncio(1, client=async_client)
    wrong = AuthenticatedClient(
        credentials=Credentials(token="hunter2-not-the-token"),
        base_url="http://mock",
        httpx_args={"transport": httpx.ASGITransport(app=app)},
    )
    async with wrong:
        with pytest.raises(errors.AuthenticationError):
            await get_sms.asyncio(1, client=wrong)


# -- malformed answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"<html>gateway error</html>",
        b'{"phone_number": "+33612345678"}',
        b'{"phone_number": "+33612345678", "status": "13"}',
        b"[]",
        b"",
    ],
)
def test_malformed_report_is_a_typed_error(content: bytes) -> None:
    client = answering(lambda request: httpx.Response(200, content=content))
    with pytest.raises(errors.MalformedResponseError) as caught:
        get_sms.sync(7, client=client)
    assert caught.value.status_code == 200 and caught.value.content == content


def test_an_unknown_status_code_is_kept_and_readable() -> None:
    # Vendors add codes: 14 is not among the documented 20, yet the report stays readable.
    client = answering(lambda request: httpx.Response(200, json={"phone_number": "+33612345678", "status": 14}))
    report = get_sms.sync(7, client=client)
    assert report.status.is_known is False and report.status.value == 14 and report.status == 14
    assert report.to_dict() == {"phone_number": "+33612345678", "status": 14}


# -- credentials, servers, defaults --------------------------------------------------------------


def test_token_never_shown(
    client: AuthenticatedClient, sent: list[httpx.Request], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = create_sms.sync(client=client, body=sms())
    get_message.sync(created.message_id, client=client)
    raised: list[errors.ApiError] = []
    for bad in (
        lambda: get_sms.sync(1, client=client),
        lambda: create_sms.sync(client=client, body=sms("+123456789")),
    ):
        with pytest.raises(errors.ApiStatusError) as caught:
            bad()
        raised.append(caught.value)
    # The token did go out, on every request, so its absence below means something.
    assert len(sent) == 4 and all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in sent)
    assert "Authorization" not in client.get_httpx_client().headers
    assert repr(CREDENTIALS) == "Credentials(token='***')" and CREDENTIALS.token == TOKEN
    assert "Credentials(token='***')" in repr(client) and TOKEN not in repr(client)
    assert all(TOKEN not in str(exc) and TOKEN not in repr(exc) for exc in raised)
    assert "HTTP Request: POST" in caplog.text  # DEBUG logs were captured
    assert TOKEN not in caplog.text


def test_servers_are_a_typed_choice_with_production_first() -> None:
    assert [(s.name, s.url()) for s in Server] == [
        ("PRODUCTION", "https://sms-scheduler.com/api/v1"),
        ("TEST", "http://test.sms-scheduler.com/api/v1"),
    ]
    assert Server.default() is Server.PRODUCTION
    assert AuthenticatedClient(credentials=CREDENTIALS).resolved_base_url() == Server.PRODUCTION.value
    test = AuthenticatedClient(credentials=CREDENTIALS, server=Server.TEST)
    assert str(test.get_httpx_client().base_url) == "http://test.sms-scheduler.com/api/v1/"
    mock = AuthenticatedClient(credentials=CREDENTIALS, server=Server.TEST, base_url="http://127.0.0.1:8080")
    assert mock.resolved_base_url() == "http://127.0.0.1:8080"


def test_requests_keep_the_servers_path() -> None:
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    client = AuthenticatedClient(credentials=CREDENTIALS, httpx_args={"transport": httpx.MockTransport(vendor)})
    delete_sms.sync(123456, client=client)
    assert str(seen[0].url) == "https://sms-scheduler.com/api/v1/sms/123456" and seen[0].method == "DELETE"
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_production_defaults() -> None:
    httpx_client = AuthenticatedClient(credentials=CREDENTIALS).get_httpx_client()
    assert httpx_client.timeout.read == 30.0 and httpx_client.timeout.connect == 10.0
    assert httpx_client.headers["User-Agent"].startswith("typedsms-sms-scheduler/")


def test_readme_example_runs_against_the_mock(url: str) -> None:
    readme = (ROOT / "clients" / "sms-scheduler" / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code is not None and "server=Server.PRODUCTION" in code.group(1)
    example = code.group(1).replace("server=Server.PRODUCTION", f"base_url={url!r}")
    env = {**os.environ, "SMS_SCHEDULER_TOKEN": TOKEN}
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("SmsCreated(message_id=")
    for number in ("+330101010101", "+330202020202", "+490303030303"):
        assert f"'{number}': [" in result.stdout
