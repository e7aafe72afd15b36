"""Issue 11, spec and mock side: every request form the vendors' docs and SDKs use is accepted over HTTP,
every answer a vendor plausibly sends matches its spec, and what the mock tolerates it names in a Warning.
"""

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.spec import load_spec
from mocks.registry import create_app
from tests.support.servers import serve

SPECS = Path(__file__).resolve().parents[2] / "specs"
WARNING = re.compile(r'^299 - "[ -~]*"(, 299 - "[ -~]*")*$')
BASIC = ("user", "secret")


def _serve(name: str) -> Iterator[httpx.Client]:
    with serve(create_app(name)) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


@pytest.fixture
def retarus() -> Iterator[httpx.Client]:
    yield from _serve("retarus-sms4a")


@pytest.fixture
def smartswitch() -> Iterator[httpx.Client]:
    yield from _serve("smartswitch")


@pytest.fixture
def scheduler() -> Iterator[httpx.Client]:
    yield from _serve("sms-scheduler")


def _spec(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = load_spec(SPECS / f"{stem}.yaml").data
    return data


def _answer_validator(stem: str, pointer: str) -> OAS31Validator:
    """A validator for the schema at ``pointer`` of the spec (how a strict reader checks an answer)."""
    resource = Resource.from_contents(_spec(stem), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return OAS31Validator({"$ref": f"urn:spec#{pointer}"}, registry=registry)


def _warnings(response: httpx.Response) -> str:
    value = str(response.headers.get("Warning", ""))
    assert WARNING.match(value), value
    return value


# -- Retarus --------------------------------------------------------------------------------------


def test_retarus_documented_list_request_without_seconds(retarus: httpx.Client) -> None:
    """The vendor's own example request (ISO-8601 without seconds), byte for byte."""
    query = (
        "jobIdsOnly=true&fromTs=2022-06-13T00%3A00%2B02%3A00&toTs=2022-06-20T00%3A00%2B02%3A00"
        "&open=false&offset=0&limit=100"
    )
    response = retarus.get(f"/jobs?{query}", auth=BASIC)
    assert response.status_code == 200, response.text
    assert "Warning" not in response.headers


def test_retarus_impossible_timestamp_is_still_refused(retarus: httpx.Client) -> None:
    response = retarus.get("/jobs", params={"jobIdsOnly": "true", "fromTs": "2022-02-30T00:00+02:00"}, auth=BASIC)
    assert response.status_code == 400 and "fromTs" in response.json()["message"]


def test_retarus_options_null_as_the_vendor_sdk_sends(retarus: httpx.Client) -> None:
    job = {"messages": [{"text": "Hello", "recipients": [{"dst": "+4917600000000"}]}], "options": None}
    response = retarus.post("/jobs", json=job, auth=BASIC)
    assert response.status_code == 201, response.text
    assert "Warning" not in response.headers


def test_retarus_snake_case_keys_are_accepted_and_named(retarus: httpx.Client) -> None:
    job = {
        "messages": [{"text": "Hello", "recipients": [{"dst": "+4917600000000", "customer_ref": "c1"}]}],
        "options": {"status_requested": True, "src": "retarus"},
    }
    response = retarus.post("/jobs", json=job, auth=BASIC)
    assert response.status_code == 201, response.text
    warning = _warnings(response)
    assert "options.status_requested" in warning and "messages[0].recipients[0].customer_ref" in warning


def test_retarus_assumed_constraint_is_accepted_with_its_reason(
    retarus: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    job = {"messages": [{"text": "", "recipients": [{"dst": "+4917600000000"}]}]}
    with caplog.at_level(logging.WARNING, logger="mocks"):
        response = retarus.post("/jobs", json=job, auth=BASIC)
    assert response.status_code == 201, response.text
    assert "minLength" in _warnings(response) and "empty text" in response.headers["Warning"]
    assert any("POST /jobs" in r.getMessage() and "minLength" in r.getMessage() for r in caplog.records)


def test_retarus_warning_survives_a_business_refusal(retarus: httpx.Client) -> None:
    job: dict[str, Any] = {"messages": [{"text": "", "recipients": [{"dst": "+4917600000000"}]}]}
    job["options"] = {"blackoutPeriods": ["2022-06-14T07:00+02:00/2022-06-13T22:00+02:00"]}
    response = retarus.post("/jobs", json=job, auth=BASIC)
    assert response.status_code == 400 and "minLength" in _warnings(response)


def test_retarus_documented_rules_stay_enforced(retarus: httpx.Client) -> None:
    recipients = [{"dst": f"+49176{i:08d}"} for i in range(3001)]
    response = retarus.post("/jobs", json={"messages": [{"text": "Hi", "recipients": recipients}]}, auth=BASIC)
    assert response.status_code == 400
    bad_period = {"blackoutPeriods": ["2022-06-14T07:00+02:00/2022-06-13T22:00+02:00"]}
    job = {"messages": [{"text": "Hi", "recipients": [{"dst": "+4917600000000"}]}], "options": bad_period}
    assert retarus.post("/jobs", json=job, auth=BASIC).status_code == 400


def test_retarus_job_ids_only_answer_matches_the_spec() -> None:
    """``GET /jobs?jobIdsOnly=true`` answered with ids only (the vendor's Go SDK reads only jobId)."""
    validator = _answer_validator("retarus-sms4a", "/paths/~1jobs/get/responses/200/content/application~1json/schema")
    validator.validate([{"jobId": "J.20220928-125820.020-0l8likuetGNOTM4A4U"}])
    reports = _answer_validator("retarus-sms4a", "/components/schemas/RecipientReport")
    reports.validate({"smsId": "S.20220928-125820.022-0l8likueyRB3CT8FTG"})


def test_retarus_create_job_documents_201_and_sdks_accept_200() -> None:
    op = _spec("retarus-sms4a")["paths"]["/jobs"]["post"]
    assert "201" in op["responses"]
    assert "200 and 201 alike" in _spec("retarus-sms4a")["info"]["description"]


# -- CALLR ----------------------------------------------------------------------------------------


def test_callr_list_with_null_customer_mode_and_unknown_status_matches_the_spec() -> None:
    validator = _answer_validator("callr", "/components/schemas/SmsListResponse")
    sms = {
        "hash": "8242D945",
        "type": "OUT",
        "status": "DELIVERED_SOMEHOW",
        "b_customer_mode": None,
        "date_creation": "2024-03-19 02:41:23",
        "date_received": "0000-00-00 00:00:00",
        "brand_new_key": {"x": 1},
    }
    validator.validate({"status": "success", "data": [sms, {"hash": "8242D946"}]})


def test_callr_unset_date_is_not_a_const() -> None:
    unset = _spec("callr")["components"]["schemas"]["UnsetDate"]
    assert "const" not in unset and unset["enum"] == ["0000-00-00 00:00:00"]


# -- Smartswitch ----------------------------------------------------------------------------------


def test_smartswitch_error_body_with_200_matches_the_spec_and_is_marked() -> None:
    spec = _spec("smartswitch")
    ok = spec["paths"]["/message"]["post"]["responses"]["200"]
    assert ok["x-sdk-error-in-success"] == "errors"
    assert {"application/json", "application/vnd.api+json"} <= set(ok["content"])
    validator = _answer_validator(
        "smartswitch", "/paths/~1message/post/responses/200/content/application~1vnd.api+json/schema"
    )
    error = {"errors": [{"code": "authentication", "detail": "Please check your login and password", "title": "x"}]}
    validator.validate(error)
    validator.validate({"data": {"id": "1561370632513", "type": "message"}})
    assert not validator.is_valid({**error, "data": {"id": "1"}})  # never both


@pytest.mark.parametrize(
    ("arguments", "assumed"),
    [
        ({"destination_number": "+12123388100"}, "destination_number"),
        ({"destination_number": "12123388100", "source_name": "A sender name longer than eleven"}, "source_name"),
        ({"destination_number": "12123388100", "source_number": "+12123388199"}, "source_number"),
        ({"destination_number": "12123388100", "require_dlr": "true"}, "the form of require_dlr"),
    ],
)
def test_smartswitch_accepts_forms_the_sources_do_not_limit(
    smartswitch: httpx.Client, arguments: dict[str, str], assumed: str
) -> None:
    params = {"_login": "user", "_password": "secret", "body": "test", **arguments}
    response = smartswitch.post("/message", params=params)
    assert response.status_code == 200, response.text
    assert assumed in _warnings(response)


def test_smartswitch_unknown_query_parameter_is_named(smartswitch: httpx.Client) -> None:
    params = {"_login": "user", "_password": "secret", "destination_number": "12123388100", "sender": "x"}
    response = smartswitch.post("/message", params=params)
    assert response.status_code == 200 and "ignored query parameters" in _warnings(response)
    assert "_password" not in response.headers["Warning"]


def test_smartswitch_missing_number_is_still_refused(smartswitch: httpx.Client) -> None:
    response = smartswitch.post("/message", params={"_login": "user", "_password": "secret", "body": "x"})
    assert response.status_code == 400


# -- SMS Scheduler --------------------------------------------------------------------------------


def test_scheduler_answers_require_only_identifiers() -> None:
    schemas = _spec("sms-scheduler")["components"]["schemas"]
    assert schemas["SmsCreated"]["required"] == ["message_id"]
    assert schemas["MessageSmsReport"]["required"] == ["id"]
    for name in ("SmsReport", "SmsDeleted", "MessageDeleted", "ValidationErrors"):
        assert "required" not in schemas[name], name


def test_scheduler_401_and_404_have_no_body(scheduler: httpx.Client) -> None:
    unauthorized = scheduler.get("/sms/1")
    assert unauthorized.status_code == 401 and unauthorized.content == b""
    missing = scheduler.get("/sms/999999", headers={"Authorization": "Bearer token"})
    assert missing.status_code == 404 and missing.content == b""


def test_served_spec_is_what_the_mock_accepts(smartswitch: httpx.Client) -> None:
    served = smartswitch.get("/openapi.json").json()
    assert "pattern" not in served["components"]["schemas"]["PhoneNumber"]


def test_retarus_timestamps_stay_datetimes_in_the_client() -> None:
    """The mock admits ``2022-06-13T00:00+02:00``; the generated client still takes a ``datetime``."""
    from generator.preprocess import for_generator

    seen = for_generator(_spec("retarus-sms4a"))["components"]["schemas"]["IsoTimestamp"]
    assert seen["format"] == "date-time" and "pattern" not in seen
    parameters = _spec("retarus-sms4a")["paths"]["/jobs"]["get"]["parameters"]
    refs = {p["name"]: p["schema"].get("$ref") for p in parameters if p["name"] in ("fromTs", "toTs")}
    assert refs == {"fromTs": "#/components/schemas/IsoTimestamp", "toTs": "#/components/schemas/IsoTimestamp"}


@pytest.mark.parametrize("sender", ["", "38000"])
def test_callr_stop_number_with_a_shortcode_is_sent_with_a_warning(sender: str) -> None:
    """The sources describe ``%STOPNUM%`` only with a custom sender; they do not say it is refused."""
    with serve(create_app("callr")) as url, httpx.Client(base_url=url, auth=BASIC, timeout=10) as callr:
        body = {"from": sender, "to": "+33678912345", "body": "STOP to %STOPNUM%", "options": None}
        response = callr.post("/sms", json=body)
        assert response.status_code == 200, response.text
        assert "%STOPNUM%" in _warnings(response)
        sms = callr.get(f"/sms/{response.json()['data']}").json()["data"]
        assert sms["text"] == "STOP to %STOPNUM%"


def test_vendor_sdk_paths_reach_the_mock() -> None:
    """``nox -s vendor-sdk`` serves the Retarus mock under ``/rest/v1``, where the vendor's SDK sends."""
    from tools.vendor_sdk.serve_retarus import StripPrefix

    with serve(StripPrefix(create_app("retarus-sms4a"))) as url, httpx.Client(base_url=url, timeout=10) as sdk_side:  # type: ignore[arg-type]
        assert sdk_side.get("/rest/v1/version", auth=BASIC).status_code == 200
        query = "jobIdsOnly=True&fromTs=2018-06-13T00:00%2B02:00&toTs=2018-06-20T00:00%2B02:00&open=False"
        assert sdk_side.get(f"/rest/v1/jobs?{query}", auth=BASIC).json() == []
