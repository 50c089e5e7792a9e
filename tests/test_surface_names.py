"""The resource surface's names: every operation named, no collision, the method table current, the clients
expose every resource lazily."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.generate.names import NamingError, derive, load_overrides, names, stale_overrides
from codegen.spec import iter_operations
from intercom_client import AsyncIntercom, Intercom
from intercom_client.generated.api import RESOURCES

pytestmark = pytest.mark.pinned  # the pinned spec's names, counts and committed files


@pytest.fixture(scope="module")
def spec(normalised_spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec, normalised (parsed once per session by conftest)."""
    return normalised_spec


def test_every_operation_has_one_name_and_no_two_share_it(spec: dict[str, Any]) -> None:
    entries = names(spec)  # raises NamingError on a collision or an unusable name
    assert len(entries) == sum(1 for _ in iter_operations(spec)) == 256
    assert len({(e.resource, e.name) for e in entries}) == len(entries)
    assert all(e.name.isidentifier() and not e.name.startswith("_") for e in entries)


def test_the_method_table_names_only_operations_of_the_pinned_spec(spec: dict[str, Any]) -> None:
    assert stale_overrides(spec) == []
    assert stale_overrides(spec, {**load_overrides(), "noSuchOperation": "x"}) == ["noSuchOperation"]


def test_a_collision_is_an_error_naming_both_operations(spec: dict[str, Any]) -> None:
    with pytest.raises(NamingError, match=r"client\.contacts\.retrieve is already GET /contacts/\{id\}"):
        names(spec, {**load_overrides(), "ShowContactByExternalId": "retrieve"})
    with pytest.raises(NamingError, match="not a usable method name"):
        names(spec, {**load_overrides(), "ShowContact": "with_raw_response"})
    with pytest.raises(NamingError, match="not a usable method name"):
        names(spec, {**load_overrides(), "ShowContact": "class"})


@pytest.mark.parametrize(
    ("operation_id", "resource", "expected"),
    [
        ("ShowContact", "contacts", "retrieve"),
        ("getTicket", "tickets", "retrieve"),
        ("findTag", "tags", "retrieve"),
        ("retrieveConversation", "conversations", "retrieve"),
        ("ListContacts", "contacts", "list"),
        ("listAllCollections", "help_center", "list_collections"),
        ("SearchContacts", "contacts", "search"),
        ("ArchiveContact", "contacts", "archive"),
        ("replyConversation", "conversations", "reply"),
        ("attachTagToContact", "tags", "attach_to_contact"),
        ("detachTagFromConversation", "tags", "detach_from_conversation"),
        ("BulkUpdateContacts", "contacts", "bulk_update"),
        ("ListContactActivities", "contacts", "list_activities"),
        ("listTagsForAContact", "contacts", "list_tags"),
        ("setAwayAdmin", "admins", "set_away"),
        ("convertConversationToTicket", "conversations", "convert_to_ticket"),
    ],
)
def test_rules(operation_id: str, resource: str, expected: str) -> None:
    assert derive(operation_id, resource, frozenset({"company", "contact"})) == expected


def test_a_qualifier_naming_another_resource_says_for(spec: dict[str, Any]) -> None:
    by_id = {e.operation_id: e for e in names(spec)}
    assert (by_id["listCompanyNotes"].resource, by_id["listCompanyNotes"].name) == ("notes", "list_for_company")
    assert (by_id["listNotes"].resource, by_id["listNotes"].name) == ("notes", "list")


def test_spec_typos_never_reach_a_public_name(spec: dict[str, Any]) -> None:
    public = {e.name for e in names(spec)}
    assert not {n for n in public if "lis_" in n or (n.startswith("lis") and not n.startswith("list"))}
    by_id = {e.operation_id: e for e in names(spec)}
    assert by_id["detachSubscriptionTypeToContact"].name == "detach_from_contact"


@pytest.mark.parametrize("client_class", [AsyncIntercom, Intercom])
def test_every_resource_is_on_both_clients_lazily(client_class: type[AsyncIntercom] | type[Intercom]) -> None:
    client = client_class(token="t", base_url="http://127.0.0.1:9")
    prefix = "Async" if client_class is AsyncIntercom else ""
    for name in RESOURCES:
        assert "_resource_" + name not in client.__dict__  # nothing created before first access
        resource = getattr(client, name)
        assert type(resource).__name__.startswith(prefix) and type(resource).__name__.endswith("Resource")
        assert (type(resource).__name__.startswith("Async")) == (client_class is AsyncIntercom)
        assert getattr(client, name) is resource  # created once
    derived = client.with_options(max_retries=0)
    assert derived.contacts is not client.contacts
    assert derived.contacts._client is derived
    assert client.contacts._client is client


def test_the_resources_are_the_spec_tags(spec: dict[str, Any]) -> None:
    assert set(RESOURCES) == {e.resource for e in names(spec)}
    assert {"contacts", "conversations", "help_center", "data_attributes", "tags", "tickets"} <= set(RESOURCES)
