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
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

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


@dataclass(slots=True)
class _Sms:
    sms_id: str
    dst: str
    customer_ref: str | None
    blackout: list[tuple[datetime, datetime]]
    process_status: str = "OPEN"
    status: str = ""
    reason: str | None = None
    sent_ts: datetime | None = None
    finished_ts: datetime | None = None

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


@dataclass(slots=True)
class _Job:
    """A job; its report is built once, on the first read (nothing changes a job once it is stored)."""

    job_id: str
    options: Mapping[str, Any]
    receipt_ts: datetime
    sms: list[_Sms] = field(default_factory=list)
    _report: dict[str, Any] | None = None

    @property
    def finished_ts(self) -> datetime | None:
        done = [s.finished_ts for s in self.sms]
        if any(ts is None for ts in done):
            return None
        return max((ts for ts in done if ts is not None), default=self.receipt_ts)

    def report(self) -> dict[str, Any]:
        """The job's report (shared by every answer: read it, do not change it)."""
        if self._report is None:
            self._report = self._build_report()
        return self._report

    def _build_report(self) -> dict[str, Any]:
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
        report["recipientIds"] = [s.sms_id for s in self.sms]
        return report


class RetarusSms4a:
    """The mock's state: jobs by id, and recent job bodies for duplicate detection."""

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self._jobs: dict[str, _Job] = {}
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
        job = self._jobs[reply.body["jobId"]]
        texts = [m["text"] for m in call.body["messages"] for _ in m["recipients"]]
        src = job.options.get("src")
        sms = zip(job.sms, texts, strict=True)
        return [SentSms(call.operation_id, s.dst, text, src, s.sms_id, call.now) for s, text in sms]

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
                else []
                for j, recipient in enumerate(message["recipients"])
            ]
            for i, message in enumerate(messages)
        ]
        digest = self._reject_duplicate(call) if options.get("duplicateDetection") else None

        now = call.now
        stamp = self._stamp(now)
        job = _Job(self._new_id("J", stamp), options, now)
        start = _as_instant(options.get("jobPeriod"), "options.jobPeriod") or now
        for message, blackouts in zip(messages, own_blackouts, strict=True):
            for recipient, own in zip(message["recipients"], blackouts, strict=True):
                sms_id = self._new_id("S", stamp)
                sms = _Sms(sms_id, recipient["dst"], recipient.get("customerRef"), own or job_blackout)
                self._deliver(sms, options, start, now)
                job.sms.append(sms)
        self._jobs[job.job_id] = job
        if digest is not None:  # only an accepted job counts for duplicate detection
            self._recent_bodies[digest] = now
        return Reply(201, {"jobId": job.job_id})

    @staticmethod
    def _blackout_periods(periods: list[str] | None, where: str) -> list[tuple[datetime, datetime]]:
        parsed = []
        for i, period in enumerate(periods or []):
            try:
                parsed.append(_parse_interval(period))
            except ValueError as exc:
                raise VendorError(400, f"Invalid blackout period {where}[{i}] {period!r}: {exc}.") from exc
        return parsed

    def _reject_duplicate(self, call: Call) -> str:
        """The body's digest, or a 409 when an accepted job had the same body within the window."""
        canonical = json.dumps(json.loads(call.raw_body), sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        self._recent_bodies = {d: t for d, t in self._recent_bodies.items() if call.now - t < DUPLICATE_WINDOW}
        if digest in self._recent_bodies:
            raise VendorError(409, "Duplicate job detected within the last 10 minutes.")
        return digest

    @staticmethod
    def _deliver(sms: _Sms, options: Mapping[str, Any], start: datetime, now: datetime) -> None:
        if start > now:
            sms.reason = "Scheduled"
            return
        if any(begin <= now < end for begin, end in sms.blackout):
            sms.reason = "Waiting for the end of a blackout period"
            return
        sms.process_status = "DONE"
        sms.sent_ts = now
        sms.finished_ts = now
        if options.get("statusRequested"):
            sms.status, sms.reason = "SUC_FIN", "Delivered"
        else:
            sms.status, sms.reason = "SUC_ACC", "Accepted by the network"

    def _job(self, job_id: str) -> _Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise VendorError(404, f"Job not found: {job_id}")
        return job

    def get_job(self, call: Call) -> Reply:
        return Reply(200, self._job(call.path_params["jobId"]).report())

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
        jobs = sorted(self._jobs.values(), key=lambda j: (j.receipt_ts, j.job_id))
        selected = [
            job
            for job in jobs
            if (from_ts is None or job.receipt_ts >= from_ts)
            and (to_ts is None or job.receipt_ts <= to_ts)
            and ("open" not in query or (job.finished_ts is None) == query["open"])
        ]
        # A negative offset breaks only the spec's assumption (it is accepted with a Warning): read it as 0.
        offset, limit = max(0, int(query.get("offset", 0))), int(query.get("limit", 100))
        return Reply(200, [job.report() for job in selected[offset : offset + limit]])


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
