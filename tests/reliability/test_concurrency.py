"""Concurrency: 50 clients at once against each mock over real loopback, nothing lost, nothing doubled.

For each of the four mocks, one uvicorn server on 127.0.0.1 and 50 clients of the generated
package (asyncio tasks with ``AsyncClient``, and threads with ``Client``), each with its own
``httpx`` client (its own connection pool), send SMS at the same time
(``client.<resource>.<method>``). Then every SMS sent is read back and found exactly once:

- Retarus: each job by id, its SMS reports (one per recipient, the job's ``recipient_ids``), and the
  job list (every page) holds each job once;
- SMS Scheduler: each message's reports hold exactly its SMS ids, and each SMS reads back by id;
- CALLR: each hash reads back with its text, and ``client.sms.list`` lists each hash exactly once;
- Smartswitch (no read operation): every answer is a 2xx holding one message per number, in order,
  and all ids are distinct.

Every answer the clients got is recorded by an httpx event hook: all are 2xx (no 5xx, no 4xx).
Clients are made with ``max_retries=0``, so nothing is sent twice behind the test's back.

Short variant: 1 SMS request per client (50 per mock and mode). ``TYPEDSMS_LONG=1``: 20 each
(1,000 per mock and mode).
"""

import asyncio
import datetime as dt
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
import pytest
import typedsms_callr as callr
import typedsms_retarus_sms4a as retarus
import typedsms_smartswitch as smartswitch
import typedsms_sms_scheduler as scheduler
from typedsms_retarus_sms4a.params import MessageParam

from mocks.registry import create_app
from tests.support.reliability import scaled
from tests.support.servers import serve
from tests.support.vendors import VENDORS

CLIENTS = 50
REQUESTS_PER_CLIENT = scaled(1, 20)
NUMBERS_PER_REQUEST = 2
DEADLINE = scaled(120.0, 900.0)
"""Seconds the whole concurrent phase of one mock may take before the test fails (never a hang)."""

pytestmark = pytest.mark.loopback


@dataclass(frozen=True)
class Sent:
    """One accepted send: its key (job id, message id, hash, first message id), its SMS ids, its numbers."""

    client: int
    request: int
    key: str
    sms_ids: tuple[str, ...]
    numbers: tuple[str, ...]
    text: str


@dataclass
class Statuses:
    """Every HTTP status the clients received, recorded by event hooks (thread-safe)."""

    counts: Counter[int] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, response: httpx.Response) -> None:
        with self.lock:
            self.counts[response.status_code] += 1

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)


def text_of(client: int, request: int) -> str:
    return f"Concurrency test: client {client:02d}, request {request:03d}"


def present(values: Iterable[str | None], sent: Sent) -> list[str]:
    """``values``, each asserted present: the specs leave these result fields optional."""
    found: list[str] = []
    for value in values:
        assert value is not None, sent
        found.append(value)
    return found


class Driver(Protocol):
    """How one vendor's client is made, sends, reads back and lists, sync and async."""

    def make_sync(self, url: str, http: httpx.Client) -> Any: ...

    def make_async(self, url: str, http: httpx.AsyncClient) -> Any: ...

    def send(self, client: Any, c: int, r: int) -> Sent: ...

    async def asend(self, client: Any, c: int, r: int) -> Sent: ...

    def read(self, client: Any, sent: Sent) -> list[str]:
        """The SMS ids found when reading ``sent`` back (checked against what was sent)."""
        ...

    async def aread(self, client: Any, sent: Sent) -> list[str]: ...

    def listing(self, client: Any) -> list[str] | None:
        """Every key the mock lists (None: the API has no listing)."""
        ...


@contextmanager
def sync_client(driver: Driver, url: str, statuses: Statuses) -> Iterator[Any]:
    """A sync client of ``driver`` on its own ``httpx.Client`` that records every status."""
    with httpx.Client(event_hooks={"response": [statuses.record]}) as http, driver.make_sync(url, http) as client:
        yield client


