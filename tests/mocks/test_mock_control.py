"""The mocks' control API (``/__mock/...``) over loopback, and the pytest plugin's in-memory mocks:
reset, the SMS sent, injected faults (status with Retry-After, delay, dropped connection)."""

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mocks.registry import create_app
from mocks.testing import MockVendor
from tests.support.servers import serve

RETARUS_JOB = {"messages": [{"text": "Hello", "recipients": [{"dst": "+4917600000000"}, {"dst": "+4917600000001"}]}]}
SMARTSWITCH_PARAMS = [
    ("destination_number", "441234567890"),
    ("destination_number", "441234567891"),
    ("body", "a"),
    ("body", "b"),
    ("source_name", "Shop"),
]
SENDS: dict[str, tuple[str, str, dict[str, Any]]] = {
    # vendor -> (method, path, httpx request options) of one send, and what it sends
    "retarus-sms4a": ("POST", "/jobs", {"json": RETARUS_JOB}),
    "callr": ("POST", "/sms", {"json": {"from": "SMS", "to": "+33612345678", "body": "Hi %STOPNUM%"}}),
    "sms-scheduler": (
        "POST",
        "/sms",
        {
            "json": {
                "message_text": "Hi",
                "delivery_date": "2020-01-01 00:00:00",
                "sender_id": 3,
                "phone_numbers": ["+33612345678", "+33612345679"],
            }
        },
    ),
    "smartswitch": (
        "POST",
        "/message",
        {"params": SMARTSWITCH_PARAMS},
    ),
}
EXPECTED_SENT = {
    "retarus-sms4a": [("+4917600000000", "Hello", None), ("+4917600000001", "Hello", None)],
    "callr": [("+33612345678", "Hi 36111", "SMS")],
    "sms-scheduler": [("+33612345678", "Hi", "3"), ("+33612345679", "Hi", "3")],
    "smartswitch": [("441234567890", "a", "Shop"), ("441234567891", "b", "Shop")],
}


def _http(mock: MockVendor) -> httpx.Client:
    """A plain httpx client into the in-memory mock, with the vendor's credentials."""
    creds = mock.credentials
    if "token" in creds:
        return httpx.Client(
            transport=mock.transport, base_url=mock.base_url, headers={"Authorization": f"Bearer {creds['token']}"}
        )
    if "username" in creds:
        return httpx.Client(
            transport=mock.transport, base_url=mock.base_url, auth=(creds["username"], creds["password"])
        )
    params = {"_login": creds["login"], "_password": creds["password"]}
    return httpx.Client(transport=mock.transport, base_url=mock.base_url, params=params)


@pytest.mark.parametrize("name", sorted(SENDS))
def test_sent_records_what_each_vendor_accepted(name: str, typedsms_mock: Callable[..., MockVendor]) -> None:
    mock = typedsms_mock(name)
    method, path, options = SENDS[name]
    with _http(mock) as http:
        response = http.request(method, path, **options)
        assert response.is_success, response.text
        assert [(s.recipient, s.text, s.sender) for s in mock.sent] == EXPECTED_SENT[name]
        assert all(s.id for s in mock.sent)
        mock.reset()
        assert mock.sent == []


def test_credentials_are_named_after_the_security_schemes(typedsms_mock: Callable[..., MockVendor]) -> None:
    assert typedsms_mock("retarus-sms4a").credentials == {"username": "user", "password": "secret"}
    assert typedsms_mock("callr").credentials == {"username": "user", "password": "secret"}
    assert typedsms_mock("sms-scheduler").credentials == {"token": "token"}
    assert typedsms_mock("smartswitch").credentials == {"login": "user", "password": "secret"}


def test_faults_in_memory(typedsms_mock: Callable[..., MockVendor]) -> None:
    mock = typedsms_mock("retarus-sms4a")
    mock.faults.inject("getVersion", count=2, status=503, retry_after=3)
    mock.faults.inject("createJob", drop=True)
    mock.faults.inject("*", delay=0.5)
    with _http(mock) as http:
        for _ in range(2):
            refused = http.get("/version")
            assert refused.status_code == 503
            assert refused.headers["Retry-After"] == "3"
            assert refused.json()["code"] == 503  # the vendor's error format
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/jobs", json=RETARUS_JOB)
        assert mock.sent == []  # a dropped request was never handled
        with pytest.raises(httpx.ReadTimeout):
            http.get("/version", timeout=0.1)
        assert http.get("/version").status_code == 200
        assert mock.faults.as_json() == []


