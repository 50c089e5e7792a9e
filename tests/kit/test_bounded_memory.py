"""What the fake keeps about past requests is bounded: recorded bodies, defects, open scrolls."""

from __future__ import annotations

import json

from intercom_client.testing import FakeIntercom


def test_recorded_bodies_are_truncated_but_the_handler_sees_them_whole() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    body = json.dumps({"email": "big@example.test", "custom_attributes": {"blob": "x" * 200_000}}).encode()
    answer = fake.handle("POST", "/contacts", auth, body)
    assert answer.status == 200, answer.body[:200]
    assert len(answer.json()["custom_attributes"]["blob"]) == 200_000
    (recorded,) = fake.requests
    assert recorded.body == body[: 64 * 2**10]


def test_recorded_bodies_together_are_bounded() -> None:
    fake = FakeIntercom()
    fake.max_recorded_body_total = 100_000
    auth = {"Authorization": f"Bearer {fake.token}"}
    for n in range(5):
        body = json.dumps({"email": f"b{n}@example.test", "name": "y" * 50_000}).encode()
        assert fake.handle("POST", "/contacts", auth, body).status == 200
    assert len(fake.requests) == 5
    assert sum(len(r.body) for r in fake.requests) == 100_000
    assert fake.requests[-1].body == b""


def test_defects_keep_the_first_hundred() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    created = fake.handle("POST", "/contacts", auth, json.dumps({"email": "d@example.test"}).encode()).json()
    with fake.lock:  # a state no handler can show: every GET of it is a defect
        fake.state.objects["contacts"][created["id"]]["custom_attributes"] = {"x": {1, 2}}
    for _ in range(150):
        assert fake.handle("GET", f"/contacts/{created['id']}", auth).status == 500
    assert len(fake.defects) == 100


def test_open_scrolls_are_bounded_and_the_oldest_is_dropped() -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    assert fake.handle("POST", "/companies", auth, json.dumps({"company_id": "c1", "name": "C"}).encode()).status == 200
    params = [fake.handle("GET", "/companies/scroll", auth).json()["scroll_param"] for _ in range(150)]
    with fake.lock:
        assert len(fake.state.scrolls) == 100
    assert fake.handle("GET", f"/companies/scroll?scroll_param={params[0]}", auth).status == 400
    assert fake.handle("GET", f"/companies/scroll?scroll_param={params[-1]}", auth).status == 200
