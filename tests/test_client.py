"""The clients' options, each tested on AsyncIntercom and Intercom: regions and base URLs, the token,
the Intercom-Version header, User-Agent, default headers, with_options, injected httpx clients and
transports, and closing the connection pool."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from intercom_client import AsyncIntercom, ConfigurationError, Intercom, InternalServerError, NotFoundError, __version__
from intercom_client.generated._spec import DEFAULT_API_VERSION
from tests.test_client_support import KINDS, TOKEN, US, Harnesses, find_get_operation


@pytest.fixture(params=KINDS)
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Harnesses]:
    harnesses = Harnesses(request.param)
    yield harnesses
    await harnesses.close_all()


def sent(httpx_mock: HTTPXMock) -> httpx.Request:
    """The one request the test sent."""
    request = httpx_mock.get_request()
    assert request is not None
    return request


def only(request: httpx.Request, name: str) -> str:
    """The single value of header ``name`` (failing if it was sent more than once)."""
    values = request.headers.get_list(name)
    assert len(values) == 1, f"{name} sent {len(values)} times: {values}"
    return values[0]


# -- base URL ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (None, "https://api.intercom.io"),
        ("us", "https://api.intercom.io"),
        ("eu", "https://api.eu.intercom.io"),
        ("au", "https://api.au.intercom.io"),
        ("EU", "https://api.eu.intercom.io"),
    ],
)
async def test_region_selects_base_url(
    make: Harnesses, httpx_mock: HTTPXMock, region: str | None, expected: str
) -> None:
    httpx_mock.add_response(url=f"{expected}/contacts")
    client = make(region=region)
    assert client.client.base_url == expected
    await client.request("GET", "/contacts")
    assert str(sent(httpx_mock).url) == f"{expected}/contacts"


def test_unknown_region_is_refused() -> None:
    for cls in (AsyncIntercom, Intercom):
        with pytest.raises(ConfigurationError, match="unknown region 'mars'"):
            cls(token=TOKEN, region="mars")


def test_region_and_base_url_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="either region or base_url"):
        Intercom(token=TOKEN, region="eu", base_url="https://proxy.example.test")


async def test_base_url_override(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://proxy.example.test/intercom/contacts?page=2")
    client = make(base_url="https://proxy.example.test/intercom/")
    assert client.client.base_url == "https://proxy.example.test/intercom"
    await client.request("GET", "/contacts", params={"page": 2})
    assert sent(httpx_mock).url.path == "/intercom/contacts"


async def test_full_url_is_sent_as_is(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://files.example.test/export.csv")
    await make().request("GET", "https://files.example.test/export.csv")


@pytest.mark.parametrize("kind", [AsyncIntercom, Intercom])
def test_plain_http_base_url_is_refused_unless_allowed(kind: type[AsyncIntercom | Intercom]) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_base_url") as caught:
        kind(token=TOKEN, base_url="http://intercom-proxy.internal")
    assert TOKEN not in str(caught.value)
    assert kind(token=TOKEN, base_url="http://intercom-proxy.internal", allow_insecure_base_url=True).base_url == (
        "http://intercom-proxy.internal"
    )


@pytest.mark.parametrize("url", ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])
def test_plain_http_is_allowed_for_localhost(url: str) -> None:
    assert Intercom(token=TOKEN, base_url=url).base_url == url


async def test_insecure_base_url_when_allowed_is_used(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="http://intercom-proxy.internal/me")
    await make(base_url="http://intercom-proxy.internal", allow_insecure_base_url=True).request("GET", "/me")


@pytest.mark.parametrize("url", ["ftp://api.intercom.io", "api.intercom.io", "https://", "http://[::1"])
def test_malformed_base_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        AsyncIntercom(token=TOKEN, base_url=url)


# -- token ---------------------------------------------------------------------------------------


async def test_token_from_argument(make: Harnesses, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", "tok_from_env")
    httpx_mock.add_response()
    await make(token="tok_from_arg").request("GET", "/me")
    assert only(sent(httpx_mock), "Authorization") == "Bearer tok_from_arg"


async def test_token_from_environment(make: Harnesses, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", "tok_from_env")
    httpx_mock.add_response()
    await make(token=None).request("GET", "/me")
    assert only(sent(httpx_mock), "Authorization") == "Bearer tok_from_env"


@pytest.mark.parametrize("kind", [AsyncIntercom, Intercom])
@pytest.mark.parametrize("token", [None, ""])
def test_missing_token_names_both_sources(
    kind: type[AsyncIntercom | Intercom], token: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        kind(token=token)
    assert "token=" in str(caught.value)
    assert "INTERCOM_ACCESS_TOKEN" in str(caught.value)


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        Intercom(token=TOKEN, max_retries=-1)
    with pytest.raises(ConfigurationError, match="max_retries"):
        Intercom(token=TOKEN).with_options(max_retries=-1)


# -- headers -------------------------------------------------------------------------------------


async def test_default_intercom_version_is_the_specs(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    client = make()
    assert client.client.version == DEFAULT_API_VERSION
    await client.request("GET", "/me")
    assert only(sent(httpx_mock), "Intercom-Version") == DEFAULT_API_VERSION


async def test_client_version_overrides_the_default(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    await make(version="2.11").request("GET", "/me")
    assert only(sent(httpx_mock), "Intercom-Version") == "2.11"


async def test_generated_operation_sends_the_client_version(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    operation = find_get_operation(decodes_json=False)
    httpx_mock.add_response(status_code=404, json={"type": "error.list", "errors": [{"code": "not_found"}]})
    with pytest.raises(NotFoundError):
        await make(version="2.11", max_retries=0).call(operation)
    assert only(sent(httpx_mock), "Intercom-Version") == "2.11"


async def test_per_call_intercom_version_wins(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    operation = find_get_operation(decodes_json=False)
    httpx_mock.add_response(status_code=404, json={"type": "error.list", "errors": [{"code": "not_found"}]})
    with pytest.raises(NotFoundError):
        await make(version="2.11", max_retries=0).call(operation, intercom_version="2.9")
    request = sent(httpx_mock)
    assert only(request, "Intercom-Version") == "2.9"
    assert only(request, "Authorization") == f"Bearer {TOKEN}"


async def test_user_agent_names_the_sdk_and_its_version(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    await make().request("GET", "/me")
    user_agent = only(sent(httpx_mock), "User-Agent")
    assert user_agent.startswith(f"intercom-client-python/{__version__} ")
    assert "python-httpx" not in user_agent


async def test_default_headers_are_sent(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    await make(default_headers={"X-Team": "billing", "Accept-Language": "fr"}).request("GET", "/me")
    request = sent(httpx_mock)
    assert only(request, "X-Team") == "billing"
    assert only(request, "Accept-Language") == "fr"
    assert only(request, "Accept") == "application/json"


async def test_default_headers_replace_case_insensitively(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    client = make(default_headers={"user-agent": "my-app/3.1", "authorization": "Bearer someone-else"})
    await client.request("GET", "/me", headers={"intercom-version": "2.8"})
    request = sent(httpx_mock)
    assert only(request, "User-Agent") == "my-app/3.1"
    assert only(request, "Intercom-Version") == "2.8"
    # The client's token is the one sent, whatever the default headers say.
    assert only(request, "Authorization") == f"Bearer {TOKEN}"


# -- with_options --------------------------------------------------------------------------------


async def test_with_options_changes_only_the_derived_client(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(is_reusable=True)
    parent = make(default_headers={"X-Team": "billing"})
    derived = parent.with_options(
        version="2.10", timeout=3.5, max_retries=5, default_headers={"X-Trace": "t1", "x-team": "sales"}
    )
    assert (derived.client.version, derived.client.timeout, derived.client.max_retries) == ("2.10", 3.5, 5)
    assert (parent.client.version, parent.client.max_retries) == (DEFAULT_API_VERSION, 2)

    await derived.request("GET", "/me")
    await parent.request("GET", "/me")
    sent_derived, sent_parent = httpx_mock.get_requests()
    assert only(sent_derived, "Intercom-Version") == "2.10"
    assert sent_derived.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    assert (only(sent_derived, "X-Trace"), only(sent_derived, "X-Team")) == ("t1", "sales")
    assert only(sent_parent, "Intercom-Version") == DEFAULT_API_VERSION
    assert sent_parent.extensions["timeout"] == httpx.Timeout(60.0, connect=10.0).as_dict()
    assert only(sent_parent, "X-Team") == "billing"
    assert "X-Trace" not in sent_parent.headers


async def test_with_options_max_retries_applies_to_the_derived_client(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500, is_reusable=True)
    parent = make(max_retries=2)
    with pytest.raises(InternalServerError):
        await parent.with_options(max_retries=0).request("GET", "/me")
    assert len(httpx_mock.get_requests()) == 1
    with pytest.raises(InternalServerError):
        await parent.request("GET", "/me")
    assert len(httpx_mock.get_requests()) == 1 + 3


async def test_with_options_shares_the_pool_and_closing_it_keeps_the_pool_open(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(is_reusable=True)
    parent = make()
    derived = parent.with_options(timeout=1.0)
    pool = parent.http
    assert derived.http is pool
    await derived.close()
    assert not pool.is_closed
    await parent.request("GET", "/me")
    await derived.request("GET", "/me")  # the derived client still works too: the pool is the parent's
    await parent.close()
    assert pool.is_closed


async def test_derived_client_as_context_manager_keeps_the_pool_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response()
    parent = AsyncIntercom(token=TOKEN)
    async with parent.with_options(version="2.10") as derived:
        await derived.request("GET", "/me")
    pool = parent._http
    assert not pool.is_closed
    await parent.aclose()
    assert pool.is_closed


def test_with_options_keeps_the_parent_as_it_was() -> None:
    parent = Intercom(token=TOKEN, version="2.11", timeout=5.0)
    parent.with_options(version="2.10", timeout=None, max_retries=0)
    assert (parent.version, parent.timeout, parent.max_retries) == ("2.11", 5.0, 2)
    assert parent.with_options(timeout=None).timeout is None


# -- injected httpx client / transport, closing --------------------------------------------------


async def test_injected_async_http_client_is_used_and_left_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{US}/me")
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    http = httpx.AsyncClient(event_hooks={"request": [on_request], "response": [on_response]}, headers={"X-Proxy": "1"})
    async with AsyncIntercom(token=TOKEN, http_client=http) as client:
        assert client._http is http
        await client.request("GET", "/me")
    assert seen == ["request /me", "response 200"]
    assert only(sent(httpx_mock), "X-Proxy") == "1"
    assert not http.is_closed  # the caller owns it
    await http.aclose()


def test_injected_sync_http_client_is_used_and_left_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{US}/me")
    seen: list[str] = []
    http = httpx.Client(
        event_hooks={
            "request": [lambda request: seen.append(f"request {request.url.path}")],
            "response": [lambda response: seen.append(f"response {response.status_code}")],
        }
    )
    with Intercom(token=TOKEN, http_client=http) as client:
        assert client._http is http
        client.request("GET", "/me")
    assert seen == ["request /me", "response 200"]
    assert not http.is_closed
    http.close()


async def test_injected_transport_carries_the_requests() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"type": "admin"})

    async with AsyncIntercom(token=TOKEN, region="eu", transport=httpx.MockTransport(handler)) as aclient:
        assert (await aclient.request("GET", "/me")).json() == {"type": "admin"}
        apool = aclient._http
    assert apool.is_closed
    with Intercom(token=TOKEN, region="au", transport=httpx.MockTransport(handler)) as client:
        client.request("GET", "/me")
        pool = client._http
    assert pool.is_closed
    assert [str(r.url) for r in sent] == ["https://api.eu.intercom.io/me", "https://api.au.intercom.io/me"]
    assert all(only(r, "Authorization") == f"Bearer {TOKEN}" for r in sent)


def test_http_client_and_transport_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="either http_client or transport"):
        Intercom(token=TOKEN, http_client=httpx.Client(), transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(ConfigurationError, match="either http_client or transport"):
        AsyncIntercom(
            token=TOKEN,
            http_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


async def test_context_manager_closes_the_pool(make: Harnesses) -> None:
    client = make().client
    if isinstance(client, AsyncIntercom):
        async with client as entered:
            assert entered is client
            pool: httpx.AsyncClient | httpx.Client = client._http
            assert not pool.is_closed
    else:
        with client as entered_sync:
            assert entered_sync is client
            pool = client._http
            assert not pool.is_closed
    assert pool.is_closed


@pytest.mark.parametrize("token", ["   ", "s3cr3t x", "s3cr3t\n", "\ts3cr3t"])
def test_blank_or_malformed_tokens_are_refused_without_echoing_them(token: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        AsyncIntercom(token=token)
    assert token.strip() == "" or token.strip() not in str(caught.value)


# -- deadlines and the pacer interface ---------------------------------------------------------------


def test_attempt_timeout_defaults_to_the_largest_part_of_timeout() -> None:
    assert AsyncIntercom(token=TOKEN).attempt_timeout == 60.0  # httpx.Timeout(60, connect=10)
    assert Intercom(token=TOKEN, timeout=2.5).attempt_timeout == 2.5
    assert AsyncIntercom(token=TOKEN, timeout=httpx.Timeout(5, read=30)).attempt_timeout == 30.0
    assert AsyncIntercom(token=TOKEN, timeout=None).attempt_timeout is None
    assert AsyncIntercom(token=TOKEN, timeout=5, attempt_timeout=None).attempt_timeout is None
    assert Intercom(token=TOKEN, timeout=5, attempt_timeout=12).attempt_timeout == 12.0


def test_with_options_sets_deadlines_on_the_derived_client_only() -> None:
    client = AsyncIntercom(token=TOKEN, timeout=10)
    derived = client.with_options(deadline=3, timeout=2)
    assert (derived.deadline, derived.timeout, derived.attempt_timeout) == (3.0, 2.0, 2.0)
    assert (client.deadline, client.timeout, client.attempt_timeout) == (None, 10.0, 10.0)
    assert client.with_options(attempt_timeout=4).attempt_timeout == 4.0
    assert derived.with_options(deadline=None).deadline is None


@pytest.mark.parametrize(
    "options",
    [
        {"deadline": 0},
        {"deadline": -1},
        {"deadline": float("nan")},
        {"attempt_timeout": float("inf")},
        {"timeout": -2},
        {"timeout": httpx.Timeout(5, read=-1)},
        {"max_retry_wait": -1},
        {"max_retries": 1.5},
        {"deadline": "5"},
    ],
    ids=repr,
)
def test_bad_deadline_options_are_refused_by_name(options: dict[str, object]) -> None:
    name = next(iter(options))
    for kind in (AsyncIntercom, Intercom):
        with pytest.raises(ConfigurationError, match=name):
            kind(token=TOKEN, **options)  # type: ignore[arg-type]


class CountingLimiter:
    """A RateLimiter of the test's own: lets everything through and counts."""

    def __init__(self) -> None:
        self.acquired = 0
        self.released: list[object] = []

    def acquire(self, now: float) -> float:
        self.acquired += 1
        return 0.0

    def release(self, rate_limit: object) -> None:
        self.released.append(rate_limit)


