"""Smartswitch "HTTP API message": send messages to one or several recipients.

Behaviour from the vendor's wiki (see ``specs/smartswitch.yaml``):

- ``POST /message`` takes every argument in the query. ``destination_number``,
  ``body`` and ``require_dlr`` repeat in order: the i-th ``body`` and
  ``require_dlr`` belong to the i-th ``destination_number``. Each of the two
  must be given not at all or once per number; other counts are a 400
  (code ``parameter_count``), one error per parameter.
- The answer is JSON API: ``{"data": <message>}`` for one number,
  ``{"data": [<message>, ...]}`` (in the order of the numbers) for several.
  Every message is sent (``status: ok``); its id is a numeric string from a
  counter whose 13-digit start depends on ``seed`` (like ``1561370632513``).
- ``segments`` follows GSM 03.38 (160 / 153 per part; UCS-2 70 / 67) with
  ``mocks.core.gsm.count_parts``; a missing body is an empty message (one
  segment). With ``stealth_ping=1`` every message of the request is an
  invisible (silent) SMS: its body is ignored and it takes one segment.
- ``request_id`` is echoed unchanged in the ``meta`` of every message; without
  it there is no ``meta``.
- Errors are ``{"errors": [{"code", "title", "detail"}]}``: wrong or missing
  credentials are a 401 with the wiki's own error (``authentication``),
  invalid arguments a 400 (``invalid_parameter``, one error per argument),
  an unknown path a 404 (``not_found``), another method a 405
  (``method_not_allowed``). The statuses are the spec's choice: the wiki
  shows none. No error ever names ``_login`` or ``_password`` values.
"""

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mocks.core.control import SentSms
from mocks.core.gsm import count_parts
from mocks.core.vendor import Call, Handler, Reply, VendorError

# The message the handler gives a count mismatch; ``error_body`` renders it with its own code.
PARAMETER_COUNT = "Invalid parameter count"

# (code, title) of each error the mock answers, by status.
_ERRORS = {
    400: ("invalid_parameter", "Invalid parameter"),
    401: ("authentication", "Authentication error"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
}
AUTHENTICATION_DETAIL = "Please check your login and password"

# The mock's --user/--password are the accepted _login/_password (scheme name -> credential).
API_KEY_CREDENTIALS = {"login": "username", "password": "password"}
# jsonschema's location of a problem inside an array parameter: ``0: '+1' does not match ...``.
_ITEM_PREFIX = re.compile(r"^(\d+): (.*)$", re.DOTALL)


def _problem_detail(parameter: str, problem: str) -> str:
    """``parameter: problem`` without openapi-core's repetition of the parameter's name."""
    problem = problem.removeprefix(f"Query parameter error: {parameter}: ")
    match = _ITEM_PREFIX.match(problem)
    if match:
        return f"{parameter}[{match.group(1)}]: {match.group(2)}"
    return f"{parameter}: {problem}"


@dataclass
class _Message:
    """One message as the mock sent it (kept for a later delivery receipt)."""

    message_id: str
    destination_number: str
    body: str
    source_name: str | None
    source_number: str | None
    require_dlr: bool
    stealth_ping: bool
    request_id: str | None
    segments: int
    sent_at: datetime

    def resource(self) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "attributes": {
                "destination_number": self.destination_number,
                "segments": self.segments,
                "status": "ok",
            },
            "id": self.message_id,
            "type": "message",
        }
        if self.request_id is not None:
            resource["meta"] = {"request_id": self.request_id}
        return resource


class Smartswitch:
    """The mock's state: the messages sent, by id, and the id counter."""

    def __init__(self, seed: int = 0) -> None:
        self._next_id = random.Random(seed).randrange(10**12, 10**13 - 10**9)
        self._messages: dict[str, _Message] = {}

    def error_body(self, status: int, message: str, fields: Mapping[str, list[str]]) -> Any:
        if status == 401:
            code, title = _ERRORS[401]
            return {"errors": [{"code": code, "title": title, "detail": AUTHENTICATION_DETAIL}]}
        if status == 400 and message == PARAMETER_COUNT:
            code, title = "parameter_count", PARAMETER_COUNT
        else:
            code, title = _ERRORS.get(status, ("error", message))
        errors = [
            {"code": code, "title": title, "detail": _problem_detail(name.removeprefix("query."), problem)}
            for name, problems in fields.items()
            for problem in problems
        ]
        return {"errors": errors or [{"code": code, "title": title, "detail": message}]}

    def handlers(self) -> Mapping[str, Handler]:
        return {"sendMessage": self.send_message}

    def sent_sms(self, call: Call, reply: Reply) -> list[SentSms]:
        """The messages an accepted request sent, for ``/__mock/sent``."""
        data = reply.body["data"]
        sent = [self._messages[resource["id"]] for resource in (data if isinstance(data, list) else [data])]
        at = call.now
        return [
            SentSms(call.operation_id, m.destination_number, m.body, m.source_name or m.source_number, m.message_id, at)
            for m in sent
        ]

    def _new_id(self) -> str:
        message_id = str(self._next_id)
        self._next_id += 1
        return message_id

    def send_message(self, call: Call) -> Reply:
        query = call.query
        numbers: list[str] = list(query["destination_number"])
        bodies: list[str] = list(query.get("body") or [])
        # 0/1 is the spec's assumption for require_dlr: read other values leniently (true/yes: yes).
        dlrs: list[int] = [int(str(flag).lower() in ("1", "true", "yes")) for flag in query.get("require_dlr") or []]
        _check_counts(len(numbers), {"body": bodies, "require_dlr": dlrs})
        stealth = int(query.get("stealth_ping", 0)) == 1
        request_id = query.get("request_id")

        sent = []
        for i, number in enumerate(numbers):
            text = bodies[i] if bodies else ""
            message = _Message(
                message_id=self._new_id(),
                destination_number=number,
                body="" if stealth else text,
                source_name=query.get("source_name"),
                source_number=query.get("source_number"),
                require_dlr=bool(dlrs[i]) if dlrs else False,
                stealth_ping=stealth,
                request_id=None if request_id is None else str(request_id),
                segments=1 if stealth else count_parts(text),
                sent_at=call.now,
            )
            self._messages[message.message_id] = message
            sent.append(message.resource())
        return Reply(200, {"data": sent[0] if len(sent) == 1 else sent})


def _check_counts(numbers: int, repeated: Mapping[str, Sequence[Any]]) -> None:
    """Each repeated parameter is given not at all or once per ``destination_number``."""
    advice = "give one per destination_number or none"
    problems = {
        name: [f"{_counted(len(values), 'value')} for {_counted(numbers, 'number')}; {advice}"]
        for name, values in repeated.items()
        if values and len(values) != numbers
    }
    if problems:
        raise VendorError(400, PARAMETER_COUNT, problems)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def create_vendor(seed: int = 0) -> Smartswitch:
    """A fresh mock without messages; ``seed`` makes its ids reproducible."""
    return Smartswitch(seed)
