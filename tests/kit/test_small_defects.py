"""Small defects of the stateful handlers: each input a client can send gets a 2xx or a 400, never a 500."""

from __future__ import annotations

import json

import pytest

from intercom_client.testing import FakeIntercom


def _fake_with_contact() -> tuple[FakeIntercom, dict[str, str], str]:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    body = {"email": "e@example.test", "custom_attributes": {"plan": "pro"}}
    created = fake.handle("POST", "/contacts", auth, json.dumps(body).encode())
    assert created.status == 200, created.body
    return fake, auth, created.json()["id"]


@pytest.mark.parametrize("created_at", [10**12 * 300, -(10**14), 2**63])
def test_an_event_dated_outside_the_datetime_range_is_a_400_and_the_list_still_works(created_at: int) -> None:
    fake, auth, contact_id = _fake_with_contact()
    body = {"event_name": "ordered", "id": contact_id, "created_at": created_at}
    answer = fake.handle("POST", "/events", auth, json.dumps(body).encode())
    assert answer.status == 400, answer.body
    assert json.loads(answer.body)["errors"][0]["field"] == "created_at"
    ok = {"event_name": "ordered", "id": contact_id, "created_at": 1_700_000_000}
    assert fake.handle("POST", "/events", auth, json.dumps(ok).encode()).status == 202
    listed = fake.handle("GET", f"/events?type=user&intercom_user_id={contact_id}", auth)
    assert listed.status == 200, listed.body
    assert fake.defects == []


def test_updating_a_contact_with_null_custom_attributes_changes_nothing() -> None:
    fake, auth, contact_id = _fake_with_contact()
    body = {"name": "Ed", "custom_attributes": None}
    answer = fake.handle("PUT", f"/contacts/{contact_id}", auth, json.dumps(body).encode())
    assert answer.status == 200, answer.body
    assert answer.json()["custom_attributes"] == {"plan": "pro"}
    assert answer.json()["name"] == "Ed"
    assert fake.defects == []


def test_a_ticket_number_is_never_reused_after_a_delete() -> None:
    fake, auth, contact_id = _fake_with_contact()

    def create() -> dict[str, str]:
        body = {"ticket_type_id": "1", "contacts": [{"id": contact_id}]}
        answer = fake.handle("POST", "/tickets", auth, json.dumps(body).encode())
        assert answer.status == 200, answer.body
        created: dict[str, str] = answer.json()
        return created

    first, second = create(), create()
    assert fake.handle("DELETE", f"/tickets/{first['id']}", auth).status == 200
    third = create()
    assert len({first["ticket_id"], second["ticket_id"], third["ticket_id"]}) == 3


@pytest.mark.parametrize(
    ("method", "target", "body"),
    [
        ("POST", "/events", {"event_name": "e", "id": None, "email": "e@example.test"}),
        ("POST", "/tickets", {"ticket_type_id": "1", "contacts": [{"id": None, "email": "e@example.test"}]}),
    ],
)
def test_a_contact_key_set_to_null_is_skipped(method: str, target: str, body: dict[str, object]) -> None:
    fake, auth, _ = _fake_with_contact()
    answer = fake.handle(method, target, auth, json.dumps(body).encode())
    assert answer.status < 300, answer.body


def test_a_deleted_tag_comes_off_the_contacts_conversations_and_tickets_that_carried_it() -> None:
    fake, auth, contact_id = _fake_with_contact()

    def call(method: str, path: str, body: object = None) -> dict[str, object]:
        answer = fake.handle(method, path, auth, json.dumps(body).encode() if body is not None else b"")
        assert answer.status == 200, (method, path, answer.body)
        result: dict[str, object] = answer.json()
        return result

    tag = call("POST", "/tags", {"name": "vip"})
    call("POST", f"/contacts/{contact_id}/tags", {"id": tag["id"]})
    message = {"from": {"type": "user", "id": contact_id}, "body": "hello"}
    conversation = call("POST", "/conversations", message)
    conversation_id = conversation.get("conversation_id") or conversation["id"]
    admin = fake.handle("GET", "/me", auth).json()["id"]
    call("POST", f"/conversations/{conversation_id}/tags", {"id": tag["id"], "admin_id": admin})
    ticket = call("POST", "/tickets", {"ticket_type_id": "1", "contacts": [{"id": contact_id}]})
    call("POST", f"/tickets/{ticket['id']}/tags", {"id": tag["id"], "admin_id": admin})
    by_tag = {"query": {"field": "tag_ids", "operator": "IN", "value": [tag["id"]]}}
    assert [t["id"] for t in call("POST", "/tickets/search", by_tag)["tickets"]] == [ticket["id"]]  # type: ignore[attr-defined]
    assert fake.handle("DELETE", f"/tags/{tag['id']}", auth).status == 200
    assert call("POST", "/tickets/search", by_tag)["tickets"] == []
    # Listing the contact's tags named a tag that no longer exists (a 404 for the whole list).
    assert call("GET", f"/contacts/{contact_id}/tags")["data"] == []
    contact = call("GET", f"/contacts/{contact_id}")
    assert contact["tags"] == {**contact["tags"], "data": [], "total_count": 0}  # type: ignore[dict-item]
    assert call("GET", f"/conversations/{conversation_id}")["tags"]["tags"] == []  # type: ignore[index]
    assert fake.defects == []


def test_a_deleted_contact_no_longer_counts_in_its_company_nor_its_segments() -> None:
    fake, auth, contact_id = _fake_with_contact()
    company = fake.handle(
        "POST", "/companies", auth, json.dumps({"company_id": "acme", "name": "Acme"}).encode()
    ).json()
    attached = fake.handle(
        "POST", f"/contacts/{contact_id}/companies", auth, json.dumps({"id": company["id"]}).encode()
    )
    assert attached.status == 200 and attached.json()["user_count"] == 1, attached.body
    assert fake.handle("DELETE", f"/contacts/{contact_id}", auth).status == 200
    after = fake.handle("GET", f"/companies/{company['id']}", auth).json()
    assert after["user_count"] == 0
    assert fake.defects == []
