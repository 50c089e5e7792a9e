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
from intercom_client._rate_limit import PROBE_WAIT, RateLimiter, RateLimitPacer, retry_after_seconds
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
        ({"Retry-After": "-3"}, None),  # not in the future: the caller backs off instead of retrying at once
        ({"Retry-After": "0"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e400"}, None),  # overflows to inf
        ({"Retry-After": email.utils.formatdate(NOW + 42, usegmt=True)}, 42.0),
        ({"Retry-After": email.utils.formatdate(NOW - 42, usegmt=True)}, None),
        ({"Retry-After": "Mon, 99 Foo 20000 99:99:99 GMT"}, None),
        ({"X-RateLimit-Reset": str(int(NOW) + 9)}, 9.0),
        ({"X-RateLimit-Reset": str(int(NOW) - 9)}, None),  # past (the client's clock is ahead)
        ({"X-RateLimit-Reset": "1e309"}, None),
        ({"Retry-After": "2", "X-RateLimit-Reset": str(int(NOW) + 9)}, 2.0),
        ({"Retry-After": "soon", "X-RateLimit-Reset": str(int(NOW) + 9)}, 9.0),
        ({"Retry-After": "-1", "X-RateLimit-Reset": str(int(NOW) + 9)}, 9.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds_for_a_429(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers(headers), now=NOW) == expected


@pytest.mark.parametrize("status", [408, 503])
def test_only_a_429_takes_its_wait_from_the_rate_limit_reset(status: int) -> None:
    # Intercom sends X-RateLimit-Reset on every response: on a 503 it says nothing about when to retry.
    headers = httpx.Headers({"X-RateLimit-Reset": str(int(NOW) + 9)})
    assert retry_after_seconds(headers, now=NOW, status=status) is None
    assert retry_after_seconds(headers, now=NOW, status=429) == 9.0
    headers = httpx.Headers({"Retry-After": "2", "X-RateLimit-Reset": str(int(NOW) + 9)})
    assert retry_after_seconds(headers, now=NOW, status=status) == 2.0


# -- the pacer -----------------------------------------------------------------------------------


def test_the_pacer_implements_the_rate_limiter_interface() -> None:
    assert isinstance(RateLimitPacer(), RateLimiter)
    assert not isinstance(object(), RateLimiter)


def test_pacer_sends_one_request_alone_until_it_knows_the_limit() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0  # the probe
    assert pacer.acquire(NOW) == PROBE_WAIT  # the others wait for its answer
    pacer.release(RateLimit(limit=10, remaining=9, reset=NOW + 5))
    assert [pacer.acquire(NOW) for _ in range(9)] == [0.0] * 9
    assert pacer.acquire(NOW) == 5.0


def test_pacer_does_not_pace_a_server_that_reports_no_limit() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(None, None, None))
    assert [pacer.acquire(NOW) for _ in range(50)] == [0.0] * 50


def test_a_failed_probe_lets_the_next_request_probe() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW) == PROBE_WAIT
    pacer.release(None)  # no response: nothing learned
    assert pacer.acquire(NOW) == 0.0


def test_pacer_counts_down_the_remaining_requests_then_waits_for_the_reset() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=10, remaining=2, reset=NOW + 5))
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW + 1) == 4.0  # 2 allowed, both taken: wait until the reset, then ask again


def test_pacer_subtracts_requests_still_in_flight() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=10, remaining=9, reset=NOW + 5))
    for _ in range(3):
        assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=10, remaining=3, reset=NOW + 5))  # 3 left, 2 of ours still in flight
    assert pacer.acquire(NOW) == 0.0
    assert pacer.acquire(NOW) == 5.0


def test_after_a_reset_waiters_are_let_through_one_window_at_a_time() -> None:
    # 25 tasks waiting on a limit of 10: the new window lets 10 through (less what is in flight), the rest
    # wait for that window's end; nobody is let through just because the reset passed.
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=10, remaining=0, reset=NOW + 5))
    assert all(pacer.acquire(NOW) == 5.0 for _ in range(25))
    after = NOW + 5
    grants = [pacer.acquire(after) for _ in range(25)]
    assert grants.count(0.0) == 10
    assert all(g == PROBE_WAIT for g in grants[10:])  # the new window's end is not known yet
    pacer.release(RateLimit(limit=10, remaining=9, reset=after + 5))  # its first answer: 9 in flight
    assert pacer.acquire(after) == 5.0


def test_in_flight_requests_are_counted_against_the_new_window() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(limit=4, remaining=3, reset=NOW + 5))
    for _ in range(3):
        assert pacer.acquire(NOW) == 0.0  # 3 in flight across the reset
    grants = [pacer.acquire(NOW + 5) for _ in range(4)]
    assert grants.count(0.0) == 1  # 4 - 3 in flight


def test_pacer_keeps_the_lowest_count_of_a_window_and_ignores_stale_windows() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(10, remaining=8, reset=NOW + 5))
    for _ in range(2):
        assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(10, remaining=1, reset=NOW + 5))  # 1 - 1 in flight
    pacer.release(RateLimit(10, remaining=4, reset=NOW + 5))  # arrived late: counts no more
    pacer.release(RateLimit(10, remaining=9, reset=NOW - 5))  # an older window
    assert pacer.acquire(NOW) == 5.0


def test_a_late_answer_from_a_window_that_is_over_is_ignored() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(10, remaining=1, reset=NOW + 5))
    assert pacer.acquire(NOW) == 0.0  # in flight across the reset
    assert [pacer.acquire(NOW + 5) for _ in range(10)].count(0.0) == 9
    pacer.release(RateLimit(10, remaining=0, reset=NOW + 5))  # the old window's answer
    assert pacer.acquire(NOW + 5) == PROBE_WAIT  # not "past its reset: a fresh window of 10"


def test_the_server_moving_to_a_later_window_starts_a_new_count() -> None:
    pacer = RateLimitPacer()
    assert pacer.acquire(NOW) == 0.0
    pacer.release(RateLimit(10, remaining=0, reset=NOW + 5))
    assert pacer.acquire(NOW) == 5.0
    pacer.release(RateLimit(10, remaining=9, reset=NOW + 15))  # e.g. another client's answer
    assert pacer.acquire(NOW + 6) == 0.0


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
    client = Harness(
        "async", pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept, clock=server.time
    )

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
    client = make(pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept, clock=server.time)
    for _ in range(10):
        await client.request("GET", "/contacts")
    assert server.rejected == 0
    assert list(server.counts.values()) == [3, 3, 3, 1]
    assert len(client.sleeps) == 3  # one wait at the end of each full window
    assert server.sleeps_ended_at_resets()


async def test_without_pacing_the_limit_is_hit(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=3)
    serve(httpx_mock, server, yield_first=False)
    client = make(max_retries=0, on_sleep=server.slept, clock=server.time)
    for _ in range(3):
        await client.request("GET", "/contacts")
    with pytest.raises(RateLimitError):
        await client.request("GET", "/contacts")
    assert client.sleeps == []


async def test_pacing_is_shared_with_derived_clients(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    server = WindowedRateLimit(limit=2)
    serve(httpx_mock, server, yield_first=False)
    client = make(pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=server.slept, clock=server.time)
    await client.request("GET", "/contacts")
    await client.with_options(version="2.10").request("GET", "/contacts")
    await client.with_options(timeout=5).request("GET", "/contacts")  # must wait: the parent used the window
    assert server.rejected == 0
    assert len(client.sleeps) == 1
