#!/usr/bin/env python3
"""Incremental sync of many contacts: intercom_client.bulk.sync_updated vs a hand-written raw httpx loop.

    python -m benchmarks.sync_memory [--total 100000] [--small 10000] [--rounds 3] [--json]

Starts a ``POST /contacts/search`` server (uvicorn) in its own process on 127.0.0.1 (realistic contacts from
make_payload.py, one update a second, 150 per page, ``updated_at >`` filters and ``starting_after``
cursors as Intercom answers them; bounded by a request count and a deadline, stopped by its PID at the
end) and measures, in one run, side by side:

- items/second of a whole sync from nothing (``since=None``): the SDK's ``sync_updated`` (typed
  ``Contact`` models, keyset paging, (id, updated_at) dedupe, the checkpoint) against a hand-written
  loop over ``httpx.AsyncClient`` asking for the same pages (the same keyset bodies) and reading the
  decoded JSON dicts, with the same dedupe. Rounds alternate the order (A-B, then B-A); medians;
- peak resident memory growth (sampled by a thread, psutil) of each over a sync of ``--small`` items
  (the last ones) and of ``--total`` items, each in a fresh process warmed up on two pages (so no heap
  left by another run hides growth): flat means the larger sync does not need more memory.

    sync: SDK 21,000 items/s vs raw httpx 40,000 items/s (0.52x); peak RSS growth SDK 10k +3.1 MB,
    100k +3.3 MB; raw 10k +2.0 MB, 100k +2.1 MB -> flat
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

from benchmarks.pagination_memory import MB, ROOT, _rss, _Sampler
from tests.processes import listening_child

DEFAULT_TOTAL = 100_000
DEFAULT_SMALL = 10_000
PER_PAGE = 150
T0 = 1_700_000_000
HOST = "127.0.0.1"
TOKEN = "bench-token"
_ID = b"@@ID@@"
_STAMP = b"987654321987"
FLAT_TOLERANCE = 1.5  # the SDK's growth over the larger sync may be at most 1.5x the smaller's (+1 MB): "flat"


# -- the server (its own process) ----------------------------------------------------------------------


class _Contacts:
    """``total`` contacts, the i-th updated at T0 + i, built from one realistic page by changing id and stamp."""

    def __init__(self, total: int) -> None:
        from benchmarks.make_payload import encode, make_page

        template = make_page(PER_PAGE)["data"]
        for contact in template:
            contact["id"], contact["updated_at"] = _ID.decode(), int(_STAMP)
        self.total = total
        self.slots = [encode(contact) for contact in template]

    def page(self, body: dict[str, Any]) -> bytes:
        found = _find_updated_after(body["query"])  # the sync's `updated_at > X` filter
        after = T0 - 1 if found is None else found
        start = max(0, after - T0 + 1)
        pagination = body.get("pagination") or {}
        per_page = min(PER_PAGE, int(pagination.get("per_page", 20)))
        offset = start + int(pagination.get("starting_after") or 0)
        end = min(self.total, offset + per_page)
        parts = [
            self.slots[i % PER_PAGE].replace(_ID, f"{i:024x}".encode()).replace(_STAMP, str(T0 + i).encode())
            for i in range(offset, end)
        ]
        pages: dict[str, Any] = {"type": "pages", "page": 1, "per_page": per_page}
        if end < self.total:
            pages["next"] = {"per_page": per_page, "starting_after": str(end - start)}
        head = json.dumps({"type": "list", "total_count": self.total - start, "pages": pages}, separators=(",", ":"))
        return head[:-1].encode() + b',"data":[' + b",".join(parts) + b"]}"


def _find_updated_after(query: dict[str, Any]) -> int | None:
    if query.get("field") == "updated_at" and query.get("operator") == ">":
        return int(query["value"])
    for member in query.get("value") or []:
        if isinstance(member, dict) and (found := _find_updated_after(member)) is not None:
            return found
    return None


def serve(total: int, max_seconds: float, max_requests: int) -> None:
    """Serve POST /contacts/search on 127.0.0.1 (uvicorn) until max_requests were answered or max_seconds passed."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from tests.asgi_server import serve_asgi

    contacts = _Contacts(total)
    answered = [0]
    enough = threading.Event()

    async def search(request: Request) -> Response:
        page = contacts.page(json.loads(await request.body() or b"{}"))
        answered[0] += 1
        if answered[0] >= max_requests:
            enough.set()
        return Response(page, media_type="application/json")

    app = Starlette(routes=[Route("/contacts/search", search, methods=["POST"])])
    with serve_asgi(app, name="sync-bench") as url:
        print(f"LISTENING {url.rsplit(':', 1)[1]}", flush=True)
        enough.wait(max_seconds)


