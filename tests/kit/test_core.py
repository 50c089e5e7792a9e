"""FakeIntercom's core: contacts kept as state with Intercom's rules, paging, search, auth, faults, the adapters."""

from __future__ import annotations

import json
from typing import Any

import pytest

from intercom_client import (
    APIConnectionError,
    AsyncIntercom,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from intercom_client.testing import FakeIntercom, FakeIntercomError


def no_sleep(client: Any) -> list[float]:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    client._sleep = record
    return waits


async def test_a_contact_created_through_the_api_is_the_one_retrieved_updated_and_deleted() -> None:
    fake = FakeIntercom()
    async with fake.async_client() as client:
        created = await client.contacts.create(body={"email": "ada@example.com", "name": "Ada", "role": "lead"})
        assert (await client.contacts.retrieve(created.id)).email == "ada@example.com"
        await client.contacts.update(created.id, body={"name": "Ada L.", "custom_attributes": {"plan": "pro"}})
        again = await client.contacts.retrieve(created.id)
        assert (again.name, again.role, again.custom_attributes.to_dict()) == ("Ada L.", "lead", {"plan": "pro"})
        deleted = await client.contacts.delete(created.id)
        assert deleted.deleted is True
        with pytest.raises(NotFoundError) as caught:
            await client.contacts.retrieve(created.id)
    assert caught.value.first_error is not None and caught.value.first_error.code == "not_found"
    assert caught.value.body["type"] == "error.list"  # type: ignore[index]


async def test_a_duplicate_email_is_409_naming_the_existing_contact_and_a_bad_role_400() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with fake.async_client() as client:
        with pytest.raises(ConflictError, match=alice.id):
            await client.contacts.create(body={"email": "ALICE@example.com"})
        with pytest.raises(BadRequestError, match="role"):
            await client.contacts.create(body={"email": "x@example.com", "role": "admin"})
    assert len(fake.contacts) == 1
    with pytest.raises(FakeIntercomError, match="already exists"):
        fake.contacts.add(email="alice@example.com")


async def test_lists_page_by_cursor_and_refuse_a_page_size_above_150() -> None:
    fake = FakeIntercom()
    added = [fake.contacts.add(email=f"c{i}@example.com").id for i in range(7)]
    async with fake.async_client() as client:
        pages = [len(page) async for page in client.contacts.list(per_page=3).pages()]
        listed = [contact.id async for contact in client.contacts.list(per_page=3)]
        with pytest.raises(BadRequestError, match="150"):
            await client.contacts.list(per_page=151)
    assert pages == [3, 3, 1]
    assert listed == added


def search(fake: FakeIntercom, query: Any, **extra: Any) -> Any:
    body = json.dumps({"query": query, **extra}).encode()
    headers = {"Authorization": f"Bearer {fake.token}"}
    return fake.handle("POST", "/contacts/search", headers, body)


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("=", "b@shop.io", ["b"]),
        ("!=", "b@shop.io", ["a", "c"]),
        ("IN", ["a@example.com", "c@example.org"], ["a", "c"]),
        ("NIN", ["a@example.com"], ["b", "c"]),
        ("~", "shop", ["b"]),
        ("!~", "example", ["b"]),
        ("^", "C@", ["c"]),
        ("$", ".com", ["a"]),
    ],
)
def test_search_operators_on_strings(operator: str, value: Any, expected: list[str]) -> None:
    fake = FakeIntercom()
    for name, email in (("a", "a@example.com"), ("b", "b@shop.io"), ("c", "c@example.org")):
        fake.contacts.add(email=email, name=name)
    response = search(
        fake, {"field": "email", "operator": operator, "value": value}, sort={"field": "name", "order": "ascending"}
    )
    assert response.status == 200
    assert [c["name"] for c in response.json()["data"]] == expected


