"""Behaviour of the stateful areas beyond contacts, through the async client over the in-process transport."""

from __future__ import annotations

from typing import Any

import pytest

from intercom_client import BadRequestError, NotFoundError
from intercom_client.models import Company
from intercom_client.testing import FakeIntercom, FakeIntercomError


async def test_conversation_parts_state_and_assignees_follow_the_calls() -> None:
    fake = FakeIntercom()
    me = fake.me.id
    support = fake.teams.add(name="Support", admin_ids=[me])
    alice = fake.contacts.add(email="alice@example.com")
    async with fake.async_client() as client:
        message = await client.conversations.create(body={"from": {"type": "user", "id": alice.id}, "body": "Hi"})
        cid = message.conversation_id
        admin: dict[str, Any] = {"type": "admin", "admin_id": me}
        await client.conversations.reply(cid, body={"message_type": "note", **admin, "body": "VIP"})  # type: ignore[arg-type]
        await client.conversations.manage(cid, body={"message_type": "assignment", **admin, "assignee_id": support.id})  # type: ignore[arg-type]
        with pytest.raises(BadRequestError, match="future"):
            await client.conversations.manage(cid, body={"message_type": "snoozed", "admin_id": me, "snoozed_until": 1})
        await client.conversations.manage(
            cid, body={"message_type": "snoozed", "admin_id": me, "snoozed_until": 4_000_000_000}
        )
        snoozed = await client.conversations.retrieve(int(cid))
        reply = {"message_type": "comment", "type": "user", "intercom_user_id": alice.id, "body": "Still there?"}
        reopened = await client.conversations.reply(cid, body=reply)  # type: ignore[arg-type]
        with pytest.raises(BadRequestError, match="admin"):
            await client.conversations.reply(
                cid, body={"message_type": "comment", "type": "admin", "admin_id": "0", "body": "x"}
            )
        with pytest.raises(NotFoundError):
            await client.conversations.retrieve(999)
    assert (snoozed.state, snoozed.team_assignee_id, snoozed.snoozed_until) == (
        "snoozed",
        int(support.id),
        4_000_000_000,
    )
    assert reopened.state == "open" and reopened.snoozed_until is None
    parts = reopened.conversation_parts.conversation_parts  # type: ignore[union-attr]
    assert [p.part_type for p in parts] == ["note", "assignment", "snoozed", "comment"]  # type: ignore[union-attr]
    assert parts[-1].author.to_dict()["type"] == "user"  # type: ignore[index,union-attr]


async def test_conversation_search_reads_tags_contacts_and_nested_fields() -> None:
    fake = FakeIntercom()
    alice, bob = fake.contacts.add(email="alice@example.com"), fake.contacts.add(email="bob@example.com")
    vip = fake.tags.add("vip")
    first = fake.conversations.add(contact_id=alice.id, body="refund please")
    fake.conversations.add(contact_id=bob.id, body="hello")
    async with fake.async_client() as client:
        await client.tags.attach_to_conversation(first.id, body={"id": vip.id, "admin_id": fake.me.id})
        by_tag = await client.conversations.search(
            body={"query": {"field": "tag_ids", "operator": "IN", "value": [vip.id]}}
        )
        by_body = await client.conversations.search(
            body={"query": {"field": "source.body", "operator": "~", "value": "REFUND"}}
        )
        by_contact = await client.conversations.search(
            body={"query": {"field": "contact_ids", "operator": "=", "value": bob.id}}
        )
    assert [c.id for c in by_tag.items] == [first.id]
    assert [c.id for c in by_body.items] == [first.id]
    assert [c.contacts.contacts[0].id for c in by_contact.items] == [bob.id]  # type: ignore[union-attr,index]


async def test_companies_attach_detach_find_list_and_scroll() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    companies = [fake.companies.add(name=f"Co {i}", company_id=f"co-{i}") for i in range(20)]
    async with fake.async_client() as client:
        updated = await client.companies.create_or_update(body={"company_id": "co-3", "name": "Renamed", "plan": "pro"})
        await client.companies.attach_contact(alice.id, body={"id": companies[0].id})
        attached = [c.id async for c in client.companies.list_attached_contacts(companies[0].id)]
        of_alice = [c.id async for c in client.contacts.list_companies(alice.id)]
        await client.companies.detach_contact(alice.id, companies[0].id)
        after = [c.id async for c in client.contacts.list_companies(alice.id)]
        listed = [c.name async for c in client.companies.list(per_page=7)]
        scrolled = [c.id async for c in client.companies.scroll()]
        found = await client.companies.find(company_id="co-3")
    assert updated.id == companies[3].id and updated.name == "Renamed" and len(fake.companies) == 20
    assert (attached, of_alice, after) == ([alice.id], [companies[0].id], [])
    assert len(listed) == 20 and len(scrolled) == 20 == len(set(scrolled))
    assert isinstance(found, Company) and found.name == "Renamed"  # one company, as the API answers


