"""A client created before ``os.fork()`` and used on both sides of it: no crossed answers, no raw errors.

After a fork, parent and child hold the same sockets: a child sending on a pooled connection of its
parent writes into the parent's conversation, and whichever process reads first takes the other's
answer (a contact of the wrong request). The server here answers each request with the id in its path,
after a delay, so that parent and child overlap on it; every answer must carry the id its request
asked for, every call must succeed, and no connection may carry requests of both processes.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from intercom_client import AsyncIntercom, Intercom
from tests.faults.server import Call, FaultServer, Plan, Received, Send, Wait, response
from tests.test_client_support import TOKEN

CALLS = 12  # per process
DELAY = 0.02  # the server's delay before each answer: parent and child overlap on it
CHILD_TIMEOUT = 20.0

# The three clients, and the sync client over a transport the caller passed (the SDK cannot rebuild it).
VARIANTS = ("httpx", "aiohttp", "sync", "sync-own-transport")


def echo_id(received: Received) -> Plan:
    """Answer with the last path segment, after a delay: the answer names the request it belongs to."""
    return [Wait(DELAY), Send(response(200, {"type": "contact", "id": received.path.rsplit("/", 1)[-1]}))]


def outcome(call: Callable[[], Any]) -> str:
    """The id a call's answer carried, or the kind and text of its error."""
    try:
        return str(call())
    except Exception as exc:
        return f"error {type(exc).__module__}.{type(exc).__name__}: {exc}"


