"""The client runtime with fault-injecting transports and a fake clock: retries, backoff, Retry-After,
no duplicated send, failover order, paging, timeouts, logging without secrets, and the sync and the
async client following the same rules."""

import asyncio
import email.utils
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest
import typedsms_callr as callr
import typedsms_smartswitch as smartswitch
from starlette.testclient import TestClient
from typedsms_retarus_sms4a import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    SyncPage,
)
from typedsms_retarus_sms4a.models import JobReport
from typedsms_retarus_sms4a.params import MessageParam

from mocks.registry import create_app
from tests.support.servers import free_port, serve

USER, PASSWORD = "user", "secret"
BASIC = "dXNlcjpzZWNyZXQ"  # base64 of user:secret, as it travels in the Authorization header
JOB_ID = "J.20221116-102407.583-0lajfsfmoXIZJO93PQ"
REPORT = {"jobId": JOB_ID, "receiptTs": "2022-09-01T10:25:00Z", "recipientIds": []}
PRIMARY, SECONDARY = "sms4a.de2.retarus.com", "sms4a.de1.retarus.com"
MESSAGES: list[MessageParam] = [{"text": "hi", "recipients": [{"dst": "+4917600000000"}]}]
Answer = httpx.Response | Exception


class Script:
    """A transport handler that answers each request with the next scripted answer and records the requests."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


class ByHost:
    """A transport handler with one list of scripted answers per host; ``seen`` is the order of the hosts asked."""

    def __init__(self, answers: dict[str, list[Answer]]) -> None:
        self.answers = answers
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.host)
        answer = self.answers[request.url.host].pop(0)
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


def client_for(
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock,
    *,
    base_url: str | None = "http://dc-a.test",
    server: str | None = None,
    retry: RetryPolicy | None = None,
    max_retries: int | None = None,
    fallback_base_urls: tuple[str, ...] = (),
    rand: float = 0.5,
) -> Client:
    client = Client(
        username=USER,
        password=PASSWORD,
        base_url=base_url,
        server=server,  # type: ignore[arg-type]
        retry=retry,
        max_retries=max_retries,
        fallback_base_urls=fallback_base_urls,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._sleep = clock.sleep
    client._rand = lambda: rand
    return client


def async_client_for(
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock,
    *,
    base_url: str | None = "http://dc-a.test",
    server: str | None = None,
    max_retries: int | None = None,
    fallback_base_urls: tuple[str, ...] = (),
    rand: float = 0.5,
) -> AsyncClient:
    client = AsyncClient(
        username=USER,
        password=PASSWORD,
        base_url=base_url,
        server=server,  # type: ignore[arg-type]
        max_retries=max_retries,
        fallback_base_urls=fallback_base_urls,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    client._sleep = clock.async_sleep
    client._rand = lambda: rand
    return client


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Base URLs and credentials come from the tests only."""
    for name in ("RETARUS_BASE_URL", "RETARUS_USERNAME", "RETARUS_PASSWORD", "CALLR_BASE_URL", "SMARTSWITCH_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("[Errno 111] Connection refused")


# -- retries of idempotent operations ------------------------------------------------------------


@pytest.mark.parametrize("faults", [0, 1, 2])
def test_n_faults_then_success_take_n_plus_1_attempts(faults: int) -> None:
    script = Script(*[httpx.Response(503) for _ in range(faults)], httpx.Response(200, json=REPORT))
    clock = FakeClock()
    report = client_for(script, clock).jobs.get(JOB_ID)
    assert report.job_id == JOB_ID
    assert len(script.requests) == faults + 1
    # Backoff: 0.5 s then 1 s, with half of each delay jittered (rand=0.5 -> 75 %).
    assert clock.sleeps == [0.375, 0.75][:faults]


def test_backoff_grows_up_to_its_bound_with_full_jitter_range() -> None:
    script = Script(*[httpx.Response(503) for _ in range(6)])
    clock = FakeClock()
    policy = RetryPolicy(max_retries=5, initial_delay=1.0, multiplier=3.0, max_delay=10.0, jitter=0.5)
    with pytest.raises(InternalServerError):
        client_for(script, clock, retry=policy, rand=1.0).jobs.get(JOB_ID)
    assert clock.sleeps == [1.0, 3.0, 9.0, 10.0, 10.0]


def test_faults_beyond_the_policy_raise_the_last_answer() -> None:
    script = Script(*[httpx.Response(502) for _ in range(5)])
    clock = FakeClock()
    with pytest.raises(InternalServerError) as caught:
        client_for(script, clock, retry=RetryPolicy(max_retries=3)).jobs.get(JOB_ID)
    assert caught.value.status_code == 502 and len(script.requests) == 4 and len(clock.sleeps) == 3


@pytest.mark.parametrize(
    "fault",
    [connect_error(), httpx.ConnectTimeout("slow"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")],
)
def test_idempotent_reads_are_retried_after_any_transport_error(fault: Exception) -> None:
    script = Script(fault, httpx.Response(200, json=REPORT))
    clock = FakeClock()
    assert client_for(script, clock).jobs.get(JOB_ID).job_id == JOB_ID
    assert len(script.requests) == 2 and clock.sleeps == [0.375]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422])
def test_statuses_that_are_not_retryable_are_not_retried(status: int) -> None:
    script = Script(httpx.Response(status, json={"code": status, "message": "no"}))
    clock = FakeClock()
    with pytest.raises(APIStatusError) as caught:
        client_for(script, clock).jobs.get(JOB_ID)
    assert caught.value.status_code == status
    assert len(script.requests) == 1 and clock.sleeps == []


@pytest.mark.parametrize("status", [200, 201, 202, 203, 299])
def test_any_2xx_is_a_success(status: int) -> None:
    script = Script(httpx.Response(status, json=REPORT))
    assert client_for(script, FakeClock()).jobs.get(JOB_ID).job_id == JOB_ID
    created = client_for(Script(httpx.Response(status, json={"jobId": JOB_ID})), FakeClock())
    assert created.jobs.create(messages=MESSAGES).job_id == JOB_ID


def test_retry_policy_per_client_and_per_call() -> None:
    script = Script(httpx.Response(503), httpx.Response(503))
    clock = FakeClock()
    client = client_for(script, clock, max_retries=0)
    with pytest.raises(InternalServerError):
        client.jobs.get(JOB_ID)
    assert len(script.requests) == 1
    script.answers = [httpx.Response(503), httpx.Response(200, json=REPORT)]
    assert client.with_options(max_retries=1).jobs.get(JOB_ID).job_id == JOB_ID
    assert len(script.requests) == 3
    script.answers = [httpx.Response(503), httpx.Response(200, json=REPORT)]
    assert client.with_options(retry=RetryPolicy(max_retries=1, jitter=0.0)).jobs.get(JOB_ID).job_id == JOB_ID
    assert clock.sleeps == [0.375, 0.5]
    assert client.retry.max_retries == 0  # with_options left the client as it was
    with pytest.raises(ValueError, match="max_retries"):
        Client(username=USER, password=PASSWORD, base_url="http://dc-a.test", max_retries=-1)


def test_jitter_stays_within_its_bounds() -> None:
    policy = RetryPolicy(initial_delay=1.0, multiplier=2.0, max_delay=3.0, jitter=0.5)
    assert [policy.delay(n, lambda: 0.0) for n in (1, 2, 3)] == [0.5, 1.0, 1.5]
    assert [policy.delay(n, lambda: 1.0) for n in (1, 2, 3)] == [1.0, 2.0, 3.0]
    assert RetryPolicy(jitter=0.0).delay(1, lambda: 0.9) == 0.5
    assert RetryPolicy().with_(max_retries=7).max_retries == 7


# -- Retry-After ---------------------------------------------------------------------------------


def test_retry_after_seconds_is_obeyed() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    client_for(script, clock).jobs.get(JOB_ID)
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_obeyed() -> None:
    moment = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": moment}), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    client_for(script, clock).jobs.get(JOB_ID)
    assert len(clock.sleeps) == 1 and 25 <= clock.sleeps[0] <= 31


@pytest.mark.parametrize("value", ["soon", "-5", "1e9", ""])
def test_an_invalid_retry_after_falls_back_to_the_backoff(value: str) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": value}), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    client_for(script, clock).jobs.get(JOB_ID)
    assert clock.sleeps == [0.375]


def test_a_retry_after_longer_than_allowed_is_not_waited_for() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    clock = FakeClock()
    with pytest.raises(RateLimitError) as caught:
        client_for(script, clock).jobs.get(JOB_ID)
    assert clock.sleeps == [] and len(script.requests) == 1
    assert caught.value.headers["retry-after"] == "3600"
    # A policy that allows longer waits waits longer (within the call's deadline).
    script.answers = [httpx.Response(429, headers={"Retry-After": "100"}), httpx.Response(200, json=REPORT)]
    client_for(script, clock, retry=RetryPolicy(max_retry_after=3600)).jobs.get(JOB_ID)
    assert clock.sleeps == [100.0]


# -- sends are never duplicated ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault,error",
    [
        (httpx.ReadTimeout("no answer"), APITimeoutError),
        (httpx.WriteTimeout("half sent"), APITimeoutError),
        (httpx.RemoteProtocolError("cut"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
    ],
)
def test_a_send_that_may_have_reached_the_server_is_not_retried(fault: Exception, error: type[Exception]) -> None:
    script = Script(fault, httpx.Response(201, json={"jobId": JOB_ID}))
    clock = FakeClock()
    with pytest.raises(error) as caught:
        client_for(script, clock).jobs.create(messages=MESSAGES)
    assert type(caught.value) is error
    assert isinstance(caught.value, APIConnectionError) and caught.value.request_sent is True
    assert caught.value.operation == "POST /jobs"
    assert len(script.requests) == 1 and clock.sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 408])
