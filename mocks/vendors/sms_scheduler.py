"""SMS Scheduler: messages, their SMS and the SMS's sending reports.

Behaviour from the vendor's docs (see ``specs/sms-scheduler.yaml``):

- ``POST /sms`` answers 200 with a message id and, per phone number, the ids
  of its SMS (one SMS per occurrence of the number, always as an array, the
  en-gb form). Ids are integers from two counters whose start depends on
  ``seed``.
- A ``delivery_date`` in the future keeps the SMS Scheduled (10) until then;
  one equal or inferior to the current date sends them right away. A sent
  SMS is Sent (12), then Received (13) ``RECEIPT_DELAY`` later. Dates are read
  as UTC (the vendor does not say); a day the month lacks rolls over into the
  next month (``2021-02-30`` is March 2nd), year 0000 is in the past.
- Mock-only rules, where the vendor documents a status but not its cause: an
  empty ``message_text`` makes the SMS Cancelled - Missing text message (21),
  a ``sender_id`` below 1 Cancelled - Invalid sender (24).
- Any SMS can be deleted, sent or not (its record is removed; the spec
  assumes so). ``DELETE /message/{id}`` deletes all the SMS of the message and
  answers their number; a message without SMS left is gone (404).
- Errors are ``{"errors": {"<field>": ["message", ...]}}``. The core's
  validation problems are rewritten in the vendor's wording, e.g.
  ``The field "message_stop" must be a value of type "boolean"`` or
  ``The following phone number is invalid: +123456789``. 401 and 404 have no
  documented body, and the mock sends none.
"""

import ast
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from mocks.core.control import SentSms
from mocks.core.vendor import Call, Handler, Reply, VendorError

# The spec's patterns (``PhoneNumber`` and ``SmsRequest.delivery_date``).
PHONE_NUMBER = re.compile(r"^\+(1[2-9][0-9]{9}|[2-9][0-9]{6,14})$")
DELIVERY_DATE = re.compile(
    r"^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])$"
)
RECEIPT_DELAY = timedelta(seconds=10)

SCHEDULED, SENT, RECEIVED = 10, 12, 13
CANCELLED_MISSING_TEXT, CANCELLED_INVALID_SENDER = 21, 24

# jsonschema's wording, as the core passes it on (``field: message``).
_FIELD_PREFIX = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*(?:/[^:\s]*)?): (.*)$", re.DOTALL)
_REQUIRED = re.compile(r"^'([^']+)' is a required property$")
_WRONG_TYPE = re.compile(r"is not of type '([a-z]+)'$")
_NOT_ANY = " is not valid under any of the given schemas"
_DATE_MESSAGE = 'The field "delivery_date" must be a date of format "YYYY-MM-DD HH:MM:SS"'
# openapi-core's problems with the body as a whole (clue in its message -> vendor-style message).
_BODY_MESSAGES = (
    ("Missing required request body", "The request body is required"),
    ("mimetype not found", 'The request body must be JSON ("Content-Type: application/json")'),
    ("Failed to deserialize", "The request body must be valid JSON"),
)


def _delivery_moment(text: str, now: datetime) -> datetime:
    """The moment ``delivery_date`` names, in ``now``'s time zone (UTC for the core's clock)."""
    match = DELIVERY_DATE.match(text)
    if match is None:  # the core has checked the pattern; be safe anyway
        raise VendorError(400, "Invalid request", {"delivery_date": [_DATE_MESSAGE]})
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    if year == 0:
        return datetime.min.replace(tzinfo=now.tzinfo)
    day_one = datetime.combine(date(year, month, 1), datetime.min.time(), tzinfo=now.tzinfo)
    # A day the month lacks rolls over (2021-02-30 is 2021-03-02); never past 9999-12-31.
    return day_one + timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second)


@dataclass
class _Sms:
    sms_id: int
    message_id: int
    phone_number: str
    send_at: datetime
    cancelled: int | None = None

    def status(self, now: datetime) -> int:
        if self.cancelled is not None:
            return self.cancelled
        if now < self.send_at:
            return SCHEDULED
        if now < self.send_at + RECEIPT_DELAY:
            return SENT
        return RECEIVED


@dataclass
class _Message:
    message_id: int
    text: str
    sms_ids: list[int] = field(default_factory=list)


