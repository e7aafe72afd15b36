"""Retarus SMS for Applications: jobs, job reports and SMS reports.

Behaviour from the vendor's docs (see ``specs/retarus-sms4a.yaml``):

- ``POST /jobs`` answers 201 with a job id ``J.<yyyyMMdd-HHmmss.SSS>-<18 chars>``;
  each SMS (recipient x message) gets an id ``S.<same form>``.
- A job of more than 3,000 SMS, a blackout period that is not a valid
  interval, or a ``fromTs``/``toTs`` interval of more than 30 days is a 400.
- ``duplicateDetection``: the same body again within 10 minutes is a 409.
- ``invalidCharacters: REFUSE`` with a text outside GSM 03.38 is a 422.
- A job whose ``jobPeriod`` lies in the future, or whose recipient is in a
  blackout period now, stays OPEN; others are sent at once and are DONE with
  ``SUC_FIN`` (delivered) when a status was requested, else ``SUC_ACC``.
- Errors are ``{"code": <status>, "message": "..."}`` (the vendor's Go SDK).
"""

import hashlib
import json
import random
import string
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from mocks.core.control import SentSms
from mocks.core.gsm import is_gsm7
from mocks.core.vendor import Call, Handler, Reply, VendorError

MAX_SMS_PER_JOB = 3000
MAX_LIST_INTERVAL = timedelta(days=30)
DUPLICATE_WINDOW = timedelta(minutes=10)
VERSION = {
    "buildNumber": 1,
    "buildTimestamp": "2026-11-25T00:00:00Z",
    "majorVersion": 1,
    "minorVersion": 0,
    "versionInfo": "typedsms mock of Retarus SMS4A REST 1.0",
}


_ALPHABET = string.ascii_letters + string.digits
_SUFFIX_LENGTH = 17  # random characters after the "0" that every id of the vendor's examples has there
# Random bytes become characters by one table (byte % 62); the bytes 248-255 are dropped first, so
# that every character is equally likely (248 = 4 x 62).
_TO_ALPHABET = bytes(ord(_ALPHABET[b % len(_ALPHABET)]) for b in range(256))
_UNEVEN_BYTES = bytes(range(4 * len(_ALPHABET), 256))


def _timestamp(moment: datetime) -> str:
    """``yyyy-MM-ddTHH:mm:ss.SSSZ`` of the moment's own fields (as ``strftime`` writes them)."""
    if moment.year >= 1000:
        return moment.isoformat(timespec="milliseconds")[:23] + "Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _parse_instant(text: str | datetime) -> datetime:
    value = text if isinstance(text, datetime) else datetime.fromisoformat(text.replace("Z", "+00:00"))
    # ISO-8601 allows local times; the mock reads them as UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _parse_interval(text: str) -> tuple[datetime, datetime]:
    start_text, _, end_text = text.partition("/")
    start, end = _parse_instant(start_text), _parse_instant(end_text)
    if end <= start:
        raise ValueError("the end is not after the start")
    return start, end


class _Sms(NamedTuple):
    """One SMS of a job, as decided when the job was accepted (nothing changes it later)."""

    sms_id: str
    dst: str
    customer_ref: str | None
    process_status: str
    status: str
    reason: str | None
    sent_ts: datetime | None
    finished_ts: datetime | None

    def report(self) -> dict[str, Any]:
        report: dict[str, Any] = {
            "smsId": self.sms_id,
            "dst": self.dst,
            "processStatus": self.process_status,
            "status": self.status,
        }
        if self.customer_ref is not None:
            report["customerRef"] = self.customer_ref
        if self.reason is not None:
            report["reason"] = self.reason
        if self.sent_ts is not None:
            report["sentTs"] = _timestamp(self.sent_ts)
        if self.finished_ts is not None:
            report["finishedTs"] = _timestamp(self.finished_ts)
        return report


