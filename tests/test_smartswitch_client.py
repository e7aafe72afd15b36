"""The generated Smartswitch client against the Smartswitch mock: one message and several, every
argument, segments, the JSON:API errors as typed exceptions, the customer's own host, and the
credentials that travel in the URL yet never show in a log line, a repr or an error."""

import io
import logging
import os
import re
import subprocess
import sys
import traceback
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from typedsms_smartswitch import AuthenticatedClient, Client, Credentials, Server, errors
from typedsms_smartswitch.api.message import send_message
from typedsms_smartswitch.models import (
    Error,
    ErrorResponse,
    Message,
    MessageAttributes,
    MessageMeta,
    MessageResponse,
    MessageStatus,
    YesNo,
)
from typedsms_smartswitch.servers import ServerVariables
from typedsms_smartswitch.types import Unset

from mocks.core.auth import AcceptedCredentials
from mocks.registry import create_app

from .servers import free_port, serve

ROOT = Path(__file__).resolve().parent.parent
CREDENTIALS = Credentials(login="user", password="secret")  # what a default mock accepts
# Distinctive secrets for the leak tests: any occurrence of them in text is a leak, never a coincidence.
LOGIN, PASSWORD, WRONG_PASSWORD = "acme-login-7", "s3cr3t-Pa55", "wr0ng-Pa55-x"
SECRETS = {"login": LOGIN, "password": PASSWORD, "wrong password": WRONG_PASSWORD}
A, B, C = "12123388100", "12123388101", "12123388102"
MESSAGE_ID = re.compile(r"[1-9][0-9]{12}")


def leaks(text: str) -> list[str]:
    """The names of the secrets that ``text`` shows, as is or percent-encoded (never their values)."""
    return [name for name, value in SECRETS.items() if value in text or quote(value, safe="") in text]


def params_of(request: httpx.Request) -> list[tuple[str, str]]:
    """The request's query parameters in the order they are on the wire."""
    return request.url.params.multi_items()


def without_credentials(request: httpx.Request) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params_of(request) if k not in ("_login", "_password")]


@pytest.fixture
def smartswitch_app() -> Starlette:
    return create_app("smartswitch")


@pytest.fixture
def smartswitch_url(smartswitch_app: Starlette) -> Iterator[str]:
    with serve(smartswitch_app) as url:
        yield url


@pytest.fixture
def secret_url() -> Iterator[str]:
    """A mock that accepts only the distinctive LOGIN and PASSWORD."""
    with serve(create_app("smartswitch", AcceptedCredentials(username=LOGIN, password=PASSWORD))) as url:
        yield url


