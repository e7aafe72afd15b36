"""The generated Smartswitch client against the Smartswitch mock: one message and several, every
argument, segments, the JSON:API errors as typed exceptions (also inside a 200), the customer's own
host, and the credentials that travel in the URL yet never show in a log line, a repr or an error."""

import io
import logging
import re
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from starlette.testclient import TestClient
from typedsms_smartswitch import (
    APIConnectionError,
    APIResponse,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    UnexpectedStatusError,
    UnknownStr,
)
from typedsms_smartswitch.models import (
    Error,
    ErrorResponse,
    Message,
    MessageAttributes,
    MessageMeta,
    MessageState,
    MessageStatus,
    YesNo,
)

from mocks.core.auth import AcceptedCredentials
from mocks.registry import create_app
from tests.support.servers import free_port, serve

USER, SECRET = "user", "secret"  # what a default mock accepts
# Distinctive secrets for the leak tests: any occurrence of them in text is a leak, never a coincidence.
LOGIN, PASSWORD, WRONG_PASSWORD = "acme-login-7", "s3cr3t-Pa55", "wr0ng-Pa55-x"
SECRETS = {"login": LOGIN, "password": PASSWORD, "wrong password": WRONG_PASSWORD}
A, B, C = "12123388100", "12123388101", "12123388102"
MESSAGE_ID = re.compile(r"[1-9][0-9]{12}")
MESSAGE: dict[str, Any] = {
    "id": "1561370632513",
    "type": "message",
    "attributes": {"destination_number": A, "segments": 1, "status": "ok"},
}
AUTH_ERROR: dict[str, Any] = {
    "code": "authentication",
    "title": "Authentication error",
    "detail": "Please check your login and password",
}


def leaks(text: str) -> list[str]:
    """The names of the secrets that ``text`` shows, as is or percent-encoded (never their values)."""
    return [name for name, value in SECRETS.items() if value in text or quote(value, safe="") in text]


def params_of(request: httpx.Request) -> list[tuple[str, str]]:
    """The request's query parameters in the order they are on the wire."""
    return request.url.params.multi_items()


def attributes_of(message: Message) -> MessageAttributes:
    """The message's attributes, which the spec leaves optional yet every answer here carries."""
    assert message.attributes is not None, message
    return message.attributes


def without_credentials(request: httpx.Request) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params_of(request) if k not in ("_login", "_password")]


