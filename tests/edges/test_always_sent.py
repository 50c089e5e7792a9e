"""What the API always sends is not optional, and reads as typed (issue 24, item 5).

A paginated list holds no nulls: the items are typed ``Ticket`` (not ``Ticket | None``) and a null in a
page's list is dropped, not yielded. A contact's ``custom_attributes`` is indexable by key, its values
as received (``JSONValue``), a missing key an ``AttributeNotFoundError`` (an ``IntercomError`` and a
``KeyError``) naming it. Tried on the three clients against a byte-level server on 127.0.0.1.
"""

from __future__ import annotations

from typing import Any

import pytest

from intercom_client import AttributeNotFoundError, IntercomError
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import use_client

TICKET = {"type": "ticket", "id": "7", "ticket_attributes": {}}
TICKETS = {"type": "ticket.list", "tickets": [TICKET, None, {**TICKET, "id": "8"}], "total_count": 2}
CONTACT = {
    "type": "contact",
    "id": "c1",
    "workspace_id": "w",
    "role": "user",
    "created_at": 1,
    "updated_at": 2,
    "custom_attributes": {"plan": "pro", "seats": 3},
}


async def _collect(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


@pytest.mark.parametrize("client", CLIENTS)
def test_a_null_in_a_page_is_not_an_item(client: str) -> None:
    with FaultServer(default=reply(200, TICKETS)) as server:
        found = use_client(
            client,
            server.url,
            lambda c: (list if client == "sync" else _collect)(
                c.tickets.search(query={"field": "open", "operator": "=", "value": True}, max_pages=1)
            ),
        )
    assert [ticket.id for ticket in found] == ["7", "8"]


@pytest.mark.parametrize("client", CLIENTS)
def test_custom_attributes_are_read_by_key(client: str) -> None:
    with FaultServer(default=reply(200, CONTACT)) as server:
        contact = use_client(client, server.url, lambda c: c.contacts.retrieve("c1"))
    attributes = contact.custom_attributes
    assert attributes["plan"] == "pro" and attributes["seats"] == 3
    assert attributes.get("missing") is None and "plan" in attributes and "missing" not in attributes
    assert attributes.keys() == ["plan", "seats"] and attributes.items() == [("plan", "pro"), ("seats", 3)]
    with pytest.raises(AttributeNotFoundError) as caught:
        attributes["plna"]
    assert isinstance(caught.value, IntercomError) and isinstance(caught.value, KeyError)
    assert caught.value.key == "plna"
    # A loop and len() read the keys (without __iter__, Python asked for keys 0, 1, 2 ... and raised).
    assert list(attributes) == ["plan", "seats"] and len(attributes) == 2 and dict(attributes.items())["seats"] == 3
    assert str(caught.value) == (
        "ContactCustomAttributes has no key 'plna' (it has: 'plan', 'seats'); .get(key) reads None instead"
    )