@asynccontextmanager
async def async_client(driver: Driver, url: str, statuses: Statuses) -> AsyncIterator[Any]:
    """An async client of ``driver`` on its own ``httpx.AsyncClient`` that records every status."""
    http = httpx.AsyncClient(event_hooks={"response": [statuses.arecord]})
    async with http, driver.make_async(url, http) as client:
        yield client


# -- Retarus: jobs, their reports and the job list ------------------------------------------------


class RetarusDriver:
    def make_sync(self, url: str, http: httpx.Client) -> retarus.Client:
        return retarus.Client(username="user", password="secret", base_url=url, max_retries=0, http_client=http)

    def make_async(self, url: str, http: httpx.AsyncClient) -> retarus.AsyncClient:
        return retarus.AsyncClient(username="user", password="secret", base_url=url, max_retries=0, http_client=http)

    @staticmethod
    def _job(c: int, r: int) -> tuple[list[MessageParam], tuple[str, ...]]:
        numbers = tuple(f"+49176{c:03d}{r:03d}{n}" for n in range(NUMBERS_PER_REQUEST))
        return [{"text": text_of(c, r), "recipients": [{"dst": n} for n in numbers]}], numbers

    def send(self, client: retarus.Client, c: int, r: int) -> Sent:
        messages, numbers = self._job(c, r)
        job = client.jobs.create(messages=messages)
        return Sent(c, r, job.job_id, (), numbers, text_of(c, r))

    async def asend(self, client: retarus.AsyncClient, c: int, r: int) -> Sent:
        messages, numbers = self._job(c, r)
        job = await client.jobs.create(messages=messages)
        return Sent(c, r, job.job_id, (), numbers, text_of(c, r))

    def read(self, client: retarus.Client, sent: Sent) -> list[str]:
        report = client.jobs.get(sent.key)
        reports = client.sms.list_reports(job_id=sent.key)
        return self._check(sent, report.job_id, report.recipient_ids, [(r.sms_id, r.dst) for r in reports])

    async def aread(self, client: retarus.AsyncClient, sent: Sent) -> list[str]:
        report = await client.jobs.get(sent.key)
        reports = await client.sms.list_reports(job_id=sent.key)
        return self._check(sent, report.job_id, report.recipient_ids, [(r.sms_id, r.dst) for r in reports])

    @staticmethod
    def _check(
        sent: Sent, job_id: str, recipient_ids: list[str] | None, reports: list[tuple[str, str | None]]
    ) -> list[str]:
        assert job_id == sent.key
        assert recipient_ids is not None, sent
        assert sorted(recipient_ids) == sorted(sms_id for sms_id, _ in reports), sent
        assert sorted(present((dst for _, dst in reports), sent)) == sorted(sent.numbers), sent
        return list(recipient_ids)

    def listing(self, client: retarus.Client) -> list[str]:
        return [job.job_id for job in client.jobs.list(limit=37)]


# -- SMS Scheduler: messages and their SMS ------------------------------------------------------


