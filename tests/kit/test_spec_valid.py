"""Every answer the fake gives is valid against the normalised spec's response schema for its operation.

The operations it does not model answer their row of the generated operations table; the stateful ones
are driven through a scenario that calls each of them (the test fails when a stateful operation is
missing from it), and each answer, errors included, is checked against the schema the spec documents
for that operation and status.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from codegen.spec import iter_operations, resolve
from intercom_client.generated.operations_table import OPERATIONS
from intercom_client.testing import FakeIntercom
from intercom_client.testing._handlers import HANDLERS

from ..conftest import SUMMARY_LINES, needs_spec
from ..spec_examples import schema_errors

# FakeIntercom answers in the pinned spec's shapes (an older spec lacks companies.search, types
# Ticket.admin_assignee_id as a string): checked against the pinned spec only
pytestmark = [needs_spec, pytest.mark.pinned]


def _schemas(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(method.upper(), path): operation for path, method, operation in iter_operations(spec)}


def check(spec: dict[str, Any], operations: dict[tuple[str, str], Any], op: Any, status: int, body: bytes) -> list[str]:
    """Why an answer of ``op`` does not fit the spec (empty when it does)."""
    documented = (operations[(op.method, op.path)].get("responses") or {}).get(str(status))
    if documented is None and status >= 400:  # an error the spec does not list for this operation: the Error schema
        documented = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/error"}}}}
    if documented is None:
        return [f"{op.method} {op.path}: status {status} is not documented"]
    media = (resolve(spec, documented).get("content") or {}).get("application/json")
    if media is None:
        return (
            []
            if not body or op.content_type != "application/json"
            else [f"{op.method} {op.path}: a body where none is documented"]
        )
    return [
        f"{op.resource}.{op.name} {status} {e}"
        for e in schema_errors(spec, media.get("schema", {}), json.loads(body), request=False)
    ]


PLACEHOLDERS = {
    "NOTE": "notes",
    "ATTRIBUTE": "data_attributes",
    "INSTANCE": "custom_object_instances",
    "ARTICLE": "articles",
}
"""Ids the scenario cannot know in advance: the newest object of that kind when the call is made."""


def scenario(fake: FakeIntercom) -> list[tuple[str, str, str, dict[str, Any] | None]]:
    """(operation, method, target, body) calls that reach every stateful operation, in an order that works."""
    alice = fake.contacts.add(email="alice@example.com", name="Alice", external_id="ext-1")
    bob = fake.contacts.add(email="bob@example.com", role="lead")
    company = fake.companies.add(name="Acme", company_id="acme")
    tag = fake.tags.add("vip")
    conv = fake.conversations.add(contact_id=alice.id, body="Hello")
    team = fake.teams.add(name="Support", admin_ids=[fake.me.id])
    me = fake.me.id
    ticket = fake.tickets.add(ticket_type_id="1", contact_ids=[bob.id])
    segment = fake.segments.add("VIPs", contact_ids=[alice.id])
    newsletter = fake.subscription_types.add("Newsletter")
    t = ticket.id
    query = {"query": {"field": "created_at", "operator": ">", "value": 0}, "pagination": {"per_page": 1}}
    a, c = alice.id, conv.id
    return [
        ("admins.identify", "GET", "/me", None),
        ("admins.list", "GET", "/admins", None),
        ("admins.retrieve", "GET", f"/admins/{me}", None),
        ("teams.list", "GET", "/teams", None),
        ("teams.retrieve", "GET", f"/teams/{team.id}", None),
        ("contacts.create", "POST", "/contacts", {"email": "carol@example.com", "custom_attributes": {"plan": "pro"}}),
        ("contacts.create", "POST", "/contacts", {"email": "alice@example.com"}),
        ("contacts.retrieve", "GET", f"/contacts/{a}", None),
        ("contacts.retrieve", "GET", "/contacts/nope", None),
        ("contacts.retrieve_by_external_id", "GET", "/contacts/find_by_external_id/ext-1", None),
        ("contacts.update", "PUT", f"/contacts/{a}", {"name": "Alice L."}),
        ("contacts.list", "GET", "/contacts?per_page=1", None),
        ("contacts.search", "POST", "/contacts/search", query),
        ("contacts.search", "POST", "/contacts/search", {"query": {"field": "x", "operator": "LIKE", "value": 1}}),
        ("tags.create", "POST", "/tags", {"name": "billing"}),
        ("tags.list", "GET", "/tags", None),
        ("tags.retrieve", "GET", f"/tags/{tag.id}", None),
        ("tags.attach_to_contact", "POST", f"/contacts/{a}/tags", {"id": tag.id}),
        ("contacts.list_tags", "GET", f"/contacts/{a}/tags", None),
        ("tags.detach_from_contact", "DELETE", f"/contacts/{a}/tags/{tag.id}", None),
        ("companies.create_or_update", "POST", "/companies", {"company_id": "globex", "name": "Globex", "plan": "pro"}),
        ("companies.retrieve", "GET", f"/companies/{company.id}", None),
        ("companies.update", "PUT", f"/companies/{company.id}", {"name": "Acme Inc"}),
        ("companies.find", "GET", "/companies?company_id=acme", None),
        ("companies.list", "POST", "/companies/list?per_page=1", None),
        ("companies.scroll", "GET", "/companies/scroll", None),
        ("companies.search", "POST", "/companies/search", query),
        ("companies.attach_contact", "POST", f"/contacts/{a}/companies", {"id": company.id}),
        ("contacts.list_companies", "GET", f"/contacts/{a}/companies", None),
        ("companies.list_attached_contacts", "GET", f"/companies/{company.id}/contacts", None),
        ("companies.detach_contact", "DELETE", f"/contacts/{a}/companies/{company.id}", None),
        ("notes.create", "POST", f"/contacts/{a}/notes", {"body": "VIP", "admin_id": me}),
        ("notes.list", "GET", f"/contacts/{a}/notes", None),
        ("notes.retrieve", "GET", "/notes/NOTE", None),
        ("conversations.create", "POST", "/conversations", {"from": {"type": "user", "id": a}, "body": "Hi"}),
        ("conversations.retrieve", "GET", f"/conversations/{c}", None),
        ("conversations.list", "GET", "/conversations?per_page=1", None),
        ("conversations.search", "POST", "/conversations/search", query),
        (
            "conversations.reply",
            "POST",
            f"/conversations/{c}/reply",
            {"message_type": "comment", "type": "admin", "admin_id": me, "body": "Hi"},
        ),
        (
            "conversations.reply",
            "POST",
            f"/conversations/{c}/reply",
            {"message_type": "comment", "type": "user", "intercom_user_id": a, "body": "Thanks"},
        ),
        (
            "conversations.manage",
            "POST",
            f"/conversations/{c}/parts",
            {"message_type": "assignment", "type": "admin", "admin_id": me, "assignee_id": me},
        ),
        (
            "conversations.manage",
            "POST",
            f"/conversations/{c}/parts",
            {"message_type": "snoozed", "admin_id": me, "snoozed_until": 4_000_000_000},
        ),
        ("conversations.manage", "POST", f"/conversations/{c}/parts", {"message_type": "open", "admin_id": me}),
        (
            "conversations.manage",
            "POST",
            f"/conversations/{c}/parts",
            {"message_type": "close", "type": "admin", "admin_id": me},
        ),
        ("conversations.update", "PUT", f"/conversations/{c}", {"read": True}),
        ("tags.attach_to_conversation", "POST", f"/conversations/{c}/tags", {"id": tag.id, "admin_id": me}),
        ("tags.detach_from_conversation", "DELETE", f"/conversations/{c}/tags/{tag.id}", {"admin_id": me}),
        ("conversations.delete", "DELETE", f"/conversations/{c}", None),
        ("tickets.create", "POST", "/tickets", {"ticket_type_id": "1", "contacts": [{"email": "alice@example.com"}]}),
        ("tickets.retrieve", "GET", f"/tickets/{t}", None),
        ("tickets.update", "PUT", f"/tickets/{t}", {"ticket_state_id": "8270", "assignee_id": me}),
        (
            "tickets.reply",
            "POST",
            f"/tickets/{t}/reply",
            {"message_type": "comment", "type": "admin", "admin_id": me, "body": "On it"},
        ),
        ("tickets.search", "POST", "/tickets/search", query),
        ("tags.attach_to_ticket", "POST", f"/tickets/{t}/tags", {"id": tag.id, "admin_id": me}),
        ("tags.detach_from_ticket", "DELETE", f"/tickets/{t}/tags/{tag.id}", {"admin_id": me}),
        ("tickets.delete", "DELETE", f"/tickets/{t}", None),
        ("data_events.create", "POST", "/events", {"event_name": "ordered", "id": a, "metadata": {"n": 1}}),
        ("data_events.list", "GET", f"/events?type=user&intercom_user_id={a}", None),
        (
            "data_attributes.create",
            "POST",
            "/data_attributes",
            {"name": "tier", "model": "contact", "data_type": "string"},
        ),
        ("data_attributes.list", "GET", "/data_attributes?model=contact", None),
        ("data_attributes.update", "PUT", "/data_attributes/ATTRIBUTE", {"archived": True}),
        ("segments.list", "GET", "/segments", None),
        ("segments.retrieve", "GET", f"/segments/{segment.id}", None),
        ("contacts.list_segments", "GET", f"/contacts/{a}/segments", None),
        ("subscription_types.list", "GET", "/subscription_types", None),
        (
            "subscription_types.attach_to_contact",
            "POST",
            f"/contacts/{a}/subscriptions",
            {"id": newsletter.id, "consent_type": "opt_in"},
        ),
        ("contacts.list_subscriptions", "GET", f"/contacts/{a}/subscriptions", None),
        ("subscription_types.detach_from_contact", "DELETE", f"/contacts/{a}/subscriptions/{newsletter.id}", None),
        (
            "custom_object_instances.create",
            "POST",
            "/custom_object_instances/Order",
            {"external_id": "o1", "custom_attributes": {"total": "9.99"}},
        ),
        ("custom_object_instances.list", "GET", "/custom_object_instances/Order", None),
        ("custom_object_instances.retrieve", "GET", "/custom_object_instances/Order/INSTANCE", None),
        (
            "custom_object_instances.delete_by_external_id",
            "DELETE",
            "/custom_object_instances/Order?external_id=o1",
            None,
        ),
        ("custom_object_instances.create", "POST", "/custom_object_instances/Order", {"external_id": "o2"}),
        ("custom_object_instances.delete", "DELETE", "/custom_object_instances/Order/INSTANCE", None),
        ("articles.create", "POST", "/articles", {"title": "Refunds", "author_id": int(me), "body": "<p>How</p>"}),
        ("articles.retrieve", "GET", "/articles/ARTICLE", None),
        ("articles.update", "PUT", "/articles/ARTICLE", {"state": "published"}),
        ("articles.list", "GET", "/articles", None),
        ("articles.delete", "DELETE", "/articles/ARTICLE", None),
        ("contacts.archive", "POST", f"/contacts/{bob.id}/archive", None),
        ("contacts.unarchive", "POST", f"/contacts/{bob.id}/unarchive", None),
        ("tags.delete", "DELETE", f"/tags/{tag.id}", None),
        ("companies.delete", "DELETE", f"/companies/{company.id}", None),
        ("contacts.delete", "DELETE", f"/contacts/{bob.id}", None),
    ]


def test_every_answer_of_the_fake_is_valid_against_the_spec(normalised_spec: dict[str, Any]) -> None:
    operations = _schemas(normalised_spec)
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    by_key = {f"{op.resource}.{op.name}": op for op in OPERATIONS}
    problems: list[str] = []
    reached: set[str] = set()
    for key, method, target, body in scenario(fake):
        for placeholder, kind in PLACEHOLDERS.items():
            if placeholder in target:
                target = target.replace(placeholder, list(fake.state.objects[kind])[-1])
        answer = fake.handle(method, target, auth, json.dumps(body).encode() if body is not None else b"")
        assert fake.requests[-1].operation == key, target
        reached.add(key)
        problems += check(normalised_spec, operations, by_key[key], answer.status, answer.body)
    assert sorted(set(HANDLERS) - reached) == []  # the scenario reaches every stateful operation
    fake.fail_next("contacts.list", status=429, retry_after=1)
    fake.rate_limit(1)
    for headers in (auth, {"Authorization": "Bearer wrong"}, auth, auth):  # a fault, a bad token, the budget
        answer = fake.handle("GET", "/contacts", headers)
        problems += check(normalised_spec, operations, by_key["contacts.list"], answer.status, answer.body)
    assert [r.operation for r in fake.requests[-4:]] == ["contacts.list"] * 4
    fake.rate_limit(None)
    for op in OPERATIONS:
        key = f"{op.resource}.{op.name}"
        if key in HANDLERS:
            continue
        target = op.path.replace("{", "").replace("}", "")  # any value of each path parameter
        answer = fake.handle(op.method, target, auth, b"{}")
        assert (fake.requests[-1].operation, answer.status) == (key, op.status), target
        problems += check(normalised_spec, operations, op, answer.status, answer.body)
    assert problems == [], "\n".join(problems)
    SUMMARY_LINES.append(
        f"fake: {len(OPERATIONS) - len({p.split(' ')[0] for p in problems})}/{len(OPERATIONS)} operations answer"
        f" spec-valid responses, {len(HANDLERS)} stateful"
    )