def test_faults_in_memory_async(typedsms_mock: Callable[..., MockVendor]) -> None:
    mock = typedsms_mock("callr")
    mock.faults.inject("getSms", status=429, retry_after=0)
    mock.faults.inject("getSms", drop=True)

    async def scenario() -> None:
        auth = ("user", "secret")
        async with httpx.AsyncClient(transport=mock.async_transport, base_url=mock.base_url, auth=auth) as http:
            assert (await http.get("/sms/ABCDEF12")).status_code == 429
            with pytest.raises(httpx.RemoteProtocolError):
                await http.get("/sms/ABCDEF12")
            assert (await http.get("/sms/ABCDEF12")).status_code == 404

    asyncio.run(scenario())


def test_our_client_retries_an_injected_503(typedsms_mock: Callable[..., MockVendor]) -> None:
    mock = typedsms_mock("retarus-sms4a")
    mock.faults.inject("getVersion", count=1, status=503, retry_after=0)
    with mock.client() as client:
        version = client.version.get()
    assert version.major_version == 1
    assert mock.faults.as_json() == []


@pytest.mark.loopback
def test_control_api_over_loopback() -> None:
    with serve(create_app("callr")) as url, httpx.Client(base_url=url, auth=("user", "secret"), timeout=10) as http:
        index = http.get("/__mock/").json()
        assert "POST /__mock/faults" in index["control"] and "sendSms" in index["operationIds"]
        assert http.post("/sms", json={"from": "SMS", "to": "+33612345678", "body": "Hi"}).status_code == 200
        sent = http.get("/__mock/sent").json()["sent"]
        assert [(s["operationId"], s["recipient"], s["text"], s["sender"]) for s in sent] == [
            ("sendSms", "+33612345678", "Hi", "SMS")
        ]
        fault = {"operationId": "getSms", "count": 2, "status": 503, "retryAfter": 2}
        assert http.post("/__mock/faults", json=fault).status_code == 201
        assert http.get("/__mock/faults").json() == {"faults": [{**fault, "delay": 0.0, "drop": False}]}
        refused = http.get(f"/sms/{sent[0]['id']}")
        assert (refused.status_code, refused.headers["retry-after"]) == (503, "2")
        assert refused.json()["status"] == "error"
        assert http.delete("/__mock/faults").json() == {"faults": []}
        assert http.get(f"/sms/{sent[0]['id']}").status_code == 200

        assert http.post("/__mock/faults", json={"operationId": "sendSms", "drop": True}).status_code == 201
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/sms", json={"from": "SMS", "to": "+33612345678", "body": "lost"})
        assert http.post("/__mock/faults", json={"operationId": "getSms", "delay": 0.3}).status_code == 201
        start = time.monotonic()
        assert http.get(f"/sms/{sent[0]['id']}").status_code == 200
        assert time.monotonic() - start >= 0.3

        for bad in (
            {"operationId": "nope", "status": 503},
            {"operationId": "getSms"},
            {"operationId": "getSms", "status": 503, "drop": True},
            {"operationId": "getSms", "status": "503"},
            [1],
            {"x": 1},
            {"operationId": "getSms", "status": 200},
        ):
            answer = http.post("/__mock/faults", json=bad)
            assert answer.status_code == 400 and "error" in answer.json(), bad
        assert http.post("/__mock/faults", content=b"{").status_code == 400

        assert http.post("/__mock/reset").json() == {"reset": True}
        assert http.get("/__mock/sent").json() == {"sent": []}
        assert http.get(f"/sms/{sent[0]['id']}").status_code == 404


@pytest.mark.loopback
def test_no_control_answers_like_an_unknown_path() -> None:
    with serve(create_app("retarus-sms4a", control=False)) as url, httpx.Client(base_url=url, timeout=10) as http:
        for method, path in (
            ("GET", "/__mock/"),
            ("POST", "/__mock/reset"),
            ("GET", "/__mock/sent"),
            ("POST", "/__mock/faults"),
        ):
            answer = http.request(method, path)
            assert answer.status_code == 404
            assert answer.json() == {"code": 404, "message": f"No such path: {path}"}


def test_our_async_client_through_the_in_memory_transport(typedsms_mock: Callable[..., MockVendor]) -> None:
    mock = typedsms_mock("retarus-sms4a")

    async def scenario() -> int:
        client = mock.async_client()
        version = await client.version.get()
        await client.close()
        return int(version.major_version)

    assert asyncio.run(scenario()) == 1
