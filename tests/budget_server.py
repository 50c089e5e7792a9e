"""An Intercom-like rate-limited API on 127.0.0.1, and the worker processes that spend its budget.

Used by tests/test_redis_rate_limit.py and by ``make bench`` (benchmarks/shared_rate_limit.py)::

    python -m tests.budget_server serve --limit 1666 --window 10 --max-seconds 120
    python -m tests.budget_server work URL --tasks 50 --seconds 30 [--redis URL [--redis-retry S] | --local]
    python -m tests.budget_server take REDIS_URL --attempts 50

The server allows ``limit`` requests per ``window`` seconds, windows aligned on the epoch (a window
ends at a multiple of ``window``), and answers every request as Intercom does: 200 with
``X-RateLimit-Limit/Remaining/Reset`` while the window has room, 429 with ``Remaining: 0`` past it.
``GET /__stats`` returns what it counted (not itself counted): requests answered 200 per window and
when each arrived, and the 429s (per window too). It stops after ``max-seconds`` or on
SIGTERM.

A worker process imports what it needs, prints ``READY``, and reads the epoch to start at from its
standard input (so that processes that started at different times begin together, at a window's
start). ``work`` runs ``tasks`` concurrent loops of ``GET /me`` over one ``AsyncIntercom`` (no retries)
for ``seconds``; ``take`` asks a ``RedisRateLimiter`` for ``attempts`` slots at once from as many threads.
Each prints one JSON line of counts at the end: ``{"ok": n, "rate_limited": n, ...}``; calls still in
flight at the end are cancelled and not counted (the server may have answered them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tests.processes import first_line, stop_process

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "tok_Budget9SECRETx41d7e0a2c"  # distinctive: the tests look for it in Redis and in the logs


# -- the server ------------------------------------------------------------------------------------


class _Budget:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.used: dict[int, int] = {}  # window index -> requests answered 200
        self.rejected = 0
        self.rejected_per_window: dict[int, int] = {}  # window index -> requests answered 429
        self.arrivals: list[float] = []  # when each request answered 200 arrived

    def take(self, now: float) -> tuple[int, int, float]:
        """Status, remaining and reset of a request arriving at ``now``."""
        index = math.floor(now / self.window)
        reset = (index + 1) * self.window
        used = self.used.get(index, 0)
        if used >= self.limit:
            self.rejected += 1
            self.rejected_per_window[index] = self.rejected_per_window.get(index, 0) + 1
            return 429, 0, reset
        self.used[index] = used + 1
        self.arrivals.append(now)
        return 200, self.limit - used - 1, reset

    def stats(self) -> dict[str, Any]:
        return {
            "limit": self.limit,
            "window": self.window,
            "ok": sum(self.used.values()),
            "rate_limited": self.rejected,
            "per_window": {str(k): v for k, v in sorted(self.used.items())},
            "rejected_per_window": {str(k): v for k, v in sorted(self.rejected_per_window.items())},
            "arrivals": self.arrivals,
        }


class _HTTP(asyncio.Protocol):
    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, rest = self.buffer[:end].decode("latin-1"), self.buffer[end + 4 :]
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip() or 0)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.answer(head.split(" ", 2)[1] if " " in head else "/")

    def answer(self, path: str) -> None:
        assert self.transport is not None
        if path == "/__stats":
            body = json.dumps(self.budget.stats()).encode()
            status, extra = 200, ""
        else:
            code, remaining, reset = self.budget.take(time.time())
            status = code
            body = (
                b'{"type":"admin","id":"1"}'
                if code == 200
                else b'{"type":"error.list","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit"}]}'
            )
            extra = (
                f"X-RateLimit-Limit: {self.budget.limit}\r\nX-RateLimit-Remaining: {remaining}\r\n"
                f"X-RateLimit-Reset: {reset:.3f}\r\n"
            )
        reason = "OK" if status == 200 else "Too Many Requests"
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode()
            + body
        )


async def _serve(limit: int, window: float, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    budget = _Budget(limit, window)
    done = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: done.done() or done.set_result(None))
    server = await loop.create_server(lambda: _HTTP(budget), HOST, 0, backlog=1024)
    print(f"LISTENING {server.sockets[0].getsockname()[1]}", flush=True)
    with suppress(TimeoutError):
        await asyncio.wait_for(done, max_seconds)
    server.close()


@contextmanager
def budget_server(limit: int, window: float, max_seconds: float = 120.0) -> Iterator[str]:
    """The server in its own process on 127.0.0.1; yields its URL; stopped by its PID at the end."""
    proc = _spawn(["serve", "--limit", str(limit), "--window", str(window), "--max-seconds", str(max_seconds)])
    try:
        yield f"http://{HOST}:{int(_first_line(proc, 'LISTENING', 20).split()[1])}"
    finally:
        _stop(proc)


def server_stats(url: str) -> dict[str, Any]:
    import httpx

    result: dict[str, Any] = httpx.get(f"{url}/__stats", timeout=5).json()
    return result


# -- the workers -----------------------------------------------------------------------------------


def _ready() -> float:
    """Say READY; return the start the parent answers."""
    print("READY", flush=True)
    return float(sys.stdin.readline())


async def _work(
    url: str, tasks: int, seconds: float, redis_url: str | None, local: bool, redis_retry: float = 1.0
) -> dict[str, Any]:
    from intercom_client import AsyncIntercom, IntercomError, RateLimitError, RedisConnection, RedisRateLimiter

    limiter = RedisRateLimiter(RedisConnection(redis_url, retry_interval=redis_retry)) if redis_url else None
    counts = {"ok": 0, "rate_limited": 0, "errors": 0}
    async with AsyncIntercom(
        token=TOKEN, base_url=url, max_retries=0, rate_limiter=limiter, pace_rate_limits=local, max_retry_wait=120
    ) as client:
        assert client._http is not None  # the connection pool and TLS context, made before the start
        if limiter is not None:
            await limiter.connection.async_client().ping()
        start = _ready()
        await asyncio.sleep(max(0.0, start - time.time()))
        end = start + seconds

        async def loop() -> None:
            while time.time() < end:
                try:
                    await client.request("GET", "/me")
                    counts["ok"] += 1
                except RateLimitError:
                    counts["rate_limited"] += 1
                except IntercomError:
                    counts["errors"] += 1

        runners = [asyncio.ensure_future(loop()) for _ in range(tasks)]
        await asyncio.wait(runners, timeout=max(0.0, end - time.time()))
        for runner in runners:
            runner.cancel()  # those waiting for a window that starts after the end
        await asyncio.gather(*runners, return_exceptions=True)
    if limiter is not None:
        await limiter.aclose()
    return counts


def _take(redis_url: str, attempts: int) -> dict[str, Any]:
    import threading

    from intercom_client import RateLimitScope, RedisRateLimiter

    scoped = RedisRateLimiter(redis_url).bind(RateLimitScope(SCOPE_APP, "us"))
    granted: list[bool] = []

    def ask() -> None:
        granted.append(scoped.acquire(time.time()) == 0)

    threads = [threading.Thread(target=ask) for _ in range(attempts)]
    scoped._connection.sync_client().ping()
    start = _ready()
    time.sleep(max(0.0, start - time.time()))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return {"granted": sum(granted), "asked": len(granted)}


SCOPE_APP = "0123456789abcdef01234567"  # the app of ``take`` (tests seed its window)


def start_workers(
    url: str,
    processes: int,
    tasks: int,
    seconds: float,
    *,
    redis_url: str | None,
    local: bool,
    window: float = 1.0,
    started: list[float] | None = None,
    redis_retry: float | None = None,
) -> list[subprocess.Popen[str]]:
    """``processes`` worker processes, started together at a ``window``'s start once all are ready to send.

    ``started``, when given, receives that start (epoch seconds); ``redis_retry`` is the workers'
    ``RedisConnection.retry_interval``."""
    args = ["work", url, "--tasks", str(tasks), "--seconds", str(seconds)]
    if redis_url:
        args += ["--redis", redis_url]
    if redis_retry is not None:
        args += ["--redis-retry", repr(redis_retry)]
    if local:
        args.append("--local")
    return go([_spawn(args) for _ in range(processes)], align=window, started=started)


def start_takers(redis_url: str, processes: int, attempts: int) -> list[subprocess.Popen[str]]:
    """``processes`` processes that each ask for ``attempts`` slots at the same moment."""
    return go([_spawn(["take", redis_url, "--attempts", str(attempts)]) for _ in range(processes)], align=None)


def go(
    workers: list[subprocess.Popen[str]],
    align: float | None,
    timeout: float = 30.0,
    started: list[float] | None = None,
) -> list[subprocess.Popen[str]]:
    """Once every worker is READY, tell them all one start: the next multiple of ``align`` s, or in 0.2 s
    (appended to ``started`` when given)."""
    deadline = time.monotonic() + timeout
    for proc in workers:
        _first_line(proc, "READY", max(0.1, deadline - time.monotonic()))
    now = time.time()
    start = now + 0.2 if align is None else (math.floor((now + 0.3) / align) + 1) * align  # 0.3 s to pass it on
    for proc in workers:
        assert proc.stdin is not None
        proc.stdin.write(f"{start!r}\n")
        proc.stdin.flush()
    if started is not None:
        started.append(start)
    return workers


def collect(workers: Sequence[subprocess.Popen[str]], timeout: float) -> list[dict[str, Any]]:
    """Each worker's counts; a worker that fails or overruns ``timeout`` is stopped and reported."""
    results = []
    deadline = time.monotonic() + timeout
    for proc in workers:
        try:
            out, err = proc.communicate(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _stop(proc)
            raise RuntimeError("a worker did not finish in time") from None
        if proc.returncode != 0:
            raise RuntimeError(f"a worker failed ({proc.returncode}): {err[-2000:]}")
        results.append({**json.loads(out.strip().splitlines()[-1]), "log": err})
    for proc in workers:
        _stop(proc)
    return results


# -- processes ---------------------------------------------------------------------------------------


def _spawn(args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.budget_server", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _first_line(proc: subprocess.Popen[str], prefix: str, timeout: float) -> str:
    try:
        return first_line(proc, prefix, timeout, what="a process of tests/budget_server.py")
    except RuntimeError:
        _stop(proc)  # and close its pipes
        raise


def _stop(proc: subprocess.Popen[str]) -> None:
    stop_process(proc)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None and not stream.closed:
            stream.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve")
    serve.add_argument("--limit", type=int, required=True)
    serve.add_argument("--window", type=float, required=True)
    serve.add_argument("--max-seconds", type=float, default=120.0)
    work = sub.add_parser("work")
    work.add_argument("url")
    work.add_argument("--tasks", type=int, required=True)
    work.add_argument("--seconds", type=float, required=True)
    work.add_argument("--redis")
    work.add_argument("--local", action="store_true")
    work.add_argument("--redis-retry", type=float, default=1.0)
    take = sub.add_parser("take")
    take.add_argument("redis")
    take.add_argument("--attempts", type=int, required=True)
    args = parser.parse_args(argv)
    if args.command == "serve":
        asyncio.run(_serve(args.limit, args.window, args.max_seconds))
        return 0
    import logging

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
    if args.command == "take":
        counts = _take(args.redis, args.attempts)
    else:
        counts = asyncio.run(_work(args.url, args.tasks, args.seconds, args.redis, args.local, args.redis_retry))
    print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
