"""Deeply nested JSON: refused with a 400 where the body is read, and nothing a handler does escapes ``handle``."""

from __future__ import annotations

import json

from intercom_client.testing import FakeIntercom


def _nested(depth: int) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = {"a": value}
    return value


def test_a_body_nested_past_the_limit_is_a_400_and_stores_nothing() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    with fake.lock:
        before = len(fake.state.objects["contacts"])
    body = json.dumps({"email": "deep@example.test", "custom_attributes": {"x": _nested(600)}}).encode()
    answer = fake.handle("POST", "/contacts", auth, body)
    assert answer.status == 400, answer.body
    assert "nested deeper than 64" in json.loads(answer.body)["errors"][0]["message"]
    with fake.lock:
        assert len(fake.state.objects["contacts"]) == before
    assert fake.handle("GET", "/contacts", auth).status == 200
    assert fake.defects == []


def test_a_body_within_the_limit_is_accepted() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    body = json.dumps({"email": "ok@example.test", "custom_attributes": {"x": _nested(20)}}).encode()
    assert fake.handle("POST", "/contacts", auth, body).status == 200
    assert fake.handle("GET", "/contacts", auth).status == 200


def test_an_answer_that_cannot_be_shown_is_a_500_defect_not_an_exception() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    created = fake.handle("POST", "/contacts", auth, json.dumps({"email": "c@example.test"}).encode()).json()
    with fake.lock:  # state a test (or a defect) left too deep to copy or encode
        fake.state.objects["contacts"][created["id"]]["custom_attributes"] = {"x": _nested(5000)}
    answer = fake.handle("GET", f"/contacts/{created['id']}", auth)
    assert answer.status == 500
    assert len(fake.defects) == 1
