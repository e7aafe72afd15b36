"""The generated Retarus client against the Retarus mock: every operation, sync and async, keyword
arguments and dict literals, lazy results, open enums, paging, raw responses, every documented
error status as its typed exception, and the client's safety promises."""

import datetime as dt
import itertools
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from starlette.testclient import TestClient
from typedsms_retarus_sms4a import (
    APIResponse,
    AsyncClient,
    AsyncPage,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    RetryPolicy,
    SyncPage,
    UnknownStr,
    UnprocessableEntityError,
)
from typedsms_retarus_sms4a.models import (
    Encoding,
    Error,
    InvalidCharacters,
    JobOptions,
    JobReport,
    JobResponse,
    Message,
    ProcessStatus,
    Qos,
    Recipient,
    RecipientReport,
    ServerVersion,
    SmsStatus,
)
from typedsms_retarus_sms4a.params import JobOptionsParam, MessageParam

from tests.support.client_operations import Switchboard, client_operations, offline_client, success_example

USER, PASSWORD = "user", "secret"  # what a default mock accepts
JOB_ID = re.compile(r"J\.\d{8}-\d{6}\.\d{3}-[A-Za-z0-9]{18}")
SMS_ID = re.compile(r"S\.\d{8}-\d{6}\.\d{3}-[A-Za-z0-9]{18}")
UNKNOWN_JOB = "J.20180620-085038.561-0jimrdkk7SOILYBNMK"
REPORT: dict[str, Any] = {"jobId": UNKNOWN_JOB, "receiptTs": "2022-09-01T10:25:00Z", "recipientIds": []}


def message(text: str = "Your access code is ABC1234", recipients: int = 1) -> MessageParam:
    return {"text": text, "recipients": [{"dst": f"+49176000000{i:02d}"} for i in range(recipients)]}


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.fixture(autouse=True)
def no_retarus_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what they configure: nothing comes from the developer's environment."""
    for name in ("RETARUS_USERNAME", "RETARUS_PASSWORD", "RETARUS_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests the client sent, as they left it."""
    return []


@pytest.fixture
def client(retarus_app: Starlette, sent: list[httpx.Request]) -> Iterator[Client]:
    http = TestClient(retarus_app, base_url="http://mock")
    http.event_hooks = {"request": [sent.append], "response": []}
    with http, Client(username=USER, password=PASSWORD, base_url="http://mock", http_client=http) as client:
        yield client


@pytest_asyncio.fixture
async def async_client(retarus_app: Starlette) -> AsyncIterator[AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=retarus_app), base_url="http://mock")
    async with http, AsyncClient(username=USER, password=PASSWORD, base_url="http://mock", http_client=http) as client:
        yield client