class SmsScheduler:
    """The mock's state: messages by id, SMS by id, and the two id counters."""

    def __init__(self, seed: int = 0) -> None:
        rng = random.Random(seed)
        self._next_message_id = rng.randint(100_000, 199_999)
        self._next_sms_id = rng.randint(200_000, 299_999)
        self._messages: dict[int, _Message] = {}
        self._sms: dict[int, _Sms] = {}

    # -- errors -------------------------------------------------------------

    def error_body(self, status: int, message: str, fields: Mapping[str, list[str]]) -> Any:
        if status in (401, 404):  # documented without a body
            return None
        errors: dict[str, list[str]] = {}
        for name, problems in fields.items():
            for problem in problems:
                if name == "body":
                    for field_name, text in _body_problem(problem):
                        errors.setdefault(field_name, []).append(text)
                else:
                    errors.setdefault(name.removeprefix("path."), []).append(_parameter_problem(name, problem))
        if not errors:
            errors["authorization" if status == 401 else "request"] = [message]
        return {"errors": errors}

    # -- handlers -----------------------------------------------------------

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createSms": self.create_sms,
            "getSms": self.get_sms,
            "deleteSms": self.delete_sms,
            "getMessage": self.get_message,
            "deleteMessage": self.delete_message,
        }

    def create_sms(self, call: Call) -> Reply:
        body: Mapping[str, Any] = call.body
        given = body["phone_numbers"]
        numbers: list[str] = [given] if isinstance(given, str) else list(given)
        text: str = body["message_text"]
        if body.get("message_stop", False):
            text = f"{text} STOP"
        now = call.now
        send_at = max(_delivery_moment(body["delivery_date"], now), now)
        cancelled = None
        if not body["message_text"].strip():
            cancelled = CANCELLED_MISSING_TEXT
        elif body["sender_id"] < 1:
            cancelled = CANCELLED_INVALID_SENDER

        message = _Message(self._next_message_id, text)
        self._next_message_id += 1
        sms_ids: dict[str, list[int]] = {}
        for number in numbers:
            sms = _Sms(self._next_sms_id, message.message_id, number, send_at, cancelled)
            self._next_sms_id += 1
            self._sms[sms.sms_id] = sms
            message.sms_ids.append(sms.sms_id)
            sms_ids.setdefault(number, []).append(sms.sms_id)
        self._messages[message.message_id] = message
        return Reply(200, {"message_id": message.message_id, "sms_ids": sms_ids})

    def sent_sms(self, call: Call, reply: Reply) -> list[SentSms]:
        """The SMS an accepted message created, for ``/__mock/sent`` (scheduled ones too)."""
        if call.operation_id != "createSms":
            return []
        message = self._messages[reply.body["message_id"]]
        sender = str(call.body["sender_id"])
        return [
            SentSms(call.operation_id, sms.phone_number, message.text, sender, str(sms.sms_id), call.now)
            for sms in (self._sms[sms_id] for sms_id in message.sms_ids)
        ]

    def _one_sms(self, call: Call) -> _Sms:
        sms_id = call.path_params["id"]
        sms = self._sms.get(sms_id)
        if sms is None:
            raise VendorError(404, "SMS not found", {"id": [f"No SMS with the id {sms_id}"]})
        return sms

    def _message(self, call: Call) -> _Message:
        message_id = call.path_params["id"]
        message = self._messages.get(message_id)
        if message is None:
            raise VendorError(404, "Message not found", {"id": [f"No message with the id {message_id}"]})
        return message

    def get_sms(self, call: Call) -> Reply:
        sms = self._one_sms(call)
        return Reply(200, {"phone_number": sms.phone_number, "status": sms.status(call.now)})

    def delete_sms(self, call: Call) -> Reply:
        sms = self._one_sms(call)
        del self._sms[sms.sms_id]
        message = self._messages[sms.message_id]
        message.sms_ids.remove(sms.sms_id)
        if not message.sms_ids:
            del self._messages[message.message_id]
        return Reply(200, {"success": True})

    def get_message(self, call: Call) -> Reply:
        message = self._message(call)
        reports = []
        for sms_id in message.sms_ids:
            sms = self._sms[sms_id]
            reports.append({"id": sms.sms_id, "phone_number": sms.phone_number, "status": sms.status(call.now)})
        return Reply(200, reports)

    def delete_message(self, call: Call) -> Reply:
        message = self._message(call)
        for sms_id in message.sms_ids:
            del self._sms[sms_id]
        del self._messages[message.message_id]
        return Reply(200, {"success": len(message.sms_ids)})


def _body_problem(problem: str) -> list[tuple[str, str]]:
    """The core's message about the body as (field, message) pairs in the vendor's wording."""
    match = _FIELD_PREFIX.match(problem)
    if match is None:
        required = _REQUIRED.match(problem)
        if required:
            name = required.group(1)
            return [(name, f'The field "{name}" is required')]
        if problem.endswith("is not of type 'object'"):
            return [("body", "The request body must be a JSON object")]
        for clue, text in _BODY_MESSAGES:
            if clue in problem:
                return [("body", text)]
        return [("body", problem)]
    path, text = match.groups()
    name = path.split("/")[0]
    if name == "phone_numbers":
        return [(name, m) for m in _phone_number_messages(text)]
    wrong_type = _WRONG_TYPE.search(text)
    if wrong_type:
        return [(name, f'The field "{name}" must be a value of type "{wrong_type.group(1)}"')]
    if name == "delivery_date" and "does not match" in text:
        return [(name, _DATE_MESSAGE)]
    return [(name, f'The field "{name}" is invalid: {text}')]


def _parameter_problem(name: str, problem: str) -> str:
    """The core's message about a parameter (only the path's ``id``) in the vendor's wording."""
    if "integer" in problem:
        return f'The field "{name.removeprefix("path.")}" must be a value of type "integer"'
    return problem


def _phone_number_messages(text: str) -> list[str]:
    """Why ``phone_numbers`` failed, from the value that jsonschema quotes in ``text``."""
    list_of_strings = 'The field "phone_numbers" must be a list of type "string"'
    if not text.endswith(_NOT_ANY) and " does not match " not in text:
        return [f'The field "phone_numbers" is invalid: {text}']
    quoted = text.removesuffix(_NOT_ANY).split(" does not match ")[0]
    try:
        value = ast.literal_eval(quoted)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return [f'The field "phone_numbers" is invalid: {text}']
    if isinstance(value, str):
        return [f"The following phone number is invalid: {value}"]
    if not isinstance(value, list):
        return ['The field "phone_numbers" must be a string or a list of type "string"']
    if not value:
        return ['The field "phone_numbers" is required']
    messages = []
    if any(not isinstance(item, str) for item in value):
        messages.append(list_of_strings)
    messages += [
        f"The following phone number is invalid: {item}"
        for item in value
        if isinstance(item, str) and not PHONE_NUMBER.search(item)
    ]
    return messages or [f'The field "phone_numbers" is invalid: {text}']


def create_vendor(seed: int = 0) -> SmsScheduler:
    """A fresh, empty mock; ``seed`` sets where its id counters start."""
    return SmsScheduler(seed)
