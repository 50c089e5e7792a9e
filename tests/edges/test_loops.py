"""One AsyncIntercom, many event loops: successive ``asyncio.run()`` calls and loops in other threads.

A module-level client is used from whatever loop runs the caller: a CLI's ``asyncio.run`` per command,
a test framework's loop per test, a worker thread with a loop of its own. Connections belong to the
loop that opened them, so each loop gets its own pool; a loop that ends takes its connections with it.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from intercom_client import AsyncIntercom, RateLimitPacer
from tests.faults.server import Call, FaultServer, Plan, Received, Send, Wait, response
from tests.test_client_support import TOKEN

BACKENDS = ("httpx", "aiohttp")


def echo_id(received: Received) -> Plan:
    return [Wait(0.005), Send(response(200, {"type": "contact", "id": received.path.rsplit("/", 1)[-1]}))]


def make(server: FaultServer, backend: str, **options: Any) -> AsyncIntercom:
    return AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=backend, **options)  # type: ignore[arg-type]


async def ids(client: AsyncIntercom, tag: str, count: int) -> list[str]:
    return [str((await client.request("GET", f"/contacts/{tag}{i}")).json()["id"]) for i in range(count)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_successive_asyncio_runs_share_one_client(backend: str) -> None:
    with FaultServer(default=[Call(echo_id)]) as server:
        client = make(server, backend)
        for run in range(3):
            assert asyncio.run(ids(client, f"r{run}-", 3)) == [f"r{run}-{i}" for i in range(3)]
        assert server.attempts == 9


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_threads_with_their_own_loops_all_calls_succeed(backend: str) -> None:
    """Two threads, each running its own loop with 30 calls (6 tasks of 5) on one shared client: 60/60 succeed."""
    with FaultServer(default=[Call(echo_id)]) as server:
        client = make(server, backend, pace_rate_limits=True)  # the pacer is shared by both loops too
        results: dict[str, list[Any]] = {}
        start = threading.Barrier(2)

        async def calls(tag: str) -> list[Any]:
            start.wait(timeout=10)  # both loops start together, so their calls overlap

            async def one(i: int) -> Any:
                try:
                    return (await client.request("GET", f"/contacts/{tag}{i}")).json()["id"]
                except Exception as exc:
                    return exc

            async def worker(first: int) -> list[Any]:  # 5 calls one after the other: connections are reused
                return [await one(i) for i in range(first, first + 5)]

            batches = await asyncio.gather(*(worker(first) for first in range(0, 30, 5)))
            return [result for batch in batches for result in batch]

        def thread(tag: str) -> None:
            results[tag] = asyncio.run(calls(tag))

        threads = [threading.Thread(target=thread, args=(tag,)) for tag in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        for tag in ("a", "b"):
            assert results[tag] == [f"{tag}{i}" for i in range(30)], [r for r in results[tag] if not isinstance(r, str)]
        assert isinstance(client._pacer, RateLimitPacer)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_loop_that_ends_closes_its_connections(backend: str) -> None:
    """At the end of ``asyncio.run`` the loop's connections are closed and the client keeps nothing of it."""
    with FaultServer(default=[Call(echo_id)]) as server:
        client = make(server, backend)
        seen: list[Any] = []

        async def main() -> None:
            await ids(client, "x", 2)
            seen.append(client._http)

        asyncio.run(main())
        (http,) = seen
        assert http.is_closed
        assert not client._http_slot._loops
        assert wait_until(lambda: not server._writers), "the server still has open connections"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_loop_closed_without_shutting_down_is_forgotten_by_the_next(backend: str) -> None:
    """A loop closed by hand (no ``shutdown_asyncgens``): the next loop to use the client drops its pool."""
    with FaultServer(default=[Call(echo_id)]) as server:
        client = make(server, backend)
        loop = asyncio.new_event_loop()
        try:
            assert loop.run_until_complete(ids(client, "m", 2)) == ["m0", "m1"]
        finally:
            loop.close()
        assert list(client._http_slot._loops) == [loop]
        assert asyncio.run(ids(client, "n", 2)) == ["n0", "n1"]
        assert not client._http_slot._loops


@pytest.mark.parametrize("backend", BACKENDS)
def test_aclose_closes_the_pool_of_a_loop_running_in_another_thread(backend: str) -> None:
    with FaultServer(default=[Call(echo_id)]) as server:
        client = make(server, backend)
        other = asyncio.new_event_loop()
        thread = threading.Thread(target=other.run_forever)
        thread.start()
        try:

            async def first_use() -> Any:
                await ids(client, "t", 1)
                return client._http

            pool = asyncio.run_coroutine_threadsafe(first_use(), other).result(timeout=10)

            async def close_here() -> None:
                await ids(client, "h", 1)
                await client.aclose()

            asyncio.run(close_here())
            assert wait_until(lambda: pool.is_closed), "the other loop's pool was left open"
            assert not client._http_slot._loops
        finally:
            other.call_soon_threadsafe(other.stop)
            thread.join(timeout=10)
            other.close()


def wait_until(condition: Any, timeout: float = 2.0) -> bool:
    import time

    ends = time.monotonic() + timeout
    while time.monotonic() < ends:
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())
