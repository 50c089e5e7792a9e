"""Hand-written helpers that need an operation the generated package may lack (after regenerating from
an older spec) fail with a typed error naming it, before any request, on the three clients."""

from __future__ import annotations

from typing import Any

import pytest

from intercom_client import AsyncIntercom, ConfigurationError, Intercom
from intercom_client.bulk import sync_updated

from ..operations import require_method, resource_class

CLIENTS = ("httpx", "aiohttp", "sync")


def _client(kind: str) -> Any:
    options: dict[str, Any] = {"token": "tok_missing_ops_0123456789", "base_url": "http://127.0.0.1:9"}
    if kind == "sync":
        return Intercom(**options)
    return AsyncIntercom(**options, http_backend=kind)


@pytest.mark.parametrize("kind", CLIENTS)
def test_sync_updated_without_the_search_method_is_a_configuration_error(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An SDK regenerated from a spec before 2026-07 has client.companies but no client.companies.search().
    require_method("companies", "search")  # removed below, as such a spec does
    monkeypatch.delattr(resource_class("companies", is_async=kind != "sync"), "search")
    client = _client(kind)
    with pytest.raises(ConfigurationError) as caught:
        sync_updated(client, "companies")
    message = str(caught.value)
    assert "client.companies.search() (POST /companies/search)" in message
    assert "walk_companies()" in message


@pytest.mark.parametrize("kind", CLIENTS)
def test_sync_updated_with_the_search_method_makes_a_run(kind: str) -> None:
    require_method("companies", "search")
    assert sync_updated(_client(kind), "companies") is not None


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_bulk_helper_whose_operation_is_missing_raises_a_configuration_error_naming_it(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An SDK regenerated from a spec before 2026-05 has no bulk job status methods: wait_for_job names the
    # missing method, before any request (the client's base URL answers nothing).
    from intercom_client.bulk import wait_for_job

    require_method("contacts", "retrieve_bulk_update_contacts_job")  # removed below, as such a spec does
    monkeypatch.delattr(resource_class("contacts", is_async=kind != "sync"), "retrieve_bulk_update_contacts_job")
    client = _client(kind)
    try:
        with pytest.raises(ConfigurationError) as caught:
            waited = wait_for_job(client, "job_1", kind="contacts_bulk", deadline=1)
            if kind != "sync":
                await waited
    finally:
        if kind == "sync":
            client.close()
        else:
            await client.aclose()
    assert "client.contacts.retrieve_bulk_update_contacts_job()" in str(caught.value)
    assert "generated from a spec without that operation" in str(caught.value)


@pytest.mark.parametrize("kind", ("httpx", "sync"))  # the helper's call is the same on aiohttp
async def test_fetch_complete_conversation_works_whatever_the_specs_name_for_the_id(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 2.15 spec names the path parameter of GET /conversations/{id} conversation_id: a helper that
    # passed it as id= raised a TypeError on a package regenerated from it.
    import httpx

    from intercom_client.bulk import fetch_complete_conversation

    resource = resource_class("conversations", is_async=kind != "sync")
    original = resource.retrieve
    if kind == "sync":

        def renamed(self: Any, conversation_id: str, **options: Any) -> Any:
            return original(self, conversation_id, **options)
    else:

        async def renamed(self: Any, conversation_id: str, **options: Any) -> Any:  # type: ignore[misc]
            return await original(self, conversation_id, **options)

    monkeypatch.setattr(resource, "retrieve", renamed)
    parts = {"type": "conversation_part.list", "conversation_parts": [], "total_count": 0}
    body = {"type": "conversation", "id": "123", "conversation_parts": parts}
    paths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json=body)

    options: dict[str, Any] = {"token": "tok_missing_ops_0123456789", "transport": httpx.MockTransport(answer)}
    if kind == "sync":
        with Intercom(**options) as client:
            result = fetch_complete_conversation(client, 123)
    else:
        async with AsyncIntercom(**options) as async_client:
            result = await fetch_complete_conversation(async_client, 123)
    assert (result.conversation.id, paths) == ("123", ["/conversations/123"])
