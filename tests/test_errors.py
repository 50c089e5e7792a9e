"""The typed errors: each status's class, Intercom's error list, transport failures, undecodable bodies,
and that the access token never shows in a client's repr, an error, or a log record."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from intercom_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncIntercom,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    Intercom,
    IntercomError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseDecodingError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from intercom_client._exceptions import error_for_response
from tests.test_client_support import KINDS, TOKEN, Harnesses, find_get_operation

NOT_FOUND = {
    "type": "error.list",
    "request_id": "r1",
    "errors": [{"code": "not_found", "message": "Contact Not Found"}],
}

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (599, InternalServerError),
    (402, APIStatusError),
    (410, APIStatusError),
    (418, APIStatusError),
]


@pytest.fixture(params=KINDS)
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Harnesses]:
    harnesses = Harnesses(request.param)
    yield harnesses
    await harnesses.close_all()


def chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every error it was raised from or during."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def assert_no_token(error: BaseException) -> None:
    for link in chain(error):
        assert TOKEN not in str(link), f"token in str({type(link).__name__})"
        assert TOKEN not in repr(link), f"token in repr({type(link).__name__})"
        assert TOKEN not in repr(link.args)


# -- mapping -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_for_response_maps_each_status(status: int, cls: type[APIStatusError]) -> None:
    error = error_for_response(httpx.Response(status, json=NOT_FOUND))
    assert type(error) is cls
    assert error.status_code == status


@pytest.mark.parametrize("status", [204, 304])
def test_undocumented_non_error_status_is_unexpected(status: int) -> None:
    assert type(error_for_response(httpx.Response(status))) is UnexpectedStatusError


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308, 399])
def test_a_redirect_status_is_a_redirect_error(status: int) -> None:
    error = error_for_response(httpx.Response(status, headers={"Location": "https://example.com/x"}))
    assert type(error) is RedirectError and isinstance(error, UnexpectedStatusError)
    assert error.location == "https://example.com/x"


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_client_raises_each_status_class(
    make: Harnesses, httpx_mock: HTTPXMock, status: int, cls: type[APIStatusError]
) -> None:
    httpx_mock.add_response(status_code=status, json=NOT_FOUND)
    with pytest.raises(cls) as caught:
        await make(max_retries=0).request("GET", "/contacts/c1")
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/contacts/c1"


async def test_error_list_is_parsed(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=404, json=NOT_FOUND)
    with pytest.raises(NotFoundError) as caught:
        await make().request("GET", "/contacts/c1")
    error = caught.value
    assert error.errors[0].code == "not_found"
    assert error.errors[0].message == "Contact Not Found"
    assert error.errors == [ErrorDetail("not_found", "Contact Not Found")]
    assert error.request_id == "r1"
    assert error.body == NOT_FOUND
    assert str(error) == "404 Not Found (GET /contacts/c1): not_found: Contact Not Found [request_id=r1]"


async def test_error_fields_and_several_errors(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    body = {
        "type": "error.list",
        "errors": [
            {"code": "parameter_invalid", "message": "Email is invalid", "field": "email"},
            {"code": "parameter_missing", "message": "Name is required"},
        ],
    }
    httpx_mock.add_response(status_code=422, json=body, headers={"X-Request-Id": "hdr-7"})
    with pytest.raises(UnprocessableEntityError) as caught:
        await make().request("POST", "/contacts", json={})
    assert [(e.code, e.field) for e in caught.value.errors] == [
        ("parameter_invalid", "email"),
        ("parameter_missing", None),
    ]
    assert caught.value.request_id == "hdr-7"  # the header, as the body has none
    assert "parameter_invalid: Email is invalid (field email)" in str(caught.value)


async def test_non_json_error_body(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=502, text="<html><body>Bad gateway</body></html>")
    with pytest.raises(InternalServerError) as caught:
        await make(max_retries=0).request("GET", "/contacts")
    assert caught.value.errors == []
    assert caught.value.body == "<html><body>Bad gateway</body></html>"
    assert caught.value.request_id is None
    assert str(caught.value) == "502 Bad Gateway (GET /contacts): Bad gateway"  # the page's words, without the markup
    assert caught.value.message == "Bad gateway"
    assert caught.value.first_error is None


async def test_empty_and_odd_json_error_bodies(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400)
    httpx_mock.add_response(status_code=400, json=["not", "an", "object"])
    httpx_mock.add_response(status_code=400, json={"errors": [{"code": 12}, "junk"]})
    client = make()
    bodies = []
    for _ in range(3):
        with pytest.raises(BadRequestError) as caught:
            await client.request("GET", "/contacts")
        bodies.append((caught.value.body, caught.value.errors))
    assert bodies == [
        (None, []),
        (["not", "an", "object"], []),
        ({"errors": [{"code": 12}, "junk"]}, [ErrorDetail("12", None)]),
    ]


async def test_rate_limit_error_carries_retry_after(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "12"})
    httpx_mock.add_response(status_code=429, headers={"X-RateLimit-Reset": str(int(time.time()) + 9)})
    httpx_mock.add_response(status_code=429)
    client = make(max_retries=0)
    retry_afters = []
    for _ in range(3):
        with pytest.raises(RateLimitError) as caught:
            await client.request("GET", "/contacts")
        retry_afters.append(caught.value.retry_after)
    assert retry_afters[0] == 12.0
    assert retry_afters[1] is not None
    assert 7.0 <= retry_afters[1] <= 9.5
    assert retry_afters[2] is None


def test_hierarchy() -> None:
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, APIStatusError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIError, IntercomError)
    assert issubclass(ResponseDecodingError, IntercomError)
    assert issubclass(ConfigurationError, IntercomError)
    assert issubclass(ConfigurationError, ValueError)


# -- transport failures --------------------------------------------------------------------------


async def test_connect_error_becomes_api_connection_error(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    original = httpx.ConnectError("[Errno 111] Connection refused")
    httpx_mock.add_exception(original)
    with pytest.raises(APIConnectionError) as caught:
        await make(max_retries=0).request("GET", "/contacts")
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value, IntercomError)
    assert caught.value.__cause__ is original
    assert "Connection refused" in str(caught.value)
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/contacts"


async def test_read_timeout_becomes_api_timeout_error(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    original = httpx.ReadTimeout("timed out")
    httpx_mock.add_exception(original)
    with pytest.raises(APITimeoutError) as caught:
        await make(max_retries=0).request("GET", "/contacts")
    assert isinstance(caught.value, IntercomError)
    assert caught.value.__cause__ is original
    assert str(caught.value) == "request timed out: GET /contacts (timed out)"


async def test_invalid_json_from_a_generated_operation_is_a_decoding_error(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    operation = find_get_operation(decodes_json=True)
    httpx_mock.add_response(status_code=200, content=b'{"type": "admin.list", "admins": [', is_reusable=True)
    with pytest.raises(ResponseDecodingError) as caught:
        await make().call(operation)
    assert "not valid JSON" in str(caught.value)
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200
    assert len(httpx_mock.get_requests()) == 1  # a success status is not retried, however bad its body


# -- the token never leaks -----------------------------------------------------------------------


def test_token_not_in_client_repr() -> None:
    for client in (AsyncIntercom(token=TOKEN), Intercom(token=TOKEN, region="eu")):
        assert TOKEN not in repr(client)
        assert TOKEN not in str(client)
        assert TOKEN not in repr(client.with_options(version="2.10"))


def test_token_not_in_configuration_errors() -> None:
    for options in ({"region": "mars"}, {"base_url": "http://example.test"}, {"max_retries": -2}):
        with pytest.raises(ConfigurationError) as caught:
            Intercom(token=TOKEN, **options)
        assert_no_token(caught.value)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(401, json={"type": "error.list", "errors": [{"code": "unauthorized", "message": "Bad token"}]}),
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.Response(200, content=b"{not json"),
    ],
    ids=["401", "429", "connect", "timeout", "bad-json"],
)
async def test_token_not_in_raised_errors(make: Harnesses, httpx_mock: HTTPXMock, failure: object) -> None:
    if isinstance(failure, httpx.Response):
        httpx_mock.add_response(status_code=failure.status_code, headers=failure.headers, content=failure.content)
    else:
        assert isinstance(failure, Exception)
        httpx_mock.add_exception(failure)
    with pytest.raises(IntercomError) as caught:
        await make(max_retries=0).call(find_get_operation(decodes_json=True))
    assert_no_token(caught.value)


async def test_token_not_in_debug_logs_of_a_retried_request(
    make: Harnesses, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "0"})
    httpx_mock.add_response(status_code=401, json={"type": "error.list", "errors": [{"code": "unauthorized"}]})
    with pytest.raises(AuthenticationError):
        await make(max_retries=3).request("GET", "/contacts", params={"page": 2})
    records = [r for r in caplog.records if r.name == "intercom_client"]
    assert len(records) == 4
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in repr(vars(record))
    assert TOKEN not in caplog.text


# -- what the server said, kept; access that cannot raise ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "message", "text"),
    [
        (b"", "Unprocessable Entity", "422 Unprocessable Entity"),
        (b"null", "Unprocessable Entity", "422 Unprocessable Entity"),
        (b"[]", "[]", "422 Unprocessable Entity: []"),
        (b'{"errors": []}', '{"errors": []}', '422 Unprocessable Entity: {"errors": []}'),
        (b'{"error": "email is taken"}', "email is taken", "422 Unprocessable Entity: error: email is taken"),
        (
            b"plain words\n  on two lines",
            "plain words on two lines",
            "422 Unprocessable Entity: plain words on two lines",
        ),
        (b"\xff\xfe not utf-8", "\ufffd\ufffd not utf-8", "422 Unprocessable Entity: \ufffd\ufffd not utf-8"),
        (b"x" * 500, "x" * 197 + "...", "422 Unprocessable Entity: " + "x" * 197 + "..."),
    ],
    ids=["empty", "null", "list", "empty-errors", "error-string", "text", "bad-utf8", "long"],
)
def test_first_error_and_message_never_raise(body: bytes, message: str, text: str) -> None:
    error = error_for_response(httpx.Response(422, content=body))
    assert error.first_error is None or error.first_error.message == "email is taken"
    assert error.message == message
    assert str(error) == text


def test_the_message_keeps_the_error_list_and_the_request_id() -> None:
    body = {
        "type": "error.list",
        "request_id": "req-1",
        "errors": [{"code": "parameter_invalid", "message": "Email is invalid", "field": "email"}],
    }
    error = error_for_response(httpx.Response(422, json=body))
    assert (
        str(error) == "422 Unprocessable Entity: parameter_invalid: Email is invalid (field email) [request_id=req-1]"
    )
    assert error.first_error == ErrorDetail("parameter_invalid", "Email is invalid", "email")
    assert error.message == "Email is invalid"


def test_a_secret_the_body_repeats_is_redacted() -> None:
    response = httpx.Response(400, text=f'{{"message": "bad token Bearer {TOKEN}"}}')
    error = error_for_response(response, redact=(TOKEN,))
    assert TOKEN not in str(error) and TOKEN not in repr(error.body) and TOKEN not in error.message
    assert error.message == "bad token Bearer [secure]"


@pytest.mark.parametrize("status", [299, 600, 799, 102])
def test_statuses_outside_4xx_and_5xx_are_unexpected(status: int) -> None:
    assert type(error_for_response(httpx.Response(status))) is UnexpectedStatusError


async def test_an_unregistered_success_status_is_an_unexpected_status_error(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=299, json={"type": "admin"})
    with pytest.raises(UnexpectedStatusError) as caught:
        await make().request("GET", "/me")
    assert caught.value.status_code == 299
    assert len(httpx_mock.get_requests()) == 1


async def test_a_body_that_is_not_the_gzip_it_claims_is_a_decoding_error(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"not gzip", headers={"Content-Encoding": "gzip"})
    with pytest.raises(ResponseDecodingError, match="Content-Encoding"):
        await make().request("GET", "/me")
    assert len(httpx_mock.get_requests()) == 1  # the same bytes would come again: not retried
