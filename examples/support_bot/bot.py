"""A small support bot: triage open conversations, answer, tag, close; react to Intercom's webhooks.

    python -m examples.support_bot.bot          # one triage pass (INTERCOM_ACCESS_TOKEN, or the fake)

What it does on each open conversation nobody has answered yet:

- a conversation already assigned (to an admin or a team) is left alone;
- a message about billing (``invoice``, ``refund``, ``charge``) is tagged ``billing`` and assigned to
  the billing team, with a reply saying so;
- a message that only says thanks is closed with a note;
- anything else gets the acknowledgement reply.

It works with either client (``AsyncIntercom`` or ``Intercom``): each call's result is awaited only
when it is awaitable, so the logic is written once. Its tests (``test_bot.py``) run it against
``intercom_client.testing.FakeIntercom``, in process, over a real server with the aiohttp backend,
and with the sync client.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from dataclasses import dataclass, field
from typing import Any

from intercom_client import AsyncIntercom, Intercom
from intercom_client.models import (
    AdminReplyConversationRequestDict,
    AssignConversationRequestDict,
    CloseConversationRequestDict,
    Conversation,
    Tag,
)
from intercom_client.webhooks import Notification

BILLING = re.compile(r"\b(invoice|refund|charge[ds]?|billing)\b", re.I)
THANKS = re.compile(r"^\W*(thanks|thank you|thx)\W*$", re.I)
ACK = "Thanks for writing in! A teammate will get back to you shortly."
BILLING_REPLY = "Thanks! Our billing team has your message and will answer today."


async def resolved(value: Any) -> Any:
    """``value`` awaited when the client is async; as is with the sync client."""
    return await value if inspect.isawaitable(value) else value


async def _items(paginator: Any) -> list[Any]:
    """Every item of a paginator, async (``async for``) or sync (``for``)."""
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


def _text(html: str | None) -> str:
    return re.sub(r"<[^>]+>", " ", html or "").strip()


@dataclass
class SupportBot:
    """The bot, acting as admin ``admin_id``; ``billing_team_id`` receives billing questions."""

    client: AsyncIntercom | Intercom
    admin_id: str
    billing_team_id: str | None = None
    handled: list[str] = field(default_factory=list)

    async def triage(self) -> int:
        """Handle every open, unassigned conversation; returns how many were handled."""
        paginator = self.client.conversations.search(
            body={"query": {"field": "state", "operator": "=", "value": "open"}}, per_page=50
        )
        waiting = [c for c in await _items(paginator) if c.admin_assignee_id is None and c.team_assignee_id is None]
        for conversation in waiting:
            await self.handle(conversation.id)
        return len(waiting)

    async def handle(self, conversation_id: str) -> None:
        """Answer one conversation by what its first message says."""
        conversation: Conversation = await resolved(self.client.conversations.retrieve(conversation_id))
        text = _text(conversation.source.body if conversation.source else "")
        if THANKS.match(text):
            close: CloseConversationRequestDict = {
                "message_type": "close",
                "type": "admin",
                "admin_id": self.admin_id,
                "body": "Closed by the bot: nothing to answer.",
            }
            await resolved(self.client.conversations.manage(conversation_id, body=close))
        elif BILLING.search(text):
            tag: Tag = await resolved(self.client.tags.create(body={"name": "billing"}))
            await resolved(
                self.client.tags.attach_to_conversation(conversation_id, body={"id": tag.id, "admin_id": self.admin_id})
            )
            await resolved(self.client.conversations.reply(conversation_id, body=self._reply(BILLING_REPLY)))
            if self.billing_team_id:
                assign: AssignConversationRequestDict = {
                    "message_type": "assignment",
                    "type": "admin",
                    "admin_id": self.admin_id,
                    "assignee_id": self.billing_team_id,
                }
                await resolved(self.client.conversations.manage(conversation_id, body=assign))
        else:
            await resolved(self.client.conversations.reply(conversation_id, body=self._reply(ACK)))
        self.handled.append(conversation_id)

    def _reply(self, text: str) -> AdminReplyConversationRequestDict:
        return {"message_type": "comment", "type": "admin", "admin_id": self.admin_id, "body": text}

    async def on_notification(self, notification: Notification) -> None:
        """A new conversation from a user is handled at once (the ``conversation.user.created`` topic)."""
        if notification.topic == "conversation.user.created":
            item = notification.raw["data"]["item"]
            await self.handle(str(item["id"]))


async def main() -> None:
    import os

    from intercom_client.testing import FakeIntercom

    if os.environ.get("INTERCOM_ACCESS_TOKEN"):
        client: AsyncIntercom = AsyncIntercom()
    else:
        fake = FakeIntercom()
        alice = fake.contacts.add(email="alice@example.com", name="Alice")
        fake.conversations.add(contact_id=alice.id, body="Where is my invoice for March?")
        client = fake.async_client()
    async with client:
        me = await client.admins.identify()
        handled = await SupportBot(client, me.id).triage()
        print(f"support bot: {handled} conversation(s) handled")


if __name__ == "__main__":
    asyncio.run(main())