@contextmanager
def running_server(total: int, max_requests: int) -> Iterator[str]:
    """Start the server process; yield its base URL; stop it by its PID."""
    command = [sys.executable, "-m", "benchmarks.sync_memory", "--serve", "--total", str(total)]
    command += ["--max-requests", str(max_requests)]
    with listening_child(command, name="sync benchmark server", cwd=ROOT) as (port, _):
        yield f"http://{HOST}:{port}"


# -- the contestants -----------------------------------------------------------------------------------


async def sdk_sync(base_url: str, since: int | None) -> int:
    """The SDK: ``sync_updated`` yielding typed contacts."""
    from intercom_client import AsyncIntercom
    from intercom_client.bulk import sync_updated

    count = 0
    async with AsyncIntercom(token=TOKEN, base_url=base_url, max_retries=0) as client:
        run = sync_updated(client, "contacts", since=since, overlap=0)
        async for contact in run:
            count += 1 if contact.id else 0
        assert run.checkpoint.updated_at >= T0
    return count


async def raw_sync(base_url: str, since: int | None) -> int:
    """By hand: the same keyset pages over httpx, dicts from response.json(), the same dedupe."""
    import httpx

    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json", "Intercom-Version": "Preview"}
    count, key, cursor = 0, since or 0, None
    seen: set[tuple[str, int]] = set()
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as http:
        while True:
            pagination: dict[str, Any] = {"per_page": PER_PAGE}
            if cursor:
                pagination["starting_after"] = cursor
            body = {
                "query": {"field": "updated_at", "operator": ">", "value": key - 1},
                "pagination": pagination,
                "sort": {"field": "updated_at", "order": "ascending"},
            }
            response = await http.post("/contacts/search", json=body)
            response.raise_for_status()
            page = response.json()
            items = page["data"]
            for contact in items:
                pair = (contact["id"], contact["updated_at"])
                if pair not in seen:
                    seen.add(pair)
                    count += 1
            following = (page.get("pages") or {}).get("next")
            if not items or not following:
                return count
            top = max(contact["updated_at"] for contact in items)
            if top > key:
                key, cursor = top, None
                seen = {pair for pair in seen if pair[1] >= top}
            else:
                cursor = following["starting_after"]


Sync = Callable[[str, int | None], Coroutine[Any, Any, int]]
"""A contestant: ``await sync(base_url, since)`` syncs the contacts updated after ``since``; returns their count."""

CONTESTANTS: dict[str, Sync] = {"sdk": sdk_sync, "raw": raw_sync}


# -- measuring -----------------------------------------------------------------------------------------


def _timed(sync: Coroutine[Any, Any, int]) -> tuple[int, float]:
    started = time.perf_counter()
    count = asyncio.run(sync)
    return count, time.perf_counter() - started


def _warm_up(sync: Sync, url: str, total: int) -> None:
    """Sync the last two pages: imports, classes and connection pools ready before a measurement."""
    asyncio.run(sync(url, T0 + total - 2 * PER_PAGE))


def child(name: str, url: str, since: int | None, total: int) -> dict[str, Any]:
    """In a fresh process: warm up on two pages, then one sync while a thread samples the RSS peak."""
    sync = CONTESTANTS[name]
    _warm_up(sync, url, total)
    gc.collect()
    before = _rss()
    with _Sampler() as sampler:
        count = asyncio.run(sync(url, since))
    growth = None if before is None else max(0, sampler.peak - before)
    return {"count": count, "rss_before": before, "peak_growth": growth}


