"""Rate limits: reading Intercom's headers, the state a client exposes, and pacing mode.

Pacing over real sockets, with truly concurrent requests, is in test_client_transports.py.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import AsyncIterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from intercom_client import NotFoundError, RateLimit, RateLimitError
from intercom_client._rate_limit import RateLimitPacer, retry_after_seconds
from tests.test_client_support import KINDS, Harness, Harnesses, WindowedRateLimit

NOW = 1_700_000_000.0


@pytest.fixture(params=KINDS)
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Harnesses]:
    harnesses = Harnesses(request.param)
    yield harnesses
    await harnesses.close_all()


def limits(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(reset)}


# -- headers -------------------------------------------------------------------------------------


def test_rate_limit_from_headers() -> None:
    headers = httpx.Headers(limits(1000, 998, 1700000060))
    assert RateLimit.from_headers(headers) == RateLimit(limit=1000, remaining=998, reset=1700000060.0)
    assert RateLimit.from_headers(httpx.Headers({"X-RateLimit-Remaining": "3"})) == RateLimit(None, 3, None)
    assert RateLimit.from_headers(httpx.Headers({"X-RateLimit-Limit": "many"})) is None
    assert RateLimit.from_headers(httpx.Headers({"Content-Type": "application/json"})) is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": email.utils.formatdate(NOW + 42, usegmt=True)}, 42.0),
        ({"Retry-After": email.utils.formatdate(NOW - 42, usegmt=True)}, 0.0),
        ({"X-RateLimit-Reset": str(int(NOW) + 9)}, 9.0),
        ({"Retry-After": "2", "X-RateLimit-Reset": str(int(NOW) + 9)}, 2.0),
        ({"Retry-After": "soon", "X-RateLimit-Reset": str(int(NOW) + 9)}, 9.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers(headers), now=NOW) == expected


# -- the pacer -----------------------------------------------------------------------------------


def test_pacer_lets_requests_go_while_it_knows_nothing() -> None:
    pacer = RateLimitPacer(max_wait=60)
    assert [pacer.acquire(NOW) for _ in range(5)] == [0.0] * 5
    for _ in range(5):
        pacer.release(None)
    assert pacer.acquire(NOW) == 0.0


def test_pacer_counts_down_the_remaining_requests_then_waits_for_the_reset() -> None:
    pacer = RateLimitPacer(max_wait=60)
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=10, remaining=2, reset=NOW + 5))
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW + 1) == 4.0  # 2 allowed, both taken: wait until the reset
    assert pacer.acquire(NOW + 6) == 0.0  # past the reset: a new window


def test_pacer_subtracts_requests_still_in_flight() -> None:
    pacer = RateLimitPacer(max_wait=60)
    for _ in range(3):
        pacer.acquire(NOW)
    # The first response says 3 remain, but two requests are still out: they may take two of those.
    pacer.release(RateLimit(limit=10, remaining=3, reset=NOW + 5))
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW) > 0


def test_pacer_keeps_the_lowest_count_of_a_window_and_ignores_stale_windows() -> None:
    pacer = RateLimitPacer(max_wait=60)
    for _ in range(3):
        pacer.acquire(NOW)
    pacer.release(RateLimit(10, remaining=1, reset=NOW + 5))  # 1 - 2 in flight
    pacer.release(RateLimit(10, remaining=4, reset=NOW + 5))  # arrived late: counts no more
    pacer.release(RateLimit(10, remaining=9, reset=NOW - 5))  # an older window
    assert pacer.acquire(NOW) == 5.0


def test_pacer_starts_over_with_a_new_window() -> None:
    pacer = RateLimitPacer(max_wait=60)
    pacer.acquire(NOW)
    pacer.release(RateLimit(10, remaining=0, reset=NOW + 5))
    assert pacer.acquire(NOW) == 5.0
    pacer.release(RateLimit(10, remaining=9, reset=NOW + 15))
    assert pacer.acquire(NOW + 6) == 0.0


def test_pacer_waits_no_longer_than_max_wait() -> None:
    pacer = RateLimitPacer(max_wait=3)
    pacer.acquire(NOW)
    pacer.release(RateLimit(10, remaining=0, reset=NOW + 600))
    assert pacer.acquire(NOW) == 3.0


def test_pacer_ignores_responses_without_a_reset() -> None:
    pacer = RateLimitPacer(max_wait=60)
    pacer.acquire(NOW)
    pacer.release(RateLimit(10, remaining=0, reset=None))
    assert pacer.acquire(NOW) == 0.0


# -- the client's rate-limit state ---------------------------------------------------------------


async def test_rate_limit_reflects_the_last_response(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(headers=limits(1000, 999, 1700000010))
    httpx_mock.add_response(status_code=404, headers=limits(1000, 998, 1700000010))
    httpx_mock.add_response()  # no rate-limit headers: the state stays
    client = make()
    states = [client.client.rate_limit]
    await client.request("GET", "/contacts")
    states.append(client.client.rate_limit)
    with pytest.raises(NotFoundError):
        await client.request("GET", "/contacts/missing")
    states.append(client.client.rate_limit)
    await client.request("GET", "/contacts")
    states.append(client.client.rate_limit)
    assert states == [
        None,
        RateLimit(limit=1000, remaining=999, reset=1700000010.0),
        RateLimit(limit=1000, remaining=998, reset=1700000010.0),  # error responses count too
        RateLimit(limit=1000, remaining=998, reset=1700000010.0),
    ]


async def test_rate_limit_is_shared_with_derived_clients(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(headers=limits(50, 7, 1700000010))
    client = make()
    await client.with_options(max_retries=0).request("GET", "/contacts")
    assert client.client.rate_limit == RateLimit(50, 7, 1700000010.0)


# -- pacing mode ---------------------------------------------------------------------------------


def serve(httpx_mock: HTTPXMock, server: WindowedRateLimit, *, yield_first: bool) -> None:
    """Answer every request from ``server``; with ``yield_first``, let other tasks run while it is in flight."""

    async def respond(request: httpx.Request) -> httpx.Response:
        status, headers = server.take()
        if yield_first:
            await asyncio.sleep(0)
        return httpx.Response(status, headers=headers, json={"type": "list"})

    def respond_sync(request: httpx.Request) -> httpx.Response:
        status, headers = server.take()
        return httpx.Response(status, headers=headers, json={"type": "list"})

    httpx_mock.add_callback(respond if yield_first else respond_sync, is_reusable=True)


async def test_concurrent_tasks_wait_for_the_reset_instead_of_getting_429(httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=5)
    serve(httpx_mock, server, yield_first=True)
    client = Harness("async", pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept)

    async def worker() -> int:
        for _ in range(5):
            await client.request("GET", "/contacts")
        return 5

    try:
        results = await asyncio.gather(*(worker() for _ in range(4)), return_exceptions=True)
    finally:
        await client.close()
    assert results == [5, 5, 5, 5]  # none failed, and max_retries=0: none was answered 429 either
    assert server.rejected == 0
    assert sum(server.counts.values()) == 20
    assert len(server.counts) >= 4  # 20 requests, 5 a window
    assert client.sleeps
    assert server.sleeps_ended_at_resets()


async def test_sequential_requests_wait_for_the_reset(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=3)
    serve(httpx_mock, server, yield_first=False)
    client = make(pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept)
    for _ in range(10):
        await client.request("GET", "/contacts")
    assert server.rejected == 0
    assert list(server.counts.values()) == [3, 3, 3, 1]
    assert len(client.sleeps) == 3  # one wait at the end of each full window
    assert server.sleeps_ended_at_resets()


async def test_without_pacing_the_limit_is_hit(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=3)
    serve(httpx_mock, server, yield_first=False)
    client = make(max_retries=0, on_sleep=server.slept)
    for _ in range(3):
        await client.request("GET", "/contacts")
    with pytest.raises(RateLimitError):
        await client.request("GET", "/contacts")
    assert client.sleeps == []


async def test_pacing_is_shared_with_derived_clients(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=2)
    serve(httpx_mock, server, yield_first=False)
    client = make(pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept)
    await client.request("GET", "/contacts")
    await client.with_options(version="2.10").request("GET", "/contacts")
    await client.with_options(timeout=5).request("GET", "/contacts")  # must wait: the parent used the window
    assert server.rejected == 0
    assert len(client.sleeps) == 1