class SchedulerDriver:
    def make_sync(self, url: str, http: httpx.Client) -> scheduler.Client:
        return scheduler.Client(token="token", timezone=dt.UTC, base_url=url, max_retries=0, http_client=http)

    def make_async(self, url: str, http: httpx.AsyncClient) -> scheduler.AsyncClient:
        return scheduler.AsyncClient(token="token", timezone=dt.UTC, base_url=url, max_retries=0, http_client=http)

    @staticmethod
    def _numbers(c: int, r: int) -> tuple[str, ...]:
        return tuple(f"+33612{c:03d}{r:03d}{n}" for n in range(NUMBERS_PER_REQUEST))

    @staticmethod
    def _arguments(c: int, r: int, numbers: tuple[str, ...]) -> dict[str, Any]:
        return {
            "message_text": text_of(c, r),
            "delivery_date": dt.datetime(2020, 1, 1, 12, 0, 0, tzinfo=dt.UTC),  # in the past: sent at once
            "sender_id": 1,
            "phone_numbers": list(numbers),
        }

    @staticmethod
    def _sms_ids(created: Any, numbers: tuple[str, ...]) -> tuple[str, ...]:
        ids: list[str] = []
        for number in numbers:
            value = created.sms_ids[number]
            ids += [str(v) for v in (value if isinstance(value, list) else [value])]
        return tuple(ids)

    def send(self, client: scheduler.Client, c: int, r: int) -> Sent:
        numbers = self._numbers(c, r)
        created = client.sms.create(**self._arguments(c, r, numbers))
        return Sent(c, r, str(created.message_id), self._sms_ids(created, numbers), numbers, text_of(c, r))

    async def asend(self, client: scheduler.AsyncClient, c: int, r: int) -> Sent:
        numbers = self._numbers(c, r)
        created = await client.sms.create(**self._arguments(c, r, numbers))
        return Sent(c, r, str(created.message_id), self._sms_ids(created, numbers), numbers, text_of(c, r))

    def read(self, client: scheduler.Client, sent: Sent) -> list[str]:
        reports = client.messages.get(int(sent.key))
        singles = {sms_id: client.sms.get(int(sms_id)).phone_number for sms_id in sent.sms_ids}
        return self._check(sent, [(str(r.id), r.phone_number) for r in reports], singles)

    async def aread(self, client: scheduler.AsyncClient, sent: Sent) -> list[str]:
        reports = await client.messages.get(int(sent.key))
        singles = {sms_id: (await client.sms.get(int(sms_id))).phone_number for sms_id in sent.sms_ids}
        return self._check(sent, [(str(r.id), r.phone_number) for r in reports], singles)

    @staticmethod
    def _check(sent: Sent, reports: list[tuple[str, str | None]], singles: dict[str, str | None]) -> list[str]:
        assert sorted(sms_id for sms_id, _ in reports) == sorted(sent.sms_ids), sent
        assert sorted(present((number for _, number in reports), sent)) == sorted(sent.numbers), sent
        assert sorted(present(singles.values(), sent)) == sorted(sent.numbers), sent
        return [sms_id for sms_id, _ in reports]

    def listing(self, client: scheduler.Client) -> None:
        return None


# -- CALLR: hashes, then the list of outbound SMS ---------------------------------------------------


class CallrDriver:
    def __init__(self) -> None:
        self.started = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)

    def make_sync(self, url: str, http: httpx.Client) -> callr.Client:
        return callr.Client(username="user", password="secret", base_url=url, max_retries=0, http_client=http)

    def make_async(self, url: str, http: httpx.AsyncClient) -> callr.AsyncClient:
        return callr.AsyncClient(username="user", password="secret", base_url=url, max_retries=0, http_client=http)

    @staticmethod
    def _number(c: int, r: int) -> str:
        return f"+3361{c:03d}{r:03d}0"

    def send(self, client: callr.Client, c: int, r: int) -> Sent:
        number = self._number(c, r)
        sms_hash = client.sms.send(from_="SMS", to=number, body=text_of(c, r))
        return Sent(c, r, sms_hash, (sms_hash,), (number,), text_of(c, r))

    async def asend(self, client: callr.AsyncClient, c: int, r: int) -> Sent:
        number = self._number(c, r)
        sms_hash = await client.sms.send(from_="SMS", to=number, body=text_of(c, r))
        return Sent(c, r, sms_hash, (sms_hash,), (number,), text_of(c, r))

    def read(self, client: callr.Client, sent: Sent) -> list[str]:
        sms = client.sms.get(sent.key)
        return self._check(sent, sms.hash, sms.to, sms.text)

    async def aread(self, client: callr.AsyncClient, sent: Sent) -> list[str]:
        sms = await client.sms.get(sent.key)
        return self._check(sent, sms.hash, sms.to, sms.text)

    @staticmethod
    def _check(sent: Sent, sms_hash: str, to: str | None, text: str | None) -> list[str]:
        assert (sms_hash, to, text) == (sent.key, sent.numbers[0], sent.text), sent
        return [sms_hash]

    def listing(self, client: callr.Client) -> list[str]:
        until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
        return [sms.hash for sms in client.sms.list(type="OUT", from_=self.started, to=until)]