def _in_child(name: str, url: str, since: int | None, total: int) -> tuple[int, int | None]:
    command = [sys.executable, "-m", "benchmarks.sync_memory", "--child", name, "--url", url, "--total", str(total)]
    if since is not None:
        command += ["--since", str(since)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {name} memory run failed: {done.stderr.strip()[-500:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return int(result["count"]), result["peak_growth"]


def measure(total: int = DEFAULT_TOTAL, small: int = DEFAULT_SMALL, rounds: int = 3) -> dict[str, Any]:
    """Sync ``total`` contacts with both contestants (``rounds`` each, alternating), then the memory runs."""
    pages = -(-total // (PER_PAGE - 1)) + 2
    max_requests = (2 * rounds + 8) * pages
    rates: dict[str, list[float]] = {name: [] for name in CONTESTANTS}
    counts: dict[str, int] = {}
    memory: dict[str, dict[str, float | None]] = {}
    with running_server(total, max_requests) as url:
        for sync in CONTESTANTS.values():
            _warm_up(sync, url, total)
        for round_number in range(rounds):
            order = list(CONTESTANTS) if round_number % 2 == 0 else list(reversed(CONTESTANTS))
            for name in order:
                count, seconds = _timed(CONTESTANTS[name](url, None))
                counts[name] = count
                rates[name].append(count / seconds)
        for name in CONTESTANTS:  # each in a fresh process: no heap left over from the other runs
            sizes: dict[str, float | None] = {}
            for label, since in (("small", T0 + total - small), ("total", None)):
                count, growth = _in_child(name, url, since, total)
                expected = small if label == "small" else total
                if count != expected:
                    raise RuntimeError(f"{name} synced {count} contacts, not {expected}")
                sizes[label] = None if growth is None else round(growth / MB, 2)
            memory[name] = sizes
    if any(count != total for count in counts.values()):
        raise RuntimeError(f"a contestant did not sync every contact once: {counts} of {total}")
    sdk, raw = statistics.median(rates["sdk"]), statistics.median(rates["raw"])

    def is_flat(sizes: dict[str, float | None]) -> bool | None:
        if sizes["small"] is None or sizes["total"] is None:
            return None
        return sizes["total"] <= FLAT_TOLERANCE * sizes["small"] + 1.0

    flat = is_flat(memory["sdk"])  # the raw loop's figures are shown beside it, as a reference
    return {
        "contacts": total,
        "small": small,
        "per_page": PER_PAGE,
        "rounds": rounds,
        "sdk_items_per_second": round(sdk),
        "raw_items_per_second": round(raw),
        "sdk_vs_raw": round(sdk / raw, 3),
        "sdk_items_per_second_all": [round(rate) for rate in rates["sdk"]],
        "raw_items_per_second_all": [round(rate) for rate in rates["raw"]],
        "peak_rss_growth_mb": memory,
        "flat": flat,
        "rss_source": "psutil sampling" if _rss() is not None else "unavailable (pip install psutil)",
    }


def summary_line(result: dict[str, Any]) -> str:
    memory = result["peak_rss_growth_mb"]
    small = f"{result['small'] // 1000}k"
    total = f"{result['contacts'] // 1000}k"
    verdict = {True: "flat", False: "NOT flat", None: "memory n/a"}[result["flat"]]
    return (
        f"sync: SDK {result['sdk_items_per_second']:,} items/s vs raw httpx {result['raw_items_per_second']:,} "
        f"items/s ({result['sdk_vs_raw']:.2f}x); peak RSS growth SDK {small} +{memory['sdk']['small']} MB, "
        f"{total} +{memory['sdk']['total']} MB; raw {small} +{memory['raw']['small']} MB, "
        f"{total} +{memory['raw']['total']} MB -> {verdict}"
    )


def run(total: int = DEFAULT_TOTAL, small: int = DEFAULT_SMALL, rounds: int = 3) -> dict[str, Any]:
    """For benchmarks/run.py: the measurement as a report dict (``status`` ok or error)."""
    print(f"sync: {total:,} contacts, {PER_PAGE} a page, {rounds} rounds, SDK vs raw httpx", file=sys.stderr)
    try:
        return {"status": "ok", "results": measure(total, small, rounds)}
    except Exception as exc:
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}


def print_summary(report: dict[str, Any]) -> None:
    if report.get("status") == "ok":
        print(summary_line(report["results"]))
    else:
        print(f"sync: {report.get('status')}: {report.get('error', '')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--total", type=int, default=DEFAULT_TOTAL, help="contacts to sync")
    parser.add_argument("--small", type=int, default=DEFAULT_SMALL, help="contacts of the smaller memory run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="also print the numbers as JSON")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--max-requests", type=int, default=10_000, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=sorted(CONTESTANTS), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--since", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.url, args.since, args.total)))
        return 0
    if args.serve:
        serve(args.total, max_seconds=600, max_requests=args.max_requests)
        return 0
    result = measure(args.total, args.small, args.rounds)
    print(summary_line(result))
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
