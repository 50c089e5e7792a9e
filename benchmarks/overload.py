#!/usr/bin/env python3
"""Overload: 10,000 calls at once against a server that answers each in 1 s, every call timing out at 3 s.

    overload.py [--calls 10000] [--delay 1.0] [--timeout 3.0] [--rounds 1] [--max-retries N]
                [--contestants raw_aiohttp,sdk_httpx,sdk_aiohttp] [--json PATH]

Far more calls than connections: most of them wait for a connection slot. A client that counts that
wait against the call's timeout, or fails the waiters and retries them all at once, completes nothing;
one that serves its connections in turn completes about ``connections x timeout / delay`` calls and
fails the rest with a timeout, in about ``timeout`` seconds. Contestants, each in a fresh event loop:

- ``raw_aiohttp``: ``aiohttp.ClientSession(timeout=ClientTimeout(total=timeout))``, aiohttp's defaults
  otherwise (100 connections), ``GET`` + ``await response.read()``;
- ``sdk_httpx``: ``AsyncIntercom(timeout=timeout)`` (the default httpx backend, 200 connections),
  ``client.request("GET", ...)``, the default 2 retries (``--max-retries 0``: none, as raw aiohttp);
- ``sdk_aiohttp``: the same with ``http_backend="aiohttp"``.

Each contestant starts all its calls together (``asyncio.gather``) and is also bounded as a whole
(``timeout x (1 + max_retries) + 30`` seconds); printed per contestant: calls completed (200), the
errors by type, the wall time, and the ratio of each SDK's completed calls to raw aiohttp's. The
server (``--serve``, its own process, ``asyncio.Protocol``) answers ``GET /contacts/{id}`` with a
small contact ``--delay`` seconds after reading the request, binds 127.0.0.1 and exits on its own after
``--max-seconds``. ``run()`` is what ``run.py`` calls (part ``overload``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from collections import Counter
from contextlib import suppress
from pathlib import Path
from typing import Any

from tests.processes import listening_child

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
CONTESTANTS = ("raw_aiohttp", "sdk_httpx", "sdk_aiohttp")

# -- the server (its own process: `overload.py --serve`) -------------------------------------------

_BODY = b'{"type":"contact","id":"1","email":"ada@example.com"}'
_ANSWER = (
    f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(_BODY)}\r\n"
    "X-RateLimit-Limit: 10000\r\nX-RateLimit-Remaining: 9999\r\nX-RateLimit-Reset: 4102444800\r\n\r\n"
).encode("latin-1") + _BODY


class _Slow(asyncio.Protocol):
    """Answers every request (head plus Content-Length body) ``delay`` seconds after reading it, in order."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if len(self.buf) > 1 << 20:
            self.buf = b""
            if self.transport is not None:
                self.transport.abort()
            return
        while (end := self.buf.find(b"\r\n\r\n")) >= 0:
            lower = self.buf[:end].lower()
            length = 0
            if (at := lower.find(b"\r\ncontent-length:")) >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            if len(self.buf) < end + 4 + length:
                return
            self.buf = self.buf[end + 4 + length :]
            asyncio.get_running_loop().call_later(self.delay, self._answer)

    def _answer(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(_ANSWER)


async def _serve(delay: float, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: done.done() or done.set_result(None))
    server = await loop.create_server(lambda: _Slow(delay), HOST, 0, backlog=4096)
    print(f"LISTENING {server.sockets[0].getsockname()[1]}", flush=True)
    with suppress(TimeoutError):
        await asyncio.wait_for(done, max_seconds)
    server.close()


# -- the contestants -----------------------------------------------------------------------------------


async def _raw_aiohttp(url: str, calls: int, timeout: float) -> list[Any]:
    import aiohttp

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:

        async def one(i: int) -> Any:
            async with session.get(f"{url}/contacts/{i}", headers={"Authorization": f"Bearer {TOKEN}"}) as response:
                await response.read()
                return response.status

        return await asyncio.gather(*(one(i) for i in range(calls)), return_exceptions=True)


async def _sdk(backend: str, url: str, calls: int, timeout: float, max_retries: int | None) -> list[Any]:
    from intercom_client import AsyncIntercom

    options: dict[str, Any] = {} if max_retries is None else {"max_retries": max_retries}
    async with AsyncIntercom(token=TOKEN, base_url=url, http_backend=backend, timeout=timeout, **options) as client:  # type: ignore[arg-type]

        async def one(i: int) -> Any:
            return (await client.request("GET", f"/contacts/{i}")).status_code

        return await asyncio.gather(*(one(i) for i in range(calls)), return_exceptions=True)


async def _contestant(name: str, url: str, calls: int, timeout: float, max_retries: int | None) -> dict[str, Any]:
    cap = timeout * 3 + 30  # the SDK's default 2 retries, plus slack: a hang ends here
    started = time.perf_counter()
    cpu = time.process_time()
    if name == "raw_aiohttp":
        run = _raw_aiohttp(url, calls, timeout)
    else:
        run = _sdk(name.removeprefix("sdk_"), url, calls, timeout, max_retries)
    try:
        outcomes = await asyncio.wait_for(run, cap)
    except TimeoutError:
        outcomes = []
    seconds = time.perf_counter() - started
    kinds = Counter(type(o).__name__ if isinstance(o, BaseException) else str(o) for o in outcomes)
    return {
        "contestant": name,
        "calls": calls,
        "completed": kinds.get("200", 0),
        "outcomes": dict(kinds),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(time.process_time() - cpu, 2),
        "hung": not outcomes,
    }


def run(
    calls: int = 10_000,
    delay: float = 1.0,
    timeout: float = 3.0,
    rounds: int = 1,
    contestants: tuple[str, ...] = CONTESTANTS,
    max_seconds: float = 900.0,
    max_retries: int | None = None,
) -> dict[str, Any]:
    """Each contestant ``rounds`` times (alternated), against one server process; JSON-ready results."""
    command = [sys.executable, "-m", "benchmarks.overload", "--serve", "--delay", str(delay)]
    command += ["--max-seconds", str(max_seconds)]
    results: list[dict[str, Any]] = []
    with listening_child(command, name="overload server", cwd=ROOT, startup_timeout=20) as (port, _):
        url = f"http://{HOST}:{port}"
        for r in range(rounds):
            for name in contestants:
                print(f"overload: round {r + 1}, {name}: {calls} calls at once", file=sys.stderr, flush=True)
                result = asyncio.run(_contestant(name, url, calls, timeout, max_retries))
                results.append(result | {"round": r + 1})
                time.sleep(0.5)  # let the server's side of the closed connections go
    completed: dict[str, list[int]] = {}
    for result in results:
        completed.setdefault(result["contestant"], []).append(result["completed"])
    raw = completed.get("raw_aiohttp")
    ratios: dict[str, float | None] = {}  # the lowest per-round ratio (None: raw aiohttp completed none)
    at_least_raw: dict[str, bool] = {}  # in every round, the SDK completed at least as many as raw aiohttp
    if raw:
        for name, counts in completed.items():
            if name != "raw_aiohttp":
                pairs = list(zip(counts, raw, strict=False))
                quotients = [c / b for c, b in pairs if b > 0]
                ratios[f"{name} / raw_aiohttp"] = round(min(quotients), 2) if quotients else None
                at_least_raw[f"{name} / raw_aiohttp"] = all(c >= b for c, b in pairs)
    return {
        "parameters": {
            "calls": calls,
            "delay": delay,
            "timeout": timeout,
            "rounds": rounds,
            "sdk_max_retries": "default" if max_retries is None else max_retries,
        },
        "results": results,
        "completed": completed,
        "ratios_min": ratios,
        "at_least_raw": at_least_raw,
        "passed": all(at_least_raw.values()) and not any(x["hung"] for x in results),
    }


def print_summary(report: dict[str, Any]) -> None:
    p = report["parameters"]
    print(
        f"overload: {p['calls']} calls at once, server answers in {p['delay']} s, timeout {p['timeout']} s,"
        f" SDK max_retries {p['sdk_max_retries']}"
    )
    for r in report["results"]:
        print(
            f"overload {r['contestant']:>12} (round {r['round']}): {r['completed']:>6} completed of {r['calls']}"
            f" in {r['seconds']} s ({r['cpu_seconds']} s CPU); outcomes {r['outcomes']}"
        )
    for name, ratio in report["ratios_min"].items():
        verdict = "PASS" if report["at_least_raw"][name] else "MISS"
        shown = "n/a (raw aiohttp completed none)" if ratio is None else f"{ratio}x"
        print(f"overload {name}: {shown} completed (lowest of the rounds; target: >= raw in every round) {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--contestants", default=",".join(CONTESTANTS))
    parser.add_argument("--max-retries", type=int, default=None, help="the SDK's max_retries (default: its own)")
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve(args.delay, args.max_seconds))
        return 0
    names = tuple(n.strip() for n in args.contestants.split(",") if n.strip())
    unknown = [n for n in names if n not in CONTESTANTS]
    if unknown:
        parser.error(f"unknown contestants {unknown}: expected some of {', '.join(CONTESTANTS)}")
    report = run(args.calls, args.delay, args.timeout, args.rounds, names, args.max_seconds, args.max_retries)
    print_summary(report)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