class _Job(NamedTuple):
    """A job as accepted (nothing changes it later), read back from the store."""

    job_id: str
    options: Mapping[str, Any]
    receipt_ts: datetime
    sms: tuple[_Sms, ...]
    finished_ts: datetime | None  # when its last SMS finished; None while one is open

    def report(self) -> dict[str, Any]:
        options = self.options
        report: dict[str, Any] = {"jobId": self.job_id}
        for key in ("src", "billcode", "statusRequested", "flash", "customerRef", "qos"):
            if key in options:
                report[key] = options[key]
        # The vendor's own report example writes the encoding in lower case.
        report["encoding"] = str(options.get("encoding", "STANDARD")).lower()
        report["validityMin"] = options.get("validityMin", 0)
        report["receiptTs"] = _timestamp(self.receipt_ts)
        finished = self.finished_ts
        if finished is not None:
            report["finishedTs"] = _timestamp(finished)
        report["recipientIds"] = tuple(s.sms_id for s in self.sms)
        return report


#: A job as stored: ``(job id, receipt time, its SMS ids, (option, value, option, value, ...), finished
#: time or None while an SMS is open)``.
_StoredJob = tuple[str, datetime, tuple[str, ...], tuple[Any, ...], datetime | None]
#: The options a job report shows (the others act when the job is accepted, and are not kept).
_REPORTED_OPTIONS = ("src", "billcode", "statusRequested", "flash", "customerRef", "qos", "encoding", "validityMin")


def _options(shown: tuple[Any, ...]) -> dict[str, Any]:
    """A stored job's options, from ``(option, value, option, value, ...)``."""
    return dict(zip(shown[::2], shown[1::2], strict=True))