async def test_tags_are_created_once_per_name_and_tag_contacts() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with fake.async_client() as client:
        first = await client.tags.create(body={"name": "vip"})
        again = await client.tags.create(body={"name": "vip"})
        await client.tags.attach_to_contact(alice.id, body={"id": first.id})
        on_alice = await client.contacts.list_tags(alice.id)
        tagged = await client.contacts.search(body={"query": {"field": "tag_id", "operator": "=", "value": first.id}})
    assert first.id == again.id and len(fake.tags) == 1
    assert [t.name for t in on_alice.data] == ["vip"]  # type: ignore[union-attr]
    assert [c.id for c in tagged.items] == [alice.id]


async def test_a_ticket_moves_through_its_states_and_keeps_its_parts() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with fake.async_client() as client:
        ticket = await client.tickets.create(body={"ticket_type_id": "7", "contacts": [{"email": alice.email}]})
        states = (await client.ticket_states.list()).data or []
        submitted = next(s for s in states if s.category == "submitted")  # type: ignore[union-attr]
        in_progress = next(s for s in states if s.category == "in_progress")  # type: ignore[union-attr]
        await client.tickets.update(ticket.id, body={"ticket_state_id": in_progress.id, "assignee_id": fake.me.id})
        with pytest.raises(BadRequestError, match="ticket_state_id"):
            await client.tickets.update(ticket.id, body={"ticket_state_id": "no-such-state"})
        with pytest.raises(BadRequestError, match="admin"):  # refused as a whole: the state does not change
            await client.tickets.update(ticket.id, body={"ticket_state_id": submitted.id, "assignee_id": "0"})
        await client.tickets.reply(
            ticket.id, body={"message_type": "note", "type": "admin", "admin_id": fake.me.id, "body": "Looking"}
        )
        found = await client.tickets.search(body={"query": {"field": "state", "operator": "=", "value": "in_progress"}})
        with pytest.raises(NotFoundError):
            await client.tickets.create(body={"ticket_type_id": "7", "contacts": [{"email": "nobody@example.com"}]})
    stored = fake.tickets.get(ticket.id)
    assert ticket.ticket_id == "1" and [t.id for t in found.items] == [ticket.id]
    assert stored.admin_assignee_id == int(fake.me.id)
    assert [p.part_type for p in stored.ticket_parts.ticket_parts] == ["note"]  # type: ignore[union-attr]


async def test_events_attributes_segments_subscriptions_and_custom_objects() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com", external_id="u-1")
    segment = fake.segments.add("VIPs", contact_ids=[alice.id])
    newsletter = fake.subscription_types.add("Newsletter")
    async with fake.async_client() as client:
        for when in (1_700_000_000, 1_700_000_100):
            await client.data_events.create(body={"event_name": "ordered", "user_id": "u-1", "created_at": when})
        with pytest.raises(NotFoundError):
            await client.data_events.create(body={"event_name": "ordered", "email": "nobody@example.com"})
        summary = await client.data_events.list(type_="user", intercom_user_id=alice.id)
        await client.data_attributes.create(body={"name": "tier", "model": "contact", "data_type": "string"})
        with pytest.raises(BadRequestError, match="already have"):
            await client.data_attributes.create(body={"name": "tier", "model": "contact", "data_type": "string"})
        segments = await client.contacts.list_segments(alice.id)
        await client.subscription_types.attach_to_contact(
            alice.id, body={"id": newsletter.id, "consent_type": "opt_in"}
        )
        subscriptions = await client.contacts.list_subscriptions(alice.id)
        await client.custom_object_instances.create(
            "Order", body={"external_id": "o-1", "custom_attributes": {"total": "5"}}
        )
        upserted = await client.custom_object_instances.create(
            "Order", body={"external_id": "o-1", "custom_attributes": {"paid": "yes"}}
        )
    events = summary.events or []
    assert [(e.name, e.count, e.first[:19], e.last[:19]) for e in events] == [  # type: ignore[union-attr,index]
        ("ordered", 2, "2023-11-14T22:13:20", "2023-11-14T22:15:00")
    ]
    assert any(a.get("full_name") == "custom_attributes.tier" for a in fake.state.objects["data_attributes"].values())
    assert [s.id for s in segments.data] == [segment.id]  # type: ignore[union-attr]
    assert [s.id for s in subscriptions.data] == [newsletter.id]  # type: ignore[union-attr]
    assert upserted.custom_attributes.to_dict() == {"total": "5", "paid": "yes"}  # type: ignore[union-attr]


def test_seeds_refuse_what_the_api_refuses_and_notify_nothing() -> None:
    fake = FakeIntercom()
    sent: list[bytes] = []
    fake.webhooks.subscribe(lambda body, headers: sent.append(body), secret="s")
    alice = fake.contacts.add(email="alice@example.com")
    with pytest.raises(FakeIntercomError, match="Not Found"):
        fake.conversations.add(contact_id="nobody", body="hi")
    with pytest.raises(FakeIntercomError, match="state"):
        fake.conversations.add(contact_id=alice.id, body="hi", state="pending")
    with pytest.raises(FakeIntercomError, match="no contacts"):
        fake.contacts.get("nobody")
    assert sent == [] and list(fake.webhooks.sent) == []
