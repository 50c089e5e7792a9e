#!/usr/bin/env python3
"""Load and cancellation run: the SDK's async clients against a faulty server, bounded.

    load.py [--calls 20000] [--concurrency 200] [--cancelled 2500] [--normal 1000] [--quick]
            [--backends httpx,aiohttp] [--json PATH]

For each async backend (httpx's own transport, aiohttp): ``--calls`` calls at ``--concurrency``
against a server in its own process that answers 10% of requests 429 with ``Retry-After: 1``, 5%
503, and drops 2% of connections after reading the request (2% resets); one call in ten is a POST.
Then ``--cancelled`` calls are cancelled in flight (``asyncio.wait_for`` timeouts and
``task.cancel()``, more than 100 in flight at once) and ``--normal`` calls follow, all of which must
succeed at about the latency they had before the cancellations.

Checked and reported: every call ends exactly once in a result or a typed ``IntercomError``; no POST
is acted on twice (the server counts the POSTs it answered 2xx/5xx or dropped after reading, per id);
the TCP connections the server accepted (at most about the concurrency); the process's open file
descriptors back to their baseline once the client is closed; RSS after each quarter of the load
(flat); calls/s. Exits non-zero when a check fails. The server exits on its own after
``--max-seconds`` and is stopped by PID at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import signal
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.processes import listening_child

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent

# -- the server (its own process: `load.py --serve`) ------------------------------------------------

_OK = b'{"type":"contact","id":"1","email":"ada@example.com"}'
_ERR = b'{"type":"error.list","request_id":"req-load","errors":[{"code":"service_unavailable","message":"try later"}]}'
_LIMITED = (
    b'{"type":"error.list","request_id":"req-load","errors":[{"code":"rate_limit_exceeded","message":"slow down"}]}'
)


def _answer(status: str, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"X-RateLimit-Limit: 10000\r\nX-RateLimit-Remaining: 9999\r\nX-RateLimit-Reset: 4102444800\r\n{extra}\r\n"
    )
    return head.encode("latin-1") + body


class _Stats:
    def __init__(self) -> None:
        self.connections = 0
        self.requests = 0
        self.statuses: Counter[str] = Counter()
        self.acted: Counter[str] = Counter()  # POST id -> times the server acted on it (or may have)
        self.rng = random.Random(20261126)


class _Faulty(asyncio.Protocol):
    """Answers ``/ok/*`` with 200, ``/slow/*`` with 200 after 50 ms, ``/stats`` with the counts, and
    anything else with the fault mix (10% 429 Retry-After 1, 5% 503, 2% dropped, else 200)."""

    def __init__(self, stats: _Stats) -> None:
        self.stats = stats
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.stats.connections += 1

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while (end := self.buf.find(b"\r\n\r\n")) >= 0:
            head = self.buf[:end]
            lower = head.lower()
            length = 0
            if (at := lower.find(b"\r\ncontent-length:")) >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            if len(self.buf) < end + 4 + length:
                return
            self.buf = self.buf[end + 4 + length :]
            method, target = head.split(b"\r\n", 1)[0].split(b" ")[:2]
            if not self._handle(method.decode(), target.decode()):
                return

    def _handle(self, method: str, path: str) -> bool:
        stats, transport = self.stats, self.transport
        assert transport is not None
        if path == "/stats":
            body = json.dumps(
                {
                    "connections": stats.connections,
                    "requests": stats.requests,
                    "statuses": stats.statuses,
                    "posts_acted_twice": sum(1 for n in stats.acted.values() if n > 1),
                    "posts_acted": len(stats.acted),
                }
            ).encode()
            transport.write(_answer("200 OK", body, "Connection: close\r\n"))
            transport.close()
            return False
        stats.requests += 1
        if path.startswith("/ok/"):
            transport.write(_answer("200 OK", _OK))
            return True
        if path.startswith("/slow/"):
            asyncio.get_running_loop().call_later(0.05, self._late, transport)
            return True
        roll = stats.rng.random()
        kind = "429" if roll < 0.10 else "503" if roll < 0.15 else "reset" if roll < 0.17 else "200"
        stats.statuses[kind] += 1
        if method == "POST" and kind != "429":
            stats.acted[path] += 1  # a 429 says it was not acted on; anything else may have been
        if kind == "reset":
            transport.abort()
            return False
        if kind == "429":
            transport.write(_answer("429 Too Many Requests", _LIMITED, "Retry-After: 1\r\n"))
        elif kind == "503":
            transport.write(_answer("503 Service Unavailable", _ERR))
        else:
            transport.write(_answer("200 OK", _OK))
        return True

    @staticmethod
    def _late(transport: asyncio.Transport) -> None:
        if not transport.is_closing():
            transport.write(_answer("200 OK", _OK))


async def _serve(max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    stats = _Stats()
    done = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: done.done() or done.set_result(None))
    server = await loop.create_server(lambda: _Faulty(stats), HOST, 0, backlog=2048)
    print(f"LISTENING {server.sockets[0].getsockname()[1]}", flush=True)
    with suppress(TimeoutError):
        await asyncio.wait_for(done, max_seconds)
    server.close()


@contextmanager
def faulty_server(max_seconds: float) -> Iterator[str]:
    """The server in its own process; yields its URL; stopped by PID at the end."""
    command = [sys.executable, "-m", "benchmarks.load", "--serve", "--max-seconds", str(max_seconds)]
    with listening_child(command, name="load server", cwd=ROOT, startup_timeout=20) as (port, _):
        yield f"http://{HOST}:{port}"


# -- the client side -----------------------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class BackendResult:
    backend: str
    calls: int
    seconds: float = 0.0
    calls_per_second: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)
    ended_exactly_once: bool = False
    untyped_errors: int = 0
    posts_acted_twice: int = -1
    connections_opened: int = -1
    server_answers: dict[str, int] = field(default_factory=dict)  # what the server sent, faults included
    fds_baseline: int = 0
    fds_after_close: int = 0
    rss_mb_rounds: list[float] = field(default_factory=list)
    normal_latency_before_ms: dict[str, float] = field(default_factory=dict)
    normal_latency_after_ms: dict[str, float] = field(default_factory=dict)
    cancelled: int = 0
    normal_after_cancel_ok: int = 0
    normal_after_cancel: int = 0
    cancel_phase_connections: int = -1
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(self.checks.values())


async def _stats(url: str) -> dict[str, Any]:
    import httpx

    async with httpx.AsyncClient() as plain:
        return dict((await plain.get(f"{url}/stats")).json())


async def _bounded(concurrency: int, jobs: list[Any]) -> list[Any]:
    """Run the coroutines ``jobs`` with at most ``concurrency`` at once; each one's outcome, in order."""
    outcomes: list[Any] = [None] * len(jobs)
    finished = [0] * len(jobs)
    queue = iter(enumerate(jobs))

    async def worker() -> None:
        for index, job in queue:
            try:
                outcome = await job
                # Keep the status, not the response: holding 20,000 responses would hide a leak in RSS.
                outcomes[index] = getattr(outcome, "status_code", outcome)
            except Exception as exc:
                outcomes[index] = exc
            finished[index] += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    assert all(n == 1 for n in finished), "a call ended more than once or not at all"
    return outcomes


async def _latencies(client: Any, n: int, concurrency: int, tag: str) -> tuple[dict[str, float], int]:
    times: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await client.request("GET", f"/ok/{tag}{i}")
        times.append((time.perf_counter() - started) * 1000)

    outcomes = await _bounded(concurrency, [one(i) for i in range(n)])
    ok = sum(1 for o in outcomes if not isinstance(o, BaseException))
    times.sort()
    summary = (
        {"p50": round(statistics.median(times), 2), "p99": round(times[int(len(times) * 0.99) - 1], 2)} if times else {}
    )
    return summary, ok


async def run_backend(
    backend: str, url: str, calls: int, concurrency: int, cancelled: int, normal: int
) -> BackendResult:
    from intercom_client import AsyncIntercom, IntercomError

    result = BackendResult(backend, calls)
    gc.collect()
    result.fds_baseline = open_fds()
    before = await _stats(url)
    client = AsyncIntercom(token="tok_load_SECRET", base_url=url, http_backend=backend, timeout=10.0, max_retries=2)  # type: ignore[arg-type]
    try:
        # -- the load: `calls` calls in four rounds, RSS after each --------------------------------
        kinds: Counter[str] = Counter()
        rounds = 4
        per_round = calls // rounds
        started = time.perf_counter()
        total_outcomes: list[Any] = []
        for r in range(rounds):
            jobs = []
            for i in range(r * per_round, (r + 1) * per_round):
                if i % 10 == 0:
                    jobs.append(client.request("POST", f"/notes/{backend}-{i}", json={"body": "hi"}))
                else:
                    jobs.append(client.request("GET", f"/contacts/{i}"))
            total_outcomes += await _bounded(concurrency, jobs)
            gc.collect()
            result.rss_mb_rounds.append(round(rss_mb(), 1))
        result.seconds = round(time.perf_counter() - started, 2)
        result.calls = len(total_outcomes)
        result.calls_per_second = round(result.calls / result.seconds, 1)
        for outcome in total_outcomes:
            kinds[type(outcome).__name__ if isinstance(outcome, BaseException) else str(outcome)] += 1
            if isinstance(outcome, BaseException) and not isinstance(outcome, IntercomError):
                result.untyped_errors += 1
        result.outcomes = dict(kinds)
        result.ended_exactly_once = len(total_outcomes) == rounds * per_round and all(
            o is not None for o in total_outcomes
        )
        after_load = await _stats(url)
        result.connections_opened = after_load["connections"] - before["connections"] - 1  # less the stats call
        result.posts_acted_twice = after_load["posts_acted_twice"] - before["posts_acted_twice"]
        result.server_answers = {
            kind: count - before["statuses"].get(kind, 0) for kind, count in after_load["statuses"].items()
        }

        # -- cancellations, then normal calls ----------------------------------------------------------
        result.normal_latency_before_ms, _ = await _latencies(client, normal, concurrency, "before")
        rng = random.Random(7)
        done = 0
        while done < cancelled:
            wave = min(300, cancelled - done)
            tasks = [asyncio.ensure_future(client.request("GET", f"/slow/{done + i}")) for i in range(wave // 2)]
            waits = [
                asyncio.wait_for(client.request("GET", f"/slow/w{done + i}"), rng.uniform(0.001, 0.04))
                for i in range(wave - wave // 2)
            ]
            await asyncio.sleep(rng.uniform(0.001, 0.03))
            for task in tasks:
                task.cancel()
            outcomes = await asyncio.gather(*tasks, *waits, return_exceptions=True)
            result.cancelled += sum(1 for o in outcomes if isinstance(o, (asyncio.CancelledError, TimeoutError)))
            done += wave
        result.normal_latency_after_ms, result.normal_after_cancel_ok = await _latencies(
            client, normal, concurrency, "after"
        )
        result.normal_after_cancel = normal
        after_cancel = await _stats(url)
        result.cancel_phase_connections = after_cancel["connections"] - after_load["connections"] - 1
    finally:
        await client.aclose()
    await asyncio.sleep(0.2)
    gc.collect()
    result.fds_after_close = open_fds()
    before_p50 = result.normal_latency_before_ms.get("p50", 0.0)
    after_p50 = result.normal_latency_after_ms.get("p50", float("inf"))
    result.checks = {
        "every call ended exactly once, typed": result.ended_exactly_once and result.untyped_errors == 0,
        "no POST acted on twice": result.posts_acted_twice == 0,
        "connections opened <= 1.5 x concurrency + one per reset": result.connections_opened
        <= 1.5 * concurrency + after_load["statuses"].get("reset", 0) - before["statuses"].get("reset", 0),
        "fds back to baseline": result.fds_after_close <= result.fds_baseline + 2,
        "RSS flat (last round within 15 MB of the first)": result.rss_mb_rounds[-1] - result.rss_mb_rounds[0] < 15,
        "all normal calls after the cancellations succeeded": result.normal_after_cancel_ok == normal,
        "normal latency after cancellations (p50 within 3x + 5 ms)": after_p50 <= 3 * before_p50 + 5,
    }
    return result


def run(
    calls: int = 20_000,
    concurrency: int = 200,
    cancelled: int = 2_500,
    normal: int = 1_000,
    backends: tuple[str, ...] = ("httpx", "aiohttp"),
    max_seconds: float = 900.0,
) -> dict[str, Any]:
    """Run the load for each backend (the server in its own process); the results as JSON-ready dicts."""
    results: list[BackendResult] = []
    with faulty_server(max_seconds) as url:
        for backend in backends:
            print(
                f"load: {backend}: {calls} calls at concurrency {concurrency}, then {cancelled} cancelled + {normal}",
                file=sys.stderr,
                flush=True,
            )
            results.append(asyncio.run(run_backend(backend, url, calls, concurrency, cancelled, normal)))
    return {
        "parameters": {
            "calls": calls,
            "concurrency": concurrency,
            "cancelled": cancelled,
            "normal": normal,
            "mix": "10% 429 Retry-After 1, 5% 503, 2% resets, 10% POST",
        },
        "backends": [asdict(r) | {"passed": r.passed} for r in results],
        "passed": all(r.passed for r in results),
    }


def print_summary(report: dict[str, Any]) -> None:
    for r in report["backends"]:
        print(
            f"load {r['backend']:>7}: {r['calls']} calls in {r['seconds']} s = {r['calls_per_second']} calls/s;"
            f" outcomes {r['outcomes']}; server answers {r['server_answers']};"
            f" connections opened {r['connections_opened']};"
            f" POSTs acted twice {r['posts_acted_twice']}; fds {r['fds_baseline']} -> {r['fds_after_close']};"
            f" RSS MB by round {r['rss_mb_rounds']}"
        )
        print(
            f"load {r['backend']:>7}: {r['cancelled']} cancelled, then {r['normal_after_cancel_ok']}/{r['normal_after_cancel']} normal calls ok;"
            f" latency before {r['normal_latency_before_ms']} after {r['normal_latency_after_ms']} ms;"
            f" connections in that phase {r['cancel_phase_connections']}"
        )
        for name, ok in r["checks"].items():
            print(f"load {r['backend']:>7}: {'PASS' if ok else 'FAIL'} {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--cancelled", type=int, default=2_500)
    parser.add_argument("--normal", type=int, default=1_000)
    parser.add_argument("--backends", default="httpx,aiohttp")
    parser.add_argument("--quick", action="store_true", help="2,000 calls, 500 cancelled, 300 normal")
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve(args.max_seconds))
        return 0
    if args.quick:
        args.calls, args.cancelled, args.normal = 2_000, 500, 300
    report = run(
        args.calls, args.concurrency, args.cancelled, args.normal, tuple(args.backends.split(",")), args.max_seconds
    )
    print_summary(report)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