class RetarusSms4a:
    """The mock's state: jobs by id, and recent job bodies for duplicate detection.

    A job and each of its SMS are stored as flat tuples of plain values (``_StoredJob``, an ``_Sms``
    as a tuple; read back as ``_Job``), and a job's report, built on its first read, is a dict of
    plain values: Python's garbage collector stops tracking such tuples after its first or second
    pass over them (before they reach its oldest generation) and such dicts at its next full pass;
    its full passes walk only what it tracks. Stored as objects (five tracked per job), 30,000-60,000
    jobs made each full pass stop the mock 30-110 ms.
    """

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self._jobs: dict[str, _StoredJob] = {}
        self._sms: dict[str, tuple[Any, ...]] = {}  # by SMS id: an ``_Sms`` as a plain tuple
        self._reports: dict[str, dict[str, Any]] = {}  # by job id, built on the first read
        self._recent_bodies: dict[str, datetime] = {}

    def error_body(self, status: int, message: str, fields: Mapping[str, list[str]]) -> Any:
        details = "; ".join(f"{name}: {', '.join(problems)}" for name, problems in fields.items())
        return {"code": status, "message": f"{message} ({details})" if details else message}

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createJob": self.create_job,
            "listJobs": self.list_jobs,
            "getJob": self.get_job,
            "listSmsReports": self.list_sms_reports,
            "getVersion": lambda call: Reply(200, VERSION),
        }

    def sent_sms(self, call: Call, reply: Reply) -> list[SentSms]:
        """The SMS of an accepted job, for ``/__mock/sent``."""
        if call.operation_id != "createJob":
            return []
        _, _, sms_ids, shown, _ = self._jobs[reply.body["jobId"]]
        src = _options(shown).get("src")
        texts = [m["text"] for m in call.body["messages"] for _ in m["recipients"]]
        sms = zip(sms_ids, texts, strict=True)
        return [SentSms(call.operation_id, self._sms[i][1], text, src, i, call.now) for i, text in sms]

    def _suffix(self) -> str:
        """17 characters of the alphabet, each equally likely, drawn from the seeded generator."""
        drawn = self._random.randbytes(24).translate(None, _UNEVEN_BYTES)
        while len(drawn) < _SUFFIX_LENGTH:  # 8 of 256 byte values are dropped: rarely, draw more
            drawn += self._random.randbytes(8).translate(None, _UNEVEN_BYTES)
        return drawn[:_SUFFIX_LENGTH].translate(_TO_ALPHABET).decode("ascii")

    @staticmethod
    def _stamp(now: datetime) -> str:
        """``yyyyMMdd-HHmmss.SSS`` of an id."""
        if now.year < 1000:  # strftime's %Y does not pad such years
            stamp = f"{now:%Y%m%d-%H%M%S}"
        else:  # what strftime writes, at a fifth of its cost
            stamp = f"{now.year}{now.month:02d}{now.day:02d}-{now.hour:02d}{now.minute:02d}{now.second:02d}"
        return f"{stamp}.{now.microsecond // 1000:03d}"

    def _new_id(self, prefix: str, stamp: str) -> str:
        """``<prefix>.<stamp>-0<17 characters>``, as the vendor's ids look."""
        return f"{prefix}.{stamp}-0{self._suffix()}"

    def create_job(self, call: Call) -> Reply:
        body: dict[str, Any] = call.body
        options: dict[str, Any] = body.get("options") or {}
        messages: list[dict[str, Any]] = body["messages"]
        total = sum(len(m["recipients"]) for m in messages)
        if total > MAX_SMS_PER_JOB:
            raise VendorError(400, f"A job may hold at most {MAX_SMS_PER_JOB} SMS; this one holds {total}.")
        job_blackout = self._blackout_periods(options.get("blackoutPeriods"), "options.blackoutPeriods")
        if options.get("invalidCharacters") == "REFUSE" and options.get("encoding", "STANDARD") == "STANDARD":
            for i, message in enumerate(messages):
                if not is_gsm7(message["text"]):
                    raise VendorError(422, f"messages[{i}].text holds characters outside the GSM 03.38 alphabet.")
        # Every check comes before any change: a refused job leaves no state behind.
        own_blackouts = [
            [
                self._blackout_periods(periods, f"messages[{i}].recipients[{j}].blackoutPeriods")
                if (periods := recipient.get("blackoutPeriods"))
                else ()
                for j, recipient in enumerate(message["recipients"])
            ]
            for i, message in enumerate(messages)
        ]
        digest = self._reject_duplicate(call) if options.get("duplicateDetection") else None

        now = call.now
        stamp = self._stamp(now)
        job_id = self._new_id("J", stamp)
        start = _as_instant(options.get("jobPeriod"), "options.jobPeriod") or now
        rows = []  # each SMS as a plain tuple: the fields of ``_Sms``
        for message, blackouts in zip(messages, own_blackouts, strict=True):
            for recipient, own in zip(message["recipients"], blackouts, strict=True):
                state = self._delivery(options, start, now, own or job_blackout)
                rows.append((self._new_id("S", stamp), recipient["dst"], recipient.get("customerRef"), *state))
        shown = (
            tuple([item for key in _REPORTED_OPTIONS if key in options for item in (key, options[key])])
            if options
            else ()
        )
        finished = [row[-1] for row in rows]  # each SMS's finished_ts: the job is finished when all are
        finished_ts = None if None in finished else max([ts for ts in finished if ts is not None], default=now)
        self._jobs[job_id] = (job_id, now, tuple([row[0] for row in rows]), shown, finished_ts)
        for row in rows:
            self._sms[row[0]] = row
        if digest is not None:  # only an accepted job counts for duplicate detection
            self._recent_bodies[digest] = now
        return Reply(201, {"jobId": job_id})

    @staticmethod
    def _blackout_periods(periods: list[str] | None, where: str) -> tuple[tuple[datetime, datetime], ...]:
        parsed = []
        for i, period in enumerate(periods or []):
            try:
                parsed.append(_parse_interval(period))
            except ValueError as exc:
                raise VendorError(400, f"Invalid blackout period {where}[{i}] {period!r}: {exc}.") from exc
        return tuple(parsed)

    def _reject_duplicate(self, call: Call) -> str:
        """The body's digest, or a 409 when an accepted job had the same body within the window."""
        canonical = json.dumps(json.loads(call.raw_body), sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        self._recent_bodies = {d: t for d, t in self._recent_bodies.items() if call.now - t < DUPLICATE_WINDOW}
        if digest in self._recent_bodies:
            raise VendorError(409, "Duplicate job detected within the last 10 minutes.")
        return digest

    @staticmethod
    def _delivery(
        options: Mapping[str, Any], start: datetime, now: datetime, blackout: tuple[tuple[datetime, datetime], ...]
    ) -> tuple[str, str, str, datetime | None, datetime | None]:
        """An SMS's ``(process status, status, reason, sent, finished)``: sent at once, or waiting."""
        if start > now:
            return "OPEN", "", "Scheduled", None, None
        if any(begin <= now < end for begin, end in blackout):
            return "OPEN", "", "Waiting for the end of a blackout period", None, None
        if options.get("statusRequested"):
            return "DONE", "SUC_FIN", "Delivered", now, now
        return "DONE", "SUC_ACC", "Accepted by the network", now, now

    def _job(self, job_id: str) -> _Job:
        stored = self._jobs.get(job_id)
        if stored is None:
            raise VendorError(404, f"Job not found: {job_id}")
        return self._read(stored)

    def _read(self, stored: _StoredJob) -> _Job:
        job_id, receipt_ts, sms_ids, shown, finished_ts = stored
        return _Job(job_id, _options(shown), receipt_ts, tuple(_Sms._make(self._sms[i]) for i in sms_ids), finished_ts)

    def _report(self, job_id: str) -> dict[str, Any]:
        """The job's report, built once (shared by every answer: read it, do not change it)."""
        report = self._reports.get(job_id)
        if report is None:
            report = self._reports[job_id] = self._job(job_id).report()
        return report

    def get_job(self, call: Call) -> Reply:
        return Reply(200, self._report(call.path_params["jobId"]))

    def list_sms_reports(self, call: Call) -> Reply:
        job = self._job(call.query["jobId"])
        return Reply(200, [s.report() for s in job.sms])

    def list_jobs(self, call: Call) -> Reply:
        query = call.query
        from_ts: datetime | None = _as_instant(query.get("fromTs"), "fromTs")
        to_ts: datetime | None = _as_instant(query.get("toTs"), "toTs")
        if from_ts is not None and to_ts is not None:
            if to_ts < from_ts:
                raise VendorError(400, "toTs lies before fromTs.")
            if to_ts - from_ts > MAX_LIST_INTERVAL:
                raise VendorError(400, "The interval between fromTs and toTs can be a maximum of 30 days.")
        # Filtered and sorted as stored (receipt time, then id); only the page's reports are read.
        selected = sorted(
            (
                (receipt_ts, job_id)
                for job_id, receipt_ts, _, _, finished_ts in self._jobs.values()
                if (from_ts is None or receipt_ts >= from_ts)
                and (to_ts is None or receipt_ts <= to_ts)
                and ("open" not in query or (finished_ts is None) == query["open"])
            )
        )
        # A negative offset breaks only the spec's assumption (it is accepted with a Warning): read it as 0.
        offset, limit = max(0, int(query.get("offset", 0))), int(query.get("limit", 100))
        return Reply(200, [self._report(job_id) for _, job_id in selected[offset : offset + limit]])


def _as_instant(value: Any, name: str = "timestamp") -> datetime | None:
    if value is None:
        return None
    try:
        return _parse_instant(value if isinstance(value, datetime) else str(value))
    except ValueError as exc:  # the pattern admits impossible dates (February 30th, year 0)
        raise VendorError(400, f"{name} is not a valid ISO-8601 timestamp: {value!r} ({exc}).") from exc


def create_vendor(seed: int = 0) -> RetarusSms4a:
    """A fresh, empty mock; ``seed`` makes its ids reproducible."""
    return RetarusSms4a(seed)
