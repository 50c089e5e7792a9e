"""Searches are reads: a 503 on ``POST .../search`` is retried as on a GET, and a sync run that fails
anyway resumes from its own checkpoint, each item delivered once.

A search is a POST only because its query is a JSON body; the code generator marks the search operations
from the spec and the client retries them like reads, while every other POST still is not retried on a
5xx. ``sync_updated`` used to stop on one transient 503, and its checkpoint was saved (by the README's
recipe and examples/sync_contacts.py) only when a run completed, so the next run re-delivered
everything a failed one had handed over.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from intercom_client import AsyncIntercom, Intercom, IntercomError, InternalServerError
from intercom_client.bulk import Checkpoint, sync_updated
from tests.asgi_server import serve_asgi
from tests.conftest import SUMMARY_LINES
from tests.edges.test_ids import OPERATIONS, call
from tests.fake_intercom.search import SearchState, routes
from tests.faults.server import FaultServer, reply
from tests.test_client_support import TOKEN, Harness

CLIENTS = ("httpx", "aiohttp", "sync")
ROOT = Path(__file__).resolve().parents[2]
T0 = 1_700_000_000
CONTACT = {"type": "contact", "id": "c1", "role": "user", "workspace_id": "w", "email": "ada@example.com"}
PAGE = {
    "type": "list",
    "data": [CONTACT],
    "total_count": 1,
    "pages": {"type": "pages", "page": 1, "per_page": 50, "total_pages": 1},
}
QUERY = {"query": {"field": "email", "operator": "=", "value": "ada@example.com"}}
UNAVAILABLE_BODY = {"type": "error.list", "errors": [{"code": "service_unavailable", "message": "Service Unavailable"}]}


def harness(client: str, **options: Any) -> Harness:
    """The client named ``client``; its retry waits are recorded, not slept."""
    options.setdefault("token", TOKEN)
    if client == "sync":
        return Harness("sync", **options)
    return Harness("async", http_backend=client, **options)


async def first_page_ids(h: Harness) -> list[str]:
    """``contacts.search`` (a ``POST /contacts/search``), its first page's contact ids."""
    if isinstance(h.client, Intercom):
        page = h.client.contacts.search(body=QUERY).first_page()  # type: ignore[arg-type]
    else:
        page = await h.client.contacts.search(body=QUERY)  # type: ignore[arg-type]
    return [contact.id for contact in page.items]


# -- the retry decision, on a real server and for every operation -----------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_a_503_on_a_search_is_retried(client: str) -> None:
    server = FaultServer(script=[reply(503, UNAVAILABLE_BODY), reply(200, PAGE)])

    async def main() -> tuple[list[str], list[float]]:
        h = harness(client, base_url=server.url, max_retries=2)
        try:
            return await first_page_ids(h), h.sleeps
        finally:
            await h.close()

    with server:
        ids, sleeps = asyncio.run(main())
        assert [(r.method, r.path) for r in server.received] == [("POST", "/contacts/search")] * 2
    assert ids == ["c1"] and len(sleeps) == 1


@pytest.mark.parametrize("client", CLIENTS)
def test_a_503_on_another_post_is_still_not_retried(client: str) -> None:
    """``POST /contacts`` creates a contact: a 503 may come after it did, so sending it again is not safe."""
    server = FaultServer(script=[reply(503, UNAVAILABLE_BODY)], default=reply(200, CONTACT))

    async def main() -> None:
        h = harness(client, base_url=server.url, max_retries=2)
        try:
            with pytest.raises(InternalServerError):
                if isinstance(h.client, Intercom):
                    h.client.contacts.create(body={"email": "ada@example.com"})
                else:
                    await h.client.contacts.create(body={"email": "ada@example.com"})
        finally:
            await h.close()

    with server:
        asyncio.run(main())
        assert [(r.method, r.path) for r in server.received] == [("POST", "/contacts")]


def test_every_search_of_the_spec_is_retried_and_no_other_post() -> None:
    """Each POST operation, through the resource surface, answered 503 once: a search (``POST .../search``)
    is sent again, any other POST is not."""
    counts: Counter[str] = Counter()
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503 if len(sent) == 1 else 404, json=UNAVAILABLE_BODY)

    async def no_sleep(seconds: float) -> None:
        return None

    async def main() -> None:
        transport = httpx.MockTransport(answer)
        async with AsyncIntercom(token=TOKEN, base_url="http://127.0.0.1:9", max_retries=1, transport=transport) as c:
            c._sleep = no_sleep
            for index, (path, method, _) in enumerate(OPERATIONS):
                if method != "post":
                    continue
                sent.clear()
                search = path.endswith("/search")
                ids = dict.fromkeys(re.findall(r"{([^}]+)}", path), "x1")
                with pytest.raises(IntercomError) as caught:  # the 503, or the 404 after a retry
                    await call(c, index, ids)
                expected = 2 if search else 1
                assert len(sent) == expected, f"POST {path}: sent {len(sent)} times, {caught.value!r}"
                counts["searches" if search else "others"] += 1

    asyncio.run(main())
    assert counts["searches"] >= 4 and counts["others"] > counts["searches"]  # contacts, companies, ... searches
    line = f"search retry: {counts['searches']} searches retried on a 503, {counts['others']} other POSTs not"
    if line not in SUMMARY_LINES:
        SUMMARY_LINES.append(line)


# -- sync_updated against the loopback fake, with 503s in between ---------------------------------


