"""The hand-written client runtime, tested once where it is written (``generator/runtime``).

Every client carries a verbatim copy; the client tests exercise those copies end to end. Here
are the parts whose rules are easiest to see in isolation: the time-zone rule, open enums that
are honest to mypy, request objects, retry timing and credentials that never show.
"""

import datetime
import subprocess
import sys
import zoneinfo
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.runtime import _auth, _base_client, _codecs, _exceptions, _models, _retry
from generator.runtime._codecs import Context, DatetimeRule, ReadError

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC_RULE = DatetimeRule("%Y-%m-%d %H:%M:%S", "fixed", datetime.UTC)
ACCOUNT_RULE = DatetimeRule("%Y-%m-%d %H:%M:%S", "account")


# -- time zones ------------------------------------------------------------------------------------


def test_a_naive_datetime_argument_is_refused_with_what_to_pass() -> None:
    for rule in (DatetimeRule(), UTC_RULE, ACCOUNT_RULE):
        with pytest.raises(ValueError, match=r"delivery_date: pass a timezone-aware datetime .*tzinfo="):
            _codecs.write_datetime(datetime.datetime(2030, 1, 1, 9), Context(rule, PARIS), "delivery_date")


def test_a_fixed_zone_api_gets_the_instant_in_that_zone() -> None:
    moment = datetime.datetime(2030, 1, 1, 9, 30, tzinfo=PARIS)
    assert _codecs.write_datetime(moment, Context(UTC_RULE), "from_") == "2030-01-01 08:30:00"


def test_an_iso_api_gets_the_offset_the_caller_gave() -> None:
    moment = datetime.datetime(2030, 1, 1, 9, 30, tzinfo=PARIS)
    assert _codecs.write_datetime(moment, Context(DatetimeRule()), "x") == "2030-01-01T09:30:00+01:00"


def test_an_api_without_a_zone_gets_the_accounts_wall_clock_time() -> None:
    moment = datetime.datetime(2030, 1, 1, 8, 30, tzinfo=datetime.UTC)
    assert _codecs.write_datetime(moment, Context(ACCOUNT_RULE, PARIS), "x") == "2030-01-01 09:30:00"
    with pytest.raises(ValueError, match=r"timezone=zoneinfo.ZoneInfo"):
        _codecs.write_datetime(moment, Context(ACCOUNT_RULE, None), "x")


def test_timestamps_read_back_carry_the_zone_the_api_implies() -> None:
    fixed = _codecs.read_datetime("2024-03-19 02:41:23", Context(UTC_RULE))
    assert fixed == datetime.datetime(2024, 3, 19, 2, 41, 23, tzinfo=datetime.UTC)
    account = _codecs.read_datetime("2024-03-19 02:41:23", Context(ACCOUNT_RULE, PARIS))
    assert account.tzinfo is PARIS
    assert _codecs.read_datetime("2024-03-19T02:41:23+02:00", Context()).utcoffset() == datetime.timedelta(hours=2)
    with pytest.raises(ReadError):
        _codecs.read_datetime("yesterday", Context(UTC_RULE))


# -- readers ---------------------------------------------------------------------------------------


def test_readers_check_types_and_name_the_place() -> None:
    read = _codecs.dict_of(_codecs.one_or_list(_codecs.read_int))
    assert read({"+33": 1, "+34": [2, 3]}, Context()) == {"+33": [1], "+34": [2, 3]}
    with pytest.raises(ReadError) as caught:
        read({"+33": [1, "2"]}, Context())
    assert caught.value.describe() == "['+33'][1]: expected an integer, got string"
    with pytest.raises(ReadError):
        _codecs.read_int(True, Context())
    marker = _codecs.none_for(_codecs.read_datetime, ["0000-00-00 00:00:00"])
    assert marker("0000-00-00 00:00:00", Context(UTC_RULE)) is None


# -- open enums ------------------------------------------------------------------------------------


class Colour(_models.OpenStrEnum):
    RED = "red"
    GREEN = "green"


def test_unknown_enum_values_are_kept_and_known_ones_are_members() -> None:
    read = _models.str_enum(Colour)
    assert read("red", Context()) is Colour.RED
    assert read("red", Context()).is_known
    blue = read("blue", Context())
    assert isinstance(blue, _models.UnknownStr) and blue == "blue" and not blue.is_known
    assert blue.value == "blue"
    with pytest.raises(ReadError):
        read(3, Context())


EXHAUSTIVE = """
from typing import assert_never
from generator.runtime._models import OpenStrEnum, UnknownStr

class Colour(OpenStrEnum):
    RED = "red"
    GREEN = "green"

def name(colour: Colour | UnknownStr) -> str:
    match colour:
        case Colour.RED:
            return "r"
        case Colour.GREEN:
            return "g"
{tail}
"""


