"""Method and field names say what the call does (issue 24, item 7), on the three clients.

``custom_object_instances.delete(type, id)`` deletes by id and ``delete_by_external_id`` by external id
(the spec's two operationIds are swapped: the names follow the paths); ``companies.find(company_id=...)``
returns the company itself (one call, not a paginator), or the list when asked by segment or tag; a
conversation's ``open`` is ``open`` (not ``open_``).
"""

from __future__ import annotations

import pytest

from intercom_client.models import Company, CompanyList, Conversation
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import use_client

DELETED = {"id": "1", "object": "Order", "deleted": True}
COMPANY = {"type": "company", "id": "c-1", "company_id": "acme", "name": "Acme", "app_id": "a"}
COMPANIES = {"type": "list", "data": [COMPANY], "total_count": 1, "pages": {"type": "pages", "page": 1}}


@pytest.mark.parametrize("client", CLIENTS)
def test_delete_is_by_id_and_delete_by_external_id_by_external_id(client: str) -> None:
    with FaultServer(default=reply(200, DELETED)) as server:
        use_client(client, server.url, lambda c: c.custom_object_instances.delete("Order", "1"))
        use_client(
            client, server.url, lambda c: c.custom_object_instances.delete_by_external_id("Order", external_id="ext-9")
        )
    assert [(r.method, r.path) for r in server.received] == [
        ("DELETE", "/custom_object_instances/Order/1"),
        ("DELETE", "/custom_object_instances/Order?external_id=ext-9"),
    ]


@pytest.mark.parametrize("client", CLIENTS)
def test_find_returns_the_company_or_the_list(client: str) -> None:
    with FaultServer(script=[reply(200, COMPANY), reply(200, COMPANIES)]) as server:
        one = use_client(client, server.url, lambda c: c.companies.find(company_id="acme"))
        listed = use_client(client, server.url, lambda c: c.companies.find(tag_id="7"))
    assert isinstance(one, Company) and one.company_id == "acme"
    assert isinstance(listed, CompanyList) and [company.id for company in listed.data or []] == ["c-1"]
    assert [r.path for r in server.received] == ["/companies?company_id=acme", "/companies?tag_id=7"]


def test_a_conversation_is_open_not_open_() -> None:
    conversation = Conversation.from_dict(
        {"type": "conversation", "id": "1", "created_at": 1, "updated_at": 2, "open": True, "state": "open"}
    )
    assert conversation.open is True
    assert not hasattr(conversation, "open_")
