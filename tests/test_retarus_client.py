"""The generated Retarus client against the Retarus mock: every operation, sync and async,
every documented error status as its typed exception, and the client's safety promises."""

import datetime as dt
import logging
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_retarus_sms4a import AuthenticatedClient, Credentials, Server, errors
from typedsms_retarus_sms4a.api.jobs import create_job, get_job, list_jobs
from typedsms_retarus_sms4a.api.sms import list_sms_reports
from typedsms_retarus_sms4a.api.version import get_version
from typedsms_retarus_sms4a.models import (
    Encoding,
    Error,
    InvalidCharacters,
    JobOptions,
    JobReport,
    JobRequest,
    Message,
    ProcessStatus,
    Qos,
    Recipient,
    RecipientReport,
    SmsStatus,
)
from typedsms_retarus_sms4a.types import Unset

CREDENTIALS = Credentials(username="user", password="secret")
ROOT = Path(__file__).resolve().parent.parent


def job(text: str = "Your access code is ABC1234", recipients: int = 1, **options: object) -> JobRequest:
    request = JobRequest(
        messages=[Message(text=text, recipients=[Recipient(dst=f"+49176000000{i:02d}") for i in range(recipients)])]
    )
    if options:
        request.options = JobOptions.from_dict(options)
    return request