@pytest.mark.parametrize(
    ("tail", "passes"),
    [
        ("        case _:\n            assert_never(colour)\n", False),
        ("        case UnknownStr():\n            return colour.value\n", True),
    ],
    ids=["documented-members-only", "with-unknown-branch"],
)
def test_an_exhaustive_match_over_documented_members_alone_fails_mypy(
    tail: str, passes: bool, tmp_path: Path, mypy_cache: Path
) -> None:
    script = tmp_path / "match_enum.py"
    script.write_text(EXHAUSTIVE.format(tail=tail), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(script)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode == 0) is passes, done.stdout


# -- request objects -------------------------------------------------------------------------------


class Recipient(_models.BaseModel):
    __slots__ = ()
    _FIELDS = (
        _models.Field("dst", "dst", _codecs.read_str, _codecs.write_str, required=True),
        _models.Field("customer_ref", "customerRef", _codecs.read_str, _codecs.write_str),
    )


def test_request_dicts_use_python_names_and_refuse_misspelt_keys() -> None:
    write = _models.object_writer(Recipient)
    assert write({"dst": "+49", "customer_ref": "r"}, Context(), "r") == {"dst": "+49", "customerRef": "r"}
    with pytest.raises(TypeError, match=r"unknown key 'customerRef'; Recipient has dst, customer_ref"):
        write({"dst": "+49", "customerRef": "r"}, Context(), "recipients[0]")
    with pytest.raises(TypeError, match="missing required key 'dst'"):
        write({"customer_ref": "r"}, Context(), "recipients[0]")
    assert write(Recipient(dst="+49"), Context(), "r") == {"dst": "+49"}


def test_models_read_lazily_keep_unknown_fields_and_report_bad_fields_by_name() -> None:
    model = Recipient._from_wire({"dst": "+49", "customerRef": 7, "new": True}, Context(status_code=200))
    assert model.to_dict() == {"dst": "+49", "customerRef": 7, "new": True}
    with pytest.raises(_exceptions.MalformedResponseError) as caught:
        model._get(Recipient._FIELDS[1])
    assert caught.value.field == "Recipient.customer_ref"
    assert "accepted by the server (HTTP 200)" in str(caught.value)
    with pytest.raises(ReadError):
        Recipient._from_wire({"customerRef": "x"}, Context())


# -- retries and credentials ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "\u00b2", "1e3", "-1", "Tue, 99 Foo 2024 00:00:00 GMT", ""])
def test_odd_retry_after_values_are_ignored_not_raised(value: str) -> None:
    response = httpx.Response(503, headers=[(b"Retry-After", value.encode("utf-8"))])
    assert _retry.retry_after_seconds(response) is None


def test_retry_policy_is_immutable_and_copied_with_changes() -> None:
    policy = _retry.RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_retries = 5
    assert policy.with_(max_retries=5).max_retries == 5 and policy.max_retries == 2
    assert policy.with_(max_retries=2) == policy


def test_credentials_come_from_the_environment_and_never_show(monkeypatch: pytest.MonkeyPatch) -> None:
    schemes = (
        _auth.Scheme("api_key", ("login",), "query", "_login"),
        _auth.Scheme("api_key", ("password",), "query", "_password"),
    )
    monkeypatch.setenv("VENDOR_PASSWORD", "s3cret")
    with pytest.raises(_auth.MissingCredentialsError, match=r"needs login: pass login= or VENDOR_LOGIN"):
        _auth.Credentials.resolve(schemes, {"login": None, "password": None}, "VENDOR", "vendor.Client")
    creds = _auth.Credentials.resolve(schemes, {"login": "me", "password": None}, "VENDOR", "vendor.Client")
    assert "s3cret" not in repr(creds) and "me" not in repr(creds)
    request = httpx.Request("GET", "https://h/api?x=1")
    creds.apply(request)
    assert request.url.params["_password"] == "s3cret"
    redact = _auth.Redactor(creds.query_parameters)
    assert redact(str(request.url)) == "https://h/api?x=1&_login=***&_password=***"


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "connection refused"),
        (httpx.ConnectError("[Errno -2] Name or service not known"), "the host name did not resolve (DNS)"),
        (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "the TLS handshake"),
        (httpx.ReadTimeout("timed out"), "read timeout"),
        (httpx.RemoteProtocolError("Server disconnected"), "closed the connection"),
        (httpx.TooManyRedirects("Exceeded"), "too many redirects"),
    ],
)
def test_connection_errors_say_what_happened(exc: Any, reason: str) -> None:
    assert reason in _base_client.connection_reason(exc)