async def test_a_rate_limiter_of_your_own_is_asked_before_and_told_after_each_attempt(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    from intercom_client import RateLimit

    limiter = CountingLimiter()
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(headers={"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "5"})
    await make(rate_limiter=limiter).request("GET", "/contacts")
    assert limiter.acquired == 2
    assert limiter.released == [RateLimit(None, None, None), RateLimit(10, 9, 5.0)]


def test_a_rate_limiter_without_the_interface_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="rate_limiter"):
        AsyncIntercom(token=TOKEN, rate_limiter=object())  # type: ignore[arg-type]


async def test_pacing_that_would_wait_beyond_max_retry_wait_raises_without_sending(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    from intercom_client import RateLimitError

    class Closed(CountingLimiter):
        def acquire(self, now: float) -> float:
            return 120.0  # the window resets in two minutes

    client = make(rate_limiter=Closed(), max_retry_wait=30)
    with pytest.raises(RateLimitError) as caught:
        await client.request("GET", "/contacts")
    assert caught.value.paced is True
    assert caught.value.retry_after == 120.0
    assert "not sent" in str(caught.value)
    assert httpx_mock.get_requests() == []
    assert client.sleeps == []


async def test_per_call_deadline_stops_retrying_when_the_next_wait_would_pass_it(
    make: Harnesses, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=503, headers={"Retry-After": "2"}, is_reusable=True)
    client = make(max_retries=5, deadline=5)
    with pytest.raises(InternalServerError):
        await client.request("GET", "/contacts")
    # The waits move the client's deadline clock: attempts at 0, 2 and 4 s; a third wait would end at 6 > 5.
    assert client.sleeps == [2.0, 2.0]
    assert len(httpx_mock.get_requests()) == 3


class StuckTransport(httpx.AsyncBaseTransport):
    """A transport of the user's own that ignores every deadline."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        await asyncio.sleep(60)
        return httpx.Response(200)


class BrokenTransport(httpx.AsyncBaseTransport):
    """A transport of the user's own that lets a bare OSError through."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConnectionResetError(104, "Connection reset by peer")


async def test_a_foreign_transport_that_ignores_the_deadline_is_given_up_on() -> None:
    import time

    from intercom_client import APITimeoutError

    async with AsyncIntercom(token=TOKEN, transport=StuckTransport(), attempt_timeout=0.2, max_retries=0) as client:
        started = time.perf_counter()
        with pytest.raises(APITimeoutError, match="did not end within its total"):
            await client.request("GET", "/me")
        assert time.perf_counter() - started < 2.0


async def test_a_bare_os_error_from_a_foreign_transport_is_a_typed_connection_error() -> None:
    from intercom_client import APIConnectionError

    async with AsyncIntercom(token=TOKEN, transport=BrokenTransport(), max_retries=1) as client:
        with pytest.raises(APIConnectionError, match="ConnectionResetError") as caught:
            await client.request("GET", "/me")
    assert isinstance(caught.value.__cause__, httpx.ReadError)


class SlowTransport(httpx.AsyncBaseTransport):
    """Answers after ``delay`` seconds, and records whether a cancellation ever reached it."""

    def __init__(self, delay: float = 0.2) -> None:
        self.delay = delay
        self.cancelled = 0
        self.answered = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        try:
            await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        self.answered += 1
        return httpx.Response(200, json={})


async def test_a_cancelled_call_returns_at_once_and_its_attempt_is_never_cancelled() -> None:
    # What keeps httpx's pool from leaking slots (encode/httpcore#1093): the transport never sees the
    # caller's cancellation; the attempt ends on its own, in the background.
    import asyncio
    import time

    transport = SlowTransport(delay=1.5)
    async with AsyncIntercom(token=TOKEN, transport=transport) as client:
        calls = [asyncio.ensure_future(client.request("GET", f"/me/{i}")) for i in range(20)]
        timed = [asyncio.wait_for(client.request("GET", f"/me/w{i}"), 0.05) for i in range(20)]
        await asyncio.sleep(0.05)
        started = time.perf_counter()
        for call in calls:
            call.cancel()
        outcomes = await asyncio.gather(*calls, *timed, return_exceptions=True)
        # Every caller is back while every attempt is still running (they take 1.5 s each).
        assert transport.answered == 0 and time.perf_counter() - started < 1.0
        assert all(isinstance(o, (asyncio.CancelledError, TimeoutError)) for o in outcomes)
        assert len(client._http_slot.background) == 40
        deadline = time.monotonic() + 10
        while client._http_slot.background and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert (transport.answered, transport.cancelled) == (40, 0)
        assert client._http_slot.background == set()


async def test_closing_the_client_ends_the_attempts_still_running() -> None:
    import asyncio

    transport = SlowTransport()
    client = AsyncIntercom(token=TOKEN, transport=transport)
    call = asyncio.ensure_future(client.request("GET", "/me"))
    await asyncio.sleep(0.05)
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    await client.aclose()
    assert transport.cancelled == 1 and client._http_slot.background == set()