# -- Smartswitch: no read operation; complete, distinct answers ----------------------------------------


class SmartswitchDriver:
    def make_sync(self, url: str, http: httpx.Client) -> smartswitch.Client:
        return smartswitch.Client(login="user", password="secret", base_url=url, max_retries=0, http_client=http)

    def make_async(self, url: str, http: httpx.AsyncClient) -> smartswitch.AsyncClient:
        return smartswitch.AsyncClient(login="user", password="secret", base_url=url, max_retries=0, http_client=http)

    @staticmethod
    def _numbers(c: int, r: int) -> tuple[str, ...]:
        return tuple(f"4479{c:03d}{r:03d}{n}" for n in range(NUMBERS_PER_REQUEST))

    @staticmethod
    def _sent(c: int, r: int, numbers: tuple[str, ...], answer: Any, request_id: str) -> Sent:
        assert 200 <= answer.status_code < 300
        messages = answer.parse()
        assert [m.attributes.destination_number for m in messages] == list(numbers)
        assert all(m.attributes.status == "ok" and m.attributes.segments >= 1 for m in messages)
        assert all(m.meta and m.meta.request_id == request_id for m in messages)
        return Sent(c, r, messages[0].id, tuple(m.id for m in messages), numbers, text_of(c, r))

    def send(self, client: smartswitch.Client, c: int, r: int) -> Sent:
        numbers, request_id = self._numbers(c, r), f"c{c}r{r}"
        answer = client.message.with_raw_response.send(
            destination_number=list(numbers), body=[text_of(c, r)] * len(numbers), request_id=request_id
        )
        return self._sent(c, r, numbers, answer, request_id)

    async def asend(self, client: smartswitch.AsyncClient, c: int, r: int) -> Sent:
        numbers, request_id = self._numbers(c, r), f"c{c}r{r}"
        answer = await client.message.with_raw_response.send(
            destination_number=list(numbers), body=[text_of(c, r)] * len(numbers), request_id=request_id
        )
        return self._sent(c, r, numbers, answer, request_id)

    def read(self, client: smartswitch.Client, sent: Sent) -> list[str]:
        return list(sent.sms_ids)

    async def aread(self, client: smartswitch.AsyncClient, sent: Sent) -> list[str]:
        return list(sent.sms_ids)

    def listing(self, client: smartswitch.Client) -> None:
        return None


def driver_for(name: str) -> Driver:
    drivers: dict[str, Callable[[], Driver]] = {
        "retarus-sms4a": RetarusDriver,
        "sms-scheduler": SchedulerDriver,
        "callr": CallrDriver,
        "smartswitch": SmartswitchDriver,
    }
    return drivers[name]()


# -- the two ways of being concurrent -------------------------------------------------------------------


@dataclass
class Outcome:
    sent: list[Sent]
    read_ids: list[str]
    seconds: float


def run_threads(driver: Driver, url: str, statuses: Statuses) -> Outcome:
    """50 threads, each with its own sync client: all send, then each reads its own sends back."""
    barrier = threading.Barrier(CLIENTS, timeout=30)

    def one_client(c: int) -> tuple[list[Sent], list[str]]:
        try:
            with sync_client(driver, url, statuses) as client:
                barrier.wait()
                sent = [driver.send(client, c, r) for r in range(REQUESTS_PER_CLIENT)]
                barrier.wait()
                read = [sms_id for s in sent for sms_id in driver.read(client, s)]
                return sent, read
        except BaseException:
            barrier.abort()  # the others stop waiting at once
            raise

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        futures = [pool.submit(one_client, c) for c in range(CLIENTS)]
        results = [f.result(timeout=DEADLINE) for f in futures]
    return Outcome(
        [s for sent, _ in results for s in sent], [i for _, read in results for i in read], time.monotonic() - started
    )


