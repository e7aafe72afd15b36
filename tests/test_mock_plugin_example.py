"""The README's example of the pytest plugin, exactly as a user would write it (see README.md).

``send_access_code`` stands for the user's own application code. It is written for the
clients' new surface (``client.jobs.create(messages=...)``) and, until those clients are
in clients/, for today's (``body=JobRequest``) too.
"""

import importlib
from typing import Any


def send_access_code(client: Any, phone: str) -> None:  # the user's application
    messages = [{"text": "Your access code is ABC1234", "recipients": [{"dst": phone}]}]
    if hasattr(client, "credentials"):  # today's clients; remove with the old constructor
        models: Any = importlib.import_module("typedsms_retarus_sms4a.models")
        client.jobs.create(body=models.JobRequest.from_dict({"messages": messages}))
        return
    client.jobs.create(messages=messages)


# -- README example: begin
def test_access_code_is_sent(typedsms_mock):  # type: ignore[no-untyped-def]
    mock = typedsms_mock("retarus-sms4a")
    with mock.client() as client:
        send_access_code(client, "+4917600000000")
    (sms,) = mock.sent
    assert sms.recipient == "+4917600000000"
    assert "ABC1234" in sms.text


# -- README example: end
