"""A client used after ``aclose()``/``close()``: a typed ``ClientClosedError``, on every client and its derived ones.

Before, a closed client raised httpx's raw ``RuntimeError`` on its next call, and one closed before its
first call quietly opened a new pool and worked again.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from intercom_client import AsyncIntercom, ClientClosedError, Intercom, IntercomError
from tests.faults.server import FaultServer
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")


def make(client: str, url: str) -> AsyncIntercom | Intercom:
    if client == "sync":
        return Intercom(token=TOKEN, base_url=url, max_retries=0)
    return AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, http_backend=client)  # type: ignore[arg-type]


async def call(client: AsyncIntercom | Intercom) -> int:
    if isinstance(client, AsyncIntercom):
        return (await client.request("GET", "/me")).status_code
    return client.request("GET", "/me").status_code


async def close(client: AsyncIntercom | Intercom) -> None:
    if isinstance(client, AsyncIntercom):
        await client.aclose()
    else:
        client.close()


async def uses(client: AsyncIntercom | Intercom) -> list[Any]:
    """What each way of using the client raises: a request, a stream, a generated operation, a page."""
    outcomes: list[Any] = []

    async def attempt(coro: Any) -> None:
        try:
            await coro
        except Exception as exc:
            outcomes.append(exc)
        else:
            outcomes.append("worked")

    await attempt(call(client))
    if isinstance(client, AsyncIntercom):

        async def stream() -> None:
            async with client.stream("GET", "/me"):
                pass

        async def retrieve() -> None:
            await client.admins.identify()

        async def page() -> None:
            async for _ in client.contacts.list():
                break

        for use in (stream, retrieve, page):
            await attempt(use())
    else:

        async def sync_uses() -> None:
            with client.stream("GET", "/me"):
                pass

        async def sync_retrieve() -> None:
            client.admins.identify()

        async def sync_page() -> None:
            for _ in client.contacts.list():
                break

        for use in (sync_uses, sync_retrieve, sync_page):
            await attempt(use())
    return outcomes


def assert_all_closed_errors(outcomes: list[Any]) -> None:
    assert outcomes, "nothing was tried"
    for outcome in outcomes:
        assert isinstance(outcome, ClientClosedError), repr(outcome)
        assert isinstance(outcome, IntercomError)
        assert "closed" in str(outcome)
        assert outcome.__cause__ is None and outcome.__context__ is None


@pytest.mark.parametrize("client", CLIENTS)
def test_a_client_used_after_close_raises_client_closed_error(client: str) -> None:
    async def main() -> list[Any]:
        with FaultServer() as server:
            intercom = make(client, server.url)
            assert await call(intercom) == 200
            await close(intercom)
            outcomes = await uses(intercom)
            assert server.attempts == 1  # nothing more reached the server
            return outcomes

    assert_all_closed_errors(asyncio.run(main()))


@pytest.mark.parametrize("client", CLIENTS)
def test_a_client_closed_before_its_first_use_stays_closed(client: str) -> None:
    async def main() -> list[Any]:
        with FaultServer() as server:
            intercom = make(client, server.url)
            await close(intercom)
            outcomes = await uses(intercom)
            assert server.attempts == 0
            return outcomes

    assert_all_closed_errors(asyncio.run(main()))


@pytest.mark.parametrize("client", CLIENTS)
def test_clients_derived_from_a_closed_client_are_closed_too(client: str) -> None:
    async def main() -> list[Any]:
        with FaultServer() as server:
            intercom = make(client, server.url)
            before = intercom.with_options(max_retries=1)
            assert await call(before) == 200
            await close(intercom)
            after = intercom.with_options(timeout=5.0)
            return [*(await uses(before)), *(await uses(after))]

    assert_all_closed_errors(asyncio.run(main()))


@pytest.mark.parametrize("client", CLIENTS)
def test_closing_twice_and_context_managers_after_close(client: str) -> None:
    async def main() -> None:
        with FaultServer() as server:
            intercom = make(client, server.url)
            assert await call(intercom) == 200
            await close(intercom)
            await close(intercom)  # fine: nothing left to close
            with pytest.raises(ClientClosedError):
                if isinstance(intercom, AsyncIntercom):
                    async with intercom:
                        pass
                else:
                    with intercom:
                        pass

    asyncio.run(main())


def test_a_derived_client_closing_leaves_its_parent_usable() -> None:
    async def main() -> None:
        with FaultServer() as server:
            async with AsyncIntercom(token=TOKEN, base_url=server.url) as parent:
                async with parent.with_options(max_retries=0) as derived:
                    assert await call(derived) == 200
                assert await call(parent) == 200

    asyncio.run(main())


def test_aclose_in_one_loop_closes_the_client_for_every_loop() -> None:
    with FaultServer() as server:
        client = AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0)
        assert asyncio.run(call(client)) == 200

        async def use_then_close() -> None:
            assert await call(client) == 200
            await client.aclose()

        asyncio.run(use_then_close())
        with pytest.raises(ClientClosedError):
            asyncio.run(call(client))


@pytest.mark.parametrize("kind", ["async", "sync"])
def test_a_client_over_your_http_client_is_closed_but_your_http_client_is_not(kind: str) -> None:
    async def main() -> list[Any]:
        with FaultServer() as server:
            if kind == "async":
                http = httpx.AsyncClient()
                intercom: AsyncIntercom | Intercom = AsyncIntercom(token=TOKEN, base_url=server.url, http_client=http)
            else:
                http = httpx.Client()  # type: ignore[assignment]
                intercom = Intercom(token=TOKEN, base_url=server.url, http_client=http)  # type: ignore[arg-type]
            assert await call(intercom) == 200
            await close(intercom)
            assert not http.is_closed  # yours
            outcomes = await uses(intercom)
            await http.aclose() if isinstance(http, httpx.AsyncClient) else http.close()
            return outcomes

    assert_all_closed_errors(asyncio.run(main()))


def test_close_closes_every_connection_of_a_sync_client_first_used_by_many_threads_at_once() -> None:
    """Threads that make their first calls on a new ``Intercom`` at the same moment share one pool.

    Before, each thread that found no httpx client yet made its own: eight threads made eight, seven of
    them were dropped with their connections open, and ``close()`` closed only the one kept. (The
    garbage collector is held off: it would close the dropped sockets some time later, with a
    ``ResourceWarning``.)
    """
    import gc
    import threading
    import time

    from tests.faults.server import reply

    threads = 8
    with FaultServer(default=reply(200, {"type": "admin", "id": "1"})) as server:
        client = Intercom(token=TOKEN, base_url=server.url, max_retries=0)
        start = threading.Barrier(threads)
        statuses: list[int] = []

        def first_call() -> None:
            start.wait()
            statuses.append(client.request("GET", "/me").status_code)

        gc.disable()
        try:
            workers = [threading.Thread(target=first_call) for _ in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            client.close()
            ends = time.monotonic() + 2.0
            while server._writers and time.monotonic() < ends:
                time.sleep(0.01)
            open_after_close = len(server._writers)
        finally:
            gc.enable()
            gc.collect()
    assert statuses == [200] * threads
    assert open_after_close == 0, f"{open_after_close} connections left open by close()"