def run_child(run: Callable[[str], list[str]]) -> tuple[int, int]:
    """Fork; the child runs ``run("child")`` and writes its outcomes to a pipe, then exits at once."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "w") as out:
                json.dump(run("child"), out)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def child_outcomes(pid: int, read_end: int) -> list[str]:
    """What the child reported; the child is killed if it has not ended within CHILD_TIMEOUT."""
    deadline = time.monotonic() + CHILD_TIMEOUT
    status = 0
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.01)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        pytest.fail("the child did not end in time")
    with os.fdopen(read_end) as pipe:
        text = pipe.read()
    assert os.waitstatus_to_exitcode(status) == 0, text
    result: list[str] = json.loads(text)
    return result


def expected(tag: str) -> list[str]:
    return [f"{tag}{i}" for i in range(CALLS)]


def assert_no_shared_connection(server: FaultServer) -> None:
    """No connection carried requests of both processes."""
    owners: dict[int, set[str]] = {}
    for received in server.received:
        tag = "child" if "/child" in received.path else "parent"
        owners.setdefault(received.connection, set()).add(tag)
    shared = [number for number, tags in owners.items() if len(tags) > 1]
    assert not shared, f"connections used by parent and child: {shared}"


def sync_case(server: FaultServer, variant: str) -> tuple[list[str], list[str]]:
    transport = httpx.HTTPTransport() if variant == "sync-own-transport" else None
    client = Intercom(token=TOKEN, base_url=server.url, max_retries=0, transport=transport)
    assert client.request("GET", "/contacts/warm").json()["id"] == "warm"  # a pooled connection, inherited

    def run(tag: str) -> list[str]:
        return [outcome(lambda i=i: client.request("GET", f"/contacts/{tag}{i}").json()["id"]) for i in range(CALLS)]

    pid, read_end = run_child(run)
    parent = run("parent")
    child = child_outcomes(pid, read_end)
    client.close()
    return parent, child


def async_case(server: FaultServer, backend: str) -> tuple[list[str], list[str]]:
    client = AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=backend)  # type: ignore[arg-type]

    async def calls(tag: str) -> list[str]:
        results = []
        for i in range(CALLS):
            try:
                results.append(str((await client.request("GET", f"/contacts/{tag}{i}")).json()["id"]))
            except Exception as exc:
                results.append(f"error {type(exc).__module__}.{type(exc).__name__}: {exc}")
        return results

    async def main() -> tuple[list[str], list[str]]:
        assert (await client.request("GET", "/contacts/warm")).json()["id"] == "warm"
        # Forked while the parent's event loop runs, with a pooled connection: the child runs a loop of its own.
        pid, read_end = run_child(lambda tag: asyncio.run(calls(tag)))
        parent = await calls("parent")
        child = await asyncio.get_running_loop().run_in_executor(None, child_outcomes, pid, read_end)
        await client.aclose()
        return parent, child

    return asyncio.run(main())


@pytest.mark.parametrize("variant", VARIANTS)
def test_parent_and_child_never_share_a_connection(variant: str) -> None:
    with FaultServer(default=[Call(echo_id)]) as server:
        if variant.startswith("sync"):
            parent, child = sync_case(server, variant)
        else:
            parent, child = async_case(server, variant)
    assert parent == expected("parent")
    assert child == expected("child")
    assert_no_shared_connection(server)


@pytest.mark.parametrize("variant", ("httpx", "aiohttp", "sync"))
def test_a_client_first_used_in_the_child_works_there_and_in_the_parent(variant: str) -> None:
    """A client made before the fork and used on both sides only after it (nothing pooled yet)."""
    with FaultServer(default=[Call(echo_id)]) as server:
        if variant == "sync":
            client = Intercom(token=TOKEN, base_url=server.url, max_retries=0)

            def run(tag: str) -> list[str]:
                return [
                    outcome(lambda i=i: client.request("GET", f"/contacts/{tag}{i}").json()["id"]) for i in range(CALLS)
                ]

            pid, read_end = run_child(run)
            parent = run("parent")
            client.close()
        else:
            aclient = AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=variant)  # type: ignore[arg-type]

            async def calls(tag: str) -> list[str]:
                return [str((await aclient.request("GET", f"/contacts/{tag}{i}")).json()["id"]) for i in range(CALLS)]

            def run_async(tag: str) -> list[str]:
                try:
                    return asyncio.run(calls(tag))
                except Exception as exc:
                    return [f"error {type(exc).__module__}.{type(exc).__name__}: {exc}"]

            pid, read_end = run_child(run_async)

            async def parent_calls() -> list[str]:
                try:
                    return await calls("parent")
                finally:
                    await aclient.aclose()

            parent = asyncio.run(parent_calls())
        child = child_outcomes(pid, read_end)
    assert parent == expected("parent")
    assert child == expected("child")
    assert_no_shared_connection(server)


def test_a_pacer_whose_lock_was_held_at_the_fork_paces_the_child_afresh() -> None:
    """A thread of the parent inside the pacer's lock at the fork: the child's pacer neither hangs nor counts it."""
    from intercom_client import RateLimit, RateLimitPacer

    pacer = RateLimitPacer()
    assert pacer.acquire(time.time()) == 0.0  # the probe: one request in flight, in the parent
    pacer.release(RateLimit(limit=10, remaining=5, reset=time.time() + 60))
    assert pacer.acquire(time.time()) == 0.0
    read_end, write_end = os.pipe()
    with pacer._lock:  # as if another thread of the parent were inside acquire() at the fork
        pid = os.fork()
        if pid == 0:  # the child: never return into pytest
            code = 1
            try:
                os.close(read_end)
                # The first acquire probes (nothing of the parent's is in flight here); the second waits for it.
                waits = [pacer.acquire(time.time()), pacer.acquire(time.time())]
                os.write(write_end, json.dumps(waits).encode())
                code = 0
            finally:
                os._exit(code)
    os.close(write_end)
    deadline = time.monotonic() + CHILD_TIMEOUT
    while (done := os.waitpid(pid, os.WNOHANG)) == (0, 0) and time.monotonic() < deadline:
        time.sleep(0.01)
    if done == (0, 0):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the child hung on the pacer's lock")
    with os.fdopen(read_end) as out:
        waits = json.loads(out.read())
    assert waits[0] == 0.0 and waits[1] > 0.0
    assert pacer._in_flight == 1  # the parent's count is its own
