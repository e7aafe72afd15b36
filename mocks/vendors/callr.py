"""CALLR SMS REST API v1.1: send SMS, read one by hash, list them by type and date.

Behaviour from the vendor's docs and notes (see ``specs/callr.yaml``):

- Every answer is an envelope: ``{"status": "success", "data": ...}`` with
  HTTP 200, ``{"status": "error", "data": {"code": <HTTP status>,
  "message": "..."}}`` with 4xx/5xx (also for the core's 400/401/404/405).
- ``POST /sms`` and ``GET /sms/send`` (options as ``options.key=value``)
  answer the new SMS's hash: 8 upper-case hex digits from the seeded random,
  unique within the mock.
- An outbound SMS is sent at once: status ``SENT``, ``date_sent`` =
  ``date_update`` = ``date_creation`` = now, ``date_received``
  ``0000-00-00 00:00:00``, ``status_history`` CREATED -> PENDING -> SENT.
- Parts follow GSM 03.38 (160 in one SMS, 153 per part) or UCS-2 (70 / 67);
  ``options.force_encoding: UNICODE`` forces UCS-2, ``GSM`` counts a text
  outside the GSM alphabet as UCS-2 all the same (the mock cannot send it
  in GSM). ``b_customer_debit`` is ``0.0650`` per part, as a string
  (like the live answer), ``b_customer_mode`` ``PREPAID``.
- ``%STOPNUM%`` is replaced by the STOP number ``36111`` when the sender is a
  custom (alphanumeric) sender; with an empty sender (shared shortcode) or a
  digits-only shortcode the sources do not say what happens: the text is sent
  unchanged and the answer carries a ``Warning`` header.
- An empty sender is stored as a shared shortcode, ``38000``.
- The mock starts with two inbound SMS (type ``IN``, status ``RECEIVED``)
  at fixed dates (2024-03-19 02:41:23 and 2024-03-19 08:15:00 UTC); their
  hashes are the first two of the seeded random, so they are the same on
  every start with the same seed.
- ``GET /sms`` lists the SMS of a type whose ``date_creation`` lies between
  ``from`` and ``to`` (inclusive, UTC), oldest first; a ``from``/``to`` that
  is not a real date and time (month 13) is a 400; ``from`` after ``to``
  gives an empty list.
"""

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from mocks.core.assumptions import logger, warning_header
from mocks.core.control import SentSms
from mocks.core.gsm import count_parts, is_gsm7
from mocks.core.vendor import Call, Handler, Reply, VendorError

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
UNSET_DATE = "0000-00-00 00:00:00"
STOP_PLACEHOLDER = "%STOPNUM%"
STOP_NUMBER = "36111"
SHARED_SHORTCODE = "38000"
PRICE_PER_PART = Decimal("0.0650")
INBOUND = (
    ("+33612345678", "+33644600000", "STOP", datetime(2024, 3, 19, 2, 41, 23, tzinfo=UTC)),
    ("+16467890800", "+33644600000", "Hello, can I book a table for two?", datetime(2024, 3, 19, 8, 15, tzinfo=UTC)),
)


def _date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(DATE_FORMAT)


