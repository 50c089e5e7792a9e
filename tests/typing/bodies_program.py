# pyright: strict
"""Request bodies in every shape a user writes them, type-checked by mypy --strict and pyright (strict).

Each shape runs (tests/edges/test_body_shapes.py sends them); the type checkers must accept them all
with no cast: a body held in a variable (annotated with its TypedDict), ``bulk.search_body(...)``, an
inline AND of two filters, free-form maps (``metadata``, ``custom_attributes``), the body's fields as
keyword arguments, tuples where the API takes arrays, and a prebuilt model.
"""

from collections.abc import Sequence

from intercom_client import AsyncIntercom, Intercom
from intercom_client.bulk import Filter, SearchBody, all_of, any_of, search_body
from intercom_client.models import Contact, ContactSearchRequestDict, CreateContactRequest
from intercom_client.types import SearchQueryDict


async def held_in_a_variable(client: AsyncIntercom) -> list[str]:
    query: ContactSearchRequestDict = {"query": {"field": "email", "operator": "~", "value": "@example.com"}}
    return [contact.id async for contact in client.contacts.search(body=query, per_page=100)]


async def built_with_search_body(client: AsyncIntercom) -> int:
    body = search_body(all_of(Filter("role", "=", "user"), Filter("updated_at", ">", 1_700_000_000)), per_page=50)
    found = 0
    async for _contact in client.contacts.search(body=body):
        found += 1
    async for _company in client.companies.search(body=body):
        found += 1
    unsorted: SearchBody = search_body(any_of(Filter("state", "=", "open"), Filter("state", "=", "snoozed")))
    async for _conversation in client.conversations.search(body=unsorted):
        found += 1
    async for _ticket in client.tickets.search(body=unsorted):
        found += 1
    return found


async def inline_and_of_two_filters(client: AsyncIntercom) -> list[Contact]:
    page = await client.contacts.search(
        query={
            "operator": "AND",
            "value": [
                {"field": "role", "operator": "=", "value": "user"},
                {"field": "updated_at", "operator": ">", "value": 1_700_000_000},
            ],
        },
        max_pages=1,
    )
    return page.items


async def filters_from_a_list(client: AsyncIntercom, emails: list[str]) -> int:
    filters: list[SearchQueryDict] = [{"field": "email", "operator": "=", "value": email} for email in emails]
    in_list: SearchQueryDict = {"field": "email", "operator": "IN", "value": tuple(emails)}
    either: Sequence[SearchQueryDict] = (*filters, in_list)
    page = await client.contacts.search(query={"operator": "OR", "value": either}, max_pages=1)
    return len(page.items)


async def free_form_maps(client: AsyncIntercom) -> Contact:
    await client.data_events.create(
        event_name="order-placed", user_id="u-1", created_at=1_700_000_000, metadata={"order_id": "A-1", "total": 12.5}
    )
    await client.data_events.create(
        body={"event_name": "order-placed", "user_id": "u-1", "created_at": 1, "metadata": {"order_id": "A-1"}}
    )
    return await client.contacts.create(email="a@example.com", custom_attributes={"plan": "pro", "seats": 3})


async def fields_as_keyword_arguments(client: AsyncIntercom, contact_id: str, tag_id: str) -> str:
    ticket = await client.tickets.create(ticket_type_id="1234", contacts=[{"id": contact_id}])
    await client.tags.attach_to_contact(contact_id, id=tag_id)
    return ticket.id


async def prebuilt_model(client: AsyncIntercom) -> str:
    contact = await client.contacts.create(body=CreateContactRequest(email="b@example.com", role="lead"))
    return contact.id


def sync_twin(client: Intercom) -> str:
    contact = client.contacts.create(email="c@example.com", custom_attributes={"plan": "free"})
    for found in client.contacts.search(query={"field": "email", "operator": "=", "value": "c@example.com"}):
        return found.id
    return contact.id
