"""``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``, honoured as httpx's ``trust_env`` does.

Before, the SDK passed its own transport to httpx, which then builds no proxy from the environment,
and the aiohttp backend had no way to use a proxy at all: behind a corporate proxy no call got out.
The proxy here is a byte-level server on 127.0.0.1 that answers each request itself, naming the
request line it received: a forward proxy receives the absolute URL (``GET http://host:port/path``).
Like httpx, the SDK proxies 127.0.0.1 and localhost too unless ``NO_PROXY`` names them.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from intercom_client import APIConnectionError, APITimeoutError, AsyncIntercom, ConfigurationError, Intercom
from tests.faults.server import Call, FaultServer, Plan, Received, Wait, closed_port, reply
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
PASSWORD = "pr0xyPASSWORDz9"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy variable of the machine running the tests (either case) leaks into them."""
    for name in (*PROXY_VARIABLES, "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def as_proxy(received: Received) -> Plan:
    return reply(200, {"via": "proxy", "request_line": f"{received.method} {received.path}"})


@pytest.fixture
def servers() -> Iterator[tuple[FaultServer, FaultServer]]:
    """The proxy and the origin (the API's stand-in), both on 127.0.0.1."""
    with FaultServer(default=[Call(as_proxy)]) as proxy, FaultServer(default=reply(200, {"via": "origin"})) as origin:
        yield proxy, origin


def make(client: str, url: str, **options: Any) -> AsyncIntercom | Intercom:
    options = {"token": TOKEN, "base_url": url, "max_retries": 0, **options}
    if client == "sync":
        return Intercom(**options)
    return AsyncIntercom(http_backend=client, **options)


def get(client: AsyncIntercom | Intercom, path: str = "/me") -> Any:
    """One call's outcome: the decoded body, or the error raised."""

    async def main() -> Any:
        try:
            if isinstance(client, AsyncIntercom):
                async with client:
                    return (await client.request("GET", path)).json()
            with client:
                return client.request("GET", path).json()
        except Exception as exc:
            return exc

    return asyncio.run(main())


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"])
def test_a_proxy_in_the_environment_carries_the_requests(
    client: str, variable: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv(variable, proxy.url)
    body = get(make(client, origin.url))
    assert body == {"via": "proxy", "request_line": f"GET {origin.url}/me"}
    assert origin.attempts == 0


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*", "http://127.0.0.1"])
def test_no_proxy_naming_the_host_sends_direct(
    client: str, no_proxy: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    assert get(make(client, origin.url)) == {"via": "origin"}
    assert proxy.attempts == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_no_proxy_naming_another_host_still_proxies(
    client: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "localhost,example.com,10.0.0.1")  # as httpx: localhost is not 127.0.0.1
    assert get(make(client, origin.url))["via"] == "proxy"


@pytest.mark.parametrize("client", CLIENTS)
def test_an_https_proxy_variable_leaves_http_requests_direct(
    client: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert get(make(client, origin.url)) == {"via": "origin"}
    assert proxy.attempts == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_trust_env_false_ignores_the_environment(
    client: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    assert get(make(client, origin.url, trust_env=False)) == {"via": "origin"}
    assert proxy.attempts == 0


def test_a_transport_you_pass_is_used_as_given(
    servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As with httpx: a transport passed in is not wrapped in the environment's proxies."""
    proxy, origin = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert get(Intercom(token=TOKEN, base_url=origin.url, transport=httpx.HTTPTransport())) == {"via": "origin"}
    assert proxy.attempts == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_proxy_credentials_are_sent_to_the_proxy_only(
    client: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, origin = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url.replace("//", f"//ada:{PASSWORD}@"))
    intercom = make(client, origin.url)
    assert PASSWORD not in repr(intercom)
    assert get(intercom)["via"] == "proxy"
    (received,) = proxy.received
    import base64

    assert received.headers["proxy-authorization"] == "Basic " + base64.b64encode(f"ada:{PASSWORD}".encode()).decode()


def secret_free(error: BaseException, records: list[logging.LogRecord]) -> None:
    texts = ["".join(traceback.format_exception(error))]
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    texts += [record.getMessage() for record in records] + [repr(record.__dict__) for record in records]
    for text in texts:
        assert PASSWORD not in text, text


@pytest.mark.parametrize("client", CLIENTS)
def test_an_unreachable_proxy_is_a_connection_error_without_its_password(
    client: str,
    servers: tuple[FaultServer, FaultServer],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, origin = servers
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("HTTP_PROXY", f"http://ada:{PASSWORD}@127.0.0.1:{closed_port()}")
    outcome = get(make(client, origin.url))
    assert isinstance(outcome, APIConnectionError), repr(outcome)
    secret_free(outcome, caplog.records)
    assert origin.attempts == 0  # never around the proxy the caller named


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("url", [f"ftp://ada:{PASSWORD}@127.0.0.1:1", f"http://ada:{PASSWORD}@[::1"])
def test_a_bad_proxy_url_is_a_configuration_error_without_its_password(
    client: str, url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("HTTP_PROXY", url)
    with pytest.raises(ConfigurationError, match="HTTP_PROXY") as caught:
        make(client, "http://127.0.0.1:1")
    secret_free(caught.value, caplog.records)


@pytest.mark.parametrize("client", CLIENTS)
def test_proxied_attempts_keep_their_deadline(
    client: str, servers: tuple[FaultServer, FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy that never answers: the attempt still ends by its total (the SDK's transports under the proxy too)."""
    proxy, origin = servers
    proxy.script.append([Wait(5.0)])
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    started = time.monotonic()
    outcome = get(make(client, origin.url, attempt_timeout=0.3, timeout=10.0))
    assert isinstance(outcome, APITimeoutError), repr(outcome)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("client", CLIENTS)
def test_a_socks_proxy_that_cannot_be_used_is_refused_at_construction(
    client: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SOCKS needs socksio on httpx and is not supported by aiohttp: said when the client is made, not at a call."""
    monkeypatch.setenv("ALL_PROXY", f"socks5://ada:{PASSWORD}@127.0.0.1:1")
    monkeypatch.setitem(sys.modules, "socksio", None)  # not installed, wherever the tests run
    with pytest.raises(ConfigurationError, match=r"ALL_PROXY.*SOCKS") as caught:
        make(client, "http://127.0.0.1:1")
    secret_free(caught.value, [])
