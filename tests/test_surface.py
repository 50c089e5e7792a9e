"""The resource surface's behaviour: bodies as dicts, per-call options, raw responses, request_json, sync twin.

Requests are answered by pytest-httpx (what was sent is inspected exactly); the Prism mock checks that
a dict body becomes a request the API accepts.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from intercom_client import (
    APIStatusError,
    AsyncIntercom,
    Intercom,
    NotFoundError,
    RawResponse,
    RequestBodyError,
    ResponseDecodingError,
)
from intercom_client._resource import request_body
from intercom_client.models import AdminReplyConversationRequest, Contact, Conversation, Tag

from .operations import path_of

BASE_URL = "http://127.0.0.1:9"
CONTACT = {"type": "contact", "id": "c1", "email": "ada@example.com", "role": "user", "workspace_id": "w"}
CONVERSATION = {"type": "conversation", "id": "7", "created_at": 1, "updated_at": 2}


@pytest.fixture
async def client() -> AsyncIterator[AsyncIntercom]:
    async with AsyncIntercom(token="test-token", base_url=BASE_URL, max_retries=2) as c:
        yield c


@pytest.fixture
def sync_client() -> Iterator[Intercom]:
    with Intercom(token="test-token", base_url=BASE_URL, max_retries=0) as c:
        yield c


def sent_json(request: httpx.Request) -> object:
    return json.loads(request.content)


async def test_retrieve_takes_the_path_parameter_positionally(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE_URL}/contacts/c%201", json={**CONTACT, "id": "c 1"})
    contact = await client.contacts.retrieve("c 1")
    assert isinstance(contact, Contact) and contact.id == "c 1"


async def test_a_dict_body_becomes_the_model_with_its_discriminator_filled_in(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=CONVERSATION)
    conversation = await client.conversations.reply(
        "7", body={"message_type": "comment", "admin_id": "991", "body": "Hello"}
    )
    assert isinstance(conversation, Conversation)
    request = httpx_mock.get_request()
    assert request is not None and request.url.path == "/conversations/7/reply"
    assert sent_json(request) == {"message_type": "comment", "admin_id": "991", "body": "Hello", "type": "admin"}


def test_a_request_model_fills_in_its_discriminator() -> None:
    reply = AdminReplyConversationRequest(admin_id="991", message_type="comment", body="Hi")
    assert reply.to_dict()["type"] == "admin"


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"bdy": "x"}, "bdy", r"CreateNoteBody has no field 'bdy' \(did you mean 'body'\?\)"),
        ({"admin_id": "1"}, "body", "CreateNoteBody needs the field 'body'"),
    ],
)
async def test_a_dict_body_that_does_not_fit_is_a_typed_error_before_sending(
    client: AsyncIntercom, httpx_mock: HTTPXMock, body: dict[str, str], field: str, message: str
) -> None:
    # POST /contacts/{id}/notes has one body model, {body, admin_id?}: its error is raised as is.
    with pytest.raises(RequestBodyError, match=message) as caught:
        await client.notes.create("c1", body=body)  # type: ignore[arg-type, typeddict-unknown-key]
    assert isinstance(caught.value, TypeError)
    assert caught.value.field == field and caught.value.model == "CreateNoteBody"
    assert httpx_mock.get_requests() == []  # nothing was sent


def test_a_discriminator_with_another_value_is_refused() -> None:
    with pytest.raises(RequestBodyError, match=r"AdminReplyConversationRequest.type must be 'admin', got 'bot'"):
        request_body({"message_type": "comment", "admin_id": "1", "type": "bot"}, AdminReplyConversationRequest)


async def test_a_union_body_dict_that_fits_no_variant_names_them_all(client: AsyncIntercom) -> None:
    with pytest.raises(RequestBodyError, match="fits none of") as caught:
        await client.conversations.reply("7", body={"message_type": "comment", "bdy": "x"})
    assert "AdminReplyConversationRequest has no field 'bdy'" in str(caught.value)
    with pytest.raises(RequestBodyError, match=r"must be .* or a dict of its fields, got str"):
        await client.contacts.create(body="ada@example.com")  # type: ignore[arg-type]


async def test_per_call_options_reach_the_request(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=CONVERSATION)
    await client.conversations.reply(
        "7",
        body={"message_type": "note", "admin_id": "991", "body": "Hi"},
        intercom_version="2.11",
        extra_headers={"X-Trace": "t1"},
        extra_query={"dry_run": "1"},
        extra_body={"new_field": True},
        timeout=3.0,
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-Trace"] == "t1" and request.headers["Intercom-Version"] == "2.11"
    assert request.url.params["dry_run"] == "1"
    assert sent_json(request) == {
        "message_type": "note",
        "admin_id": "991",
        "body": "Hi",
        "type": "admin",
        "new_field": True,
    }
    assert request.extensions["timeout"]["read"] == 3.0


async def test_max_retries_per_call(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=404, json={"type": "error.list", "errors": [{"code": "not_found"}]})
    with pytest.raises(NotFoundError):
        await client.contacts.retrieve("gone", max_retries=0)
    assert len(httpx_mock.get_requests()) == 1
    assert client.max_retries == 2  # the client itself is unchanged


async def test_per_call_timeout_and_retries_copy_no_client(
    client: AsyncIntercom, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A call's own timeout and retries ride on the request (client.request's timeout=/max_retries=): the
    # client is never copied for them, and the client's own settings are left as they are.
    def no_copy(*args: object, **kwargs: object) -> None:
        raise AssertionError("a per-call option copied the client")

    monkeypatch.setattr(type(client), "with_options", no_copy)
    unavailable = {"status_code": 503, "json": {"type": "error.list", "errors": [{"code": "service_unavailable"}]}}
    for _ in range(3):
        httpx_mock.add_response(**unavailable)  # type: ignore[arg-type]
    httpx_mock.add_response(json={"type": "tag", "id": "5", "name": "vip"})
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = record
    tag = await client.tags.retrieve("5", max_retries=3, timeout=2.5)  # 3 retries where the client has 2
    assert tag.name == "vip" and len(sleeps) == 3
    assert [r.extensions["timeout"]["read"] for r in httpx_mock.get_requests()] == [2.5] * 4
    httpx_mock.add_response(**unavailable)  # type: ignore[arg-type]
    with pytest.raises(APIStatusError):
        await client.tags.retrieve("5", max_retries=0)
    assert len(httpx_mock.get_requests()) == 5 and len(sleeps) == 3
    httpx_mock.add_response(json={"type": "list", "data": [], "pages": {"type": "pages", "total_pages": 1}})
    assert [c async for c in client.contacts.list(timeout=4.0, max_retries=0)] == []
    assert httpx_mock.get_requests()[-1].extensions["timeout"]["read"] == 4.0
    assert client.max_retries == 2 and client.timeout != 2.5


async def test_each_request_names_its_operation(
    client: AsyncIntercom, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    # The operation's name and path template ride on the request (_operation.py): spans, metrics and log
    # records read them there, for a plain call and for every page of a paginator alike.
    from intercom_client._operation import OPERATION

    httpx_mock.add_response(json=CONTACT)
    httpx_mock.add_response(json={"type": "list", "data": [CONTACT], "pages": {"type": "pages", "total_pages": 1}})
    caplog.set_level("DEBUG", logger="intercom_client")
    await client.contacts.retrieve("c1")
    assert [c.id async for c in client.contacts.list()] == ["c1"]
    retrieve, listing = httpx_mock.get_requests()
    assert retrieve.extensions[OPERATION] == ("contacts.retrieve", path_of("contacts", "retrieve"))
    assert listing.extensions[OPERATION] == ("contacts.list", "/contacts")
    attempts = [r for r in caplog.records if r.name == "intercom_client"]  # one record per attempt
    assert [getattr(r, "operation", None) for r in attempts] == ["contacts.retrieve", "contacts.list"]
    httpx_mock.add_response(json={"ok": True})
    caplog.clear()
    await client.request("GET", "/me")
    assert [getattr(r, "operation", "absent") for r in caplog.records if r.name == "intercom_client"] == [None]


async def test_with_raw_response(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"type": "tag", "id": "5", "name": "vip"},
        headers={"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "999", "X-RateLimit-Reset": "1700000000"},
    )
    raw = await client.tags.with_raw_response.retrieve("5")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["X-RateLimit-Limit"] == "1000"
    assert raw.rate_limit is not None and raw.rate_limit.remaining == 999
    assert raw.parsed.name == "vip"
    assert not hasattr(client.contacts.with_raw_response, "list")  # paginated: use .pages()


async def test_request_json_for_an_endpoint_the_spec_lacks(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE_URL}/some/new/endpoint?page=2", json={"type": "list", "data": []})
    assert await client.request_json("GET", "/some/new/endpoint", params={"page": 2}) == {"type": "list", "data": []}
    request = httpx_mock.get_request()
    assert request is not None and request.headers["Authorization"] == "Bearer test-token"
    httpx_mock.add_response(status_code=404, json={"type": "error.list", "errors": [{"code": "not_found"}]})
    with pytest.raises(NotFoundError):
        await client.request_json("DELETE", "/some/new/endpoint/1", max_retries=0)
    httpx_mock.add_response(text="<html>")
    with pytest.raises(ResponseDecodingError, match="not JSON"):
        await client.request_json("POST", "/some/new/endpoint", json={"a": 1})
    httpx_mock.add_response(status_code=204)
    assert await client.request_json("POST", "/some/new/endpoint") is None


def test_the_sync_twin(sync_client: Intercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"type": "tag", "id": "5", "name": "vip"})
    tag = sync_client.tags.attach_to_contact("c1", body={"id": "5"})
    assert isinstance(tag, Tag) and tag.name == "vip"
    request = httpx_mock.get_request()
    assert request is not None and sent_json(request) == {"id": "5"}
    httpx_mock.add_response(json=CONTACT)
    raw = sync_client.contacts.with_raw_response.retrieve("c1")
    assert raw.status_code == 200 and raw.parsed.email == "ada@example.com"
    httpx_mock.add_response(json={"ok": True})
    assert sync_client.request_json("GET", "/x") == {"ok": True}


async def test_a_dict_body_is_accepted_by_the_mock(mock_url: str) -> None:
    async with AsyncIntercom(token="test-token", base_url=mock_url, max_retries=0) as client:
        conversation = await client.conversations.reply(
            "123", body={"message_type": "comment", "admin_id": "991", "body": "Hello"}
        )
        assert conversation.id
        ticket = await client.tickets.create(
            body={"ticket_type_id": "1234", "contacts": [{"id": "6762f0d51bb69f9f2193bb7f"}]}
        )
        assert ticket.id
