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
