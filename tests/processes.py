"""Stopping what tests and benchmarks start: one bounded way to end a child process by its PID."""

from __future__ import annotations

import contextlib
import select
import subprocess
from collections.abc import Iterator
from typing import Any

STOP_TIMEOUT = 10.0


def stop_process(proc: subprocess.Popen[Any]) -> None:
    """End ``proc`` if it still runs: SIGTERM, then SIGKILL after ``STOP_TIMEOUT`` seconds; reap it."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(STOP_TIMEOUT)


@contextlib.contextmanager
def listening_child(command: list[str], *, name: str, startup_timeout: float = 30.0) -> Iterator[int]:
    """Start a server process that prints ``LISTENING <port>`` when ready; yield the port; stop it by PID.

    Raises RuntimeError, with what the process wrote to stderr, when no such line comes in time.
    """
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], startup_timeout)
        line = proc.stdout.readline() if ready else ""
        if not line.startswith("LISTENING "):
            stop_process(proc)
            error = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"the {name} did not start: {line!r} {error[-500:]}")
        yield int(line.split()[1])
    finally:
        stop_process(proc)
