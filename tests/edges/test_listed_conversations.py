"""A listed or searched conversation is a ``Conversation`` (issue 24, item 3).

Intercom sends each conversation of ``GET /conversations`` and ``POST /conversations/search`` as the
object ``GET /conversations/{id}`` answers, without its parts (a recorded search: every item is
``"type": "conversation"``; the spec's ``conversation_parts`` "is only returned when Retrieving"). The
correction ``conversation_list_item`` = ``conversation`` (openapi/corrections.yaml) decodes them to one
class, so a helper typed ``Conversation`` takes what search, list and retrieve give. Tried on the three
clients against a byte-level server on 127.0.0.1.
"""

from __future__ import annotations

from typing import Any

import pytest

from intercom_client import decoding_issues
from intercom_client.models import Conversation
from tests.edges.test_always_sent import _collect
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import use_client

# The keys of a conversation in a recorded POST /conversations/search (Intercom-Version 2.2), values made up.
LISTED = {
    "type": "conversation",
    "id": "1",
    "created_at": 1607553243,
    "updated_at": 1626346673,
    "waiting_since": None,
    "snoozed_until": None,
    "title": None,
    "admin_assignee_id": None,
    "team_assignee_id": None,
    "open": True,
    "state": "open",
    "read": False,
    "priority": "not_priority",
    "tags": {"type": "tag.list", "tags": []},
}
PAGE = {"type": "conversation.list", "conversations": [LISTED, {**LISTED, "id": "2"}], "total_count": 2}
RETRIEVED = {
    **LISTED,
    "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [], "total_count": 0},
}


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("how", ["search", "list"])
def test_a_listed_conversation_is_a_conversation(client: str, how: str) -> None:
    def use(intercom: Any) -> Any:
        if how == "search":
            items = intercom.conversations.search(query={"field": "open", "operator": "=", "value": True}, max_pages=1)
        else:
            items = intercom.conversations.list(max_pages=1)
        return list(items) if client == "sync" else _collect(items)

    with FaultServer(default=reply(200, PAGE)) as server:
        found = use_client(client, server.url, use)
    assert [type(item) for item in found] == [Conversation, Conversation]
    assert [item.id for item in found] == ["1", "2"]
    assert found[0].conversation_parts is None  # not sent when listed
    assert [decoding_issues(item) for item in found] == [[], []]


@pytest.mark.parametrize("client", CLIENTS)
def test_a_listed_and_a_retrieved_conversation_are_one_class(client: str) -> None:
    with FaultServer(default=reply(200, RETRIEVED)) as server:
        retrieved = use_client(client, server.url, lambda intercom: intercom.conversations.retrieve("1"))
    with FaultServer(default=reply(200, PAGE)) as server:
        listed = use_client(
            client,
            server.url,
            lambda intercom: (list if client == "sync" else _collect)(intercom.conversations.list(max_pages=1)),
        )
    assert type(retrieved) is type(listed[0]) is Conversation
    assert retrieved.conversation_parts is not None and retrieved.conversation_parts.total_count == 0
