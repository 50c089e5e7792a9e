#!/usr/bin/env python3
"""Memory of iterating a long list with intercom_client.pagination: flat, or growing with the list?

    pagination_memory.py [--total 100000] [--per-page 150] [--hold] [--json]

Starts a cursor-paginating ``GET /contacts`` server in its own process on 127.0.0.1 (realistic
contacts from make_payload.py, 150 per page, bounded by a request count and a deadline, stopped at
the end), iterates every contact with ``client.contacts.list(...)`` and reports the peak growth of
the process's resident memory over the iteration against the memory two parsed pages take:

    pagination memory: peak growth X MB over 100000 contacts (two pages = Y MB) -> flat|NOT flat

Flat means the growth stays within two pages (one page held plus the next one arriving) whatever the
length of the list. ``--hold`` keeps every contact, as a consumer that collects them would: a check
that the measurement does see growth. ``measure()`` returns the numbers as a dict for a runner.

Peak RSS is sampled by a thread (psutil; getrusage's ru_maxrss without it); the page size and the
Python heap's peak growth come from tracemalloc in a second, separate pass, so that its overhead does
not inflate the RSS figures.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import resource
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.processes import listening_child

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

DEFAULT_TOTAL = 100_000
DEFAULT_PER_PAGE = 150
DEFAULT_HEAP_TOTAL = 15_000
MB = 1024 * 1024
HOST = "127.0.0.1"


# -- the server (its own process) ----------------------------------------------------------------------


class _Pages:
    """Cursor pages of ``total`` contacts, built from one realistic page by changing the ids."""

    def __init__(self, total: int, per_page: int) -> None:
        from benchmarks.make_payload import encode, make_page

        template = make_page(per_page)
        self.total = total
        self.per_page = per_page
        self.contacts = [encode(contact) for contact in template["data"]]
        self.ids = [contact["id"].encode() for contact in template["data"]]

    def page(self, offset: int, per_page: int) -> bytes:
        per_page = max(1, min(per_page, self.per_page))
        end = min(self.total, offset + per_page)
        parts = []
        for index in range(offset, end):
            slot = index % self.per_page
            parts.append(self.contacts[slot].replace(self.ids[slot], f"{index:024x}".encode()))
        pages: dict[str, Any] = {
            "type": "pages",
            "page": offset // per_page + 1,
            "per_page": per_page,
            "total_pages": -(-self.total // per_page),
        }
        if end < self.total:
            pages["next"] = {"page": offset // per_page + 2, "starting_after": _cursor(end)}
        head = json.dumps({"type": "list", "total_count": self.total, "pages": pages}, separators=(",", ":"))
        return head[:-1].encode() + b',"data":[' + b",".join(parts) + b"]}"


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _offset(cursor: str) -> int:
    return int(base64.urlsafe_b64decode(cursor.encode()).decode().split(":", 1)[1])


def serve(total: int, per_page: int, max_seconds: float, max_requests: int) -> None:
    """Serve GET /contacts on 127.0.0.1 until max_requests were answered or max_seconds passed."""
    pages = _Pages(total, per_page)
    answered = [0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            if url.path != "/contacts":
                self._send(404, b'{"type":"error.list","errors":[{"code":"not_found","message":"no such route"}]}')
            else:
                offset = _offset(query["starting_after"][0]) if "starting_after" in query else 0
                size = int(query.get("per_page", [str(per_page)])[0])
                self._send(200, pages.page(offset, size))
            answered[0] += 1
            if answered[0] >= max_requests:
                threading.Thread(target=server.shutdown, daemon=True).start()

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-RateLimit-Limit", "10000")
            self.send_header("X-RateLimit-Remaining", "9999")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((HOST, 0), Handler)
    server.daemon_threads = True
    timer = threading.Timer(max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    print(f"LISTENING {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        timer.cancel()
        server.server_close()


@contextmanager
def running_server(total: int, per_page: int) -> Iterator[str]:
    """Start the server process; yield its base URL; stop it."""
    requests = 4 * (-(-total // per_page)) + 20  # four passes and some slack
    command = [
        sys.executable,
        "-m",
        "benchmarks.pagination_memory",
        "--serve",
        "--total",
        str(total),
        "--per-page",
        str(per_page),
        "--max-requests",
        str(requests),
        "--max-seconds",
        "600",
    ]
    with listening_child(command, name="pagination server", cwd=ROOT) as (port, _):
        yield f"http://{HOST}:{port}"


# -- measuring -----------------------------------------------------------------------------------------


def _rss() -> int | None:
    try:
        import psutil
    except ImportError:
        return None
    return int(psutil.Process().memory_info().rss)


def _max_rss() -> int:
    """The process's peak RSS so far, in bytes (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


class _Sampler:
    """Samples RSS every ``interval`` seconds in a thread; keeps the peak."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.peak = _rss() or 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            value = _rss()
            if value is None:
                return
            self.peak = max(self.peak, value)
            self._stop.wait(self.interval)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        value = _rss()
        if value is not None:
            self.peak = max(self.peak, value)


async def _iterate(base_url: str, per_page: int, hold: bool, max_pages: int | None = None) -> tuple[int, list[Any]]:
    from intercom_client import AsyncIntercom

    count = 0
    kept: list[Any] = []
    async with AsyncIntercom(token="bench-token", base_url=base_url, max_retries=0) as client:
        async for contact in client.contacts.list(per_page=per_page, max_pages=max_pages):
            count += 1
            if hold:
                kept.append(contact)
    return count, kept


async def _pages(base_url: str, per_page: int, count: int) -> list[Any]:
    from intercom_client import AsyncIntercom

    async with AsyncIntercom(token="bench-token", base_url=base_url, max_retries=0) as client:
        pages = client.contacts.list(per_page=per_page, max_pages=count)
        return [page async for page in pages.pages()]


def _traced(func: Callable[[], Any]) -> tuple[Any, int, int]:
    """(result, bytes still allocated after, peak bytes during) of ``func``, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = func()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, current - base, peak - base


