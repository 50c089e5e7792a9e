"""A connection with unexpected bytes pending is never reused: each call gets its own answer.

A server (or a proxy, or a bug) may send more than one response to one request. Over HTTP/1.1 the
client cannot tell an unsolicited response from the answer to its next request, so a connection
holding such bytes must be closed rather than reused; otherwise the next call on it returns the
stray answer (``retrieve("c2")`` returned another contact), and every later call on that connection
stays one answer behind. Two timings, each on the three clients:

- *at once*: the stray response follows the real one in the same write, so it lands in the same read
  (it then sits in the client's parser buffer: h11's for httpx, aiohttp's message queue);
- *later*: it arrives a little after the real response, while the connection is idle in the pool.

In both, the second call must answer with its own id, over a new connection.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from intercom_client import AsyncIntercom, Intercom
from tests.faults.server import Call, FaultServer, Plan, Received, Send, Wait, reply, response
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")
STRAY = response(200, {"type": "contact", "id": "stray"})


def own_answer(received: Received) -> Plan:
    """The contact whose id the request's path names."""
    return reply(200, {"type": "contact", "id": received.path.rsplit("/", 1)[-1]})


def c1_then_stray(timing: str) -> Plan:
    """The answer to the first call, then an unsolicited response: in the same write, or 0.1 s later."""
    first = response(200, {"type": "contact", "id": "c1"})
    return [Send(first + STRAY)] if timing == "at once" else [Send(first), Wait(0.1), Send(STRAY)]


async def two_calls(client: str, url: str) -> list[Any]:
    """The ids two calls (``c1`` then ``c2``, 0.3 s apart: after any stray bytes arrived) answered with."""
    if client == "sync":
        with Intercom(token=TOKEN, base_url=url, max_retries=0, timeout=2.0) as sync:
            first = sync.request("GET", "/contacts/c1").json()["id"]
            await asyncio.sleep(0.3)
            return [first, sync.request("GET", "/contacts/c2").json()["id"]]
    async with AsyncIntercom(token=TOKEN, base_url=url, http_backend=client, max_retries=0, timeout=2.0) as intercom:  # type: ignore[arg-type]
        first = (await intercom.request("GET", "/contacts/c1")).json()["id"]
        await asyncio.sleep(0.3)
        return [first, (await intercom.request("GET", "/contacts/c2")).json()["id"]]


@pytest.mark.parametrize("timing", ["at once", "later"])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_stray_response_is_not_the_next_calls_answer(client: str, timing: str) -> None:
    server = FaultServer(script=[c1_then_stray(timing)], default=[Call(own_answer)])
    with server:
        ids = asyncio.run(asyncio.wait_for(two_calls(client, server.url), 10))
    assert ids == ["c1", "c2"]
    assert server.connections == 2  # the first connection was closed, not reused
    assert [r.connection for r in server.received] == [1, 2]


@pytest.mark.parametrize("client", CLIENTS)
def test_a_clean_connection_is_still_reused(client: str) -> None:
    """The check costs nothing to a well-behaved server: one connection serves both calls."""
    server = FaultServer(default=[Call(own_answer)])
    with server:
        ids = asyncio.run(asyncio.wait_for(two_calls(client, server.url), 10))
    assert ids == ["c1", "c2"]
    assert server.connections == 1