@pytest.fixture(autouse=True)
def no_smartswitch_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests say what they configure: nothing comes from the developer's environment."""
    for name in ("SMARTSWITCH_LOGIN", "SMARTSWITCH_PASSWORD", "SMARTSWITCH_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def smartswitch_app() -> Starlette:
    return create_app("smartswitch")


@pytest.fixture
def secret_url() -> Iterator[str]:
    """A mock over loopback that accepts only the distinctive LOGIN and PASSWORD."""
    with serve(create_app("smartswitch", AcceptedCredentials(username=LOGIN, password=PASSWORD))) as url:
        yield url


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests the client sent, as they left it (credentials on)."""
    return []


def in_process(app: Starlette, sent: list[httpx.Request], password: str = SECRET) -> Client:
    http = TestClient(app, base_url="http://mock")
    http.event_hooks = {"request": [sent.append], "response": []}
    return Client(login=USER, password=password, base_url="http://mock", http_client=http)


@pytest.fixture
def client(smartswitch_app: Starlette, sent: list[httpx.Request]) -> Iterator[Client]:
    with in_process(smartswitch_app, sent) as client:
        yield client


@pytest.fixture(scope="module")
def shared_client() -> Iterator[Client]:
    """One mock for the parametrized checks whose answers do not depend on what was sent before."""
    with in_process(create_app("smartswitch"), []) as client:
        yield client


@pytest_asyncio.fixture
async def async_client(smartswitch_app: Starlette, sent: list[httpx.Request]) -> AsyncIterator[AsyncClient]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=smartswitch_app), event_hooks={"request": [record], "response": []}
    )
    async with http, AsyncClient(login=USER, password=SECRET, base_url="http://mock", http_client=http) as client:
        yield client


def answering(handler: Callable[[httpx.Request], httpx.Response], **settings: Any) -> Client:
    """A client (with the distinctive secrets) whose requests ``handler`` answers; retries do not wait."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(login=LOGIN, password=PASSWORD, base_url="http://vendor", http_client=http, **settings)
    client._sleep = lambda seconds: None
    return client


def always(status: int, **response: Any) -> Client:
    """A client whose every request is answered ``httpx.Response(status, **response)``."""
    return answering(lambda request: httpx.Response(status, **response))


# -- one message and several, in-process ---------------------------------------------------------


def test_one_number_answers_a_list_of_one_message(client: Client, sent: list[httpx.Request]) -> None:
    result = client.message.send(destination_number=A, body="Your code is 1234")
    assert isinstance(result, list) and len(result) == 1
    (message,) = result
    assert isinstance(message, Message) and MESSAGE_ID.fullmatch(message.id) and message.type == "message"
    assert isinstance(message.attributes, MessageAttributes)
    assert message.attributes.destination_number == A
    assert message.attributes.segments == 1 and message.attributes.status is MessageStatus.OK
    assert message.meta is None  # no request_id given: no meta, read as None
    (request,) = sent
    assert request.method == "POST" and request.url.path == "/message" and request.content == b""
    assert without_credentials(request) == [("destination_number", A), ("body", "Your code is 1234")]


def test_one_text_to_two_numbers_is_sent_once_per_number() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        numbers = request.url.params.get_list("destination_number")
        data = [{**MESSAGE, "attributes": {**MESSAGE["attributes"], "destination_number": n}} for n in numbers]
        return httpx.Response(200, json={"data": data})

    result = answering(answer).message.send(destination_number=[A, B], body="Hello", require_dlr=1)
    (request,) = seen
    assert request.url.params.get_list("body") == ["Hello", "Hello"]
    assert request.url.params.get_list("require_dlr") == ["1", "1"]
    assert len(result) == 2 and [attributes_of(m).destination_number for m in result] == [A, B]


def test_one_text_to_two_numbers_against_the_mock(client: Client, sent: list[httpx.Request]) -> None:
    result = client.message.send(destination_number=[A, B], body="a" * 161, require_dlr=YesNo.YES, source_name="Acme")
    assert without_credentials(sent[0]) == [
        ("destination_number", A),
        ("destination_number", B),
        ("body", "a" * 161),
        ("body", "a" * 161),
        ("source_name", "Acme"),
        ("require_dlr", "1"),
        ("require_dlr", "1"),
    ]
    assert [(attributes_of(m).destination_number, attributes_of(m).segments) for m in result] == [(A, 2), (B, 2)]


def test_several_messages_repeat_their_parameters_in_order(client: Client, sent: list[httpx.Request]) -> None:
    bodies = ["first", "a" * 161, "П" * 135]
    result = client.message.send(destination_number=[A, B, C], body=bodies, require_dlr=[1, YesNo.YES, 0])
    (request,) = sent
    keys = [key for key, _ in params_of(request)]
    assert keys == [*["destination_number"] * 3, *["body"] * 3, *["require_dlr"] * 3, "_login", "_password"]
    assert request.url.params.get_list("body") == bodies
    assert request.url.params.get_list("require_dlr") == ["1", "1", "0"]

    assert len(result) == 3 and all(isinstance(m, Message) for m in result)
    assert [attributes_of(m).destination_number for m in result] == [A, B, C]
    # The i-th body belongs to the i-th number: 1, 2 and 3 segments, in that order.
    assert [attributes_of(m).segments for m in result] == [1, 2, 3]
    assert all(attributes_of(m).status is MessageStatus.OK for m in result)
    ids = [m.id for m in result]
    assert len(set(ids)) == 3 and all(MESSAGE_ID.fullmatch(i) for i in ids)


def test_every_argument_of_the_doc_goes_on_the_wire(client: Client, sent: list[httpx.Request]) -> None:
    (message,) = client.message.send(
        destination_number=[A],
        body=["Your code is 1234"],
        source_name="Acme Corp",
        source_number="12123388199",
        require_dlr=[YesNo.YES],
        stealth_ping=YesNo.NO,
        request_id="order-42/ä b&c",
    )
    (request,) = sent
    assert without_credentials(request) == [
        ("destination_number", A),
        ("body", "Your code is 1234"),
        ("source_name", "Acme Corp"),
        ("source_number", "12123388199"),
        ("require_dlr", "1"),
        ("stealth_ping", "0"),
        ("request_id", "order-42/ä b&c"),
    ]
    assert message.meta == MessageMeta(request_id="order-42/ä b&c")  # echoed unchanged
    assert message.meta is not None and message.meta.request_id == "order-42/ä b&c"


def test_request_id_is_echoed_in_the_meta_of_every_message(client: Client) -> None:
    result = client.message.send(destination_number=[A, B], body=["one", "two"], request_id="batch-7")
    assert [m.meta for m in result] == [MessageMeta(request_id="batch-7")] * 2
    without = client.message.send(destination_number=[A, B])
    assert [m.meta for m in without] == [None, None]


def test_stealth_ping_sends_one_segment_whatever_the_body(client: Client, sent: list[httpx.Request]) -> None:
    long_texts = ["a" * 500, "П" * 300]
    pinged = client.message.send(destination_number=[A, B], body=long_texts, stealth_ping=1)
    assert sent[0].url.params["stealth_ping"] == "1"
    assert [attributes_of(m).segments for m in pinged] == [1, 1]
    # The same bodies without stealth_ping are counted (4 and 5 segments): stealth_ping made the difference.
    sent_normally = client.message.send(destination_number=[A, B], body=long_texts)
    assert [attributes_of(m).segments for m in sent_normally] == [4, 5]
    assert "stealth_ping" not in sent[1].url.params


@pytest.mark.parametrize(
    "text,segments",
    [
        pytest.param("", 1, id="empty"),
        pytest.param("a" * 160, 1, id="gsm7-160"),
        pytest.param("a" * 161, 2, id="gsm7-161"),
        pytest.param("a" * 306, 2, id="gsm7-306"),
        pytest.param("a" * 307, 3, id="gsm7-307"),
        pytest.param("€" * 80, 1, id="extension-160-septets"),  # extension characters take two septets
        pytest.param("€" * 80 + "a", 2, id="extension-161-septets"),
        pytest.param("[" * 153, 2, id="extension-306-septets"),
        pytest.param("[" * 153 + "a", 3, id="extension-307-septets"),
        pytest.param("èéùì@£$¥" * 20, 1, id="gsm7-beyond-ascii-160"),  # still the GSM 7-bit alphabet
        pytest.param("П" * 70, 1, id="ucs2-70"),
        pytest.param("П" * 71, 2, id="ucs2-71"),
        pytest.param("П" * 134, 2, id="ucs2-134"),
        pytest.param("П" * 135, 3, id="ucs2-135"),
        pytest.param("a" * 69 + "ж", 1, id="one-ucs2-char-70"),  # one character outside GSM-7: all UCS-2
        pytest.param("a" * 70 + "ж", 2, id="one-ucs2-char-71"),
        pytest.param("😀" * 35, 1, id="astral-70-units"),  # outside the BMP: two UTF-16 units each
        pytest.param("😀" * 36, 2, id="astral-72-units"),
    ],
)
def test_segments_follow_gsm7_and_ucs2_rules(shared_client: Client, text: str, segments: int) -> None:
    (message,) = shared_client.message.send(destination_number=A, body=text)
    assert message.attributes is not None
    assert message.attributes.segments == segments


def test_a_missing_body_is_one_segment(client: Client, sent: list[httpx.Request]) -> None:
    result = client.message.send(destination_number=[A, B])
    assert "body" not in sent[0].url.params
    assert [attributes_of(m).segments for m in result] == [1, 1]


def test_with_raw_response(client: Client) -> None:
    raw = client.message.with_raw_response.send(destination_number=A)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    (message,) = raw.parse()
    assert isinstance(message, Message) and f'"id":"{message.id}"'.encode() in raw.content
    assert raw.json()["data"]["id"] == message.id
    with pytest.raises(BadRequestError):
        client.message.with_raw_response.send(destination_number=[A, B], body=["x"])


def test_credentials_are_query_parameters_on_every_request(client: Client, sent: list[httpx.Request]) -> None:
    client.message.send(destination_number=A)
    client.message.send(destination_number=[A, B], body=["x", "y"])
    with pytest.raises(BadRequestError):
        client.message.send(destination_number=[A, B], body=["x"])
    assert len(sent) == 3
    for request in sent:
        assert request.url.params.get_list("_login") == [USER]
        assert request.url.params.get_list("_password") == [SECRET]
        assert [k for k, _ in params_of(request)][-2:] == ["_login", "_password"]
        assert "authorization" not in request.headers and b"secret" not in request.content
    # They are put on each request as it is sent, never stored in the client's settings.
    assert "secret" not in client.base_url and "secret" not in repr(client)


# -- the customer's own host ----------------------------------------------------------------------


def test_requests_go_to_the_customers_host() -> None:
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"data": MESSAGE})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = Client(login=USER, password=SECRET, server="sms.acme.example:8443", http_client=http)
    assert client.base_url == "https://sms.acme.example:8443/api"
    client.message.send(destination_number=A)
    (url,) = seen
    assert (url.scheme, url.host, url.port, url.path) == ("https", "sms.acme.example", 8443, "/api/message")


