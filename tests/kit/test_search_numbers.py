"""Search compares and sorts numbers as numbers: any size, any sign; a value that cannot be compared is a 400."""

from __future__ import annotations

import json
from typing import Any

import pytest

from intercom_client.testing import FakeIntercom

SCORES = [3, -100, 10**400, -5, 2.5]


def _fake_with_scores() -> tuple[FakeIntercom, dict[str, str]]:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    for n, score in enumerate(SCORES):
        body = {"email": f"s{n}@example.test", "custom_attributes": {"score": score}}
        assert fake.handle("POST", "/contacts", auth, json.dumps(body).encode()).status == 200
    return fake, auth


def _search(fake: FakeIntercom, auth: dict[str, str], body: dict[str, Any]) -> Any:
    return fake.handle("POST", "/contacts/search", auth, json.dumps(body).encode())


def test_greater_than_compares_huge_ints_as_numbers() -> None:
    fake, auth = _fake_with_scores()
    query = {"field": "custom_attributes.score", "operator": ">", "value": 2}
    answer = _search(fake, auth, {"query": query})
    assert answer.status == 200, answer.body
    assert sorted(c["custom_attributes"]["score"] for c in answer.json()["data"]) == [2.5, 3, 10**400]
    answer = _search(fake, auth, {"query": {**query, "operator": "<", "value": 10**500}})
    assert len(answer.json()["data"]) == len(SCORES)
    assert fake.defects == []


@pytest.mark.parametrize("order", ["ascending", "descending"])
def test_sorting_by_a_number_orders_negatives_and_huge_values(order: str) -> None:
    fake, auth = _fake_with_scores()
    query = {"field": "email", "operator": "~", "value": "example.test"}
    body = {"query": query, "sort": {"field": "custom_attributes.score", "order": order}}
    answer = _search(fake, auth, body)
    assert answer.status == 200, answer.body
    scores = [c["custom_attributes"]["score"] for c in answer.json()["data"]]
    assert scores == sorted(SCORES, reverse=order == "descending")


@pytest.mark.parametrize("value", [{"a": 1}, [1], None, True])
def test_a_value_that_cannot_be_compared_is_a_400(value: object) -> None:
    fake, auth = _fake_with_scores()
    answer = _search(fake, auth, {"query": {"field": "custom_attributes.score", "operator": ">", "value": value}})
    assert answer.status == 400, answer.body
    assert fake.defects == []
