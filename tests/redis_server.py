"""A real ``redis-server`` on 127.0.0.1 for the tests: a free port, no persistence, stopped by its PID.

The binary is ``$REDIS_SERVER`` or ``redis-server`` on PATH (``make test`` installs Debian's package when
it is missing). ``stop()`` and ``start()`` again keep the port, so a test can take Redis away mid-run and
bring it back empty, as a restart does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.processes import stop_process

START_TIMEOUT = 10.0


def redis_server_binary() -> str:
    """The redis-server to run; fails the test (no silent skip) when there is none."""
    configured = os.environ.get("REDIS_SERVER")
    found = configured or shutil.which("redis-server")
    if not found or not Path(found).exists():
        pytest.fail(
            "redis-server not found: `make test` installs it (Debian: apt-get install redis-server), "
            "or set REDIS_SERVER to its path",
            pytrace=False,
        )
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """One redis-server process on 127.0.0.1:``port`` (started by ``start``, stopped by its PID)."""

    def __init__(self, workdir: Path) -> None:
        self.binary = redis_server_binary()
        self.port = free_port()
        self.workdir = workdir
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        assert self.proc is None, "already running"
        options = {"bind": "127.0.0.1", "port": str(self.port), "save": "", "appendonly": "no"}
        options |= {"dir": str(self.workdir), "daemonize": "no", "loglevel": "warning"}
        self.proc = subprocess.Popen(
            [self.binary, *(part for name, value in options.items() for part in (f"--{name}", value))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.proc.returncode} on port {self.port}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port} within {START_TIMEOUT} s")

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL), bounded."""
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc)
