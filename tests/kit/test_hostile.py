"""Whatever a stateful operation is sent (odd JSON, wrong types, unknown ids), the fake answers 2xx or 4xx
with Intercom's error body: never a 500 from a defect of its own, never an exception out of ``handle``."""

from __future__ import annotations

import json

import pytest

from intercom_client.testing import FakeIntercom

from .test_spec_valid import PLACEHOLDERS, scenario

BODIES = [
    b"not json",
    b"[]",
    b'"text"',
    b"null",
    json.dumps({"id": {"x": 1}, "admin_id": [], "email": 5, "role": ["user"], "body": {"a": 1}}).encode(),
    json.dumps({"query": {"operator": "AND", "value": [None, 3]}, "pagination": {"per_page": "many"}}).encode(),
    json.dumps({"message_type": "assignment", "admin_id": "ME", "assignee_id": "not-a-number"}).encode(),
    json.dumps({"message_type": "assignment", "admin_id": "ME", "assignee_id": {"id": 1}}).encode(),
    json.dumps(
        {"message_type": "snoozed", "admin_id": "ME", "snoozed_until": "tomorrow", "custom_attributes": 1}
    ).encode(),
    json.dumps({"message_type": "note", "type": "user", "admin_id": "ME", "intercom_user_id": [], "body": 1}).encode(),
    json.dumps({"from": {"type": "user", "id": {}}, "body": "x", "name": "", "company_id": ["a"], "plan": {}}).encode(),
    json.dumps(
        {"sort": {"field": None, "order": "up"}, "query": {"field": "email", "operator": ">", "value": {}}}
    ).encode(),
]


@pytest.mark.parametrize("index", range(len(BODIES)))
def test_odd_bodies_get_a_client_error_never_a_defect(index: int) -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    for key, method, target, _ in scenario(fake):
        for placeholder in PLACEHOLDERS:
            target = target.replace(placeholder, "1")
        answer = fake.handle(method, target, auth, BODIES[index].replace(b"ME", fake.me.id.encode()))
        assert answer.status < 500, (key, answer.body)
        if answer.status >= 400:
            assert json.loads(answer.body)["type"] == "error.list"
    assert fake.defects == []


def test_odd_query_strings_and_ids_are_client_errors() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    for target in (
        "/contacts?per_page=x",
        "/contacts?starting_after=%00%ff",
        "/companies/list?page=-1",
        "/contacts/%2F..",
        "/conversations?per_page=0",
    ):
        method = "POST" if "list" in target else "GET"
        assert 400 <= fake.handle(method, target, auth).status < 500, target
    assert fake.defects == []
