"""AsyncIntercom over real sockets, with httpx's own transport and with aiohttp (``http_backend="aiohttp"``).

pytest-httpx cannot see requests that aiohttp sends, so these tests talk to a tiny HTTP server on
127.0.0.1 that answers from a script (statuses, headers, delays, dropped connections). The same tests
run on both backends: retries, timeouts, typed errors, logging and pacing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from intercom_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncIntercom,
    ConfigurationError,
    Intercom,
    InternalServerError,
    NotFoundError,
    ResponseDecodingError,
)
from intercom_client._transport import ShardedTransport
from intercom_client.generated._spec import DEFAULT_API_VERSION
from tests.test_client_support import TOKEN, Harness, Harnesses, WindowedRateLimit, find_get_operation

BACKENDS = ("httpx", "aiohttp")


@dataclass
class Reply:
    """What the server answers to one request."""

    status: int = 200
    body: Any = field(default_factory=dict)  # JSON, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drop: bool = False  # close the connection without answering


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str
    headers: httpx.Headers
    body: bytes


class ScriptedServer:
    """An HTTP/1.1 server on 127.0.0.1, in a thread, answering from ``replies`` (then 200 ``{}``) or ``answer``."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.answer: Callable[[Seen], Reply] | None = None
        self.seen: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.scripted = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def reply_to(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if self.answer is not None:
                return self.answer(seen)
            return self.replies.popleft() if self.replies else Reply()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _HTTPServer(ThreadingHTTPServer):
    scripted: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is what some tests are about


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def _answer(self) -> None:
        scripted = self.server.scripted
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        reply = scripted.reply_to(Seen(self.command, self.path, httpx.Headers(dict(self.headers.items())), body))
        if reply.delay and scripted.stopping.wait(reply.delay):
            reply.drop = True
        if reply.drop:
            self.close_connection = True
            return
        payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        headers = {"Content-Type": "application/json", **reply.headers, "Content-Length": str(len(payload))}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    scripted.start()
    yield scripted
    scripted.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make(server: ScriptedServer, backend: str) -> AsyncIterator[Callable[..., Harness]]:
    harnesses = Harnesses("async")

    def factory(**options: Any) -> Harness:
        options.setdefault("base_url", server.url)
        return harnesses(http_backend=backend, **options)

    yield factory
    await harnesses.close_all()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- the backend ---------------------------------------------------------------------------------


async def test_requests_go_through_the_chosen_backend(
    make: Callable[..., Harness], server: ScriptedServer, backend: str
) -> None:
    from httpx_aiohttp import AiohttpTransport

    server.script(Reply(body={"type": "admin", "id": "1"}))
    client = make(version="2.11")
    transport = client.http._transport
    assert isinstance(transport, AiohttpTransport) == (backend == "aiohttp")
    response = await client.request("GET", "/me", params={"x": "1"})
    if backend == "httpx":  # httpx's own transport, as one-connection pools
        assert isinstance(transport, ShardedTransport)
        assert len(transport.shards) == 1
        assert isinstance(transport.shards[0], httpx.AsyncHTTPTransport)
    assert response.json() == {"type": "admin", "id": "1"}
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("GET", "/me?x=1")
    assert seen.headers.get_list("Authorization") == [f"Bearer {TOKEN}"]
    assert seen.headers.get_list("Intercom-Version") == ["2.11"]
    assert seen.headers["User-Agent"].startswith("intercom-client-python/")


async def test_closing_the_client_closes_the_backend(server: ScriptedServer, backend: str) -> None:
    client = AsyncIntercom(token=TOKEN, base_url=server.url, http_backend=backend)  # type: ignore[arg-type]
    await client.request("GET", "/me")
    pool = client._http
    await client.aclose()
    assert pool.is_closed
    if backend == "aiohttp":
        session = pool._transport.client  # type: ignore[attr-defined]
        assert session.closed


def test_aiohttp_backend_missing_tells_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # makes `import httpx_aiohttp` fail
    with pytest.raises(ConfigurationError, match=r"pip install 'intercom-client\[aiohttp\]'"):
        AsyncIntercom(token=TOKEN, http_backend="aiohttp")


def test_aiohttp_backend_conflicts_and_unknown_backends_are_refused() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with pytest.raises(ConfigurationError, match="http_backend='aiohttp'"):
        AsyncIntercom(token=TOKEN, http_backend="aiohttp", transport=transport)
    with pytest.raises(ConfigurationError, match="http_backend='aiohttp'"):
        AsyncIntercom(token=TOKEN, http_backend="aiohttp", http_client=httpx.AsyncClient())
    with pytest.raises(ConfigurationError, match="unknown http_backend 'curl'"):
        AsyncIntercom(token=TOKEN, http_backend="curl")  # type: ignore[arg-type]


async def test_aiohttp_transport_can_be_passed_directly(server: ScriptedServer) -> None:
    from httpx_aiohttp import AiohttpTransport

    async with AsyncIntercom(token=TOKEN, base_url=server.url, transport=AiohttpTransport()) as client:
        assert (await client.request("GET", "/me")).status_code == 200
    assert server.seen[0].headers["Intercom-Version"] == DEFAULT_API_VERSION


# -- retries -------------------------------------------------------------------------------------


async def test_retries_until_success(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(Reply(503), Reply(500, body=b"oops"), Reply(body={"ok": True}))
    client = make(max_retries=2)
    assert (await client.request("GET", "/contacts")).json() == {"ok": True}
    assert len(server.seen) == 3
    assert len(client.sleeps) == 2


async def test_retry_after_is_honoured(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(Reply(429, headers={"Retry-After": "4"}))
    client = make()
    await client.request("GET", "/contacts")
    assert client.sleeps == [4.0]


async def test_post_is_retried_on_429_but_not_on_5xx(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(Reply(429, headers={"Retry-After": "0"}), Reply(201), Reply(500))
    client = make(max_retries=3)
    assert (await client.request("POST", "/contacts", json={"email": "ada@example.com"})).status_code == 201
    with pytest.raises(InternalServerError):
        await client.request("POST", "/contacts", json={"email": "bob@example.com"})
    assert [s.body for s in server.seen] == [
        b'{"email":"ada@example.com"}',
        b'{"email":"ada@example.com"}',
        b'{"email":"bob@example.com"}',
    ]


async def test_read_timeout_is_retried_then_raised(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(Reply(delay=0.6), Reply(delay=0.6))
    client = make(timeout=0.15, max_retries=1)
    started = time.perf_counter()
    with pytest.raises(APITimeoutError) as caught:
        await client.request("GET", "/contacts")
    assert time.perf_counter() - started < 1.0
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.seen) == 2
    assert len(client.sleeps) == 1


async def test_post_read_timeout_is_not_retried(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(Reply(delay=0.6))
    client = make(timeout=0.15, max_retries=3)
    with pytest.raises(APITimeoutError):
        await client.request("POST", "/contacts", json={})
    assert len(server.seen) == 1
    assert client.sleeps == []


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_refused_connection_is_a_connection_error_and_retried(make: Callable[..., Harness], method: str) -> None:
    client = make(base_url=f"http://127.0.0.1:{closed_port()}", max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        await client.request(method, "/contacts")
    # httpx-aiohttp reports a refused connection as ConnectTimeout; the client must not call it a timeout.
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(client.sleeps) == 2  # never sent, so even a POST is retried


async def test_dropped_connection_retries_get_but_not_post(
    make: Callable[..., Harness], server: ScriptedServer
) -> None:
    server.script(Reply(drop=True), Reply(body={"ok": True}), Reply(drop=True))
    client = make(max_retries=3)
    assert (await client.request("GET", "/contacts")).json() == {"ok": True}
    with pytest.raises(APIConnectionError) as caught:
        await client.request("POST", "/contacts", json={"email": "ada@example.com"})
    assert not isinstance(caught.value, APITimeoutError)
    # The POST reached the server: sending it again could create the contact twice.
    assert [s.method for s in server.seen] == ["GET", "GET", "POST"]


# -- typed errors and generated operations -------------------------------------------------------


async def test_typed_errors(make: Callable[..., Harness], server: ScriptedServer) -> None:
    server.script(
        Reply(
            404,
            body={
                "type": "error.list",
                "request_id": "r1",
                "errors": [{"code": "not_found", "message": "Contact Not Found"}],
            },
        ),
        Reply(502, body=b"<html>Bad gateway</html>", headers={"Content-Type": "text/html"}),
    )
    client = make(max_retries=0)
    with pytest.raises(NotFoundError) as not_found:
        await client.request("GET", "/contacts/c1")
    assert (not_found.value.errors[0].code, not_found.value.errors[0].message) == ("not_found", "Contact Not Found")
    assert not_found.value.request_id == "r1"
    with pytest.raises(InternalServerError) as bad_gateway:
        await client.request("GET", "/contacts/c1")
    assert bad_gateway.value.body == "<html>Bad gateway</html>"
    assert bad_gateway.value.errors == []


async def test_generated_operation_per_call_version_and_bad_json(
    make: Callable[..., Harness], server: ScriptedServer
) -> None:
    server.script(Reply(body=b'{"type": "admin.list", '))
    with pytest.raises(ResponseDecodingError):
        await make(version="2.11").call(find_get_operation(decodes_json=True), intercom_version="2.9")
    assert server.seen[0].headers.get_list("Intercom-Version") == ["2.9"]


# -- logging -------------------------------------------------------------------------------------


async def test_attempts_are_logged_and_the_token_is_not(
    make: Callable[..., Harness], server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: httpx, httpcore, aiohttp, asyncio
    server.script(Reply(503), Reply(429, headers={"Retry-After": "0"}), Reply())
    await make().request("GET", "/contacts/c1", params={"email": "ada@example.com"})
    records = [r for r in caplog.records if r.name == "intercom_client"]
    assert [(r.method, r.path, r.status, r.attempt) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/contacts/c1", 503, 1),
        ("GET", "/contacts/c1", 429, 2),
        ("GET", "/contacts/c1", 200, 3),
    ]
    assert all(r.elapsed >= 0 for r in records)  # type: ignore[attr-defined]
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in repr(vars(record))


# -- pacing --------------------------------------------------------------------------------------


def pace(server: ScriptedServer, limit: int) -> WindowedRateLimit:
    windows = WindowedRateLimit(limit=limit)

    def answer(seen: Seen) -> Reply:
        status, headers = windows.take()
        return Reply(status, headers=headers, delay=0.002)  # keep requests in flight together

    server.answer = answer
    return windows


async def test_concurrent_tasks_are_paced_instead_of_getting_429(
    make: Callable[..., Harness], server: ScriptedServer
) -> None:
    windows = pace(server, limit=5)
    client = make(
        pace_rate_limits=True, max_retries=0, max_retry_wait=10_000, on_sleep=windows.slept, clock=windows.time
    )

    async def worker() -> int:
        for _ in range(5):
            await client.request("GET", "/contacts")
        return 5

    results = await asyncio.gather(*(worker() for _ in range(4)), return_exceptions=True)
    assert results == [5, 5, 5, 5]  # none failed; with max_retries=0 a 429 would have been raised
    assert windows.rejected == 0
    assert sum(windows.counts.values()) == 20
    assert len(windows.counts) >= 4
    assert client.sleeps
    assert windows.sleeps_ended_at_resets()


def test_threads_sharing_a_sync_client_are_paced(server: ScriptedServer) -> None:
    windows = pace(server, limit=5)
    harness = Harness(
        "sync",
        base_url=server.url,
        pace_rate_limits=True,
        max_retries=0,
        max_retry_wait=10_000,
        on_sleep=windows.slept,
        clock=windows.time,
    )

    client = harness.client
    assert isinstance(client, Intercom)

    def worker() -> int:
        for _ in range(5):
            client.request("GET", "/contacts")
        return 5

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = [f.result() for f in [pool.submit(worker) for _ in range(4)]]
    finally:
        client.close()
    assert results == [5, 5, 5, 5]
    assert windows.rejected == 0
    assert len(windows.counts) >= 4
    assert windows.sleeps_ended_at_resets()
