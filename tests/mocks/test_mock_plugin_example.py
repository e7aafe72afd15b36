"""The README's example of the pytest plugin, exactly as a user would write it (see README.md).

``send_access_code`` stands for the user's own application code.
"""

from typing import Any


def send_access_code(client: Any, phone: str) -> None:  # the user's application
    messages = [{"text": "Your access code is ABC1234", "recipients": [{"dst": phone}]}]
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