def test_base_url_wins_over_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Client(login=USER, password=SECRET, base_url="http://127.0.0.1:8080/", server="sms.acme.example")
    assert client.base_url == "http://127.0.0.1:8080"
    monkeypatch.setenv("SMARTSWITCH_BASE_URL", "http://from-env:9000")
    assert Client(login=USER, password=SECRET, server="sms.acme.example").base_url == "http://from-env:9000"


# -- JSON:API errors as typed exceptions ----------------------------------------------------------


def test_401_wrong_password_is_the_docs_error(smartswitch_app: Starlette) -> None:
    wrong = in_process(smartswitch_app, [], password=WRONG_PASSWORD)
    with pytest.raises(AuthenticationError) as caught:
        wrong.message.send(destination_number=A)
    assert caught.value.status_code == 401 and caught.value.documented
    assert isinstance(caught.value.body, ErrorResponse)
    assert caught.value.body.errors == [
        Error(code="authentication", title="Authentication error", detail="Please check your login and password")
    ]
    assert "Authentication error" in str(caught.value)
    assert not leaks(str(caught.value)) and not leaks(repr(caught.value)) and not leaks(repr(wrong))


def test_400_mismatched_repeat_counts(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.message.send(destination_number=[A, B], body=["only one"], require_dlr=[1, 0, 1])
    assert caught.value.status_code == 400 and caught.value.documented
    assert isinstance(caught.value.body, ErrorResponse)
    assert [(e.code, e.title) for e in caught.value.body.errors] == [("parameter_count", "Invalid parameter count")] * 2
    assert [e.detail for e in caught.value.body.errors] == [
        "body: 1 value for 2 numbers; give one per destination_number or none",
        "require_dlr: 3 values for 2 numbers; give one per destination_number or none",
    ]


@pytest.mark.parametrize(
    "arguments,parameter",
    [
        pytest.param({"destination_number": []}, "destination_number", id="no-number"),
        pytest.param({"destination_number": A, "source_name": ""}, "source_name", id="name-empty"),
        pytest.param({"destination_number": A, "request_id": ""}, "request_id", id="request-id-empty"),
    ],
)
def test_400_invalid_arguments_name_the_parameter(
    shared_client: Client, arguments: dict[str, Any], parameter: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        shared_client.message.send(**arguments)
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, ErrorResponse) and len(caught.value.body.errors) == 1
    (error,) = caught.value.body.errors
    assert error.code == "invalid_parameter" and error.title == "Invalid parameter"
    assert error.detail is not None and error.detail.startswith(f"{parameter}: ")


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"destination_number": "+12123388100"}, id="number-with-plus"),
        pytest.param({"destination_number": [A, "0212338810"], "body": "x"}, id="second-number-with-0"),
        pytest.param({"destination_number": ["123456"]}, id="number-too-short"),
        pytest.param({"destination_number": A, "source_name": "Twelve chars"}, id="name-too-long"),
        pytest.param({"destination_number": A, "source_name": "Åcme"}, id="name-not-ascii"),
        pytest.param({"destination_number": A, "source_number": "+12123388199"}, id="source-plus"),
    ],
)
def test_what_the_sources_do_not_limit_is_sent_and_the_mock_warns(
    shared_client: Client, arguments: dict[str, Any]
) -> None:
    raw = shared_client.message.with_raw_response.send(**arguments)
    assert raw.status_code == 200 and raw.headers["warning"].startswith("299 - ")
    assert all(m.id for m in raw.parse())


