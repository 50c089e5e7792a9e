"""``INTERCOM_BASE_URL``: point a program at a mock or a proxy without changing its code.

Precedence: an explicit ``base_url=`` wins, then the environment variable (set and not empty), then the
region's URL (``us`` by default); the variable overrides ``region=``. It is checked as ``base_url=`` is,
and a bad one is a ConfigurationError naming the variable, not repeating the URL (it may carry
credentials). A request really goes there (a byte-level server on 127.0.0.1), on the three clients.
"""

from __future__ import annotations

import asyncio

import pytest

from intercom_client import AsyncIntercom, ConfigurationError, Intercom
from tests.faults.server import FaultServer
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import TOKEN


@pytest.mark.parametrize("client", CLIENTS)
def test_requests_go_where_the_environment_says(client: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer() as server:
        monkeypatch.setenv("INTERCOM_BASE_URL", server.url + "/")

        async def main() -> None:
            if client == "sync":
                with Intercom(token=TOKEN, region="eu", max_retries=0) as intercom:
                    assert intercom.base_url == server.url
                    await asyncio.to_thread(intercom.admins.identify)
            else:
                async with AsyncIntercom(token=TOKEN, region="eu", max_retries=0, http_backend=client) as aclient:  # type: ignore[arg-type]
                    assert aclient.base_url == server.url
                    await aclient.admins.identify()

        asyncio.run(main())
        assert [(r.method, r.path) for r in server.received] == [("GET", "/me")]


def test_an_explicit_base_url_wins_and_an_empty_variable_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_BASE_URL", "http://127.0.0.1:9")
    assert Intercom(token=TOKEN, base_url="https://mock.example").base_url == "https://mock.example"
    monkeypatch.setenv("INTERCOM_BASE_URL", "  ")
    assert Intercom(token=TOKEN, region="au").base_url == "https://api.au.intercom.io"
    monkeypatch.delenv("INTERCOM_BASE_URL")
    assert AsyncIntercom(token=TOKEN).base_url == "https://api.intercom.io"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("ftp://user:hunter2@mock.example", "must be an http(s) URL with a host"),
        ("http://user:hunter2@mock.example", "refusing to send the access token over plain http to mock.example"),
        ("http://[::1:hunter2", "is not a valid URL"),
        # a user:password would show in repr(client); a query or fragment would swallow each request's path
        ("https://user:hunter2@mock.example", "must have no user:password, query or fragment"),
        ("https://mock.example/v1?key=hunter2", "must have no user:password, query or fragment"),
        ("https://mock.example#hunter2", "must have no user:password, query or fragment"),
    ],
)
def test_a_bad_variable_is_a_configuration_error_naming_it(
    value: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERCOM_BASE_URL", value)
    with pytest.raises(ConfigurationError) as caught:
        Intercom(token=TOKEN)
    assert "INTERCOM_BASE_URL" in str(caught.value) and problem in str(caught.value)
    assert "hunter2" not in str(caught.value)
    monkeypatch.setenv("INTERCOM_BASE_URL", "http://mock.example")
    assert Intercom(token=TOKEN, allow_insecure_base_url=True).base_url == "http://mock.example"
