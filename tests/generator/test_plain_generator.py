"""A client nobody here templated: plain openapi-python-client (the pinned CLI, no custom templates, no
preprocessing) generates a CALLR client from specs/callr.yaml that reads the mock's real answers.

Issue 11: ``UnsetDate`` written with ``const`` made such a client fail on every real date (it checks the
const branch first and raises). The spec now writes a one-value ``enum``.
"""

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mocks.registry import create_app
from tests.support.servers import serve

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "plain_callr"


def _cli() -> str:
    """The openapi-python-client CLI of this interpreter's environment (pinned in pyproject.toml)."""
    beside = Path(sys.executable).parent / "openapi-python-client"
    found = str(beside) if beside.exists() else shutil.which("openapi-python-client")
    if found is None:
        pytest.fail("the openapi-python-client CLI is not installed (it is pinned in pyproject.toml's dev groups)")
    return found


@pytest.fixture(scope="module")
def plain_callr(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("plain")
    config = out / "config.yaml"
    config.write_text(f"package_name_override: {PACKAGE}\nproject_name_override: plain-callr\n", encoding="utf-8")
    cli = _cli()
    # Its post-generation hook runs ruff, which lives beside it: on PATH even when the venv is not activated.
    env = {**os.environ, "PATH": f"{Path(cli).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            cli,
            "generate",
            "--path",
            str(ROOT / "specs" / "callr.yaml"),
            "--output-path",
            str(out / PACKAGE),
            "--meta",
            "none",
            "--config",
            str(config),
            "--fail-on-warning",
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _module(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


def test_plain_client_gets_and_lists_sms_from_the_mock(plain_callr: ModuleType) -> None:
    models = _module("models")
    send_sms, get_sms, list_sms = (_module(f"api.sms.{op}") for op in ("send_sms", "get_sms", "list_sms"))
    with serve(create_app("callr")) as url:
        client = plain_callr.Client(
            base_url=url, httpx_args={"auth": ("user", "secret")}, raise_on_unexpected_status=True
        )
        request = models.SendSmsRequest.from_dict(
            {"from": "SMS", "to": "+16469820800", "body": "Hello", "options": None}
        )
        created = send_sms.sync(client=client, body=request)
        assert isinstance(created, models.SmsHashResponse)
        sms_hash = created.data

        one = get_sms.sync(sms_hash, client=client)
        assert isinstance(one, models.SmsResponse), one
        sms = one.data
        assert sms.hash_ == sms_hash and sms.date_creation.startswith("20")  # a real date, read as a string
        assert isinstance(sms.date_received, models.UnsetDate)  # "0000-00-00 00:00:00"
        assert sms.status == models.SmsStatus.SENT

        listed = list_sms.sync(
            client=client, type_=models.SmsType.OUT, from_="2000-01-01 00:00:00", to="2100-01-01 00:00:00"
        )
        assert isinstance(listed, models.SmsListResponse), listed
        assert [s.hash_ for s in listed.data] == [sms_hash]
        inbound = list_sms.sync(
            client=client, type_=models.SmsType.IN, from_="2024-03-19 00:00:00", to="2024-03-20 00:00:00"
        )
        assert isinstance(inbound, models.SmsListResponse) and len(inbound.data) == 2
        assert all(isinstance(s.date_received, str) for s in inbound.data)  # real dates, not the const


def test_plain_client_reads_a_tolerant_answer(plain_callr: ModuleType) -> None:
    """A null ``b_customer_mode``, an undocumented status and unknown keys do not reject the list."""
    models = _module("models")
    answer = {
        "status": "success",
        "data": [
            {
                "hash": "8242D945",
                "status": "SOMETHING_NEW",
                "b_customer_mode": None,
                "date_creation": "2024-03-19 02:41:23",
                "date_received": "0000-00-00 00:00:00",
                "network": {"mcc": 208},
            },
            {"hash": "8242D946"},
        ],
    }
    parsed = models.SmsListResponse.from_dict(answer)
    first = parsed.data[0]
    assert first.status == "SOMETHING_NEW" and first.b_customer_mode is None
    assert first.date_creation == "2024-03-19 02:41:23"