def measure(
    total: int = DEFAULT_TOTAL,
    per_page: int = DEFAULT_PER_PAGE,
    hold: bool = False,
    heap_total: int | None = DEFAULT_HEAP_TOTAL,
) -> dict[str, Any]:
    """Iterate ``total`` contacts from a local server; return the memory figures (bytes and MB) and the verdict.

    A second iteration, of ``heap_total`` contacts at most (None or 0: none), runs under tracemalloc for
    the Python heap's peak growth: more exact than RSS, and about four times slower.
    """
    with running_server(total, per_page) as base_url:
        # Warm up: imports, the model classes, the connection pool and the allocator's pools.
        asyncio.run(_iterate(base_url, per_page, hold=False, max_pages=2))
        gc.collect()

        # Pass 1: resident memory, untraced.
        rss_before = _rss()
        max_rss_before = _max_rss()
        started = time.perf_counter()
        with _Sampler() as sampler:
            count, kept = asyncio.run(_iterate(base_url, per_page, hold))
        seconds = time.perf_counter() - started
        max_rss_after = _max_rss()
        del kept
        gc.collect()

        # Pass 2: what one page takes at its peak (received, decoded and parsed into models), and the
        # Python heap's peak over a whole iteration.
        pages, _, one_page = _traced(lambda: asyncio.run(_pages(base_url, per_page, 1)))
        page_bytes = sum(len(page.http_response.content) for page in pages)
        del pages
        two_pages = 2 * one_page
        heap_peak = None
        heap_count = min(total, heap_total or 0)
        if heap_count:
            heap_pages = -(-heap_count // per_page)
            _, _, heap_peak = _traced(lambda: asyncio.run(_iterate(base_url, per_page, hold, heap_pages)))

    rss_growth = None if rss_before is None else max(0, sampler.peak - rss_before)
    max_rss_growth = max(0, max_rss_after - max_rss_before)
    growth = rss_growth if rss_growth is not None else max_rss_growth
    flat = growth <= two_pages and (heap_peak is None or heap_peak <= two_pages)
    return {
        "contacts": count,
        "per_page": per_page,
        "pages": -(-count // per_page),
        "seconds": round(seconds, 3),
        "contacts_per_second": round(count / seconds) if seconds else None,
        "hold": hold,
        "peak_growth_bytes": growth,
        "peak_growth_mb": round(growth / MB, 2),
        "rss_sampled_growth_mb": None if rss_growth is None else round(rss_growth / MB, 2),
        "max_rss_growth_mb": round(max_rss_growth / MB, 2),
        "heap_peak_growth_mb": None if heap_peak is None else round(heap_peak / MB, 2),
        "heap_contacts": heap_count,
        "one_page_peak_mb": round(one_page / MB, 2),
        "two_pages_bytes": two_pages,
        "two_pages_mb": round(two_pages / MB, 2),
        "one_page_json_mb": round(page_bytes / MB, 2),
        "flat": flat,
        "verdict": "flat" if flat else "NOT flat",
        "rss_source": "psutil sampling" if rss_growth is not None else "getrusage ru_maxrss",
    }


def summary_line(result: dict[str, Any]) -> str:
    return (
        f"pagination memory: peak growth {result['peak_growth_mb']:.1f} MB over {result['contacts']} contacts "
        f"(two pages = {result['two_pages_mb']:.1f} MB) -> {result['verdict']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=DEFAULT_TOTAL, help="contacts to iterate")
    parser.add_argument("--per-page", type=int, default=DEFAULT_PER_PAGE)
    parser.add_argument("--hold", action="store_true", help="keep every contact (shows what NOT flat looks like)")
    parser.add_argument("--json", action="store_true", help="also print the numbers as JSON")
    parser.add_argument(
        "--heap-total",
        type=int,
        default=DEFAULT_HEAP_TOTAL,
        help="contacts of the second, tracemalloc-traced iteration (0: skip it)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--max-seconds", type=float, default=600, help=argparse.SUPPRESS)
    parser.add_argument("--max-requests", type=int, default=10_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.total, args.per_page, args.max_seconds, args.max_requests)
        return 0
    result = measure(args.total, args.per_page, args.hold, args.heap_total)
    print(summary_line(result))
    heap = (
        f"{result['heap_peak_growth_mb']} MB over {result['heap_contacts']} contacts"
        if result["heap_peak_growth_mb"] is not None
        else "not measured"
    )
    print(
        f"  RSS growth ({result['rss_source']}): {result['peak_growth_mb']} MB; Python heap peak growth: {heap}; "
        f"one page at its peak: {result['one_page_peak_mb']} MB ({result['one_page_json_mb']} MB of JSON); "
        f"{result['contacts_per_second']} contacts/s",
        file=sys.stderr,
    )
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
