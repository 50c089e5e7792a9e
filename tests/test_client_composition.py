"""The public clients are generated on the hand-written runtime: the resources on the runtime's bases,
with the runtime's documentation and the spec's default version and User-Agent (CONTRIBUTING.md, Layers)."""

from __future__ import annotations

import pydoc

import pytest

import intercom_client
from intercom_client import AsyncIntercom, ConfigurationError, Intercom
from intercom_client._client import AsyncIntercomBase, SyncIntercomBase
from intercom_client._version import __version__, user_agent
from intercom_client.generated import client as generated_client
from intercom_client.generated._spec import API_VERSION, DEFAULT_API_VERSION, SPEC_COMMIT
from intercom_client.generated.api import AsyncResources, SyncResources


@pytest.mark.parametrize(
    ("public", "resources", "base", "documented"),
    [
        (AsyncIntercom, AsyncResources, AsyncIntercomBase, "max_connections: The most connections"),
        (Intercom, SyncResources, SyncIntercomBase, "with the same options as :class:`AsyncIntercom`"),
    ],
)
def test_the_public_client_is_the_generated_composition(
    public: type, resources: type, base: type, documented: str
) -> None:
    assert public is getattr(generated_client, public.__name__)
    assert public.__bases__ == (resources, base)
    # the runtime's documentation of the options, for help() and IDEs
    assert public.__doc__ == base.__doc__
    assert documented in (public.__doc__ or "")
    assert documented in pydoc.render_doc(public, renderer=pydoc.plaintext)


def test_the_generated_side_gives_the_default_version_and_the_user_agent() -> None:
    expected = f"intercom-client-python/{__version__} (Intercom API {API_VERSION}; spec {SPEC_COMMIT[:12]})"
    assert generated_client.USER_AGENT == user_agent(API_VERSION, SPEC_COMMIT) == expected
    for client in (AsyncIntercom(token="t"), Intercom(token="t")):
        assert client.version == DEFAULT_API_VERSION
        assert client._headers["User-Agent"] == expected
        assert client._headers["Intercom-Version"] == DEFAULT_API_VERSION
    assert AsyncIntercom(token="t", version="2.11").version == "2.11"


@pytest.mark.parametrize("base", [AsyncIntercomBase, SyncIntercomBase])
def test_a_runtime_base_has_no_default_version_of_its_own(base: type) -> None:
    """The runtime knows no spec: a base used on its own needs version=, and says so."""
    with pytest.raises(ConfigurationError, match="no default API version: pass version="):
        base(token="t")
    client = base(token="t", version="2.11")
    assert client.version == "2.11"
    assert client._headers["User-Agent"] == f"intercom-client-python/{__version__}"


def test_the_package_exports_the_generated_clients() -> None:
    assert intercom_client.AsyncIntercom is generated_client.AsyncIntercom
    assert intercom_client.Intercom is generated_client.Intercom
    assert "AsyncIntercomBase" not in intercom_client.__all__