def test_wrong_argument_types_are_refused_before_sending(client: Client, sent: list[httpx.Request]) -> None:
    number: Any = 12123388100
    with pytest.raises(TypeError, match=r"destination_number\[0\]: expected str, got int"):
        client.message.send(destination_number=number)
    flag: Any = True
    with pytest.raises(TypeError, match="stealth_ping: expected int, got bool"):
        client.message.send(destination_number=A, stealth_ping=flag)
    assert sent == []


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_one_and_several(async_client: AsyncClient, sent: list[httpx.Request]) -> None:
    (one,) = await async_client.message.send(destination_number=A, body="П" * 71, request_id="r1")
    assert one.attributes is not None
    assert one.attributes.segments == 2 and one.meta == MessageMeta(request_id="r1")
    several = await async_client.message.with_raw_response.send(
        destination_number=[A, B], body="x", require_dlr=[YesNo.NO, YesNo.YES]
    )
    assert several.status_code == 200
    assert [attributes_of(m).destination_number for m in several.parse()] == [A, B]
    assert sent[1].url.params.get_list("body") == ["x", "x"]
    assert sent[1].url.params.get_list("require_dlr") == ["0", "1"]
    for request in sent:
        assert request.url.params.get_list("_login") == [USER]
        assert request.url.params.get_list("_password") == [SECRET]