def answering(
    handler: Callable[[httpx.Request], httpx.Response], *, password: str = PASSWORD, **settings: Any
) -> Client:
    """A client whose requests ``handler`` answers; retries do not wait."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(username=USER, password=password, base_url="http://vendor", http_client=http, **settings)
    client._sleep = lambda seconds: None
    return client


def always(status: int, **response: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **response)


# -- every operation, keyword arguments and dict literals ----------------------------------------


def test_create_then_read_reports(client: Client, sent: list[httpx.Request]) -> None:
    created = client.jobs.create(
        messages=[message(recipients=2)],
        options={
            "src": "retarus",
            "encoding": "STANDARD",
            "billcode": "Campaign123",
            "status_requested": True,
            "customer_ref": "InternalID: ABC1234",
            "validity_min": 2880,
            "qos": "EXPRESS",
        },
    )
    assert isinstance(created, JobResponse) and JOB_ID.fullmatch(created.job_id)
    # The dict literal's snake-case keys went out under the API's own names.
    assert body_of(sent[0])["options"] == {
        "src": "retarus",
        "encoding": "STANDARD",
        "billcode": "Campaign123",
        "statusRequested": True,
        "customerRef": "InternalID: ABC1234",
        "validityMin": 2880,
        "qos": "EXPRESS",
    }

    report = client.jobs.get(created.job_id)
    assert isinstance(report, JobReport) and report.job_id == created.job_id
    assert (report.src, report.billcode, report.customer_ref) == ("retarus", "Campaign123", "InternalID: ABC1234")
    assert report.qos is Qos.EXPRESS and report.qos.is_known
    assert report.validity_min == 2880 and report.status_requested is True
    assert report.encoding == "standard"  # as the vendor's own example writes it
    assert isinstance(report.receipt_ts, dt.datetime) and report.receipt_ts.tzinfo is not None
    assert report.recipient_ids is not None
    assert len(report.recipient_ids) == 2

    sms = client.sms.list_reports(job_id=created.job_id)
    assert all(isinstance(s, RecipientReport) for s in sms)
    assert [s.sms_id for s in sms] == report.recipient_ids
    assert {s.dst for s in sms} == {"+4917600000000", "+4917600000001"}
    assert all(s.process_status is ProcessStatus.DONE and s.status is SmsStatus.SUC_FIN for s in sms)
    assert all(SMS_ID.fullmatch(s.sms_id) for s in sms)


def test_models_and_single_values_are_accepted_too(client: Client, sent: list[httpx.Request]) -> None:
    options = JobOptions(encoding=Encoding.UTF_16, qos=Qos.NORMAL, invalid_characters=InvalidCharacters.TO_UTF16)
    one = Message(text="Привет", recipients=[Recipient(dst="+4917600000000", customer_ref="r-1")])
    client.jobs.create(messages=one, options=options)
    # A lone message and a lone recipient (dict literals) are taken as lists of one.
    client.jobs.create(messages={"text": "hi", "recipients": {"dst": "+4917600000001"}})
    assert body_of(sent[0]) == {
        "messages": [{"text": "Привет", "recipients": [{"dst": "+4917600000000", "customerRef": "r-1"}]}],
        "options": {"encoding": "UTF-16", "qos": "NORMAL", "invalidCharacters": "TO_UTF16"},
    }
    assert body_of(sent[1]) == {"messages": [{"text": "hi", "recipients": [{"dst": "+4917600000001"}]}]}
    assert sent[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "messages,options,key",
    [
        pytest.param([message()], {"customerRef": "x"}, "customerRef", id="options-camel-case"),
        pytest.param(
            [{"text": "t", "recipients": [{"dst": "+49", "customerRef": "x"}]}], None, "customerRef", id="recipient"
        ),
        pytest.param([{"txt": "t", "recipients": [{"dst": "+49"}]}], None, "txt", id="message"),
        pytest.param([message()], {"qos": "EXPRESS", "statusrequested": True}, "statusrequested", id="lower-case"),
    ],
)
def test_a_misspelt_key_is_refused_before_sending(
    client: Client, sent: list[httpx.Request], messages: Any, options: Any, key: str
) -> None:
    with pytest.raises(TypeError, match=f"unknown key '{key}'"):
        client.jobs.create(messages=messages, options=options)
    assert sent == []  # a misspelt key never vanishes silently into a sent job


def test_a_missing_required_key_is_refused_before_sending(client: Client, sent: list[httpx.Request]) -> None:
    no_dst: Any = [{"text": "t", "recipients": [{"customer_ref": "x"}]}]
    with pytest.raises(TypeError, match=r"messages\[0\]\.recipients\[0\]: missing required key 'dst'"):
        client.jobs.create(messages=no_dst)
    with pytest.raises(TypeError, match="customerRef"):
        JobOptions(customerRef="x")  # type: ignore[call-arg]
    assert sent == []


def test_scheduled_job_stays_open_and_its_absent_fields_are_none(client: Client) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    created = client.jobs.create(messages=[message()], options={"job_period": later})
    report = client.jobs.get(created.job_id)
    # Nothing was asked for and the job is not finished: absent optional fields read as None.
    assert report.finished_ts is None and report.src is None and report.billcode is None
    assert report.customer_ref is None and report.flash is None
    (sms,) = client.sms.list_reports(job_id=created.job_id)
    assert sms.process_status is ProcessStatus.OPEN
    assert sms.status == "" and sms.sent_ts is None and sms.finished_ts is None and sms.customer_ref is None
    assert [j.job_id for j in client.jobs.list(open=True)] == [created.job_id]
    assert list(client.jobs.list(open=False)) == []


# -- date-times --------------------------------------------------------------------------------


def test_a_naive_datetime_is_refused_with_what_to_pass(client: Client, sent: list[httpx.Request]) -> None:
    naive = dt.datetime(2026, 5, 1, 9, 30)
    aware = naive.replace(tzinfo=dt.UTC)
    with pytest.raises(ValueError, match=r"from_ts: pass a timezone-aware datetime \(e\.g\. .*tzinfo="):
        client.jobs.list(from_ts=naive, to_ts=aware)
    with pytest.raises(ValueError, match="to_ts: pass a timezone-aware datetime"):
        client.jobs.list(from_ts=aware, to_ts=naive)
    with pytest.raises(ValueError, match=r"options\.job_period: pass a timezone-aware datetime"):
        client.jobs.create(messages=[message()], options={"job_period": naive})
    assert sent == []


def test_an_aware_datetime_keeps_its_offset_on_the_wire(client: Client, sent: list[httpx.Request]) -> None:
    berlin = dt.timezone(dt.timedelta(hours=2))
    start = dt.datetime(2026, 6, 13, 0, 0, tzinfo=berlin)
    list(client.jobs.list(from_ts=start, to_ts=start + dt.timedelta(days=7)))
    params = sent[0].url.params
    assert params["fromTs"] == "2026-06-13T00:00:00+02:00" and params["toTs"] == "2026-06-20T00:00:00+02:00"
    assert params["jobIdsOnly"] == "true"  # the one value the vendor supports, always sent


# -- listing and paging ------------------------------------------------------------------------


def test_list_jobs_filters(client: Client) -> None:
    ids = [client.jobs.create(messages=[message(text=f"text {i}")]).job_id for i in range(5)]
    assert [j.job_id for j in client.jobs.list()] == ids
    assert all(isinstance(j, JobReport) for j in client.jobs.list())
    assert [j.job_id for j in client.jobs.list(offset=1, limit=2).items] == ids[1:3]
    now = dt.datetime.now(dt.UTC)
    hour, day = dt.timedelta(hours=1), dt.timedelta(days=1)
    assert len(list(client.jobs.list(from_ts=now - hour, to_ts=now + hour))) == 5
    assert list(client.jobs.list(from_ts=now - 20 * day, to_ts=now - 10 * day)) == []
    assert len(list(client.jobs.list(open=False))) == 5
    assert list(client.jobs.list(open=True)) == []


@pytest.mark.parametrize("jobs,requests", [(5, 3), (4, 3), (1, 1)])
def test_paging_goes_across_pages_lazily(client: Client, sent: list[httpx.Request], jobs: int, requests: int) -> None:
    ids = [client.jobs.create(messages=[message(text=f"text {i}")]).job_id for i in range(jobs)]
    sent.clear()
    page = client.jobs.list(limit=2)
    assert isinstance(page, SyncPage) and len(sent) == 1  # the first page only
    assert [j.job_id for j in page.items] == ids[:2]
    assert page.has_next_page() is (jobs >= 2)
    # Iterating fetches the next pages as it goes, and stops after the first short (or empty) one.
    assert [j.job_id for j in page] == ids
    assert len(sent) == requests
    assert [(r.url.params["offset"], r.url.params["limit"]) for r in sent] == [
        (str(2 * i), "2") for i in range(requests)
    ]


def test_paging_fetches_only_what_is_read(client: Client, sent: list[httpx.Request]) -> None:
    ids = [client.jobs.create(messages=[message(text=f"text {i}")]).job_id for i in range(7)]
    sent.clear()
    first_three = [j.job_id for j in itertools.islice(client.jobs.list(limit=2), 3)]
    assert first_three == ids[:3] and len(sent) == 2
    sent.clear()
    second = client.jobs.list(limit=3).next_page()
    assert [j.job_id for j in second.items] == ids[3:6] and second.offset == 3
    last = second.next_page()
    assert [j.job_id for j in last.items] == ids[6:] and not last.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        last.next_page()
    assert len(sent) == 3
    assert [len(p.items) for p in client.jobs.list(limit=3).iter_pages()] == [3, 3, 1]


def test_version(client: Client) -> None:
    version = client.version.get()
    assert isinstance(version, ServerVersion)
    assert version.major_version == 1 and isinstance(version.version_info, str)
    assert version.message is None


# -- raw responses and per-call options ----------------------------------------------------------


def test_with_raw_response(client: Client) -> None:
    created = client.jobs.with_raw_response.create(messages=[message()])
    assert isinstance(created, APIResponse)
    assert created.status_code == 201 and created.headers["content-type"] == "application/json"
    job_id = created.parse().job_id
    assert job_id.encode() in created.content and created.json() == {"jobId": job_id}

    raw = client.jobs.with_raw_response.get(job_id)
    assert raw.status_code == 200 and raw.parse() == client.jobs.get(job_id)
    assert raw.parse() is raw.parse()  # parsed once

    listed = client.jobs.with_raw_response.list(limit=1)
    assert listed.status_code == 200
    page = listed.parse()
    assert isinstance(page, SyncPage) and [j.job_id for j in page] == [job_id]

    reports = client.sms.with_raw_response.list_reports(job_id=job_id)
    assert [s.sms_id for s in reports.parse()] == raw.parse().recipient_ids
    # An error status still raises the typed exception.
    with pytest.raises(NotFoundError):
        client.jobs.with_raw_response.get(UNKNOWN_JOB)


def test_retries_follow_the_policy_and_never_resend_a_job() -> None:
    seen: list[str] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return httpx.Response(503, text="maintenance")

    with pytest.raises(InternalServerError):
        answering(unavailable, retry=RetryPolicy(max_retries=4)).version.get()
    assert seen == ["GET"] * 5
    seen.clear()
    with pytest.raises(InternalServerError):
        answering(unavailable).jobs.create(messages=[message()])
    assert seen == ["POST"]  # an answer to a send is final: a retry could send the SMS twice


# -- every documented error status as its typed exception ---------------------------------------


def test_400_more_than_3000_sms(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.jobs.create(messages=[message(recipients=3001)])
    assert caught.value.status_code == 400 and caught.value.documented
    assert isinstance(caught.value.body, Error) and caught.value.body.message is not None
    assert "3000" in caught.value.body.message
    assert "3000" in str(caught.value) and str(caught.value).startswith("POST /jobs: HTTP 400")


def test_400_interval_longer_than_30_days(client: Client) -> None:
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(BadRequestError) as caught:
        client.jobs.list(from_ts=now - dt.timedelta(days=31), to_ts=now)
    assert isinstance(caught.value.body, Error) and caught.value.body.message is not None
    assert "30 days" in caught.value.body.message


def test_400_invalid_blackout_period(client: Client) -> None:
    with pytest.raises(BadRequestError):
        client.jobs.create(
            messages=[message()], options={"blackout_periods": ["2022-06-14T07:00+02:00/2022-06-13T22:00+02:00"]}
        )


def test_404_unknown_job(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.jobs.get(UNKNOWN_JOB)
    assert caught.value.documented and isinstance(caught.value.body, Error)
    assert caught.value.body.message is not None
    assert UNKNOWN_JOB in caught.value.body.message
    assert caught.value.headers["content-type"] == "application/json"
    assert UNKNOWN_JOB.encode() in caught.value.content
    with pytest.raises(NotFoundError):
        client.sms.list_reports(job_id=UNKNOWN_JOB)


def test_409_duplicate_detection(client: Client) -> None:
    options: JobOptionsParam = {"duplicate_detection": True}
    client.jobs.create(messages=[message()], options=options)
    with pytest.raises(ConflictError) as caught:
        client.jobs.create(messages=[message()], options=options)
    assert caught.value.status_code == 409
    client.jobs.create(messages=[message(text="another text")], options=options)


def test_422_refused_characters(client: Client) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.jobs.create(messages=[message(text="Привет")], options={"invalid_characters": "REFUSE"})
    assert caught.value.status_code == 422
    # The same text with another strategy, or GSM text with REFUSE, is accepted.
    client.jobs.create(messages=[message(text="Привет")], options={"invalid_characters": "TO_UTF16"})
    client.jobs.create(messages=[message(text="Hello {world} €5")], options={"invalid_characters": "REFUSE"})


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AsyncClient) -> None:
    created = await async_client.jobs.create(messages=[message()], options={"encoding": "UTF-16", "flash": True})
    report = await async_client.jobs.get(created.job_id)
    assert report.flash is True and report.encoding == "utf-16"
    sms = await async_client.sms.list_reports(job_id=created.job_id)
    assert [s.sms_id for s in sms] == report.recipient_ids
    assert [j.job_id async for j in async_client.jobs.list()] == [created.job_id]
    assert (await async_client.version.get()).major_version == 1
    raw = await async_client.jobs.with_raw_response.get(created.job_id)
    assert raw.status_code == 200 and raw.parse() == report


@pytest.mark.asyncio
async def test_async_paging(async_client: AsyncClient) -> None:
    ids = [(await async_client.jobs.create(messages=[message(text=f"t{i}")])).job_id for i in range(5)]
    first = await async_client.jobs.list(limit=2)
    assert isinstance(first, AsyncPage) and [j.job_id for j in first.items] == ids[:2]
    assert [j.job_id for j in (await first.next_page()).items] == ids[2:4]
    assert [j.job_id async for j in async_client.jobs.list(limit=2)] == ids
    assert [len(p.items) async for p in first.iter_pages()] == [2, 2, 1]


@pytest.mark.asyncio
async def test_async_errors(async_client: AsyncClient) -> None:
    with pytest.raises(NotFoundError):
        await async_client.jobs.get(UNKNOWN_JOB)
    with pytest.raises(UnprocessableEntityError):
        await async_client.jobs.create(messages=[message(text="日本")], options={"invalid_characters": "REFUSE"})
    with pytest.raises(ValueError, match="from_ts"):
        await async_client.jobs.list(from_ts=dt.datetime(2026, 1, 1))
    bad: Any = {"customerRef": "x"}
    with pytest.raises(TypeError, match="customerRef"):
        await async_client.jobs.create(messages=[message()], options=bad)


# -- odd, malformed and undocumented answers -----------------------------------------------------


def test_a_list_of_bare_reports_reads_the_absent_fields_as_none() -> None:
    client = answering(always(200, json=[REPORT]))
    (job,) = client.jobs.list()
    assert job.job_id == UNKNOWN_JOB and job.recipient_ids == []
    assert job.receipt_ts == dt.datetime(2022, 9, 1, 10, 25, tzinfo=dt.UTC)
    assert (job.src, job.encoding, job.billcode, job.qos, job.finished_ts, job.flash) == (None,) * 6
    assert job.to_dict() == REPORT


@pytest.mark.parametrize(
    "status,content",
    [
        (200, b"<html>gateway error</html>"),
        (200, b'{"receiptTs": "2022-09-01T10:25:00Z", "recipientIds": []}'),
        (200, b"[]"),
        (200, b'"J.20221116-102407.583-0lajfsfmoXIZJO93PQ"'),
        (200, b""),
        (203, b"null"),
    ],
    ids=["html", "no-job-id", "array", "string", "empty", "null"],
)
def test_malformed_success_body_is_a_typed_error(status: int, content: bytes) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        answering(always(status, content=content)).jobs.get(UNKNOWN_JOB)
    assert caught.value.status_code == status
    assert f"accepted by the server (HTTP {status})" in str(caught.value) and "do not resend" in str(caught.value)


def test_a_created_job_whose_answer_cannot_be_read_says_not_to_resend() -> None:
    seen: list[httpx.Request] = []

    def garbled(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, content=b"<html>created</html>")

    with pytest.raises(MalformedResponseError) as caught:
        answering(garbled).jobs.create(messages=[message()])
    assert str(caught.value).startswith("POST /jobs: accepted by the server (HTTP 201)")
    assert str(caught.value).endswith("do not resend") and caught.value.content == b"<html>created</html>"
    assert len(seen) == 1


@pytest.mark.parametrize(
    "field,value,attribute",
    [
        ("validityMin", "forever", "validity_min"),
        ("jobId", 5, "job_id"),
        ("receiptTs", "yesterday", "receipt_ts"),
        ("recipientIds", "S.1", "recipient_ids"),
        ("qos", 1, "qos"),
    ],
)
def test_a_value_of_the_wrong_type_fails_when_it_is_read(field: str, value: object, attribute: str) -> None:
    client = answering(always(200, json={**REPORT, field: value, "src": "retarus"}))
    report = client.jobs.get(UNKNOWN_JOB)
    assert report.src == "retarus"  # the rest of the answer stays usable
    with pytest.raises(MalformedResponseError) as caught:
        getattr(report, attribute)
    assert caught.value.field == f"JobReport.{attribute}" and field in str(caught.value)
    assert "accepted by the server (HTTP 200)" in str(caught.value) and "do not resend" in str(caught.value)
    assert f"{attribute}=<unreadable>" in repr(report)


def test_unknown_enum_values_arrive_as_unknown_str() -> None:
    # Vendors add values: a qos or processStatus the spec does not list must not break the answer.
    report = answering(always(200, json={**REPORT, "qos": "TURBO"})).jobs.get(UNKNOWN_JOB)
    assert isinstance(report.qos, UnknownStr) and report.qos.is_known is False and report.qos == "TURBO"
    assert report.to_dict()["qos"] == "TURBO"
    assert Qos.EXPRESS.is_known and Qos("NORMAL") is Qos.NORMAL
    sms = {"smsId": "S.1", "dst": "+49", "processStatus": "PAUSED", "status": "NEW_FIN"}
    done = {"smsId": "S.2", "dst": "+49", "processStatus": "DONE", "status": "SUC_FIN"}
    paused, finished = answering(always(200, json=[sms, done])).sms.list_reports(job_id=UNKNOWN_JOB)
    assert isinstance(paused.process_status, UnknownStr) and paused.process_status.value == "PAUSED"
    assert isinstance(paused.status, UnknownStr) and not paused.status.is_known and paused.status == "NEW_FIN"
    assert finished.process_status is ProcessStatus.DONE and finished.process_status.is_known
    assert finished.status is SmsStatus.SUC_FIN and finished.status.is_known


def test_undocumented_and_unparsable_error_statuses() -> None:
    answers = {
        f"/jobs/{UNKNOWN_JOB}": httpx.Response(503, text="maintenance"),
        "/version": httpx.Response(404, text="<html>not here</html>"),
    }
    client = answering(lambda request: answers[request.url.path])
    with pytest.raises(InternalServerError) as server_error:
        client.jobs.get(UNKNOWN_JOB)
    assert server_error.value.status_code == 503 and not server_error.value.documented
    assert server_error.value.content == b"maintenance" and server_error.value.body is None
    with pytest.raises(NotFoundError) as not_found:
        client.version.get()
    assert not not_found.value.documented and not_found.value.body is None


def test_an_error_body_of_another_shape_is_kept_as_json() -> None:
    client = answering(always(400, json=["bad", "request"]))
    with pytest.raises(BadRequestError) as caught:
        client.jobs.create(messages=[message()])
    assert caught.value.documented and caught.value.body == ["bad", "request"]


# -- credentials, servers, defaults --------------------------------------------------------------


def test_servers_are_named_with_the_primary_first() -> None:
    assert Client(username=USER, password=PASSWORD).base_url == "https://sms4a.de2.retarus.com/rest/v1"
    expected = {
        "primary": "https://sms4a.de2.retarus.com/rest/v1",
        "secondary": "https://sms4a.de1.retarus.com/rest/v1",
        "ha": "https://sms4a.eu.retarus.com/rest/v1",
        "vendor_mock": "https://developers.retarus.com/_mock/sms/sms4a-api",
    }
    for name, url in expected.items():
        assert Client(username=USER, password=PASSWORD, server=name).base_url == url  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown server 'tertiary'"):
        Client(username=USER, password=PASSWORD, server="tertiary")  # type: ignore[arg-type]


def test_reading_a_job_fails_over_to_the_secondary_data_center() -> None:
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "sms4a.de2.retarus.com":
            return httpx.Response(404, json={"code": 404, "message": "not here yet"})
        return httpx.Response(200, json=REPORT)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = Client(username=USER, password=PASSWORD, server="primary", http_client=http)
    assert client.jobs.get(UNKNOWN_JOB).job_id == UNKNOWN_JOB
    assert hosts == ["sms4a.de2.retarus.com", "sms4a.de1.retarus.com"]


def test_enum_values_round_trip() -> None:
    options = JobOptions(encoding=Encoding.UTF_16, qos=Qos.NORMAL, invalid_characters=InvalidCharacters.TRANSLITERATE)
    assert options.to_dict() == {"encoding": "UTF-16", "qos": "NORMAL", "invalidCharacters": "TRANSLITERATE"}
    assert options.encoding is Encoding.UTF_16 and options.max_parts is None
    same = JobOptions(invalid_characters=InvalidCharacters.TRANSLITERATE, qos=Qos.NORMAL, encoding=Encoding.UTF_16)
    assert same == options and JobOptions(qos=Qos.EXPRESS) != options


# -- the field that could not be read (found by tests/reliability/test_malformed_responses.py) ----------


def test_the_field_that_could_not_be_read_is_named() -> None:
    stem = "retarus-sms4a"
    [create] = [op for op in client_operations(stem) if op.operation.id == "createJob"]
    [get] = [op for op in client_operations(stem) if op.operation.id == "getJob"]
    switchboard = Switchboard()
    client = offline_client(stem, switchboard)
    # A required field that is missing fails where the answer arrives.
    switchboard.answer = lambda request: httpx.Response(201, json={"id": "J.1"}, request=request)
    with pytest.raises(create.package.MalformedResponseError) as caught:
        create.call(client)
    assert caught.value.field == "jobId" and caught.value.status_code == 201 and caught.value.content == b'{"id":"J.1"}'
    assert "jobId: expected a value" in str(caught.value) and switchboard.requests == 1
    # A field of the wrong type fails (at the latest) when it is read, naming the field.
    switchboard.answer = lambda request: httpx.Response(201, json={"jobId": 5}, request=request)
    with pytest.raises(create.package.MalformedResponseError) as caught:
        _ = create.call(client).job_id
    assert caught.value.field in ("jobId", "JobResponse.job_id") and caught.value.status_code == 201
    assert "jobId: expected a string, got int" in str(caught.value)
    # A wrong optional field fails when it is read; the rest of the answer stays usable.
    _, report = success_example(get)
    switchboard.answer = lambda request: httpx.Response(200, json={**report, "validityMin": "soon"}, request=request)
    switchboard.requests = 0
    result = get.call(client)
    assert result.job_id == report["jobId"] and result.src == report["src"] and switchboard.requests == 1
    with pytest.raises(get.package.MalformedResponseError) as lazy:
        _ = result.validity_min
    assert lazy.value.field == "JobReport.validity_min" and lazy.value.status_code == 200
    assert "accepted by the server (HTTP 200)" in str(lazy.value) and "GET /jobs/{jobId}" in str(lazy.value)
    assert "validity_min=<unreadable>" in repr(result)
    assert result.to_dict()["validityMin"] == "soon"
    client._http.close()
