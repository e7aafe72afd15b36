"""The generated runtime with fault-injecting transports and a fake clock: retries, Retry-After,
no duplicated send, failover order, pagination, facade and functions alike, logging."""

import asyncio
import email.utils
import logging
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_callr import AuthenticatedClient as CallrClient
from typedsms_callr import Credentials as CallrCredentials
from typedsms_callr.api.sms import send_sms_with_query
from typedsms_retarus_sms4a import NO_RETRY, AsyncClient, AuthenticatedClient, Credentials, RetryPolicy, Server, errors
from typedsms_retarus_sms4a.api.jobs import create_job, get_job, list_jobs
from typedsms_retarus_sms4a.api.sms import list_sms_reports
from typedsms_retarus_sms4a.models import JobRequest, Message, Recipient

from .servers import serve

CREDENTIALS = Credentials(username="user", password="secret")
JOB_ID = "J.20221116-102407.583-0lajfsfmoXIZJO93PQ"
REPORT = {"jobId": JOB_ID, "receiptTs": "2022-09-01T10:25:00Z", "recipientIds": []}
Answer = httpx.Response | Exception


class Script:
    """A transport that answers each request with the next scripted answer and counts what arrived."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


class FakeClock:
    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def client_for(script: Script, clock: FakeClock, **settings: object) -> AuthenticatedClient:
    return AuthenticatedClient(
        credentials=CREDENTIALS,
        base_url="http://dc-a.test",
        httpx_args={"transport": httpx.MockTransport(script)},
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        rand=lambda: 0.5,
        **settings,  # type: ignore[arg-type]
    )


def body() -> JobRequest:
    return JobRequest(messages=[Message(text="hi", recipients=[Recipient(dst="+4917600000000")])])


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("connection refused")


# -- retries of idempotent operations ------------------------------------------------------------


@pytest.mark.parametrize("faults", [0, 1, 2])
def test_n_faults_then_success_take_n_plus_1_attempts(faults: int) -> None:
    script = Script(*[httpx.Response(503) for _ in range(faults)], httpx.Response(200, json=REPORT))
    clock = FakeClock()
    report = get_job.sync(JOB_ID, client=client_for(script, clock))
    assert report.job_id == JOB_ID
    assert len(script.requests) == faults + 1
    # Backoff: 0.5 s then 1 s, with half of each delay jittered (rand=0.5 -> 75 %).
    assert clock.sleeps == [0.375, 0.75][:faults]


def test_faults_beyond_the_policy_raise_the_last_answer() -> None:
    script = Script(*[httpx.Response(502) for _ in range(5)])
    clock = FakeClock()
    with pytest.raises(errors.InternalServerError) as caught:
        get_job.sync(JOB_ID, client=client_for(script, clock, retry=RetryPolicy(max_attempts=4)))
    assert caught.value.status_code == 502 and len(script.requests) == 4 and len(clock.sleeps) == 3


@pytest.mark.parametrize("fault", [connect_error(), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")])
def test_idempotent_reads_are_retried_after_any_transport_error(fault: Exception) -> None:
    script = Script(fault, httpx.Response(200, json=REPORT))
    assert get_job.sync(JOB_ID, client=client_for(script, FakeClock())).job_id == JOB_ID
    assert len(script.requests) == 2


def test_statuses_that_are_not_retryable_are_not_retried() -> None:
    script = Script(httpx.Response(404, json={"code": 404, "message": "no"}))
    with pytest.raises(errors.NotFoundError):
        get_job.sync(JOB_ID, client=client_for(script, FakeClock()))
    assert len(script.requests) == 1


def test_retry_policy_per_client_and_per_call() -> None:
    script = Script(httpx.Response(503), httpx.Response(503))
    client = client_for(script, FakeClock(), retry=NO_RETRY)
    with pytest.raises(errors.InternalServerError):
        get_job.sync(JOB_ID, client=client)
    assert len(script.requests) == 1
    script.answers = [httpx.Response(503), httpx.Response(200, json=REPORT)]
    assert get_job.sync(JOB_ID, client=client, retry=RetryPolicy(max_attempts=2)).job_id == JOB_ID
    assert len(script.requests) == 3


def test_jitter_stays_within_its_bounds() -> None:
    policy = RetryPolicy(initial_delay=1.0, multiplier=2.0, max_delay=3.0, jitter=0.5)
    assert [policy.delay(n, lambda: 0.0) for n in (1, 2, 3)] == [0.5, 1.0, 1.5]
    assert [policy.delay(n, lambda: 1.0) for n in (1, 2, 3)] == [1.0, 2.0, 3.0]


# -- Retry-After ---------------------------------------------------------------------------------


def test_retry_after_seconds_is_obeyed() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    get_job.sync(JOB_ID, client=client_for(script, clock))
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_obeyed() -> None:
    moment = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": moment}), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    get_job.sync(JOB_ID, client=client_for(script, clock))
    assert len(clock.sleeps) == 1 and 25 <= clock.sleeps[0] <= 31


def test_a_retry_after_longer_than_allowed_is_not_waited_for() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    clock = FakeClock()
    with pytest.raises(errors.RateLimitError):
        get_job.sync(JOB_ID, client=client_for(script, clock))
    assert clock.sleeps == [] and len(script.requests) == 1


# -- sends are never duplicated ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault,error",
    [
        (httpx.ReadTimeout("no answer"), errors.ApiTimeoutError),
        (httpx.WriteTimeout("half sent"), errors.ApiTimeoutError),
        (httpx.RemoteProtocolError("cut"), errors.ApiConnectionError),
    ],
)
def test_a_send_that_may_have_reached_the_server_is_not_retried(fault: Exception, error: type[Exception]) -> None:
    script = Script(fault, httpx.Response(201, json={"jobId": JOB_ID}))
    with pytest.raises(error):
        create_job.sync(client=client_for(script, FakeClock()), body=body())
    assert len(script.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 429, 408])
def test_a_send_answered_with_an_error_is_not_retried(status: int) -> None:
    script = Script(httpx.Response(status, headers={"Retry-After": "1"}), httpx.Response(201, json={"jobId": JOB_ID}))
    with pytest.raises(errors.ApiStatusError):
        create_job.sync(client=client_for(script, FakeClock()), body=body())
    assert len(script.requests) == 1


@pytest.mark.parametrize("fault", [connect_error(), httpx.ConnectTimeout("no connection")])
def test_a_send_that_never_reached_the_server_is_retried_once_sent(fault: Exception) -> None:
    delivered: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        delivered.append(request)
        return httpx.Response(201, json={"jobId": JOB_ID})

    script = Script(fault, fault)
    transport = httpx.MockTransport(lambda request: script(request) if script.answers else server(request))
    clock = FakeClock()
    client = AuthenticatedClient(
        credentials=CREDENTIALS, base_url="http://dc-a.test", httpx_args={"transport": transport}, sleep=clock.sleep
    )
    assert create_job.sync(client=client, body=body()).job_id == JOB_ID
    assert len(script.requests) == 2 and len(delivered) == 1 and len(clock.sleeps) == 2


def test_callr_get_send_is_a_send_and_is_not_retried() -> None:
    # GET /sms/send creates an SMS: the spec marks it x-sdk-idempotent: false.
    script = Script(httpx.Response(503), httpx.Response(200, json={"status": "success", "data": "8242D945"}))
    client = CallrClient(
        credentials=CallrCredentials(username="u", password="p"),
        base_url="http://callr.test",
        httpx_args={"transport": httpx.MockTransport(script)},
        sleep=FakeClock().sleep,
    )
    with pytest.raises(Exception, match="503"):
        send_sms_with_query.sync(client=client, from_="SMS", to="+33612345678", body="hi")
    assert len(script.requests) == 1


def test_a_connection_refused_by_a_real_port_is_retried_then_reported() -> None:
    from .servers import free_port

    clock = FakeClock()
    client = AuthenticatedClient(credentials=CREDENTIALS, base_url=f"http://127.0.0.1:{free_port()}", sleep=clock.sleep)
    with pytest.raises(errors.ApiConnectionError) as caught:
        create_job.sync(client=client, body=body())
    assert len(clock.sleeps) == 2 and "secret" not in str(caught.value)


# -- failover -------------------------------------------------------------------------------------


def _by_host(answers: dict[str, list[Answer]], seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        answer = answers[request.url.host].pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


def test_status_lookups_fail_over_from_the_primary_to_the_secondary_data_center() -> None:
    seen: list[str] = []
    answers: dict[str, list[Answer]] = {
        "sms4a.de2.retarus.com": [httpx.Response(404, json={"code": 404, "message": "unknown here"})],
        "sms4a.de1.retarus.com": [httpx.Response(200, json=[])],
    }
    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        server=Server.PRIMARY,
        httpx_args={"transport": httpx.MockTransport(_by_host(answers, seen))},
    )
    assert list_sms_reports.sync(client=client, job_id=JOB_ID) == []
    assert seen == ["sms4a.de2.retarus.com", "sms4a.de1.retarus.com"]


def test_failover_starts_with_the_chosen_server_and_covers_5xx() -> None:
    seen: list[str] = []
    answers: dict[str, list[Answer]] = {
        "sms4a.de1.retarus.com": [httpx.Response(500)],
        "sms4a.de2.retarus.com": [httpx.Response(200, json=REPORT)],
    }
    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        server=Server.SECONDARY,
        httpx_args={"transport": httpx.MockTransport(_by_host(answers, seen))},
    )
    assert get_job.sync(JOB_ID, client=client).job_id == JOB_ID
    assert seen == ["sms4a.de1.retarus.com", "sms4a.de2.retarus.com"]


def test_operations_without_failover_stay_on_their_server() -> None:
    seen: list[str] = []
    answers: dict[str, list[Answer]] = {
        "sms4a.de2.retarus.com": [httpx.Response(404, json={"code": 404, "message": "x"})]
    }
    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        server=Server.PRIMARY,
        httpx_args={"transport": httpx.MockTransport(_by_host(answers, seen))},
    )
    with pytest.raises(errors.NotFoundError):
        create_job.sync(client=client, body=body())
    assert seen == ["sms4a.de2.retarus.com"]


def test_failover_with_base_urls_between_two_mocks(retarus_app: Starlette) -> None:
    from mocks.registry import create_app

    with serve(create_app("retarus-sms4a")) as empty_dc, serve(retarus_app) as dc_with_job:
        writer = AuthenticatedClient(credentials=CREDENTIALS, base_url=dc_with_job)
        job_id = create_job.sync(client=writer, body=body()).job_id
        reader = AuthenticatedClient(credentials=CREDENTIALS, base_url=empty_dc, fallback_base_urls=(dc_with_job,))
        assert get_job.sync(job_id, client=reader).job_id == job_id
        assert [r.sms_id for r in list_sms_reports.sync(client=reader, job_id=job_id)]


# -- pagination, facade ---------------------------------------------------------------------------


@pytest.fixture
def mock_client(retarus_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(credentials=CREDENTIALS, base_url=retarus_url) as client:
        yield client


def test_pagination_walks_every_page(mock_client: AuthenticatedClient) -> None:
    ids = [
        create_job.sync(
            client=mock_client,
            body=JobRequest.from_dict({"messages": [{"text": f"t{i}", "recipients": [{"dst": "+49176"}]}]}),
        ).job_id
        for i in range(5)
    ]
    requests: list[httpx.Request] = []
    mock_client.get_httpx_client().event_hooks["request"].append(requests.append)
    assert [job.job_id for job in list_jobs.iterate(client=mock_client, job_ids_only=True, page_size=2)] == ids
    assert [r.url.params["offset"] for r in requests] == ["0", "2", "4"]
    assert [job.job_id for job in mock_client.jobs.list_all(job_ids_only=True, page_size=3, start=1)] == ids[1:]


def test_facade_and_functions_give_equal_results(mock_client: AuthenticatedClient) -> None:
    created = mock_client.jobs.create(body=body())
    assert mock_client.jobs.get(created.job_id) == get_job.sync(created.job_id, client=mock_client)
    assert mock_client.sms.list_reports(job_id=created.job_id) == list_sms_reports.sync(
        client=mock_client, job_id=created.job_id
    )
    assert mock_client.jobs.list(job_ids_only=True) == list_jobs.sync(client=mock_client, job_ids_only=True)
    detailed = mock_client.jobs.get_detailed(created.job_id)
    assert detailed.status_code == 200 and detailed.parsed.job_id == created.job_id and detailed.content
    assert mock_client.version.get().major_version == 1


@pytest_asyncio.fixture
async def async_client(retarus_app: Starlette) -> AsyncClient:
    return AsyncClient(
        credentials=CREDENTIALS, base_url="http://mock", httpx_args={"transport": httpx.ASGITransport(app=retarus_app)}
    )


@pytest.mark.asyncio
async def test_async_facade_pagination_and_retries(async_client: AsyncClient) -> None:
    async with async_client as client:
        ids = [(await client.jobs.create(body=body())).job_id for _ in range(3)]
        assert [job.job_id async for job in client.jobs.list_all(job_ids_only=True, page_size=2)] == ids
        assert (await client.jobs.get(ids[0])).job_id == ids[0]
        assert [j.job_id async for j in list_jobs.aiterate(client=client, job_ids_only=True, page_size=1)] == ids
    script = Script(httpx.Response(503), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    retrying = AsyncClient(
        credentials=CREDENTIALS,
        base_url="http://dc-a.test",
        httpx_args={"transport": httpx.MockTransport(script)},
        async_sleep=clock.async_sleep,
        rand=lambda: 1.0,
    )
    assert (await retrying.jobs.get(JOB_ID)).job_id == JOB_ID
    assert clock.sleeps == [0.5] and len(script.requests) == 2
    post = Script(httpx.ReadTimeout("slow"))
    sender = AsyncClient(
        credentials=CREDENTIALS, base_url="http://dc-a.test", httpx_args={"transport": httpx.MockTransport(post)}
    )
    with pytest.raises(errors.ApiTimeoutError):
        await sender.jobs.create(body=body())
    assert len(post.requests) == 1
    await asyncio.sleep(0)


# -- logging -------------------------------------------------------------------------------------


def test_the_package_logger_names_method_path_and_outcome_never_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(httpx.Response(503), httpx.Response(200, json=REPORT))
    get_job.sync(JOB_ID, client=client_for(script, FakeClock()))
    ours = [r for r in caplog.records if r.name == "typedsms_retarus_sms4a"]
    messages = [r.getMessage() for r in ours]
    assert any("GET /jobs/{jobId} at dc-a.test -> 503 (attempt 1" in m for m in messages)
    assert any("retry 1 in 0.38 s" in m for m in messages)
    assert any("-> 200 (attempt 2" in m for m in messages)
    assert "secret" not in caplog.text and "dXNlcjpzZWNyZXQ" not in caplog.text


def test_timeouts_per_client_and_per_call() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=REPORT)

    client = AuthenticatedClient(
        credentials=CREDENTIALS, base_url="http://dc-a.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    get_job.sync(JOB_ID, client=client)
    client.jobs.get(JOB_ID, timeout=2.5)
    get_job.sync(JOB_ID, client=client.with_timeout(httpx.Timeout(4.0)))
    assert seen[0] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert seen[2]["read"] == 4.0