@pytest.fixture
def client(retarus_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(credentials=CREDENTIALS, base_url=retarus_url) as client:
        yield client


@pytest_asyncio.fixture
async def async_client(retarus_app: Starlette) -> AsyncIterator[AuthenticatedClient]:
    transport = httpx.ASGITransport(app=retarus_app)
    client = AuthenticatedClient(credentials=CREDENTIALS, base_url="http://mock", httpx_args={"transport": transport})
    async with client:
        yield client


# -- every operation, sync over loopback -------------------------------------------------------


def test_create_then_read_reports(client: AuthenticatedClient) -> None:
    request = job(
        recipients=2,
        src="retarus",
        encoding="STANDARD",
        billcode="Campaign123",
        statusRequested=True,
        customerRef="InternalID: ABC1234",
        validityMin=2880,
        qos="EXPRESS",
    )
    created = create_job.sync(client=client, body=request)
    assert re.fullmatch(r"J\.\d{8}-\d{6}\.\d{3}-[A-Za-z0-9]{18}", created.job_id)

    report = get_job.sync(created.job_id, client=client)
    assert isinstance(report, JobReport)
    assert report.job_id == created.job_id
    assert (report.src, report.billcode, report.customer_ref) == ("retarus", "Campaign123", "InternalID: ABC1234")
    assert report.qos is Qos.EXPRESS and report.validity_min == 2880 and report.status_requested is True
    assert report.encoding == "standard"  # as the vendor's own example writes it
    assert isinstance(report.receipt_ts, dt.datetime) and report.receipt_ts.tzinfo is not None
    assert len(report.recipient_ids) == 2

    sms = list_sms_reports.sync(client=client, job_id=created.job_id)
    assert [s.sms_id for s in sms] == report.recipient_ids
    assert all(isinstance(s, RecipientReport) for s in sms)
    assert {s.dst for s in sms} == {"+4917600000000", "+4917600000001"}
    assert all(s.process_status is ProcessStatus.DONE and s.status is SmsStatus.SUC_FIN for s in sms)
    assert all(re.fullmatch(r"S\.\d{8}-\d{6}\.\d{3}-[A-Za-z0-9]{18}", s.sms_id) for s in sms)


def test_scheduled_job_stays_open_with_empty_status(client: AuthenticatedClient) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    created = create_job.sync(client=client, body=job(jobPeriod=later.isoformat()))
    (sms,) = list_sms_reports.sync(client=client, job_id=created.job_id)
    assert sms.process_status is ProcessStatus.OPEN
    assert sms.status == ""  # an open status is kept as the plain string it is
    assert isinstance(get_job.sync(created.job_id, client=client).finished_ts, Unset)
    assert list_jobs.sync(client=client, job_ids_only=True, open_=True)[0].job_id == created.job_id


def test_list_jobs_filters_and_pages(client: AuthenticatedClient) -> None:
    ids = [create_job.sync(client=client, body=job(text=f"text {i}")).job_id for i in range(5)]
    assert [j.job_id for j in list_jobs.sync(client=client, job_ids_only=True)] == ids
    page = list_jobs.sync(client=client, job_ids_only=True, offset=1, limit=2)
    assert [j.job_id for j in page] == ids[1:3]
    now = dt.datetime.now(dt.UTC)
    window = list_jobs.sync(
        client=client, job_ids_only=True, from_ts=now - dt.timedelta(hours=1), to_ts=now + dt.timedelta(hours=1)
    )
    assert len(window) == 5
    past = list_jobs.sync(
        client=client, job_ids_only=True, from_ts=now - dt.timedelta(days=20), to_ts=now - dt.timedelta(days=10)
    )
    assert past == []
    assert len(list_jobs.sync(client=client, job_ids_only=True, open_=False)) == 5
    assert list_jobs.sync(client=client, job_ids_only=True, open_=True) == []


def test_version(client: AuthenticatedClient) -> None:
    version = get_version.sync(client=client)
    assert version.major_version == 1 and isinstance(version.version_info, str)


def test_detailed_response_has_status_headers_and_content(client: AuthenticatedClient) -> None:
    response = create_job.sync_detailed(client=client, body=job())
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    assert response.parsed.job_id.encode() in response.content


# -- every documented error status as its typed exception ---------------------------------------


def test_400_more_than_3000_sms(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        create_job.sync(client=client, body=job(recipients=3001))
    assert caught.value.status_code == 400 and caught.value.documented
    assert isinstance(caught.value.body, Error) and "3000" in caught.value.body.message


def test_400_interval_longer_than_30_days(client: AuthenticatedClient) -> None:
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(errors.BadRequestError) as caught:
        list_jobs.sync(client=client, job_ids_only=True, from_ts=now - dt.timedelta(days=31), to_ts=now)
    assert caught.value.body is not None and "30 days" in caught.value.body.message


def test_400_invalid_blackout_period(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError):
        create_job.sync(client=client, body=job(blackoutPeriods=["2022-06-14T07:00+02:00/2022-06-13T22:00+02:00"]))


def test_401_wrong_password(retarus_url: str) -> None:
    wrong = AuthenticatedClient(
        credentials=Credentials(username="user", password="hunter2-not-it"), base_url=retarus_url
    )
    with wrong, pytest.raises(errors.AuthenticationError) as caught:
        get_version.sync(client=wrong)
    assert caught.value.status_code == 401 and caught.value.body is not None
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(wrong)


def test_404_unknown_job(client: AuthenticatedClient) -> None:
    unknown = "J.20180620-085038.561-0jimrdkk7SOILYBNMK"
    with pytest.raises(errors.NotFoundError) as caught:
        get_job.sync(unknown, client=client)
    assert caught.value.body is not None and unknown in caught.value.body.message
    with pytest.raises(errors.NotFoundError):
        list_sms_reports.sync(client=client, job_id=unknown)


def test_409_duplicate_detection(client: AuthenticatedClient) -> None:
    body = job(duplicateDetection=True)
    create_job.sync(client=client, body=body)
    with pytest.raises(errors.ConflictError) as caught:
        create_job.sync(client=client, body=body)
    assert caught.value.status_code == 409
    create_job.sync(client=client, body=job(text="another text", duplicateDetection=True))


def test_422_refused_characters(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.UnprocessableEntityError) as caught:
        create_job.sync(client=client, body=job(text="Привет", invalidCharacters="REFUSE"))
    assert caught.value.status_code == 422
    # The same text with another strategy, or GSM text with REFUSE, is accepted.
    create_job.sync(client=client, body=job(text="Привет", invalidCharacters="TO_UTF16"))
    create_job.sync(client=client, body=job(text="Hello {world} €5", invalidCharacters="REFUSE"))


def test_errors_are_one_hierarchy() -> None:
    for cls in (
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.UnprocessableEntityError,
        errors.InternalServerError,
        errors.UnexpectedStatusError,
    ):
        assert issubclass(cls, errors.ApiStatusError) and issubclass(cls, errors.ApiError)
    assert issubclass(errors.MalformedResponseError, errors.ApiError)
    assert issubclass(errors.ApiTimeoutError, errors.ApiConnectionError)


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_every_operation(async_client: AuthenticatedClient) -> None:
    created = await create_job.asyncio(client=async_client, body=job(encoding="UTF-16", flash=True))
    report = await get_job.asyncio(created.job_id, client=async_client)
    assert report.flash is True and report.encoding == "utf-16"
    sms = await list_sms_reports.asyncio(client=async_client, job_id=created.job_id)
    assert [s.sms_id for s in sms] == report.recipient_ids
    assert [j.job_id for j in await list_jobs.asyncio(client=async_client, job_ids_only=True)] == [created.job_id]
    assert (await get_version.asyncio(client=async_client)).major_version == 1
    detailed = await get_job.asyncio_detailed(created.job_id, client=async_client)
    assert detailed.status_code == 200 and detailed.parsed == report


@pytest.mark.asyncio
async def test_async_errors(async_client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        await get_job.asyncio("J.20180620-085038.561-0jimrdkk7SOILYBNMK", client=async_client)
    with pytest.raises(errors.UnprocessableEntityError):
        await create_job.asyncio(
            client=async_client, body=job(text="日本", invalidCharacters=InvalidCharacters.REFUSE.value)
        )


# -- malformed and undocumented answers ----------------------------------------------------------


def _client_answering(handler: "httpx.MockTransport") -> AuthenticatedClient:
    return AuthenticatedClient(credentials=CREDENTIALS, base_url="http://vendor", httpx_args={"transport": handler})


@pytest.mark.parametrize(
    "status,content",
    [
        (200, b"<html>gateway error</html>"),
        (200, b'{"jobId": 5}'),
        (200, b"[]"),
        (200, b'{"jobId": "J.20221116-102407.583-0lajfsfmoXIZJO93PQ", "receiptTs": "yesterday", "recipientIds": []}'),
        (200, b""),
    ],
)
def test_malformed_success_body_is_a_typed_error(status: int, content: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=content))
    with pytest.raises(errors.MalformedResponseError) as caught:
        get_job.sync("J.20221116-102407.583-0lajfsfmoXIZJO93PQ", client=_client_answering(transport))
    assert caught.value.status_code == status and caught.value.content == content


def test_unknown_enum_values_are_kept_and_readable() -> None:
    # Vendors add values: a qos or processStatus the spec does not list must not break the answer.
    job = (
        b'{"jobId": "J.20221116-102407.583-0lajfsfmoXIZJO93PQ", "receiptTs": "2022-09-01T10:25:00Z", '
        b'"recipientIds": [], "qos": "TURBO"}'
    )
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=job))
    report = get_job.sync("J.20221116-102407.583-0lajfsfmoXIZJO93PQ", client=_client_answering(transport))
    assert isinstance(report.qos, Qos) and report.qos.is_known is False and report.qos == "TURBO"
    assert Qos.EXPRESS.is_known and report.to_dict()["qos"] == "TURBO"
    sms = RecipientReport.from_dict({"smsId": "S.1", "dst": "+49", "processStatus": "PAUSED", "status": "NEW_FIN"})
    assert sms.process_status.value == "PAUSED" and not sms.process_status.is_known
    assert isinstance(sms.status, SmsStatus) and sms.status.value == "NEW_FIN" and not sms.status.is_known


