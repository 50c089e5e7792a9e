"""More calls than connections: waiting for a connection is not an attempt that timed out.

With a pool of ``max_connections`` connections and more calls than that at once, the extra calls
wait for a connection slot. That wait is bounded by the pool timeout and by the call's ``deadline``,
not by ``attempt_timeout``: an attempt's total starts when it gets its connection. Before, the wait
was counted in the attempt's total, so under load every call that waited longer than
``attempt_timeout`` failed without being sent (at 10,000 concurrent calls, all of them did).

Against a byte-level server answering each request in 0.3 s, with 2 connections, on the three clients.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from intercom_client import APITimeoutError, AsyncIntercom, ConfigurationError, Intercom
from tests.faults.server import OK, FaultServer, Wait
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")
ANSWER_IN = 0.3


async def concurrent_calls(client: str, url: str, calls: int, **options: Any) -> tuple[list[Any], float]:
    """The outcomes (status or exception) of ``calls`` calls started together, and the seconds they took."""
    options = {"token": TOKEN, "base_url": url, "max_connections": 2, "max_retries": 0, **options}
    started = time.perf_counter()
    if client == "sync":
        with Intercom(**options) as sync, ThreadPoolExecutor(max_workers=calls) as pool:
            futures = [pool.submit(sync.request, "GET", f"/contacts/{i}") for i in range(calls)]
            outcomes = [f.exception() or f.result().status_code for f in futures]
    else:
        async with AsyncIntercom(http_backend=client, **options) as intercom:  # type: ignore[arg-type]
            results = await asyncio.gather(
                *(intercom.request("GET", f"/contacts/{i}") for i in range(calls)), return_exceptions=True
            )
            outcomes = [r if isinstance(r, BaseException) else r.status_code for r in results]
    return outcomes, time.perf_counter() - started


def run(client: str, calls: int, **options: Any) -> tuple[list[Any], float, FaultServer]:
    server = FaultServer(default=[Wait(ANSWER_IN), *OK])
    with server:
        outcomes, took = asyncio.run(asyncio.wait_for(concurrent_calls(client, server.url, calls, **options), 10))
    return outcomes, took, server


@pytest.mark.parametrize("client", CLIENTS)
def test_calls_that_waited_for_a_connection_still_succeed(client: str) -> None:
    """6 calls, 2 connections, answers in 0.3 s, attempt_timeout 0.5 s: the last two wait 0.6 s, and succeed."""
    outcomes, took, server = run(client, 6, attempt_timeout=0.5, timeout=5.0)
    assert outcomes == [200] * 6
    assert server.connections <= 2
    assert 3 * ANSWER_IN <= took < 3 * ANSWER_IN + 1.0


@pytest.mark.parametrize("client", CLIENTS)
def test_the_wait_for_a_connection_is_bounded_by_the_pool_timeout(client: str) -> None:
    """The same with a pool timeout of 0.1 s: two calls succeed, the two that waited fail at once, unsent."""
    outcomes, took, server = run(client, 4, attempt_timeout=0.5, timeout=httpx.Timeout(5.0, pool=0.1))
    assert sorted(o for o in outcomes if isinstance(o, int)) == [200, 200]
    errors = [o for o in outcomes if not isinstance(o, int)]
    assert len(errors) == 2 and all(isinstance(e, APITimeoutError) for e in errors), errors
    assert server.attempts == 2  # the two that timed out waiting were never sent
    assert took < ANSWER_IN + 0.5


@pytest.mark.parametrize("client", CLIENTS)
def test_the_wait_for_a_connection_is_bounded_by_the_calls_deadline(client: str) -> None:
    """With deadline 0.45 s, the calls that got a connection at 0.3 s are cut at the call's deadline."""
    outcomes, took, _ = run(client, 4, attempt_timeout=0.5, timeout=5.0, deadline=0.45)
    assert sorted(o for o in outcomes if isinstance(o, int)) == [200, 200]
    errors = [o for o in outcomes if not isinstance(o, int)]
    assert len(errors) == 2 and all(isinstance(e, APITimeoutError) for e in errors), errors
    assert took < 0.45 + 0.4


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "2"])
def test_max_connections_must_be_a_positive_integer(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_connections"):
        AsyncIntercom(token=TOKEN, max_connections=value)
    with pytest.raises(ConfigurationError, match="max_connections"):
        Intercom(token=TOKEN, max_connections=value)


def test_waiters_that_time_out_or_are_cancelled_leave_no_slot_taken_and_a_bounded_queue() -> None:
    """The SDK's queue for connection slots (both async backends): 1,000 waiters time out or are
    cancelled while the only slot is held; the queue is compacted as they go, and the slot, once
    released, is free for the next request at once."""
    from intercom_client._transport import _Slots

    async def main() -> tuple[list[Any], int, bool, bool]:
        slots = _Slots(1)
        assert await slots.acquire(None)
        timing_out = [asyncio.ensure_future(slots.acquire(0.01)) for _ in range(500)]
        cancelled = [asyncio.ensure_future(slots.acquire(None)) for _ in range(500)]
        await asyncio.sleep(0)
        for task in cancelled:
            task.cancel()
        outcomes = await asyncio.gather(*timing_out, *cancelled, return_exceptions=True)
        queued = len(slots._waiters)
        slots.release()
        again = await asyncio.wait_for(slots.acquire(0.01), 1)
        slots.release()
        handed_over = asyncio.ensure_future(slots.acquire(1))
        return outcomes, queued, again, await handed_over

    outcomes, queued, again, handed_over = asyncio.run(main())
    assert outcomes[:500] == [False] * 500
    assert all(isinstance(o, asyncio.CancelledError) for o in outcomes[500:])
    assert queued <= 128  # not 1,000: finished waiters do not pile up
    assert again and handed_over


async def test_a_shard_that_cannot_be_made_gives_its_slot_back() -> None:
    """Making a connection's shard failed (e.g. a transport refusing its options): the slot it waited for is
    free again, so the next request fails the same way at once instead of waiting out the pool timeout."""
    from intercom_client._transport import ShardedTransport

    def broken_shard() -> httpx.AsyncHTTPTransport:
        raise OSError("no shard today")

    transport = ShardedTransport(broken_shard, max_connections=1)
    request = httpx.Request("GET", "http://127.0.0.1:9/", extensions={"timeout": {"pool": 0.5}})
    for _ in range(3):
        with pytest.raises(OSError, match="no shard today"):
            await transport.handle_async_request(request)
