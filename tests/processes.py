"""Stopping what tests and benchmarks start: one bounded way to end a child process by its PID."""

from __future__ import annotations

import subprocess
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
