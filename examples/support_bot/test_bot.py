"""The support bot's tests, written only against the testing kit (FakeIntercom and its pytest fixture).

Each runs three ways: the async client over the in-process transport, the aiohttp backend against the
fake served on 127.0.0.1, and the sync client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from intercom_client import AsyncIntercom, Intercom
from intercom_client.testing import FakeIntercom
from intercom_client.webhooks import SIGNATURE_HEADER, construct_event

from .bot import ACK, BILLING_REPLY, SupportBot

MODES = ("in-process", "server+aiohttp", "sync")


@pytest.fixture(params=MODES)
async def client(
    request: pytest.FixtureRequest, intercom_fake: FakeIntercom
) -> AsyncIterator[AsyncIntercom | Intercom]:
    if request.param == "in-process":
        async with intercom_fake.async_client() as async_client:
            yield async_client
    elif request.param == "server+aiohttp":
        with intercom_fake.serve() as server:
            async with AsyncIntercom(
                base_url=server.url, token=intercom_fake.token, http_backend="aiohttp"
            ) as async_client:
                yield async_client
    else:
        with intercom_fake.client() as sync_client:
            yield sync_client


def parts(fake: FakeIntercom, conversation_id: str) -> list[tuple[str, str]]:
    conversation = fake.conversations.get(conversation_id)
    assert conversation.conversation_parts is not None
    return [(p.part_type or "", p.body or "") for p in conversation.conversation_parts.conversation_parts or []]


async def test_billing_questions_are_tagged_answered_and_assigned(intercom_fake: FakeIntercom, client: Any) -> None:
    billing = intercom_fake.teams.add(name="Billing", admin_ids=[intercom_fake.me.id])
    alice = intercom_fake.contacts.add(email="alice@example.com")
    question = intercom_fake.conversations.add(contact_id=alice.id, body="I was charged twice, please refund")
    hello = intercom_fake.conversations.add(contact_id=alice.id, body="How do I export my data?")
    thanks = intercom_fake.conversations.add(contact_id=alice.id, body="Thanks!")
    intercom_fake.conversations.add(contact_id=alice.id, body="An old one", state="closed")

    handled = await SupportBot(client, intercom_fake.me.id, billing_team_id=billing.id).triage()

    assert handled == 3
    billed = intercom_fake.conversations.get(question.id)
    assert [t.name for t in billed.tags.tags] == ["billing"]  # type: ignore[union-attr]
    assert billed.team_assignee_id == int(billing.id)
    assert parts(intercom_fake, question.id) == [("comment", f"<p>{BILLING_REPLY}</p>"), ("assignment", "")]
    assert parts(intercom_fake, hello.id) == [("comment", f"<p>{ACK}</p>")]
    assert intercom_fake.conversations.get(thanks.id).state == "closed"
    assert len(intercom_fake.calls("conversations.search")) == 1


async def test_a_second_pass_leaves_answered_conversations_alone(intercom_fake: FakeIntercom, client: Any) -> None:
    alice = intercom_fake.contacts.add(email="alice@example.com")
    intercom_fake.conversations.add(contact_id=alice.id, body="Hello?")
    intercom_fake.conversations.add(contact_id=alice.id, body="Assigned already", admin_assignee_id=intercom_fake.me.id)
    bot = SupportBot(client, intercom_fake.me.id)
    assert await bot.triage() == 1
    assert await bot.triage() == 1  # still open and unassigned: the bot answers again, as it is written
    assert len(intercom_fake.calls("conversations.reply")) == 2


async def test_the_bot_reacts_to_the_signed_webhook_of_a_new_conversation(
    intercom_fake: FakeIntercom, client: Any
) -> None:
    alice = intercom_fake.contacts.add(email="alice@example.com")
    bot = SupportBot(client, intercom_fake.me.id)
    received: list[Any] = []

    def receive(body: bytes, headers: dict[str, str]) -> None:  # what a web endpoint of the bot does
        received.append(construct_event(body, headers[SIGNATURE_HEADER], "client-secret", max_age=60))

    intercom_fake.webhooks.subscribe(receive, secret="client-secret")
    async with intercom_fake.async_client() as customer_side:
        await customer_side.conversations.create(
            body={"from": {"type": "user", "id": alice.id}, "body": "Where is my invoice?"}
        )
    assert [n.topic for n in received] == ["conversation.user.created"]
    await bot.on_notification(received[0])
    conversation_id = bot.handled[0]
    assert [t.name for t in intercom_fake.conversations.get(conversation_id).tags.tags] == ["billing"]  # type: ignore[union-attr]