@pytest.mark.asyncio
async def test_async_errors(smartswitch_app: Starlette, async_client: AsyncClient) -> None:
    with pytest.raises(BadRequestError) as bad:
        await async_client.message.send(destination_number=A, require_dlr=[1, 0])
    assert isinstance(bad.value.body, ErrorResponse) and bad.value.body.errors[0].code == "parameter_count"
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=smartswitch_app))
    async with (
        http,
        AsyncClient(login=USER, password=WRONG_PASSWORD, base_url="http://mock", http_client=http) as wrong,
    ):
        with pytest.raises(AuthenticationError) as caught:
            await wrong.message.send(destination_number=A)
    assert isinstance(caught.value.body, ErrorResponse) and caught.value.body.errors[0].code == "authentication"
    assert not leaks(str(caught.value))


# -- odd, malformed and undocumented answers -------------------------------------------------------


def test_an_unknown_status_value_arrives_as_unknown_str() -> None:
    # Vendors add values: "sent" is not in the spec's ok/error, yet the answer stays readable.
    body = {"data": {**MESSAGE, "attributes": {**MESSAGE["attributes"], "status": "sent"}}}
    (message,) = always(200, json=body).message.send(destination_number=A)
    assert message.attributes is not None
    status = message.attributes.status
    assert isinstance(status, UnknownStr) and status.is_known is False and status == "sent"
    assert message.to_dict() == body["data"]
    error = {"data": {**MESSAGE, "attributes": {**MESSAGE["attributes"], "status": "error", "segments": 0}}}
    (failed,) = always(200, json=error).message.send(destination_number=A)
    assert failed.attributes is not None
    assert failed.attributes.status is MessageStatus.ERROR and failed.attributes.status.is_known
    assert failed.attributes.segments == 0


