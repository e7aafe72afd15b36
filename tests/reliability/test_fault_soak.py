"""Soak: every client sends through a fault-injecting proxy to its mock, and nothing is lost or doubled.

Per vendor, ``SENDS`` SMS go through ``tests/support/faultproxy.py`` (latency, resets before and after
the request reached the mock, truncated answers, slow drips, refused connections) with retries on.
Afterwards the mock's record of what it received (``GET /__mock/sent``) shows:

- every SMS stored at most once (a retry never sends twice),
- every SMS the client reported as sent stored exactly once,
- every failure a typed ``APIError`` (no untyped escape),
- no credential in any error text or log line,
- for Retarus, a primary that refuses connections is skipped for the next server (failover order).

CI runs ``SENDS = 150`` per vendor; ``nox -s reliability`` (``TYPEDSMS_LONG=1``) runs 2,000.
"""

import datetime
import logging
import os
import zoneinfo
from collections import Counter
from typing import Any

import httpx
import pytest
import typedsms_callr
import typedsms_retarus_sms4a
import typedsms_smartswitch
import typedsms_sms_scheduler

from mocks.registry import create_app
from tests.support.faultproxy import FaultProxy
from tests.support.servers import free_port, serve

LONG = os.environ.get("TYPEDSMS_LONG") == "1"
SENDS = 2000 if LONG else 150
WEIGHTS = {
    "pass": 0.55,
    "latency": 0.15,
    "reset_before": 0.06,
    "reset_after": 0.06,
    "truncate": 0.06,
    "drip": 0.02,
    "refuse": 0.10,
}
SECRETS = ("secret", "token")
CREDENTIALS: dict[str, dict[str, str]] = {
    "retarus-sms4a": {"username": "user", "password": "secret"},
    "sms-scheduler": {"token": "token"},
    "callr": {"username": "user", "password": "secret"},
    "smartswitch": {"login": "user", "password": "secret"},
}
MODULES: dict[str, Any] = {
    "retarus-sms4a": typedsms_retarus_sms4a,
    "sms-scheduler": typedsms_sms_scheduler,
    "callr": typedsms_callr,
    "smartswitch": typedsms_smartswitch,
}
TOMORROW = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)


def _send(vendor: str, client: Any, text: str) -> None:
    if vendor == "retarus-sms4a":
        client.jobs.create(messages=[{"text": text, "recipients": [{"dst": "+4917600000000"}]}])
    elif vendor == "sms-scheduler":
        client.sms.create(message_text=text, delivery_date=TOMORROW, sender_id=1, phone_numbers="+33612345678")
    elif vendor == "callr":
        client.sms.send(from_="SMS", to="+33639980042", body=text)
    else:
        client.message.send(destination_number="12123388100", body=text)


def _client(vendor: str, base_url: str, fallback: list[str]) -> Any:
    settings: dict[str, Any] = {
        **CREDENTIALS[vendor],
        "base_url": base_url,
        "fallback_base_urls": fallback,
        "timeout": 2.0,
        "deadline": 0.6,
        "http_client": httpx.Client(limits=httpx.Limits(max_keepalive_connections=0)),
    }
    module = MODULES[vendor]
    if vendor == "sms-scheduler":
        settings["timezone"] = zoneinfo.ZoneInfo("Europe/Paris")
    client = module.Client(**settings)
    client._sleep = lambda seconds: None
    return client


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.mark.loopback
@pytest.mark.parametrize("vendor", sorted(CREDENTIALS))
def test_sends_through_faults_are_stored_at_most_once(vendor: str) -> None:
    capture = _Capture()
    loggers = [logging.getLogger(n) for n in ("httpx", "httpcore", vendor.replace("-", "_"))]
    for logger in loggers:
        logger.addHandler(capture)
        logger.setLevel(logging.DEBUG)
    outcomes: Counter[str] = Counter()
    reported_sent: list[str] = []
    escapes: list[str] = []
    leaks: list[str] = []
    api_error: type[Exception] = MODULES[vendor].APIError
    try:
        with serve(create_app(vendor)) as mock_url:
            port = int(mock_url.rsplit(":", 1)[1])
            proxy = FaultProxy(("127.0.0.1", port), WEIGHTS, seed=len(vendor))
            with proxy.running() as proxy_url:
                # Retarus: the primary refuses every connection; its sends fail over to the next server.
                primary = f"http://127.0.0.1:{free_port()}" if vendor == "retarus-sms4a" else proxy_url
                fallback = [proxy_url] if vendor == "retarus-sms4a" else []
                client = _client(vendor, primary, fallback)
                for i in range(SENDS):
                    text = f"soak {vendor} {i}"
                    try:
                        _send(vendor, client, text)
                    except api_error as exc:
                        outcomes[type(exc).__name__] += 1
                        message = f"{exc!s} {exc!r}"
                        if any(s in message for s in SECRETS):
                            leaks.append(message)
                    except Exception as exc:  # an untyped escape: the test fails below
                        escapes.append(f"{type(exc).__name__}: {exc}")
                    else:
                        outcomes["sent"] += 1
                        reported_sent.append(text)
                client.close()
            sent = httpx.get(f"{mock_url}/__mock/sent", timeout=10).json()
    finally:
        for logger in loggers:
            logger.removeHandler(capture)
    stored = Counter(item["text"] for item in sent["sent"] if str(item["text"]).startswith("soak "))
    doubled = {text: n for text, n in stored.items() if n > 1}
    lost = [text for text in reported_sent if stored[text] != 1]
    log_leaks = [line for line in capture.lines if "secret" in line or "_password=" in line.replace("=***", "")]
    print(
        f"\n{vendor}: {SENDS} sends, faults {dict(proxy.injected)}, outcomes {dict(outcomes)}, "
        f"stored {sum(stored.values())}, duplicates {len(doubled)}, untyped escapes {len(escapes)}, "
        f"secrets {len(leaks) + len(log_leaks)}"
    )
    assert not escapes, escapes[:5]
    assert not doubled, list(doubled.items())[:5]
    assert not lost, lost[:5]
    assert not leaks and not log_leaks, (leaks + log_leaks)[:3]
    assert outcomes["sent"] >= SENDS * 0.5  # for Retarus: each went to the next server after the refused primary
    assert sum(proxy.injected.values()) >= SENDS
