"""Run an ASGI app in a real uvicorn server on 127.0.0.1, in a thread of the test process.

The tests that need a server shaped like Intercom (the webhook receiver's end-to-end test, the loopback
fake of Intercom in ``tests/fake_intercom/``) use :func:`serve_asgi`: it binds an ephemeral port on
127.0.0.1, waits until uvicorn accepts connections, yields the base URL, and on exit asks the server
to stop and joins its thread (a bounded wait; the test fails if the thread outlives it).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

STARTUP_TIMEOUT = 20.0
"""Seconds uvicorn may take to start accepting connections."""


@contextlib.contextmanager
def serve_asgi(app: object, *, name: str = "asgi", shutdown_timeout: float = 30.0) -> Iterator[str]:
    """Serve ``app`` on ``http://127.0.0.1:<ephemeral>`` while the block runs; yields that URL.

    ``shutdown_timeout`` bounds how long in-flight requests may take to finish once the block ends.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="on", log_level="warning", timeout_graceful_shutdown=10)  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn-{name}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            assert thread.is_alive(), "uvicorn exited during startup"
            assert time.monotonic() < deadline, "uvicorn did not start in time"
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT + shutdown_timeout)
        sock.close()
    assert not thread.is_alive(), "uvicorn did not stop"