@pytest.mark.parametrize(
    "value", ["enroute", "delivered", "expired", "undeliverable", "accepted", "unknown", "rejected"]
)
def test_every_documented_message_state_is_a_member(value: str) -> None:
    # "unknown" is a documented state of a delivery receipt, not an unknown value.
    state = MessageState(value)
    assert isinstance(state, MessageState) and state.is_known is True and state == value


def test_documented_message_statuses_are_members() -> None:
    assert [(s.value, s.is_known) for s in MessageStatus] == [("ok", True), ("error", True)]
    assert MessageStatus("ok") is MessageStatus.OK and YesNo(1) is YesNo.YES and YesNo.NO.is_known


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b"",
        b"null",
        b"{}",  # neither data nor errors
        b'{"errors": []}',  # no error in it, and no data
        b'{"data": "sent"}',
        b"[" + httpx.Response(200, json=MESSAGE).content + b"]",
        httpx.Response(200, json={"data": [MESSAGE, {"type": "message"}]}).content,
        httpx.Response(200, json={"data": {"type": "message", "attributes": {}}}).content,
    ],
    ids=[
        "html",
        "empty",
        "null",
        "neither",
        "empty-errors",
        "data-string",
        "top-level-array",
        "item-without-id",
        "no-id",
    ],
)
def test_malformed_success_body_is_a_typed_error(content: bytes) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        always(200, content=content).message.send(destination_number=A)
    assert caught.value.status_code == 200
    assert str(caught.value).startswith("POST /message: accepted by the server (HTTP 200)")
    assert str(caught.value).endswith("do not resend") and not leaks(str(caught.value))


@pytest.mark.parametrize(
    "data,read,field",
    [
        pytest.param({**MESSAGE, "id": 1561370632513}, lambda m: m.id, "Message.id", id="id-as-number"),
        pytest.param(
            {**MESSAGE, "attributes": {**MESSAGE["attributes"], "segments": "1"}},
            lambda m: m.attributes.segments,
            "MessageAttributes.segments",
            id="segments-as-string",
        ),
        pytest.param(
            {**MESSAGE, "attributes": ["segments", 1]},
            lambda m: m.attributes,
            "Message.attributes",
            id="attributes-as-list",
        ),
        pytest.param({**MESSAGE, "meta": "x"}, lambda m: m.meta, "Message.meta", id="meta-as-string"),
    ],
)
def test_a_value_of_the_wrong_type_fails_when_it_is_read(
    data: dict[str, Any], read: Callable[[Message], object], field: str
) -> None:
    good = {**MESSAGE, "meta": {"request_id": "r-1"}}
    first, second = always(200, json={"data": [good, data]}).message.send(destination_number=[A, B])
    assert read(first) is not None  # the rest of the answer stays usable
    with pytest.raises(MalformedResponseError) as caught:
        read(second)
    assert caught.value.field == field and f"(field {field})" in str(caught.value)
    assert "accepted by the server (HTTP 200)" in str(caught.value) and str(caught.value).endswith("do not resend")