class Unavailable:
    """The fake, except that the requests numbered in ``failing`` (1-based) are answered 503."""

    def __init__(self, app: ASGIApp, failing: set[int]) -> None:
        self.app = app
        self.failing = failing
        self.requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests += 1
            if self.requests in self.failing:
                await JSONResponse(UNAVAILABLE_BODY, status_code=503, headers={"Retry-After": "0.01"})(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


@pytest.fixture
def state() -> SearchState:
    state = SearchState()
    for i in range(400):  # three pages of 150, three contacts a second
        state.put("contacts", f"co{i:05d}", T0 + i // 3)
    return state


ALL = {(f"co{i:05d}", T0 + i // 3) for i in range(400)}


@pytest.fixture
def serve(state: SearchState) -> Iterator[Any]:
    """``serve(failing)``: the fake's URL, answering 503 to the requests numbered in ``failing``."""
    started: list[Any] = []

    def start(failing: set[int]) -> tuple[str, Unavailable]:
        app = Unavailable(Starlette(routes=routes(state)), failing)
        server = serve_asgi(app, name="fake-search-503")
        started.append(server)
        return server.__enter__(), app

    yield start
    for server in started:
        server.__exit__(None, None, None)


async def consume(h: Harness, run: Any, handled: list[tuple[str, int]], stop_at: int | None = None) -> None:
    """Iterate a sync run, appending the (id, updated_at) of each contact the loop handled to ``handled``.

    ``stop_at``: the loop raises while it handles that contact (counted from 0), which it did not handle.
    """

    def handle(contact: Any) -> None:
        if len(handled) == stop_at:
            raise LookupError("the store is down")
        handled.append((contact.id, contact.updated_at))

    if isinstance(h.client, Intercom):
        for contact in run:
            handle(contact)
    else:
        async for contact in run:
            handle(contact)


def new_run(h: Harness, since: Checkpoint | None) -> Any:
    """A sync run of contacts; ``since`` as the recipe passes it (the checkpoint read back from JSON)."""
    return sync_updated(h.client, "contacts", since=Checkpoint.from_json(since.to_json()) if since else None)


@pytest.mark.parametrize("client", CLIENTS)
def test_a_sync_run_rides_over_one_503(client: str, serve: Any) -> None:
    url, app = serve({2})

    async def main() -> list[tuple[str, int]]:
        h = harness(client, base_url=url, max_retries=2)
        handled: list[tuple[str, int]] = []
        try:
            await consume(h, new_run(h, None), handled)
            return handled
        finally:
            await h.close()

    handled = asyncio.run(main())
    assert Counter(handled) == Counter(ALL) and app.requests == 4  # three pages and the retry


@pytest.mark.parametrize("client", CLIENTS)
def test_a_run_failed_after_its_retries_resumes_from_its_checkpoint(client: str, serve: Any) -> None:
    """Run 1 gets the first page, then 503s until its retries are exhausted; run 2 starts from run 1's
    checkpoint (saved as JSON, as the recipe does): every contact is delivered once over the two runs."""
    url, _ = serve({2, 3})

    async def main() -> tuple[list[tuple[str, int]], Checkpoint, list[tuple[str, int]]]:
        h = harness(client, base_url=url, max_retries=1)
        first: list[tuple[str, int]] = []
        second: list[tuple[str, int]] = []
        try:
            run_one = new_run(h, None)
            with pytest.raises(InternalServerError):
                await consume(h, run_one, first)
            await consume(h, new_run(h, run_one.checkpoint), second)
            return first, run_one.checkpoint, second
        finally:
            await h.close()

    first, checkpoint, second = asyncio.run(main())
    assert len(first) == 150 and checkpoint.updated_at == T0 + 149 // 3  # how far run 1 got: its first page
    assert Counter(first + second) == Counter(ALL)  # every contact once over both runs


@pytest.mark.parametrize("client", CLIENTS)
def test_a_run_stopped_half_way_through_a_page_loses_none_of_it(client: str, serve: Any) -> None:
    """The loop fails on the 200th contact (the 50th of the second page): run 1's checkpoint covers the
    199 it handled, so run 2 yields the other 201, the one it failed on included, and nothing twice."""
    url, _ = serve(set())

    async def main() -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        h = harness(client, base_url=url, max_retries=0)
        first: list[tuple[str, int]] = []
        second: list[tuple[str, int]] = []
        try:
            run_one = new_run(h, None)
            with pytest.raises(LookupError):
                await consume(h, run_one, first, stop_at=199)
            await consume(h, new_run(h, run_one.checkpoint), second)
            return first, second
        finally:
            await h.close()

    first, second = asyncio.run(main())
    assert len(first) == 199 and second[0] == ("co00199", T0 + 199 // 3)  # the one it failed on comes again
    assert Counter(first + second) == Counter(ALL)  # and each of the others once


def test_the_recipe_saves_the_checkpoint_of_a_failed_run(serve: Any, tmp_path: Path) -> None:
    """examples/sync_contacts.py run twice: the first run fails on the second page after the client's two
    retries; the second resumes from the checkpoint the first saved and syncs only the other 250."""
    url, _ = serve({2, 3, 4})
    checkpoint = tmp_path / "contacts.json"
    env = {key: value for key, value in os.environ.items() if key != "INTERCOM_ACCESS_TOKEN"}
    command = [sys.executable, str(ROOT / "examples" / "sync_contacts.py"), "--once", "--base-url", url]
    command += ["--checkpoint", str(checkpoint)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert first.returncode == 1 and "sync failed: InternalServerError" in first.stdout, first.stdout + first.stderr
    assert f"synced 150 contact(s); checkpoint updated_at={T0 + 49}" in first.stdout
    second = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"synced 250 contact(s); checkpoint updated_at={T0 + 133}" in second.stdout
