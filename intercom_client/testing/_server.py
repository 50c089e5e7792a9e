"""The fake as a real HTTP server on 127.0.0.1 (stdlib only): for the aiohttp backend, other processes
and other languages.

``http.server`` with one thread per connection (HTTP/1.1 keep-alive), at most ``max_connections``
at once (a connection beyond them is closed at once); it binds 127.0.0.1 only, on a free port unless
given one, and :meth:`FakeServer.stop` (or the end of its ``with`` block) shuts it down and joins its
threads. A reset fault closes the connection with an RST instead of answering.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast

from ._adapters import deliver
from ._core import FakeCore
from ._wire import FakeIntercomError

__all__ = ["FakeServer"]

MAX_BODY = 16 * 2**20


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30.0  # set per server (``idle_timeout``): an idle kept-alive socket frees its slot
    disable_nagle_algorithm = True  # the head and the body are two writes: no 40 ms wait for the ACK between them

    def log_message(self, format: str, *args: Any) -> None:  # the server is quiet
        return

    def _serve(self) -> None:
        if self.headers.get("Transfer-Encoding") is not None:  # chunked bodies are not read: refuse, close
            self.send_error(501, "Transfer-Encoding is not supported: send a Content-Length")
            return
        text = (self.headers.get("Content-Length") or "0").strip()
        if not text.isdigit():  # "abc", "-1", "+5", " 1 2": never int() on it, never read(-1)
            self.send_error(400, "invalid Content-Length")
            return
        length = int(text)
        if length > MAX_BODY:
            self.send_error(413)
            return
        body = self.rfile.read(length) if length else b""
        answer = cast(_Server, self.server).core.handle(self.command, self.path, dict(self.headers.items()), body)
        if answer.delay > 0:
            time.sleep(answer.delay)
        if answer.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)
        if answer.deliveries:
            deliver(cast(_Server, self.server).core, answer.deliveries)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True

    def __init__(self, core: FakeCore, port: int, max_connections: int, idle_timeout: float) -> None:
        self.core = core
        handler = type("_BoundHandler", (_Handler,), {"timeout": idle_timeout})
        self._slots = threading.BoundedSemaphore(max_connections)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)
            self._slots.release()

    def close_connections(self) -> None:
        """End the kept-alive connections, whose threads wait for a next request."""
        with self._open_lock:
            for connection in list(self._open):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """A running fake on 127.0.0.1; ``url`` is its base URL (``http://127.0.0.1:<port>``).

    A connection that sends nothing for ``idle_timeout`` seconds (between requests or inside one) is
    closed, so idle keep-alive sockets do not hold the ``max_connections`` slots forever.
    """

    def __init__(self, core: FakeCore, *, port: int = 0, max_connections: int = 64, idle_timeout: float = 30.0) -> None:
        if not idle_timeout > 0:
            raise FakeIntercomError("idle_timeout must be a positive number of seconds")
        self._server = _Server(core, port, max_connections, idle_timeout)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def stop(self) -> None:
        """Stop serving, close the socket, wait for the connection threads (idempotent)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.close_connections()
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()