@pytest.mark.parametrize(
    "errors,error,status",
    [
        pytest.param([AUTH_ERROR], AuthenticationError, 401, id="authentication"),
        pytest.param(
            [{"code": "invalid_parameter", "title": "Invalid parameter", "detail": "source_name: too long"}],
            BadRequestError,
            400,
            id="invalid-parameter",
        ),
    ],
)
def test_a_200_carrying_errors_is_the_typed_status_error(
    errors: list[dict[str, str]], error: type[APIStatusError], status: int
) -> None:
    with pytest.raises(error) as caught:
        always(200, json={"errors": errors}).message.send(destination_number=A)
    assert not isinstance(caught.value, MalformedResponseError)
    assert caught.value.status_code == status and caught.value.documented
    assert isinstance(caught.value.body, ErrorResponse) and caught.value.body.errors[0].code == errors[0]["code"]
    assert "HTTP 200 carrying an error" in str(caught.value) and errors[0]["title"] in str(caught.value)
    assert not leaks(str(caught.value))


def test_a_200_carrying_an_undocumented_error_code_is_still_a_status_error() -> None:
    body = {"errors": [{"code": "balance", "title": "Insufficient balance", "detail": "Top up"}]}
    with pytest.raises(APIStatusError) as caught:
        always(200, json=body).message.send(destination_number=A)
    assert "Insufficient balance" in str(caught.value) and caught.value.body is not None


def test_a_200_with_both_data_and_errors_is_an_error() -> None:
    # The spec forbids `errors` beside `data`: the errors win, nothing is taken as sent.
    with pytest.raises(AuthenticationError) as caught:
        always(200, json={"data": MESSAGE, "errors": [AUTH_ERROR]}).message.send(destination_number=A)
    assert "Authentication error" in str(caught.value)


@pytest.mark.parametrize(
    "status,content,error",
    [
        (400, b"<html>bad request</html>", BadRequestError),
        (401, b"{}", AuthenticationError),
        (401, httpx.Response(401, json={"data": MESSAGE}).content, AuthenticationError),
        (400, b'{"errors": [{"code": "invalid_parameter"}]}', BadRequestError),
        (400, b'{"errors": "invalid"}', BadRequestError),
        (400, b'{"errors": [{"code": "invalid_parameter"}', BadRequestError),
    ],
    ids=["html-400", "neither-401", "data-401", "incomplete-error", "errors-not-a-list", "truncated-json"],
)
def test_unparsable_error_body_keeps_the_typed_status_error(
    status: int, content: bytes, error: type[APIStatusError]
) -> None:
    with pytest.raises(error) as caught:
        always(status, content=content).message.send(destination_number=A)
    assert caught.value.status_code == status and caught.value.documented
    assert caught.value.content == content and not leaks(str(caught.value))
    assert str(caught.value).startswith(f"POST /message: HTTP {status}")


@pytest.mark.parametrize("status", [400, 401])
def test_error_status_with_both_data_and_errors_is_the_typed_error(status: int) -> None:
    with pytest.raises(APIStatusError) as caught:
        always(status, json={"data": MESSAGE, "errors": [AUTH_ERROR]}).message.send(destination_number=A)
    assert caught.value.status_code == status
    assert isinstance(caught.value.body, ErrorResponse)
    assert [e.code for e in caught.value.body.errors] == ["authentication"]


def test_jsonapi_media_type_is_parsed_too() -> None:
    content = httpx.Response(200, json={"data": [MESSAGE, MESSAGE]}).content
    client = always(200, content=content, headers={"content-type": "application/vnd.api+json"})
    result = client.message.send(destination_number=[A, A])
    assert [m.id for m in result] == ["1561370632513"] * 2


