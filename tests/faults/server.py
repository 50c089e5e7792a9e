"""A byte-level HTTP/1.1 fault server on 127.0.0.1: raw asyncio sockets in a thread of their own.

Each request it receives is answered by the next *plan* of its script (then by ``default``): a list of
steps that write bytes, trickle them, wait, close the connection or reset it. Nothing is parsed or
formatted for the answer beyond what a step says, so malformed heads, truncated bodies and broken
connections are sent exactly as written. It records every request (method, path, headers, body) and
every connection it accepts. Bounded: every wait ends when the server stops, a request head is at most
64 KiB, and ``stop()`` closes every connection and joins the thread.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Send:
    """Write these bytes at once."""

    data: bytes


@dataclass(frozen=True)
class Trickle:
    """Write these bytes one at a time, ``interval`` seconds apart."""

    data: bytes
    interval: float


@dataclass(frozen=True)
class Wait:
    """Wait this long (ends early when the server stops)."""

    seconds: float


@dataclass(frozen=True)
class Close:
    """Close the connection (FIN)."""


@dataclass(frozen=True)
class Reset:
    """Abort the connection (RST: SO_LINGER 0, then close)."""


@dataclass(frozen=True)
class Repeat:
    """Write these bytes ``times`` times (None: until the client stops reading, or the server stops)."""

    data: bytes
    times: int | None = None


@dataclass(frozen=True)
class Call:
    """Compute the steps when the request arrives (e.g. headers that depend on the time)."""

    make: Callable[[Received], Sequence[Step]]


Step = Send | Trickle | Wait | Close | Reset | Call | Repeat
Plan = Sequence[Step]


@dataclass
class Received:
    """A request the server read."""

    method: str
    path: str
    headers: dict[str, str] = field(repr=False)  # the token is in them: kept out of assertion messages
    body: bytes
    connection: int


def response(
    status: int = 200,
    body: Any = None,
    headers: dict[str, str] | None = None,
    *,
    reason: str = "OK",
    content_length: bool = True,
) -> bytes:
    """The bytes of a well-formed response: JSON for a dict or list body, bytes as they are."""
    payload = b"{}" if body is None else body if isinstance(body, bytes) else json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} {reason}"]
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if content_length and not any(k.lower() == "content-length" for k in all_headers):
        all_headers["Content-Length"] = str(len(payload))
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


def reply(status: int = 200, body: Any = None, headers: dict[str, str] | None = None, **kwargs: Any) -> Plan:
    """A plan answering with one well-formed response."""
    return [Send(response(status, body, headers, **kwargs))]


OK: Plan = reply(200, {"type": "admin", "id": "1"})


@dataclass
class FaultServer:
    """The server; use as a context manager, or ``start()``/``stop()``."""

    script: list[Plan] = field(default_factory=list)
    default: Plan = field(default_factory=lambda: list(OK))
    received: list[Received] = field(default_factory=list, repr=False)
    connections: int = 0

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-server", daemon=True)
        self._server: asyncio.Server | None = None
        self._stopping: asyncio.Event | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._lock = threading.Lock()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=5)
        return self

    async def _start(self) -> None:
        self._stopping = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD, backlog=1024)
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    async def _stop(self) -> None:
        assert self._server is not None and self._stopping is not None
        self._stopping.set()
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _next_plan(self, received: Received) -> Plan:
        with self._lock:
            self.received.append(received)
            return self.script.pop(0) if self.script else self.default

    @property
    def attempts(self) -> int:
        """How many requests reached the server."""
        return len(self.received)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self.connections += 1
            number = self.connections
        self._writers.add(writer)
        try:
            while True:
                received = await _read_request(reader, number)
                if received is None:
                    return
                if not await self._run(self._next_plan(received), received, writer):
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            return
        except asyncio.CancelledError:
            return  # the server is stopping
        finally:
            self._writers.discard(writer)
            writer.transport.abort() if writer.transport.is_closing() else writer.close()

    async def _run(self, plan: Plan, received: Received, writer: asyncio.StreamWriter) -> bool:
        """Carry out a plan; False when it ended the connection."""
        for step in plan:
            if isinstance(step, Call):
                if not await self._run(step.make(received), received, writer):
                    return False
            elif isinstance(step, Send):
                writer.write(step.data)
                await writer.drain()
            elif isinstance(step, Trickle):
                for i in range(len(step.data)):
                    writer.write(step.data[i : i + 1])
                    await writer.drain()
                    if await self._wait(step.interval):
                        return False
            elif isinstance(step, Repeat):
                count = 0
                while step.times is None or count < step.times:
                    writer.write(step.data)
                    await writer.drain()  # ConnectionError once the client is gone ends the connection
                    count += 1
                    if self._stopping is not None and self._stopping.is_set():
                        return False
            elif isinstance(step, Wait):
                if await self._wait(step.seconds):
                    return False
            elif isinstance(step, Close):
                writer.close()
                return False
            elif isinstance(step, Reset):
                sock = writer.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
                return False
        return True

    async def _wait(self, seconds: float) -> bool:
        """Sleep; True when the server is stopping."""
        assert self._stopping is not None
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except TimeoutError:
            return False
        return True


async def _read_request(reader: asyncio.StreamReader, connection: int) -> Received | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    body = await reader.readexactly(length) if length else b""
    return Received(method, path, headers, body, connection)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def epoch_in(seconds: float) -> str:
    """An ``X-RateLimit-Reset`` value ``seconds`` from now."""
    return str(int(time.time() + seconds))