def test_search_compares_numbers_and_nests_groups() -> None:
    fake = FakeIntercom()
    for score in (1, 5, 9):
        fake.contacts.add(email=f"s{score}@example.com", custom_attributes={"score": score})
    query = {
        "operator": "OR",
        "value": [
            {"field": "custom_attributes.score", "operator": ">", "value": 8},
            {"operator": "AND", "value": [{"field": "custom_attributes.score", "operator": "<", "value": 2}]},
        ],
    }
    found = search(fake, query).json()["data"]
    assert sorted(c["custom_attributes"]["score"] for c in found) == [1, 9]


@pytest.mark.parametrize(
    ("query", "extra", "message"),
    [
        ({"field": "email", "operator": "LIKE", "value": "x"}, {}, "operator"),
        ({"operator": "AND", "value": [{"operator": "OR", "value": [{"operator": "AND", "value": []}]}]}, {}, "nested"),
        (
            {"operator": "AND", "value": [{"field": "email", "operator": "=", "value": str(i)} for i in range(16)]},
            {},
            "15",
        ),
        ({"field": "email", "operator": "=", "value": "x"}, {"pagination": {"per_page": 151}}, "150"),
        ({"field": "email", "operator": "IN", "value": "x"}, {}, "list"),
    ],
)
def test_search_refuses_what_intercom_refuses(query: Any, extra: dict[str, Any], message: str) -> None:
    response = search(FakeIntercom(), query, **extra)
    assert response.status == 400
    assert message in response.json()["errors"][0]["message"]


async def test_a_wrong_token_is_401_and_the_token_is_not_recorded() -> None:
    fake = FakeIntercom(token="right-token")
    async with AsyncIntercom(token="wrong-token", transport=fake.async_transport()) as client:
        with pytest.raises(AuthenticationError):
            await client.admins.identify()
    async with fake.async_client() as client:
        await client.admins.identify()
    assert "right-token" not in repr(fake.requests) + str([dict(r.headers) for r in fake.requests])
    assert [r.operation for r in fake.requests] == ["admins.identify", "admins.identify"]


async def test_an_operation_the_kit_does_not_model_answers_the_spec_example() -> None:
    fake = FakeIntercom()
    async with fake.async_client(strict_decoding=True) as client:
        me = await client.admins.identify()
        collections = await client.help_center.list_collections()
    assert me.email == fake.me.email == "admin@example.com"
    assert collections.items is not None


async def test_fail_next_a_status_a_429_with_retry_after_and_a_reset() -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with fake.async_client(max_retries=2) as client:
        waits = no_sleep(client)
        fake.fail_next("contacts.retrieve", status=429, retry_after=3)
        fake.fail_next("contacts.retrieve", status=503)
        assert (await client.contacts.retrieve(alice.id)).id == alice.id
        assert waits[0] == 3 and len(waits) == 2
        fake.fail_next("contacts.retrieve", status=503, times=3)
        with pytest.raises(InternalServerError):
            await client.contacts.retrieve(alice.id)
        fake.fail_next("contacts.create", reset=True)
        with pytest.raises(APIConnectionError):
            await client.contacts.create(body={"email": "b@example.com"})  # a POST is not retried after a reset
    assert len(fake.contacts) == 1
    with pytest.raises(FakeIntercomError, match="no operation"):
        fake.fail_next("contacts.fetch")


async def test_the_rate_limit_budget_sends_the_headers_and_429s_past_it() -> None:
    clock = [1_000_000.0]
    fake = FakeIntercom(clock=lambda: clock[0])
    fake.rate_limit(2, window=10)
    async with fake.async_client(max_retries=0) as client:
        raw = await client.admins.with_raw_response.identify()
        assert (raw.rate_limit.limit, raw.rate_limit.remaining, raw.rate_limit.reset) == (2, 1, 1_000_010)
        await client.admins.identify()
        with pytest.raises(RateLimitError) as caught:
            await client.admins.identify()
        assert caught.value.retry_after == 10
        clock[0] += 10
        await client.admins.identify()
