#!/usr/bin/env python3
"""Profile the SDK's hot paths: GET /contacts/{id} at concurrency 50, and parsing a 150-contact page.

    profile_hot_path.py [--requests 3000] [--backend httpx|aiohttp|both] [--top 25] [--out DIR]

Runs under cProfile against benchmarks/server.py on 127.0.0.1 (bounded like run.py) and prints,
for each scenario, the share of own time (tottime) per layer (the SDK's hand-written core, the
generated code, httpx, httpcore/h11/anyio, aiohttp, asyncio, json, other) and the top functions by
own time. The .pstats files go to DIR (default benchmarks/results/profile) for snakeviz or
``python -m pstats``. cProfile inflates the cost of many small calls; read the shares, not the
absolute times, and compare them with run.py's ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

from benchmarks.make_payload import CONTACT_ID, payloads
from benchmarks.run import TOKEN, _sdk_aiohttp_kwargs, run_server

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

LAYERS = (
    ("intercom_client/generated/", "SDK generated code"),
    ("intercom_client/", "SDK hand-written core"),
    ("/httpx_aiohttp/", "httpx-aiohttp"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore"),
    ("/h11/", "h11"),
    ("/anyio/", "anyio"),
    ("/aiohttp/", "aiohttp"),
    ("/yarl/", "aiohttp (yarl/multidict)"),
    ("/multidict/", "aiohttp (yarl/multidict)"),
    ("/asyncio/", "asyncio"),
    ("/json/", "json"),
    ("/dateutil/", "dateutil"),
    ("/attr/", "attrs"),
)


def _layer(filename: str) -> str:
    if filename.startswith("~") or filename == "<built-in>":
        return "builtins (C)"
    for marker, name in LAYERS:
        if marker in filename:
            return name
    return "other"


def layer_shares(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Share of total own time per layer, biggest first."""
    per: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        per[_layer(filename)] += tottime
        total += tottime
    return sorted(((name, t / total) for name, t in per.items()), key=lambda kv: -kv[1])


def top_functions(stats: pstats.Stats, top: int, only: str | None = None) -> list[tuple[str, int, float, float]]:
    """(function, calls, own share, cumulative share) of the top functions by own time."""
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, nc, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if only and only not in filename:
            continue
        short = filename.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        rows.append((f"{short}:{line}({name})", nc, tottime / total, cumtime / total))
    rows.sort(key=lambda r: -r[2])
    return rows[:top]


def print_profile(title: str, stats: pstats.Stats, top: int) -> dict[str, Any]:
    print(f"\n=== {title}")
    shares = layer_shares(stats)
    print("own time by layer:")
    for name, share in shares:
        print(f"  {share * 100:5.1f}%  {name}")
    print(f"top {top} functions by own time (own %, cumulative %, calls):")
    rows = top_functions(stats, top)
    for func, calls, own, cum in rows:
        print(f"  {own * 100:5.1f}% {cum * 100:6.1f}% {calls:>8}  {func}")
    sdk_rows = top_functions(stats, 12, only="intercom_client/")
    print("SDK functions (own %, cumulative %, calls):")
    for func, calls, own, cum in sdk_rows:
        print(f"  {own * 100:5.1f}% {cum * 100:6.1f}% {calls:>8}  {func}")
    return {
        "layers": dict(shares),
        "top": [dict(zip(("function", "calls", "own", "cumulative"), r, strict=True)) for r in rows],
        "sdk": [dict(zip(("function", "calls", "own", "cumulative"), r, strict=True)) for r in sdk_rows],
    }


async def _get_many(base_url: str, backend: str, requests: int, concurrency: int, profiler: cProfile.Profile) -> None:
    from intercom_client import AsyncIntercom

    kwargs: dict[str, Any] = _sdk_aiohttp_kwargs()[0] if backend == "aiohttp" else {}
    client = AsyncIntercom(token=TOKEN, base_url=base_url, **kwargs)
    remaining = 0

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await client.contacts.retrieve(CONTACT_ID)

    try:
        remaining = 200
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        remaining = requests
        profiler.enable()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        profiler.disable()
    finally:
        await client.aclose()


def profile_get(base_url: str, backend: str, requests: int) -> pstats.Stats:
    profiler = cProfile.Profile()
    asyncio.run(_get_many(base_url, backend, requests, 50, profiler))
    return pstats.Stats(profiler)


def profile_parse(loops: int) -> pstats.Stats:
    from intercom_client._responses import decode
    from intercom_client.generated.models.contact_list import ContactList

    _, page = payloads()
    response = httpx.Response(200, content=page, headers={"Content-Type": "application/json"})
    responses = {200: ContactList.from_dict}  # what client.contacts.list names for its pages
    decode(response, responses, False)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(loops):
        decode(response, responses, False)
    profiler.disable()
    return pstats.Stats(profiler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--backend", choices=("httpx", "aiohttp", "both"), default="both")
    parser.add_argument("--parse-loops", type=int, default=20)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results" / "profile")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {}
    backends = ("httpx", "aiohttp") if args.backend == "both" else (args.backend,)
    with run_server(max_seconds=300, max_requests=(args.requests + 300) * len(backends) * 2) as server:
        for backend in backends:
            stats = profile_get(server.base_url, backend, args.requests)
            stats.dump_stats(args.out / f"get_c50_{backend}.pstats")
            report[f"get_c50_{backend}"] = print_profile(
                f"GET /contacts/{{id}} c=50, {backend} backend, {args.requests} requests", stats, args.top
            )
    stats = profile_parse(args.parse_loops)
    stats.dump_stats(args.out / "parse_page.pstats")
    report["parse_page"] = print_profile(
        f"parse of the 150-contact page x{args.parse_loops} (decode with ContactList.from_dict)", stats, args.top
    )
    (args.out / "profile.json").write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