async def run_tasks(driver: Driver, url: str, statuses: Statuses) -> Outcome:
    """50 asyncio tasks, each with its own async client: all send, then each reads its own sends back."""
    all_sent = asyncio.Event()
    pending = [CLIENTS]

    async def one_client(c: int) -> tuple[list[Sent], list[str]]:
        async with async_client(driver, url, statuses) as client:
            sent = [await driver.asend(client, c, r) for r in range(REQUESTS_PER_CLIENT)]
            pending[0] -= 1
            if pending[0] == 0:
                all_sent.set()
            await all_sent.wait()
            read = [sms_id for s in sent for sms_id in await driver.aread(client, s)]
            return sent, read

    started = time.monotonic()
    gathered: Awaitable[list[tuple[list[Sent], list[str]]]] = asyncio.gather(*(one_client(c) for c in range(CLIENTS)))
    results = await asyncio.wait_for(gathered, timeout=DEADLINE)
    return Outcome(
        [s for sent, _ in results for s in sent], [i for _, read in results for i in read], time.monotonic() - started
    )


def check_outcome(name: str, driver: Driver, url: str, outcome: Outcome, statuses: Statuses) -> None:
    expected_requests = CLIENTS * REQUESTS_PER_CLIENT
    # Nothing lost: every request of every client was answered and recorded once.
    assert len(outcome.sent) == expected_requests
    assert sorted((s.client, s.request) for s in outcome.sent) == sorted(
        (c, r) for c in range(CLIENTS) for r in range(REQUESTS_PER_CLIENT)
    )
    # Nothing doubled: keys and SMS ids are distinct, and reading back found exactly the SMS sent.
    keys = Counter(s.key for s in outcome.sent)
    assert [k for k, n in keys.items() if n > 1] == []
    sms_ids = Counter(i for s in outcome.sent for i in s.sms_ids)
    assert [i for i, n in sms_ids.items() if n > 1] == []
    read = Counter(outcome.read_ids)
    assert [i for i, n in read.items() if n > 1] == []
    expected_sms = expected_requests * (1 if name == "callr" else NUMBERS_PER_REQUEST)
    assert len(read) == expected_sms
    if name != "retarus-sms4a":  # Retarus answers a job id only; its SMS ids come from the read-back
        assert set(read) == set(sms_ids)
    # The listing, where the API has one, holds each key exactly once and nothing else.
    with sync_client(driver, url, statuses) as client:
        listed = driver.listing(client)
    if listed is not None:
        counted = Counter(listed)
        assert [k for k, n in counted.items() if n > 1] == []
        assert set(counted) == set(keys)
    # No 5xx, indeed nothing but 2xx.
    assert statuses.counts and all(200 <= status < 300 for status in statuses.counts), statuses.counts
    print(
        f"\n{name}: {CLIENTS} clients, {expected_requests} send requests, {len(read)} SMS read back once, "
        f"statuses {dict(statuses.counts)}, {outcome.seconds:.2f} s"
    )


@pytest.mark.parametrize("name", VENDORS)
def test_50_threads_with_sync_clients(name: str) -> None:
    driver = driver_for(name)
    statuses = Statuses()
    with serve(create_app(name)) as url:
        outcome = run_threads(driver, url, statuses)
        check_outcome(name, driver, url, outcome, statuses)


@pytest.mark.asyncio
@pytest.mark.parametrize("name", VENDORS)
async def test_50_async_tasks_with_async_clients(name: str) -> None:
    driver = driver_for(name)
    statuses = Statuses()
    with serve(create_app(name)) as url:
        outcome = await run_tasks(driver, url, statuses)
        check_outcome(name, driver, url, outcome, statuses)