def test_a_send_answered_with_an_error_is_not_retried(status: int) -> None:
    script = Script(httpx.Response(status, headers={"Retry-After": "1"}), httpx.Response(201, json={"jobId": JOB_ID}))
    with pytest.raises(APIStatusError) as caught:
        client_for(script, FakeClock()).jobs.create(messages=MESSAGES)
    assert caught.value.status_code == status
    assert len(script.requests) == 1


@pytest.mark.parametrize("fault", [connect_error(), httpx.ConnectTimeout("no connection")])
def test_a_send_that_never_reached_the_server_is_retried_and_sent_once(fault: Exception) -> None:
    delivered: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        delivered.append(request)
        return httpx.Response(201, json={"jobId": JOB_ID})

    script = Script(fault, fault)
    clock = FakeClock()
    client = client_for(lambda request: script(request) if script.answers else server(request), clock)
    assert client.jobs.create(messages=MESSAGES).job_id == JOB_ID
    assert len(script.requests) == 2 and len(delivered) == 1 and clock.sleeps == [0.375, 0.75]


def test_a_send_that_never_reached_the_server_is_reported_as_not_sent() -> None:
    script = Script(connect_error(), connect_error(), connect_error())
    clock = FakeClock()
    with pytest.raises(APIConnectionError) as caught:
        client_for(script, clock).jobs.create(messages=MESSAGES)
    assert type(caught.value) is APIConnectionError
    assert caught.value.reason == "connection refused" and caught.value.request_sent is False
    assert len(script.requests) == 3 and len(clock.sleeps) == 2