@pytest.mark.parametrize(
    "status,error",
    [
        (500, InternalServerError),
        (503, InternalServerError),
        (404, NotFoundError),
        (429, RateLimitError),
        (302, UnexpectedStatusError),
    ],
)
def test_undocumented_statuses_are_never_retried_for_a_send(status: int, error: type[APIStatusError]) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, text="<html>maintenance</html>")

    with pytest.raises(error) as caught:
        answering(answer).message.send(destination_number=A)
    assert caught.value.status_code == status and not caught.value.documented and caught.value.body is None
    assert caught.value.content == b"<html>maintenance</html>" and not leaks(str(caught.value))
    assert len(seen) == 1  # a retry could send the SMS twice


@pytest.mark.parametrize(
    "exception,error,reason",
    [
        (httpx.ConnectError, APIConnectionError, "could not connect"),
        (httpx.ReadTimeout, APITimeoutError, "the server did not answer in time (read timeout)"),
    ],
)
def test_transport_errors_do_not_repeat_the_url(
    exception: type[httpx.TransportError], error: type[APIConnectionError], reason: str
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exception(f"cannot reach {request.url}", request=request)  # the URL holds the credentials

    with pytest.raises(error) as caught:
        answering(fail).message.send(destination_number=A)
    assert str(caught.value) == f"POST /message: {reason}"
    assert not leaks(repr(caught.value)) and not leaks("".join(traceback.format_exception(caught.value)))


# -- credentials never shown ------------------------------------------------------------------------


def test_secrets_never_reach_logs_reprs_or_errors(
    secret_url: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG, logger="httpx")
    caplog.set_level(logging.DEBUG, logger="httpcore")
    caplog.set_level(logging.DEBUG, logger="typedsms_smartswitch")
    try:
        with Client(login=LOGIN, password=PASSWORD, base_url=secret_url) as client:
            result = client.message.send(destination_number=[A, B], body=["hi", "ho"], request_id="x")
            with pytest.raises(BadRequestError) as bad_request:
                client.message.send(destination_number=[A, B], body=["hi"])
        with (
            Client(login=LOGIN, password=WRONG_PASSWORD, base_url=secret_url) as wrong,
            pytest.raises(AuthenticationError) as unauthorized,
        ):
            wrong.message.send(destination_number=A)
        unreachable = Client(login=LOGIN, password=PASSWORD, base_url=f"http://127.0.0.1:{free_port()}")
        unreachable._sleep = lambda seconds: None
        with unreachable, pytest.raises(APIConnectionError) as refused:
            unreachable.message.send(destination_number=A)
    finally:
        root.removeHandler(handler)

    logged = stream.getvalue()
    captured = capsys.readouterr()
    shown = {
        "root handler": logged,
        "caplog": caplog.text,
        "stdout": captured.out,
        "stderr": captured.err,
        "repr(client)": repr(client),
        "repr(wrong client)": repr(wrong),
        "repr(result)": repr(result),
    }
    for name, caught in (("400", bad_request), ("401", unauthorized), ("connection", refused)):
        shown[f"str({name})"] = str(caught.value)
        shown[f"repr({name})"] = repr(caught.value)
        shown[f"traceback({name})"] = "".join(traceback.format_exception(caught.value))
    assert {name: leaks(text) for name, text in shown.items() if leaks(text)} == {}

    # The logs were really on, at DEBUG, and show the redacted credentials in httpx's request line.
    assert "httpcore.http11 DEBUG send_request_headers.started" in logged
    assert "httpcore.connection DEBUG connect_tcp.failed" in logged
    request_lines = [line for line in logged.splitlines() if line.startswith("httpx INFO HTTP Request: POST")]
    assert len(request_lines) == 3
    assert all("&_login=***&_password=***" in line for line in request_lines)
    assert '"HTTP/1.1 401 Unauthorized"' in request_lines[2]
    assert repr(client) == f"Client(base_url='{secret_url}', credentials=Credentials(login=***, password=***))"
    # The redaction did not strip what the logs are for: the rest of the URL is intact.
    assert f"destination_number={A}&destination_number={B}&body=hi&body=ho&request_id=x" in request_lines[0]