def _parse_date(text: str, name: str) -> datetime:
    try:
        return datetime.strptime(text, DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError as exc:
        raise VendorError(400, f"{name} is not a valid date and time (YYYY-MM-DD HH:MM:SS, UTC): {text!r}") from exc


@dataclass
class _Sms:
    hash: str
    type: str
    sender: str
    to: str
    text: str
    options: dict[str, Any] | None
    created: datetime
    status: str
    encoding: str
    parts: int
    sent: datetime | None = None
    received: datetime | None = None
    history: list[tuple[str | None, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        options = self.options or {}
        created = _date(self.created)
        debit = PRICE_PER_PART * self.parts if self.type == "OUT" else Decimal("0")
        return {
            "type": self.type,
            "hash": self.hash,
            "from": self.sender,
            "to": self.to,
            "text": self.text,
            "options": self.options,
            "status": self.status,
            "status_error": None,
            "date_creation": created,
            "date_update": created,
            "date_sent": _date(self.sent) if self.sent else UNSET_DATE,
            "date_received": _date(self.received) if self.received else UNSET_DATE,
            "parts": self.parts,
            "b_customer_mode": "PREPAID",
            "b_customer_debit": f"{debit:.4f}",
            "encoding": self.encoding,
            "user_data": options.get("user_data"),
            "nature": options.get("nature"),
            "status_history": [
                {"old_status": old, "new_status": new, "updated_at": created} for old, new in self.history
            ],
        }


class Callr:
    """The mock's state: every SMS by hash."""

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self._sms: dict[str, _Sms] = {}
        for sender, to, text, when in INBOUND:
            encoding = "GSM" if is_gsm7(text) else "UNICODE"
            sms = _Sms(
                hash=self._new_hash(),
                type="IN",
                sender=sender,
                to=to,
                text=text,
                options=None,
                created=when,
                status="RECEIVED",
                encoding=encoding,
                parts=count_parts(text),
                received=when,
                history=[(None, "RECEIVED")],
            )
            self._sms[sms.hash] = sms

    def error_body(self, status: int, message: str, fields: Mapping[str, list[str]]) -> Any:
        details = "; ".join(f"{name}: {', '.join(problems)}" for name, problems in fields.items())
        return {
            "status": "error",
            "data": {"code": status, "message": f"{message} ({details})" if details else message},
        }

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "listSms": self.list_sms,
            "sendSms": self.send_sms,
            "sendSmsWithQuery": self.send_sms_with_query,
            "getSms": self.get_sms,
        }

    def sent_sms(self, call: Call, reply: Reply) -> list[SentSms]:
        """The SMS an accepted send created, for ``/__mock/sent``."""
        if call.operation_id not in ("sendSms", "sendSmsWithQuery"):
            return []
        sms = self._sms[reply.body["data"]]
        return [SentSms(call.operation_id, sms.to, sms.text, sms.sender, sms.hash, call.now)]

    def _new_hash(self) -> str:
        while True:
            candidate = f"{self._random.getrandbits(32):08X}"
            if candidate not in self._sms:
                return candidate

    def send_sms(self, call: Call) -> Reply:
        body: dict[str, Any] = call.body
        options = body.get("options")
        return self._send(body["from"], body["to"], body["body"], dict(options) if options else None, call.now)

    def send_sms_with_query(self, call: Call) -> Reply:
        query = call.query
        options: dict[str, Any] = {}
        for key in ("force_encoding", "nature", "user_data", "flash_message"):
            if f"options.{key}" in query:
                options[key] = query[f"options.{key}"]
        if "options.webhook.endpoint" in query:
            options["webhook"] = {"endpoint": query["options.webhook.endpoint"]}
        return self._send(query.get("from", ""), query["to"], query["body"], options or None, call.now)

    def _send(self, sender: str, to: str, text: str, options: dict[str, Any] | None, now: datetime) -> Reply:
        headers: dict[str, str] = {}
        if STOP_PLACEHOLDER in text:
            if sender == "" or sender.isdigit():  # not documented: keep it, and say so
                note = f"{STOP_PLACEHOLDER} kept as is: the sources describe it only with a custom sender"
                headers["Warning"] = warning_header([note])
                logger.warning("CALLR mock: %s", note)
            else:
                text = text.replace(STOP_PLACEHOLDER, STOP_NUMBER)
        force_unicode = (options or {}).get("force_encoding") == "UNICODE"
        encoding = "UNICODE" if force_unicode or not is_gsm7(text) else "GSM"
        now = now.astimezone(UTC).replace(microsecond=0)
        sms = _Sms(
            hash=self._new_hash(),
            type="OUT",
            sender=sender or SHARED_SHORTCODE,
            to=to,
            text=text,
            options=options,
            created=now,
            status="SENT",
            encoding=encoding,
            parts=count_parts(text, force_unicode=force_unicode),
            sent=now,
            history=[("CREATED", "PENDING"), ("PENDING", "SENT")],
        )
        self._sms[sms.hash] = sms
        return Reply(200, {"status": "success", "data": sms.hash}, headers)

    def get_sms(self, call: Call) -> Reply:
        sms_hash = call.path_params["hash"]
        sms = self._sms.get(sms_hash)
        if sms is None:
            raise VendorError(404, f"SMS not found: {sms_hash}")
        return Reply(200, {"status": "success", "data": sms.as_json()})

    def list_sms(self, call: Call) -> Reply:
        query = call.query
        start = _parse_date(query["from"], "from")
        end = _parse_date(query["to"], "to")
        selected = sorted(
            (s for s in self._sms.values() if s.type == query["type"] and start <= s.created <= end),
            key=lambda s: (s.created, s.hash),
        )
        return Reply(200, {"status": "success", "data": [s.as_json() for s in selected]})


def create_vendor(seed: int = 0) -> Callr:
    """A fresh mock with its two inbound SMS; ``seed`` makes its hashes reproducible."""
    return Callr(seed)