@pytest.mark.parametrize(
    "fault,reason,error",
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "connection refused", APIConnectionError),
        (httpx.ConnectError("[Errno -2] Name or service not known"), "the host name did not resolve (DNS)", None),
        (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "TLS handshake", None),
        (httpx.ConnectTimeout("timed out"), "connecting timed out", APITimeoutError),
        (httpx.ReadTimeout("timed out"), "read timeout", APITimeoutError),
        (httpx.RemoteProtocolError("Server disconnected"), "closed the connection", APIConnectionError),
    ],
)
def test_connection_errors_say_what_went_wrong_in_words(
    fault: Exception, reason: str, error: type[APIConnectionError] | None
) -> None:
    script = Script(fault)
    with pytest.raises(APIConnectionError) as caught:
        client_for(script, FakeClock(), max_retries=0).jobs.get(JOB_ID)
    assert reason in caught.value.reason
    assert type(caught.value) is (error or APIConnectionError)
    assert str(caught.value) == f"GET /jobs/{{jobId}}: {caught.value.reason}"


def test_callr_get_send_is_a_send_and_is_not_retried() -> None:
    # GET /sms/send creates an SMS: the spec marks it x-sdk-idempotent: false.
    script = Script(httpx.Response(503), httpx.Response(200, json={"status": "success", "data": "8242D945"}))
    client = callr.Client(
        username="u",
        password="p",
        base_url="http://callr.test",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    client._sleep = FakeClock().sleep
    with pytest.raises(callr.InternalServerError):
        client.sms.send_with_query(from_="SMS", to="+33612345678", body="hi")
    assert len(script.requests) == 1
    script.answers = [httpx.ReadTimeout("slow")]
    with pytest.raises(callr.APITimeoutError):
        client.sms.send(from_="SMS", to="+33612345678", body="hi")
    assert len(script.requests) == 2


def test_a_connection_refused_by_a_real_port_is_retried_then_reported() -> None:
    clock = FakeClock()
    client = Client(username=USER, password=PASSWORD, base_url=f"http://127.0.0.1:{free_port()}")
    client._sleep = clock.sleep
    with client, pytest.raises(APIConnectionError) as caught:
        client.jobs.create(messages=MESSAGES)
    assert len(clock.sleeps) == 2
    assert caught.value.reason == "connection refused" and caught.value.request_sent is False
    assert PASSWORD not in str(caught.value) and BASIC not in str(caught.value)


# -- failover -------------------------------------------------------------------------------------


def test_status_lookups_fail_over_from_the_primary_to_the_secondary_data_center() -> None:
    hosts = ByHost(
        {
            PRIMARY: [httpx.Response(404, json={"code": 404, "message": "unknown here"})],
            SECONDARY: [httpx.Response(200, json=[])],
        }
    )
    client = client_for(hosts, FakeClock(), base_url=None, server="primary")
    assert client.base_url == f"https://{PRIMARY}/rest/v1"
    assert client.sms.list_reports(job_id=JOB_ID) == []
    assert hosts.seen == [PRIMARY, SECONDARY]


def test_failover_starts_with_the_chosen_server_and_covers_5xx() -> None:
    hosts = ByHost({SECONDARY: [httpx.Response(500)], PRIMARY: [httpx.Response(200, json=REPORT)]})
    client = client_for(hosts, FakeClock(), base_url=None, server="secondary")
    assert client.jobs.get(JOB_ID).job_id == JOB_ID
    assert hosts.seen == [SECONDARY, PRIMARY]


@pytest.mark.parametrize("fault", [connect_error(), httpx.ReadTimeout("slow")])
def test_failover_covers_connection_errors(fault: Exception) -> None:
    hosts = ByHost({PRIMARY: [fault], SECONDARY: [httpx.Response(200, json=REPORT)]})
    clock = FakeClock()
    assert client_for(hosts, clock, base_url=None, server="primary").jobs.get(JOB_ID).job_id == JOB_ID
    assert hosts.seen == [PRIMARY, SECONDARY] and clock.sleeps == []


def test_when_every_server_fails_the_round_is_retried_after_a_pause() -> None:
    hosts = ByHost(
        {
            PRIMARY: [httpx.Response(503), httpx.Response(200, json=REPORT)],
            SECONDARY: [httpx.Response(503)],
        }
    )
    clock = FakeClock()
    assert client_for(hosts, clock, base_url=None, server="primary").jobs.get(JOB_ID).job_id == JOB_ID
    assert hosts.seen == [PRIMARY, SECONDARY, PRIMARY] and clock.sleeps == [0.375]


def test_a_404_everywhere_is_not_found_without_retries() -> None:
    not_here = {"code": 404, "message": "no such job"}
    hosts = ByHost({PRIMARY: [httpx.Response(404, json=not_here)], SECONDARY: [httpx.Response(404, json=not_here)]})
    clock = FakeClock()
    with pytest.raises(NotFoundError) as caught:
        client_for(hosts, clock, base_url=None, server="primary").jobs.get(JOB_ID)
    assert hosts.seen == [PRIMARY, SECONDARY] and clock.sleeps == []
    assert "no such job" in str(caught.value) and caught.value.documented


def test_statuses_other_than_404_and_5xx_do_not_fail_over() -> None:
    hosts = ByHost({PRIMARY: [httpx.Response(401, json={"code": 401, "message": "who?"})]})
    with pytest.raises(APIStatusError) as caught:
        client_for(hosts, FakeClock(), base_url=None, server="primary").jobs.get(JOB_ID)
    assert caught.value.status_code == 401 and hosts.seen == [PRIMARY]


def test_operations_without_failover_stay_on_their_server() -> None:
    hosts = ByHost({PRIMARY: [httpx.Response(404, json={"code": 404, "message": "x"}), connect_error()]})
    client = client_for(hosts, FakeClock(), base_url=None, server="primary", max_retries=0)
    with pytest.raises(NotFoundError):
        client.jobs.create(messages=MESSAGES)
    with pytest.raises(APIConnectionError):
        client.version.get()
    assert hosts.seen == [PRIMARY, PRIMARY]


def test_fallback_base_urls_are_asked_in_order() -> None:
    hosts = ByHost(
        {
            "dc-a.test": [httpx.Response(404, json={"code": 404, "message": "x"})],
            "dc-b.test": [httpx.Response(502)],
            "dc-c.test": [httpx.Response(200, json=REPORT)],
        }
    )
    client = client_for(hosts, FakeClock(), fallback_base_urls=("http://dc-b.test/", "http://dc-c.test"))
    assert client.jobs.get(JOB_ID).job_id == JOB_ID
    assert hosts.seen == ["dc-a.test", "dc-b.test", "dc-c.test"]


@pytest.mark.loopback
def test_failover_with_base_urls_between_two_mocks() -> None:
    with serve(create_app("retarus-sms4a")) as empty_dc, serve(create_app("retarus-sms4a")) as dc_with_job:
        with Client(username=USER, password=PASSWORD, base_url=dc_with_job) as writer:
            job_id = writer.jobs.create(messages=MESSAGES).job_id
        with Client(username=USER, password=PASSWORD, base_url=empty_dc, fallback_base_urls=(dc_with_job,)) as reader:
            assert reader.jobs.get(job_id).job_id == job_id
            assert [r.sms_id for r in reader.sms.list_reports(job_id=job_id)]
        with Client(username=USER, password=PASSWORD, base_url=empty_dc) as alone, pytest.raises(NotFoundError):
            alone.jobs.get(job_id)


# -- paging against the mock ------------------------------------------------------------------------


@pytest.fixture
def mock_client() -> Iterator[tuple[Client, list[httpx.Request]]]:
    requests: list[httpx.Request] = []
    http = TestClient(create_app("retarus-sms4a"), base_url="http://mock")
    http.event_hooks["request"].append(requests.append)
    with http, Client(username=USER, password=PASSWORD, base_url="http://mock", http_client=http) as client:
        yield client, requests


def _create_jobs(client: Client, n: int) -> list[str]:
    return [
        client.jobs.create(messages=[{"text": f"t{i}", "recipients": [{"dst": "+4917600000000"}]}]).job_id
        for i in range(n)
    ]


def test_paging_walks_every_page(mock_client: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = mock_client
    ids = _create_jobs(client, 5)
    del requests[:]
    assert [job.job_id for job in client.jobs.list(limit=2)] == ids
    assert [(r.url.params["offset"], r.url.params["limit"]) for r in requests] == [("0", "2"), ("2", "2"), ("4", "2")]
    assert all(r.url.params["jobIdsOnly"] == "true" for r in requests)
    assert [job.job_id for job in client.jobs.list(limit=3, offset=1)] == ids[1:]
    assert [job.job_id for job in client.jobs.list()] == ids


def test_pages_one_at_a_time(mock_client: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = mock_client
    ids = _create_jobs(client, 4)
    del requests[:]
    first = client.jobs.list(limit=2)
    assert isinstance(first, SyncPage) and len(requests) == 1
    assert [j.job_id for j in first.items] == ids[:2] and first.has_next_page()
    second = first.next_page()
    assert [j.job_id for j in second.items] == ids[2:] and second.has_next_page()
    third = second.next_page()
    assert third.items == [] and not third.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        third.next_page()
    assert [len(page.items) for page in client.jobs.list(limit=3).iter_pages()] == [3, 1]


def test_raw_responses_and_typed_results_agree(mock_client: tuple[Client, list[httpx.Request]]) -> None:
    client, _ = mock_client
    [job_id] = _create_jobs(client, 1)
    raw = client.jobs.with_raw_response.get(job_id)
    assert raw.status_code == 200 and raw.json()["jobId"] == job_id and raw.content
    assert raw.parse() == client.jobs.get(job_id)
    page = client.jobs.with_raw_response.list(limit=1).parse()
    assert [j.job_id for j in page] == [job_id]
    assert client.version.get().major_version == 1


# -- sync and async follow the same rules -------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    name: str
    operation: str  # "get" (idempotent, fails over) or "create" (a send)
    answers: dict[str, list[Answer]]
    server: str | None = None


def _scenarios() -> list[Scenario]:
    a, b = "dc-a.test", "dc-b.test"
    ok = httpx.Response(200, json=REPORT)
    created = httpx.Response(201, json={"jobId": JOB_ID})
    return [
        Scenario("two 503 then ok", "get", {a: [httpx.Response(503), httpx.Response(503), ok]}),
        Scenario("three 503", "get", {a: [httpx.Response(503) for _ in range(3)]}),
        Scenario("Retry-After", "get", {a: [httpx.Response(429, headers={"Retry-After": "4"}), ok]}),
        Scenario("read timeout then ok", "get", {a: [httpx.ReadTimeout("slow"), ok]}),
        Scenario("404", "get", {a: [httpx.Response(404, json={"code": 404, "message": "x"})]}),
        Scenario("not JSON", "get", {a: [httpx.Response(200, content=b"{")]}),
        Scenario("failover 404", "get", {a: [httpx.Response(404)], b: [ok]}, server="fallback"),
        Scenario("failover refused", "get", {a: [connect_error()], b: [ok]}, server="fallback"),
        Scenario("failover all 5xx", "get", {a: [httpx.Response(500), ok], b: [httpx.Response(502)]}, "fallback"),
        Scenario("send read timeout", "create", {a: [httpx.ReadTimeout("slow"), created]}),
        Scenario("send 503", "create", {a: [httpx.Response(503), created]}),
        Scenario("send refused twice", "create", {a: [connect_error(), connect_error(), created]}),
        Scenario("send refused always", "create", {a: [connect_error() for _ in range(3)]}),
        Scenario("send answered 200", "create", {a: [httpx.Response(200, json={"jobId": JOB_ID})]}),
    ]


def _observed(result: object, error: BaseException | None, hosts: ByHost, clock: FakeClock) -> tuple[object, ...]:
    outcome = type(error).__name__ if error is not None else getattr(result, "job_id", result)
    detail = str(error) if error is not None else ""
    return outcome, detail, tuple(hosts.seen), tuple(clock.sleeps)


def _fresh(scenario: Scenario) -> dict[str, list[Answer]]:
    """The scenario's answers, new objects (a response that one client has read cannot serve another)."""
    [again] = [s for s in _scenarios() if s.name == scenario.name]
    return {host: list(answers) for host, answers in again.answers.items()}


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.name)
def test_sync_and_async_clients_behave_alike(scenario: Scenario) -> None:
    fallbacks = ("http://dc-b.test",) if scenario.server == "fallback" else ()
    sync_hosts, sync_clock = ByHost(_fresh(scenario)), FakeClock()
    client = client_for(sync_hosts, sync_clock, fallback_base_urls=fallbacks)
    result: object = None
    error: BaseException | None = None
    try:
        result = client.jobs.get(JOB_ID) if scenario.operation == "get" else client.jobs.create(messages=MESSAGES)
    except Exception as exc:
        error = exc
    sync = _observed(result, error, sync_hosts, sync_clock)

    async_hosts, async_clock = ByHost(_fresh(scenario)), FakeClock()

    async def run() -> tuple[object, ...]:
        aclient = async_client_for(async_hosts, async_clock, fallback_base_urls=fallbacks)
        aresult: object = None
        aerror: BaseException | None = None
        try:
            if scenario.operation == "get":
                aresult = await aclient.jobs.get(JOB_ID)
            else:
                aresult = await aclient.jobs.create(messages=MESSAGES)
        except Exception as exc:
            aerror = exc
        await aclient._http.aclose()
        return _observed(aresult, aerror, async_hosts, async_clock)

    assert asyncio.run(run()) == sync
    assert sync[2], "no request was sent"


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [503, 429])
async def test_async_reads_are_retried_after_a_retryable_status(status: int) -> None:
    script = Script(httpx.Response(status), httpx.Response(200, json=REPORT))
    clock = FakeClock()
    client = async_client_for(script, clock)
    async with client._http:
        assert (await client.jobs.get(JOB_ID)).job_id == JOB_ID
    assert len(script.requests) == 2 and clock.sleeps == [0.375]


@pytest.mark.asyncio
async def test_async_client_against_the_mock_gives_what_the_sync_client_gives() -> None:
    app = create_app("retarus-sms4a")
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    async with http, AsyncClient(username=USER, password=PASSWORD, base_url="http://mock", http_client=http) as client:
        ids = [(await client.jobs.create(messages=MESSAGES)).job_id for _ in range(3)]
        assert [job.job_id async for job in client.jobs.list(limit=2)] == ids
        first = await client.jobs.list(limit=2)
        assert [j.job_id for j in first.items] == ids[:2] and first.has_next_page()
        assert [j.job_id for j in (await first.next_page()).items] == ids[2:]
        assert [len(page.items) async for page in first.iter_pages()] == [2, 1]
        report = await client.jobs.get(ids[0])
        reports = await client.sms.list_reports(job_id=ids[0])
        version = await client.version.get()
        raw = await client.jobs.with_raw_response.get(ids[0])
        with TestClient(app, base_url="http://mock") as shared:
            sync_client = Client(username=USER, password=PASSWORD, base_url="http://mock", http_client=shared)
            assert sync_client.jobs.get(ids[0]) == report
            assert sync_client.sms.list_reports(job_id=ids[0]) == reports
            assert sync_client.version.get() == version
            assert [j.job_id for j in sync_client.jobs.list()] == ids
        assert raw.status_code == 200 and raw.parse() == report
        assert isinstance(report, JobReport) and len(reports) == 1
        with pytest.raises(NotFoundError):
            await client.jobs.get("J.20221116-102407.583-doesnotexist000")


# -- logging and secrets -----------------------------------------------------------------------------


def test_the_package_logger_names_method_path_and_outcome_never_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(httpx.Response(503), httpx.Response(200, json=REPORT))
    client_for(script, FakeClock()).jobs.get(JOB_ID)
    messages = [r.getMessage() for r in caplog.records if r.name == "typedsms_retarus_sms4a"]
    assert any("GET /jobs/{jobId} at dc-a.test -> 503 (attempt 1" in m for m in messages), messages
    assert any("GET /jobs/{jobId}: retry 1 in 0.38 s" in m for m in messages), messages
    assert any("-> 200 (attempt 2" in m for m in messages), messages
    assert JOB_ID not in "\n".join(messages)  # the path template, not the path
    assert PASSWORD not in caplog.text and BASIC not in caplog.text


def test_failover_and_transport_errors_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="typedsms_retarus_sms4a")
    hosts = ByHost(
        {
            PRIMARY: [httpx.Response(404), httpx.Response(404)],
            SECONDARY: [httpx.ReadTimeout("slow"), httpx.Response(200, json=[])],
        }
    )
    client_for(hosts, FakeClock(), base_url=None, server="primary").sms.list_reports(job_id=JOB_ID)
    messages = [r.getMessage() for r in caplog.records if r.name == "typedsms_retarus_sms4a"]
    assert any(f"GET /sms: 404 from {PRIMARY}, asking the next server" in m for m in messages), messages
    assert any(f"GET /sms at {SECONDARY} -> ReadTimeout (attempt 1" in m for m in messages), messages
    assert any(f"GET /sms at {SECONDARY} -> 200 (attempt 2" in m for m in messages), messages
    assert hosts.seen == [PRIMARY, SECONDARY, PRIMARY, SECONDARY]


