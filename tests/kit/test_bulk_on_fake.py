"""The SDK's own bulk helpers run against the fake: its search sorts and filters, its scroll pages."""

from __future__ import annotations

from intercom_client.bulk import sync_updated, walk_companies
from intercom_client.testing import FakeIntercom


async def test_sync_updated_and_walk_companies_see_every_object_once() -> None:
    clock = [1_700_000_000.0]
    fake = FakeIntercom(clock=lambda: clock[0])
    for i in range(30):
        clock[0] += 1
        fake.contacts.add(email=f"c{i}@example.com")
    for i in range(40):
        fake.companies.add(name=f"co{i}")
    async with fake.async_client() as client:
        first = sync_updated(client, "contacts", since=None)
        contacts = [c.id async for c in first]
        clock[0] += 1000
        changed = contacts[3]
        await client.contacts.update(changed, body={"name": "changed"})
        again = [c.id async for c in sync_updated(client, "contacts", since=first.checkpoint)]
        companies = [c.id async for c in walk_companies(client)]
    assert sorted(contacts) == sorted(c.id for c in fake.contacts) and len(set(contacts)) == 30
    assert again == [changed]
    assert sorted(companies) == sorted(c.id for c in fake.companies)
