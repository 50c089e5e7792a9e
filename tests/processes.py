"""Stopping what tests and benchmarks start: one bounded way to end a child process by its PID."""

from __future__ import annotations

import contextlib
import select
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

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


class Listening(NamedTuple):
    """A started server process: the port it listens on, and the process (for its PID, e.g. CPU time)."""

    port: int
    process: subprocess.Popen[str]


@contextlib.contextmanager
def listening_child(
    command: list[str], *, name: str, cwd: Path | None = None, startup_timeout: float = 30.0
) -> Iterator[Listening]:
    """Start a server process (in ``cwd``) that prints ``LISTENING <port>`` when ready; yield it; stop it by PID.

        with listening_child([sys.executable, "-m", "benchmarks.server"], name="server", cwd=ROOT) as (port, _):
            ...

    Raises RuntimeError, with what the process wrote to stderr, when no such line comes in time.
    """
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = first_line(proc, "LISTENING ", startup_timeout, what=f"the {name}")
        yield Listening(int(line.split()[1]), proc)
    finally:
        stop_process(proc)


def first_line(proc: subprocess.Popen[str], prefix: str, timeout: float, *, what: str) -> str:
    """The first line ``proc`` prints, which must start with ``prefix`` within ``timeout`` seconds.

    Otherwise the process is stopped and RuntimeError says so, with the end of what it wrote to stderr.
    """
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if not line.startswith(prefix):
        stop_process(proc)
        error = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{what} did not say {prefix.strip()}: {line!r} {error[-500:]}")
    return line