def test_query_credentials_never_show_in_logs_errors_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_login, secret_password = "login-3b9f1e", "pw-7f3a9c-never-shown"
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            title = f"bad credentials in {request.url}"  # a server that echoes the URL
            return httpx.Response(401, json={"errors": [{"code": "authentication", "title": title}]})
        raise httpx.ConnectError(f"refused {request.url}")

    client = smartswitch.Client(
        login=secret_login,
        password=secret_password,
        base_url="http://smartswitch.test/api",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._sleep = FakeClock().sleep
    with pytest.raises(smartswitch.AuthenticationError) as status_error:
        client.message.send(destination_number=["447900000001"], body="hi")
    with pytest.raises(smartswitch.APIConnectionError) as connection_error:
        client.message.send(destination_number=["447900000001"], body="hi")
    assert seen[0].url.params["_password"] == secret_password  # the credentials did travel
    texts = [caplog.text, str(status_error.value), str(connection_error.value), repr(client)]
    for text in texts:
        assert secret_password not in text and secret_login not in text, text
    assert "_password=***" in caplog.text  # httpx's request line, redacted


def test_timeouts_per_client_and_per_call() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=REPORT)

    client = client_for(handler, FakeClock())
    client.jobs.get(JOB_ID)
    client.jobs.get(JOB_ID, timeout=2.5)
    client.with_options(timeout=httpx.Timeout(4.0)).jobs.get(JOB_ID)
    Client(
        username=USER,
        password=PASSWORD,
        base_url="http://dc-a.test",
        timeout=7,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ).jobs.get(JOB_ID)
    assert seen[0] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert seen[2]["read"] == 4.0
    assert seen[3]["read"] == 7.0