@pytest.fixture(scope="module")
def shared_client() -> Iterator[AuthenticatedClient]:
    """One mock for the parametrized checks whose answers do not depend on what was sent before."""
    with serve(create_app("smartswitch")) as url, AuthenticatedClient(credentials=CREDENTIALS, base_url=url) as client:
        yield client


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests the client sent, as they left it (credentials on)."""
    return []


@pytest.fixture
def client(smartswitch_url: str, sent: list[httpx.Request]) -> Iterator[AuthenticatedClient]:
    hooks = {"request": [sent.append]}
    with AuthenticatedClient(
        credentials=CREDENTIALS, base_url=smartswitch_url, httpx_args={"event_hooks": hooks}
    ) as client:
        yield client


@pytest_asyncio.fixture
async def async_client(smartswitch_app: Starlette, sent: list[httpx.Request]) -> AsyncIterator[AuthenticatedClient]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    transport = httpx.ASGITransport(app=smartswitch_app)
    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        base_url="http://mock",
        httpx_args={"transport": transport, "event_hooks": {"request": [record]}},
    )
    async with client:
        yield client


# -- one message and several, sync over loopback ------------------------------------------------


def test_one_message_answers_one_typed_object(client: AuthenticatedClient, sent: list[httpx.Request]) -> None:
    result = send_message.sync(client=client, destination_number=[A], body=["Your code is 1234"])
    assert isinstance(result, MessageResponse)
    message = result.data
    assert isinstance(message, Message)
    assert MESSAGE_ID.fullmatch(message.id) and message.type_ == "message"
    assert isinstance(message.attributes, MessageAttributes)
    assert message.attributes.destination_number == A
    assert message.attributes.segments == 1 and message.attributes.status is MessageStatus.OK
    assert isinstance(message.meta, Unset)  # no request_id given: no meta
    (request,) = sent
    assert request.method == "POST" and request.url.path == "/message" and request.content == b""
    assert without_credentials(request) == [("destination_number", A), ("body", "Your code is 1234")]


def test_several_messages_repeat_their_parameters_in_order(
    client: AuthenticatedClient, sent: list[httpx.Request]
) -> None:
    bodies = ["first", "a" * 161, "П" * 135]
    result = send_message.sync(
        client=client, destination_number=[A, B, C], body=bodies, require_dlr=[YesNo.YES, YesNo.YES, YesNo.NO]
    )
    (request,) = sent
    keys = [key for key, _ in params_of(request)]
    assert keys == [*["destination_number"] * 3, *["body"] * 3, *["require_dlr"] * 3, "_login", "_password"]
    assert request.url.params.get_list("destination_number") == [A, B, C]
    assert request.url.params.get_list("body") == bodies
    assert request.url.params.get_list("require_dlr") == ["1", "1", "0"]

    assert isinstance(result.data, list) and len(result.data) == 3
    assert all(isinstance(m, Message) and isinstance(m.attributes, MessageAttributes) for m in result.data)
    assert [m.attributes.destination_number for m in result.data] == [A, B, C]
    # The i-th body belongs to the i-th number: 1, 2 and 3 segments, in that order.
    assert [m.attributes.segments for m in result.data] == [1, 2, 3]
    assert all(m.attributes.status is MessageStatus.OK for m in result.data)
    ids = [m.id for m in result.data]
    assert len(set(ids)) == 3 and all(MESSAGE_ID.fullmatch(i) for i in ids)


def test_every_argument_of_the_doc_goes_on_the_wire(client: AuthenticatedClient, sent: list[httpx.Request]) -> None:
    result = send_message.sync(
        client=client,
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
    assert isinstance(result.data, Message)
    assert result.data.meta == MessageMeta(request_id="order-42/ä b&c")  # echoed unchanged
    assert result.data.attributes.segments == 1


def test_request_id_is_echoed_in_the_meta_of_every_message(client: AuthenticatedClient) -> None:
    result = send_message.sync(client=client, destination_number=[A, B], body=["one", "two"], request_id="batch-7")
    assert isinstance(result.data, list)
    assert [m.meta for m in result.data] == [MessageMeta(request_id="batch-7")] * 2
    without = send_message.sync(client=client, destination_number=[A, B])
    assert isinstance(without.data, list) and all(isinstance(m.meta, Unset) for m in without.data)


def test_stealth_ping_sends_one_segment_whatever_the_body(
    client: AuthenticatedClient, sent: list[httpx.Request]
) -> None:
    long_texts = ["a" * 500, "П" * 300]
    pinged = send_message.sync(client=client, destination_number=[A, B], body=long_texts, stealth_ping=YesNo.YES)
    assert sent[0].url.params["stealth_ping"] == "1"
    assert isinstance(pinged.data, list) and [m.attributes.segments for m in pinged.data] == [1, 1]
    # The same bodies without stealth_ping are counted (4 and 5 segments): stealth_ping made the difference.
    sent_normally = send_message.sync(client=client, destination_number=[A, B], body=long_texts)
    assert isinstance(sent_normally.data, list) and [m.attributes.segments for m in sent_normally.data] == [4, 5]
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
def test_segments_follow_gsm7_and_ucs2_rules(shared_client: AuthenticatedClient, text: str, segments: int) -> None:
    result = send_message.sync(client=shared_client, destination_number=[A], body=[text])
    assert isinstance(result.data, Message)
    assert result.data.attributes.segments == segments


def test_a_missing_body_is_one_segment(client: AuthenticatedClient, sent: list[httpx.Request]) -> None:
    result = send_message.sync(client=client, destination_number=[A, B])
    assert "body" not in sent[0].url.params
    assert isinstance(result.data, list) and [m.attributes.segments for m in result.data] == [1, 1]


def test_detailed_response_has_status_headers_and_content(client: AuthenticatedClient) -> None:
    response = send_message.sync_detailed(client=client, destination_number=[A])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.parsed.data, Message)
    assert f'"id":"{response.parsed.data.id}"'.encode() in response.content


def test_credentials_are_query_parameters_on_every_request(
    client: AuthenticatedClient, sent: list[httpx.Request]
) -> None:
    send_message.sync(client=client, destination_number=[A])
    send_message.sync(client=client, destination_number=[A, B], body=["x", "y"])
    with pytest.raises(errors.BadRequestError):
        send_message.sync(client=client, destination_number=[A, B], body=["x"])
    assert len(sent) == 3
    for request in sent:
        assert request.url.params.get_list("_login") == ["user"]
        assert request.url.params.get_list("_password") == ["secret"]
        assert [k for k, _ in params_of(request)][-2:] == ["_login", "_password"]
        assert "authorization" not in request.headers and b"secret" not in request.content
    # They are put on each request as it is sent, never stored in the client's defaults.
    httpx_client = client.get_httpx_client()
    assert not httpx_client.params and "secret" not in str(httpx_client.base_url)


# -- the customer's own host ----------------------------------------------------------------------


def test_the_host_is_the_customers_own() -> None:
    assert list(Server) == [Server.CUSTOMER] and Server.default() is Server.CUSTOMER
    assert Server.CUSTOMER.url({"server": "sms.acme.example"}) == "https://sms.acme.example/api"
    client = AuthenticatedClient(
        credentials=CREDENTIALS, server=Server.CUSTOMER, server_variables={"server": "sms.acme.example:8443"}
    )
    assert client.resolved_base_url() == "https://sms.acme.example:8443/api"
    assert str(client.get_httpx_client().base_url) == "https://sms.acme.example:8443/api/"


def test_requests_go_to_the_customers_host() -> None:
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        message = {"id": "1", "type": "message", "attributes": {"destination_number": A, "segments": 1, "status": "ok"}}
        return httpx.Response(200, json={"data": message})

    client = AuthenticatedClient(
        credentials=CREDENTIALS,
        server=Server.CUSTOMER,
        server_variables={"server": "sms.acme.example:8443"},
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    with client:
        send_message.sync(client=client, destination_number=[A])
    (url,) = seen
    assert (url.scheme, url.host, url.port, url.path) == ("https", "sms.acme.example", 8443, "/api/message")


def test_a_missing_server_variable_is_refused_not_defaulted_to_the_placeholder() -> None:
    # The spec's default (your.server.name) is only the docs' placeholder, and .name is a real
    # top-level domain: the credentials in the query must never go there by omission.
    for variables in (None, ServerVariables(), ServerVariables(server="")):
        with pytest.raises(ValueError, match=r"server CUSTOMER needs server_variables=\{'server': \.\.\.\}"):
            Server.CUSTOMER.url(variables)
    client = AuthenticatedClient(credentials=CREDENTIALS)
    with pytest.raises(ValueError, match="server_variables"):
        client.get_httpx_client()
    with pytest.raises(ValueError, match="server_variables"):
        AuthenticatedClient(credentials=CREDENTIALS, server_variables={"server": ""}).resolved_base_url()


def test_base_url_wins_over_the_server() -> None:
    client = AuthenticatedClient(
        credentials=CREDENTIALS, base_url="http://127.0.0.1:8080", server_variables={"server": "sms.acme.example"}
    )
    assert client.resolved_base_url() == "http://127.0.0.1:8080"


# -- JSON:API errors as typed exceptions ----------------------------------------------------------


def test_401_wrong_password_is_the_docs_error(smartswitch_url: str) -> None:
    wrong = AuthenticatedClient(
        credentials=Credentials(login="user", password=WRONG_PASSWORD), base_url=smartswitch_url
    )
    with wrong, pytest.raises(errors.AuthenticationError) as caught:
        send_message.sync(client=wrong, destination_number=[A])
    assert caught.value.status_code == 401 and caught.value.documented
    assert isinstance(caught.value.body, ErrorResponse)
    assert caught.value.body.errors == [
        Error(code="authentication", title="Authentication error", detail="Please check your login and password")
    ]
    assert not leaks(str(caught.value)) and not leaks(repr(caught.value)) and not leaks(repr(wrong))


def test_401_without_credentials_or_with_the_login_alone(smartswitch_url: str) -> None:
    for client in (
        Client(base_url=smartswitch_url),
        Client(base_url=smartswitch_url, httpx_args={"params": {"_login": "user"}}),
        Client(base_url=smartswitch_url, httpx_args={"params": {"_password": "secret"}}),
    ):
        with client, pytest.raises(errors.AuthenticationError) as caught:
            send_message.sync(client=client, destination_number=[A])
        assert caught.value.body is not None and caught.value.body.errors[0].code == "authentication"


def test_400_mismatched_repeat_counts(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        send_message.sync(
            client=client, destination_number=[A, B], body=["only one"], require_dlr=[YesNo.YES, YesNo.NO, YesNo.YES]
        )
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
        pytest.param({"destination_number": ["+12123388100"]}, "destination_number[0]", id="number-with-plus"),
        pytest.param({"destination_number": [A, "0212338810"]}, "destination_number[1]", id="second-number-with-0"),
        pytest.param({"destination_number": ["123456"]}, "destination_number[0]", id="number-too-short"),
        pytest.param({"destination_number": [A], "source_name": "Twelve chars"}, "source_name", id="name-too-long"),
        pytest.param({"destination_number": [A], "source_name": "Åcme"}, "source_name", id="name-not-ascii"),
        pytest.param({"destination_number": [A], "source_name": ""}, "source_name", id="name-empty"),
        pytest.param({"destination_number": [A], "source_number": "+12123388199"}, "source_number", id="source-plus"),
        pytest.param({"destination_number": [A], "request_id": ""}, "request_id", id="request-id-empty"),
    ],
)
def test_400_invalid_arguments_name_the_parameter(
    shared_client: AuthenticatedClient, arguments: dict[str, Any], parameter: str
) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        send_message.sync(client=shared_client, **arguments)
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, ErrorResponse) and len(caught.value.body.errors) == 1
    (error,) = caught.value.body.errors
    assert error.code == "invalid_parameter" and error.title == "Invalid parameter"
    assert error.detail.startswith(f"{parameter}: ")


def test_errors_are_one_hierarchy() -> None:
    for cls in (errors.BadRequestError, errors.AuthenticationError, errors.InternalServerError):
        assert issubclass(cls, errors.ApiStatusError) and issubclass(cls, errors.ApiError)
    assert issubclass(errors.MalformedResponseError, errors.ApiError)
    assert not issubclass(errors.MalformedResponseError, errors.ApiStatusError)
    assert issubclass(errors.ApiTimeoutError, errors.ApiConnectionError)


# -- async, in-process ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_one_and_several(async_client: AuthenticatedClient, sent: list[httpx.Request]) -> None:
    one = await send_message.asyncio(client=async_client, destination_number=[A], body=["П" * 71], request_id="r1")
    assert isinstance(one.data, Message) and one.data.attributes.segments == 2
    assert one.data.meta == MessageMeta(request_id="r1")
    several = await send_message.asyncio_detailed(
        client=async_client, destination_number=[A, B], body=["x", "y"], require_dlr=[YesNo.NO, YesNo.YES]
    )
    assert several.status_code == 200
    assert isinstance(several.parsed.data, list) and all(isinstance(m, Message) for m in several.parsed.data)
    assert [m.attributes.destination_number for m in several.parsed.data] == [A, B]
    assert sent[1].url.params.get_list("require_dlr") == ["0", "1"]
    for request in sent:
        assert request.url.params.get_list("_login") == ["user"]
        assert request.url.params.get_list("_password") == ["secret"]


@pytest.mark.asyncio
async def test_async_errors(smartswitch_app: Starlette, async_client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as bad:
        await send_message.asyncio(client=async_client, destination_number=[A], require_dlr=[YesNo.YES, YesNo.NO])
    assert bad.value.body is not None and bad.value.body.errors[0].code == "parameter_count"
    wrong = AuthenticatedClient(
        credentials=Credentials(login="user", password=WRONG_PASSWORD),
        base_url="http://mock",
        httpx_args={"transport": httpx.ASGITransport(app=smartswitch_app)},
    )
    async with wrong:
        with pytest.raises(errors.AuthenticationError) as caught:
            await send_message.asyncio(client=wrong, destination_number=[A])
    assert caught.value.body is not None and caught.value.body.errors[0].code == "authentication"
    assert not leaks(str(caught.value))


# -- malformed and undocumented answers ----------------------------------------------------------

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


def _client_answering(status: int, **response: Any) -> AuthenticatedClient:
    """A client whose every request is answered ``httpx.Response(status, **response)``."""
    transport = httpx.MockTransport(lambda request: httpx.Response(status, **response))
    return AuthenticatedClient(
        credentials=Credentials(login=LOGIN, password=PASSWORD),
        base_url="http://vendor",
        httpx_args={"transport": transport},
    )


def test_an_unknown_status_value_is_kept_and_readable() -> None:
    # Vendors add values: "sent" is not in the spec's ok/error, yet the answer stays readable.
    body = {"data": {**MESSAGE, "attributes": {**MESSAGE["attributes"], "status": "sent"}}}
    result = send_message.sync(client=_client_answering(200, json=body), destination_number=[A])
    assert isinstance(result.data, Message)
    assert result.data.attributes.status.is_known is False and result.data.attributes.status.value == "sent"
    assert result.to_dict() == body


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b"",
        b"null",
        b"{}",  # neither data nor errors
        b'{"errors": [{"code": "authentication", "title": "Authentication error", "detail": "Please check"}]}',
        b'{"data": "sent"}',
        b"[" + httpx.Response(200, json=MESSAGE).content + b"]",
        httpx.Response(200, json={"data": {**MESSAGE, "type": "sms"}}).content,
        httpx.Response(200, json={"data": {**MESSAGE, "attributes": {"segments": 1, "status": "ok"}}}).content,
        httpx.Response(200, json={"data": [MESSAGE, {"id": "2"}]}).content,
        httpx.Response(
            200, json={"data": {**MESSAGE, "attributes": {**MESSAGE["attributes"], "segments": "1"}}}
        ).content,
        httpx.Response(200, json={"data": {**MESSAGE, "id": 1561370632513}}).content,
    ],
    ids=[
        "html",
        "empty",
        "null",
        "neither",
        "errors-only",
        "data-string",
        "top-level-array",
        "wrong-type",
        "no-number",
        "incomplete-item",
        "segments-as-string",
        "id-as-number",
    ],
)
def test_malformed_success_body_is_a_typed_error(content: bytes) -> None:
    client = _client_answering(200, content=content)
    with pytest.raises(errors.MalformedResponseError) as caught:
        send_message.sync(client=client, destination_number=[A])
    assert caught.value.status_code == 200 and caught.value.content == content
    assert caught.value.path == "/message" and not leaks(str(caught.value))
    # The parsing error is kept as the cause, wrapped: it never escapes as KeyError or TypeError.
    assert isinstance(caught.value.cause, KeyError | TypeError | ValueError)
    assert caught.value.__cause__ is caught.value.cause


@pytest.mark.parametrize(
    "status,content,error",
    [
        (400, b"<html>bad request</html>", errors.BadRequestError),
        (401, b"{}", errors.AuthenticationError),
        (401, httpx.Response(401, json={"data": MESSAGE}).content, errors.AuthenticationError),
        (400, b'{"errors": [{"code": "invalid_parameter"}]}', errors.BadRequestError),
        (400, b'{"errors": "invalid"}', errors.BadRequestError),
    ],
    ids=["html-400", "neither-401", "data-401", "incomplete-error", "errors-not-a-list"],
)
def test_unparsable_error_body_keeps_the_typed_status_error(
    status: int, content: bytes, error: type[errors.ApiStatusError]
) -> None:
    with pytest.raises(error) as caught:
        send_message.sync(client=_client_answering(status, content=content), destination_number=[A])
    assert caught.value.status_code == status and caught.value.documented
    assert caught.value.body is None and caught.value.content == content
    assert not leaks(str(caught.value))


@pytest.mark.parametrize("status,error", [(400, errors.BadRequestError), (401, errors.AuthenticationError)])
def test_error_status_with_both_data_and_errors_is_the_typed_error(
    status: int, error: type[errors.ApiStatusError]
) -> None:
    client = _client_answering(status, json={"data": MESSAGE, "errors": [AUTH_ERROR]})
    with pytest.raises(error) as caught:
        send_message.sync(client=client, destination_number=[A])
    assert isinstance(caught.value.body, ErrorResponse)
    assert [e.code for e in caught.value.body.errors] == ["authentication"]


def test_200_with_both_data_and_errors_is_refused() -> None:
    # The spec forbids `errors` beside `data` (MessageResponse has `not: required: [errors]`).
    client = _client_answering(200, json={"data": MESSAGE, "errors": [AUTH_ERROR]})
    with pytest.raises(errors.MalformedResponseError, match="unexpected errors"):
        send_message.sync(client=client, destination_number=[A])


def test_jsonapi_media_type_is_parsed_too() -> None:
    content = httpx.Response(200, json={"data": [MESSAGE, MESSAGE]}).content
    client = _client_answering(200, content=content, headers={"content-type": "application/vnd.api+json"})
    result = send_message.sync(client=client, destination_number=[A, A])
    assert isinstance(result.data, list) and [m.id for m in result.data] == ["1561370632513"] * 2


@pytest.mark.parametrize(
    "status,error",
    [
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (302, errors.UnexpectedStatusError),
    ],
)
def test_undocumented_statuses(status: int, error: type[errors.ApiStatusError]) -> None:
    client = _client_answering(status, text="<html>maintenance</html>")
    with pytest.raises(error) as caught:
        send_message.sync(client=client, destination_number=[A])
    assert caught.value.status_code == status and not caught.value.documented and caught.value.body is None
    assert "maintenance" in str(caught.value) and not leaks(str(caught.value))


@pytest.mark.parametrize(
    "exception,error",
    [(httpx.ConnectError, errors.ApiConnectionError), (httpx.ReadTimeout, errors.ApiTimeoutError)],
)
def test_transport_errors_do_not_repeat_the_url(exception: type[httpx.TransportError], error: type[Exception]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exception(f"cannot reach {request.url}", request=request)  # the URL holds the credentials

    client = AuthenticatedClient(
        credentials=Credentials(login=LOGIN, password=PASSWORD),
        base_url="http://vendor",
        httpx_args={"transport": httpx.MockTransport(fail)},
    )
    with pytest.raises(error) as caught:
        send_message.sync(client=client, destination_number=[A])
    assert str(caught.value) == f"POST /message: {exception.__name__}"
    assert not leaks(repr(caught.value))


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
    try:
        credentials = Credentials(login=LOGIN, password=PASSWORD)
        client = AuthenticatedClient(credentials=credentials, base_url=secret_url)
        with client:
            result = send_message.sync(client=client, destination_number=[A, B], body=["hi", "ho"], request_id="x")
            with pytest.raises(errors.BadRequestError) as bad_request:
                send_message.sync(client=client, destination_number=[A, B], body=["hi"])
        wrong = AuthenticatedClient(credentials=Credentials(login=LOGIN, password=WRONG_PASSWORD), base_url=secret_url)
        with wrong, pytest.raises(errors.AuthenticationError) as unauthorized:
            send_message.sync(client=wrong, destination_number=[A])
        unreachable = AuthenticatedClient(credentials=credentials, base_url=f"http://127.0.0.1:{free_port()}")
        with unreachable, pytest.raises(errors.ApiConnectionError) as refused:
            send_message.sync(client=unreachable, destination_number=[A])
    finally:
        root.removeHandler(handler)

    logged = stream.getvalue()
    captured = capsys.readouterr()
    shown = {
        "root handler": logged,
        "caplog": caplog.text,
        "stdout": captured.out,
        "stderr": captured.err,
        "repr(credentials)": repr(credentials),
        "str(credentials)": str(credentials),
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
    assert "_password=***" in caplog.text
    assert repr(credentials) == "Credentials(login='***', password='***')"
    # The redaction did not strip what the logs are for: the rest of the URL is intact.
    assert f"destination_number={A}&destination_number={B}&body=hi&body=ho&request_id=x" in request_lines[0]


# -- the README ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password,expected",
    [(PASSWORD, "MessageResponse(data=[Message(id='"), (WRONG_PASSWORD, "failed: 401 ErrorResponse(errors=[Error(")],
    ids=["sent", "refused"],
)
def test_readme_example_runs_against_the_mock(secret_url: str, password: str, expected: str) -> None:
    readme = (ROOT / "clients" / "smartswitch" / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code is not None
    example = code.group(1).replace("server=Server.CUSTOMER", f"base_url={secret_url!r}")
    assert example != code.group(1)
    env = {**os.environ, "SMARTSWITCH_LOGIN": LOGIN, "SMARTSWITCH_PASSWORD": password, "SMARTSWITCH_SERVER": "unused"}
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(expected)
    assert not leaks(result.stdout) and not leaks(result.stderr)
    if password == PASSWORD:
        assert f"destination_number='{A}'" in result.stdout and f"destination_number='{B}'" in result.stdout
    else:
        assert "code='authentication'" in result.stdout
