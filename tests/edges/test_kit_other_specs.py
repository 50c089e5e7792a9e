"""FakeIntercom on a package regenerated from another spec: its handlers do not depend on what the pinned spec
happens to call a path parameter or put in an example answer.

The 2.15 spec names the object's own id in a path ``contact_id``, ``conversation_id``, ``tag_id``... where the
pinned one says ``id`` (41 of the fake's 76 stateful operations), and its example company has no ``notes``:
the fake answered those calls 500 ("a defect of the kit": ``KeyError``). Here the pinned package is made to
look like 2.15 in just that respect.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from intercom_client.testing import FakeIntercom, _routes, _workspace


@pytest.fixture
def renamed_ids(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The operations table with 2.15's names for the last path parameter of contacts' and tags' operations."""

    def renamed(path: str) -> str:
        for resource, name in (("contacts", "contact_id"), ("tags", "tag_id")):
            path = path.replace(f"/{resource}/{{id}}", f"/{resource}/{{{name}}}")
        return path

    table = [op._replace(path=renamed(op.path)) for op in _routes.OPERATIONS]
    assert any("{contact_id}" in op.path and op.name == "retrieve" for op in table)
    monkeypatch.setattr(_routes, "OPERATIONS", table)
    _routes._table.cache_clear()
    _routes.operations.cache_clear()
    yield
    _routes._table.cache_clear()
    _routes.operations.cache_clear()


def test_a_path_parameter_named_after_its_object_reaches_the_handler(renamed_ids: None) -> None:
    fake = FakeIntercom()
    auth = {"Authorization": f"Bearer {fake.token}"}
    contact = fake.contacts.add(email="ada@example.com")
    tag = fake.tags.add("vip")

    found = fake.handle("GET", f"/contacts/{contact.id}", auth)
    deleted = fake.handle("DELETE", f"/tags/{tag.id}", auth)

    assert fake.requests[-2].params == {"contact_id": contact.id}  # what the request shows is the spec's name
    assert (found.status, json.loads(found.body)["email"]) == (200, "ada@example.com")
    assert deleted.status == 200 and tag.id not in fake.state.objects["tags"]
    assert fake.defects == []


def test_a_company_is_seeded_from_an_example_without_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    original = _workspace.template

    def without_notes(key: str, *path: str) -> Any:
        value = original(key, *path)
        if key == "companies.retrieve" and not path:
            value.pop("notes", None)
        return value

    monkeypatch.setattr(_workspace, "template", without_notes)
    fake = FakeIntercom()
    company = fake.companies.add(name="Acme", company_id="acme")
    assert company.name == "Acme"
    assert fake.state.objects["companies"][company.id]["notes"]["total_count"] == 0
