"""The decoding policy through the client: lenient by default, strict on request, reported at DEBUG.

And the mechanics behind it: nested values decoded on first read, issues recorded where they are
found, scalar checks run by ``decoding_issues``.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from intercom_client import AsyncIntercom, Intercom, ResponseDecodingError, decoding_issues
from intercom_client._decoding import LazyField, Pending
from intercom_client.models import Call, CallWithTranscript, Contact, ContactList, ContactLocation

BASE = "http://127.0.0.1:9"
CONTACT: dict[str, Any] = {
    "type": "contact",
    "id": "c1",
    "workspace_id": "w",
    "role": "user",
    "created_at": 1,
    "updated_at": 2,
    "email": "a@example.com",
    "custom_attributes": {},  # always sent (openapi/corrections.yaml)
    "location": {"type": "location", "country": "France", "city": "Paris"},
}


def _page(*contacts: dict[str, Any]) -> dict[str, Any]:
    return {"type": "list", "data": list(contacts), "total_count": len(contacts)}


async def test_by_default_an_odd_value_is_kept_and_the_rest_decoded(httpx_mock: HTTPXMock) -> None:
    odd = {**CONTACT, "id": "c2", "location": "Paris", "name": {"first": "Ada"}}
    httpx_mock.add_response(url=f"{BASE}/contacts", json=_page(CONTACT, odd))
    async with AsyncIntercom(token="tok", base_url=BASE) as client:
        page = (await client.contacts.list()).parsed
    assert [contact.id for contact in page.data or []] == ["c1", "c2"]
    first, second = page.data or []
    assert isinstance(first.location, ContactLocation) and first.location.city == "Paris"
    assert second.location == "Paris" and second.name == {"first": "Ada"}
    assert sorted(issue.path for issue in decoding_issues(page)) == [
        ("data", 1, "location"),
        ("data", 1, "name"),
    ]


def test_strict_mode_raises_with_the_field_path(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/contacts/c1", json={**CONTACT, "location": "Paris"})
    with (
        Intercom(token="tok", base_url=BASE, strict_decoding=True) as client,
        pytest.raises(ResponseDecodingError) as caught,
    ):
        client.contacts.retrieve("c1")
    assert caught.value.path == ("location",)
    assert "expected object" in str(caught.value) and caught.value.response is not None


async def test_strict_mode_per_call_through_with_options(httpx_mock: HTTPXMock) -> None:
    for _ in range(2):
        httpx_mock.add_response(url=f"{BASE}/contacts/c1", json={**CONTACT, "email": ["a", "b"]})
    async with AsyncIntercom(token="tok", base_url=BASE) as client:
        kept = await client.contacts.retrieve("c1")
        assert kept.email == ["a", "b"]
        with pytest.raises(ResponseDecodingError, match=r"Contact\.email: expected string"):
            await client.with_options(strict_decoding=True).contacts.retrieve("c1")


def test_a_body_of_the_wrong_top_level_kind_fails_the_call(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/contacts/c1", json=["not", "a", "contact"])
    with Intercom(token="tok", base_url=BASE) as client, pytest.raises(ResponseDecodingError, match="expected object"):
        client.contacts.retrieve("c1")


def test_mismatches_are_logged_once_per_field_path_at_debug(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    odd = [{**CONTACT, "id": f"c{i}", "location": "Paris"} for i in range(5)]
    httpx_mock.add_response(url=f"{BASE}/contacts", json=_page(*odd))
    with caplog.at_level(logging.DEBUG, logger="intercom_client.decoding"), Intercom(token="tok", base_url=BASE) as c:
        c.contacts.list().first_page()
    records = [r for r in caplog.records if r.name == "intercom_client.decoding"]
    assert len(records) == 1
    assert records[0].field_path == ("data", "[]", "location") and records[0].count == 5  # type: ignore[attr-defined]
    assert "tok" not in records[0].getMessage()


def test_nested_values_of_received_models_are_decoded_on_first_read() -> None:
    assert isinstance(Contact.__dict__["location"], LazyField)
    contact = Contact.from_dict({**CONTACT, "tags": {"type": "list", "data": [{"type": "tag", "id": "7"}]}})
    assert contact.__dict__["location"] == CONTACT["location"]  # not decoded yet: as it came
    assert contact.location is not None and contact.location.country == "France"
    assert isinstance(contact.__dict__["location"], ContactLocation)  # decoded once, kept
    assert contact.location is contact.location
    contact.location = None
    assert contact.location is None
    assert contact.tags is not None and contact.tags.data is not None
    assert isinstance(contact.tags.__dict__["data"], list) and contact.tags.data[0].id == "7"


def test_a_nested_value_of_another_shape_waits_pending_and_is_kept_with_an_issue() -> None:
    contact = Contact.from_dict({**CONTACT, "location": "Paris"})
    assert isinstance(contact.__dict__["location"], Pending)
    assert contact.location == "Paris"
    assert [issue.path for issue in decoding_issues(contact)] == [("location",)]
    assert decoding_issues(contact) == decoding_issues(contact)  # reading again adds nothing


def test_an_issue_found_on_first_read_is_recorded_on_the_model() -> None:
    contact = Contact.from_dict(
        {**CONTACT, "tags": {"type": "list", "data": ["not-a-tag", {"type": "tag", "id": "7"}]}}
    )
    assert contact.tags is not None and contact.tags.data is not None
    assert contact.tags.data[0] == "not-a-tag" and contact.tags.data[1].id == "7"
    assert [issue.path for issue in decoding_issues(contact)] == [("tags", "data", 0)]


def test_a_subclass_shares_its_base_lazy_fields_and_is_the_base() -> None:
    call = CallWithTranscript.from_dict({"type": "call", "id": "9", "transcript": [], "transcript_status": "done"})
    assert isinstance(call, Call) and call.id == "9" and call.transcript_status == "done"
    assert call.to_dict() == {"type": "call", "id": "9", "transcript": [], "transcript_status": "done"}


def test_a_missing_required_field_reads_none_with_an_issue() -> None:
    body = {key: value for key, value in CONTACT.items() if key != "workspace_id"}
    contact = Contact.from_dict(body)
    assert contact.workspace_id is None  # type: ignore[comparison-overlap]  # the API broke its contract
    assert [(issue.path, issue.reason) for issue in decoding_issues(contact)] == [
        (("workspace_id",), "required field is missing")
    ]


def test_equal_models_compare_equal_whether_or_not_nested_values_were_read() -> None:
    one, two = ContactList.from_dict(_page(CONTACT)), ContactList.from_dict(_page(CONTACT))
    assert (one.data or [])[0].location is not None
    assert one == two