def test_undocumented_and_unparsable_error_statuses() -> None:
    answers = {
        "/jobs/J.20221116-102407.583-0lajfsfmoXIZJO93PQ": httpx.Response(503, text="maintenance"),
        "/version": httpx.Response(404, text="<html>not here</html>"),
    }
    transport = httpx.MockTransport(lambda request: answers[request.url.path])
    client = _client_answering(transport)
    with pytest.raises(errors.InternalServerError) as server_error:
        get_job.sync("J.20221116-102407.583-0lajfsfmoXIZJO93PQ", client=client)
    assert server_error.value.status_code == 503 and not server_error.value.documented
    assert server_error.value.content == b"maintenance" and "maintenance" in str(server_error.value)
    with pytest.raises(errors.NotFoundError) as not_found:
        get_version.sync(client=client)
    assert not not_found.value.documented and not_found.value.body is None


def test_connection_refused_is_a_typed_error() -> None:
    from .servers import free_port

    client = AuthenticatedClient(credentials=CREDENTIALS, base_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(errors.ApiConnectionError) as caught:
        get_version.sync(client=client)
    assert "secret" not in str(caught.value)


# -- credentials, servers, defaults --------------------------------------------------------------


def test_credentials_never_shown(client: AuthenticatedClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    get_version.sync(client=client)
    assert "secret" not in repr(CREDENTIALS) and "secret" not in repr(client)
    assert "'***'" in repr(CREDENTIALS) and "user" in repr(CREDENTIALS)
    assert "secret" not in caplog.text and "c2VjcmV0" not in caplog.text
    assert "Authorization" not in client.get_httpx_client().headers


def test_servers_are_a_typed_choice_with_the_primary_first() -> None:
    assert Server.default() is Server.PRIMARY
    assert [s.url() for s in Server] == [
        "https://sms4a.de2.retarus.com/rest/v1",
        "https://sms4a.de1.retarus.com/rest/v1",
        "https://sms4a.eu.retarus.com/rest/v1",
        "https://developers.retarus.com/_mock/sms/sms4a-api",
    ]
    client = AuthenticatedClient(credentials=CREDENTIALS, server=Server.SECONDARY)
    assert str(client.get_httpx_client().base_url) == "https://sms4a.de1.retarus.com/rest/v1/"
    assert AuthenticatedClient(credentials=CREDENTIALS).resolved_base_url() == Server.PRIMARY.value


def test_production_defaults() -> None:
    httpx_client = AuthenticatedClient(credentials=CREDENTIALS).get_httpx_client()
    assert httpx_client.timeout.read == 30.0 and httpx_client.timeout.connect == 10.0
    assert httpx_client.headers["User-Agent"].startswith("typedsms-retarus-sms4a/")


def test_enum_values_round_trip() -> None:
    options = JobOptions(encoding=Encoding.UTF_16, qos=Qos.NORMAL, invalid_characters=InvalidCharacters.TRANSLITERATE)
    assert options.to_dict() == {"encoding": "UTF-16", "qos": "NORMAL", "invalidCharacters": "TRANSLITERATE"}
    assert JobOptions.from_dict(options.to_dict()) == options


def test_readme_example_runs_against_the_mock(retarus_url: str) -> None:
    readme = (ROOT / "clients" / "retarus-sms4a" / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code is not None
    example = code.group(1).replace("server=Server.PRIMARY", f"base_url={retarus_url!r}")
    env = {**os.environ, "RETARUS_SMS4A_USERNAME": "user", "RETARUS_SMS4A_PASSWORD": "secret"}
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("JobResponse(job_id='J.")
