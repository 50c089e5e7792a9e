#!/usr/bin/env python3
"""Shared rate limit (``make bench``): 4 processes x 50 tasks on one Intercom-like budget, with and without Redis.

    shared_rate_limit.py [--seconds 30] [--window 10] [--limit 1666] [--processes 4] [--tasks 50]
                         [--modes shared,local] [--quick] [--json FILE]

A budget server on 127.0.0.1 (tests/budget_server.py, its own process) allows ``limit`` requests per
``window``-second window (Intercom's private apps: 10,000 a minute, counted over 10-second windows,
so 1,666 a window) and answers 429 past it. Worker processes, started together at a window's start,
each run ``tasks`` concurrent loops of ``GET /me`` over one ``AsyncIntercom`` with no retries for
``seconds``, in each mode:

- ``shared``: ``rate_limiter=RedisRateLimiter(...)`` on a redis-server started for the run (127.0.0.1,
  a free port, stopped by its PID);
- ``local``: ``pace_rate_limits=True``, each process pacing on its own (the in-process default);
- ``none``: no pacing at all (not run unless asked for).

Printed side by side: calls answered 200 within the run's windows, 429s, the share of the run's budget
used (``limit`` times the windows in the run) and the most calls in one window. Bounded: each mode ends after ``seconds``
(plus the wait for a window's start); every process is stopped by its PID.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.budget_server import budget_server, collect, server_stats, start_workers
from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parent.parent

MODES = {"shared": "shared (Redis)", "local": "each process alone", "none": "no pacing"}
MIN_BUDGET_USED = 0.90


def run_mode(
    mode: str, redis_url: str, limit: int, window: float, processes: int, tasks: int, seconds: float
) -> dict[str, Any]:
    """One run of ``mode``: the workers' counts and the server's."""
    with budget_server(limit, window, max_seconds=seconds + window + 120) as url:
        workers = start_workers(
            url,
            processes,
            tasks,
            seconds,
            redis_url=redis_url if mode == "shared" else None,
            local=mode == "local",
            window=window,
        )
        # The workers begin at the next window's start, so the run covers whole windows.
        results = collect(workers, timeout=seconds + 2 * window + 60)
        stats = server_stats(url)
    # The run's windows are the first ones with answers (the workers start at a window's start); calls
    # sent just before the end may be answered in the next window, which is outside the run.
    windows = round(seconds / window)
    counts = [count for _, count in sorted(stats["per_window"].items(), key=lambda item: int(item[0]))]
    in_run = sum(counts[:windows])
    budget = limit * windows
    return {
        "mode": mode,
        "ok": in_run,
        "ok_after_the_end": sum(counts[windows:]),
        "rate_limited": stats["rate_limited"],
        "client_errors": sum(r["errors"] for r in results),
        "budget": budget,
        "budget_used": round(in_run / budget, 4),
        "max_in_one_window": max(stats["per_window"].values(), default=0),
        "per_window": stats["per_window"],
        "fallback_warnings": sum(r["log"].count("did not answer") for r in results),
        "worker_logs": [r["log"][-600:] for r in results if r["log"]],
    }


def run(
    limit: int = 1666,
    window: float = 10.0,
    processes: int = 4,
    tasks: int = 50,
    seconds: float = 30.0,
    modes: tuple[str, ...] = ("shared", "local"),
) -> dict[str, Any]:
    """Every mode on its own budget server, one redis-server for the run; the report as a JSON-ready dict."""
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as workdir:
        redis = RedisServer(Path(workdir))
        redis.start()
        try:
            results = []
            for mode in modes:
                print(
                    f"shared rate limit: {mode}: {processes} processes x {tasks} tasks for {seconds:g} s,"
                    f" {limit} calls per {window:g} s window",
                    file=sys.stderr,
                    flush=True,
                )
                results.append(run_mode(mode, redis.url, limit, window, processes, tasks, seconds))
        finally:
            redis.stop()
    shared = next((r for r in results if r["mode"] == "shared"), None)
    checks = {}
    if shared is not None:
        checks = {
            "shared: 0 429s": shared["rate_limited"] == 0,
            f"shared: at least {MIN_BUDGET_USED:.0%} of the budget used": shared["budget_used"] >= MIN_BUDGET_USED,
        }
    return {
        "parameters": {"limit": limit, "window": window, "processes": processes, "tasks": tasks, "seconds": seconds},
        "modes": results,
        "checks": checks,
        "passed": all(checks.values()),
    }


def print_summary(report: dict[str, Any]) -> None:
    p = report["parameters"]
    print(
        f"shared rate limit: {p['processes']} processes x {p['tasks']} tasks for {p['seconds']:g} s,"
        f" budget {p['limit']} calls per {p['window']:g} s window"
    )
    modes = report["modes"]
    rows = [
        ("calls answered 200", [f"{m['ok']:,}" for m in modes]),
        ("(after the end)", [f"{m['ok_after_the_end']:,}" for m in modes]),
        ("429s", [f"{m['rate_limited']:,}" for m in modes]),
        ("budget used", [f"{m['budget_used']:.1%} of {m['budget']:,}" for m in modes]),
        ("most calls in one window", [f"{m['max_in_one_window']:,}" for m in modes]),
    ]
    width = max(22, *(len(MODES[m["mode"]]) + 2 for m in modes))
    print(f"{'':<26}" + "".join(f"{MODES[m['mode']]:>{width}}" for m in modes))
    for name, cells in rows:
        print(f"{name:<26}" + "".join(f"{cell:>{width}}" for cell in cells))
    for name, ok in report["checks"].items():
        print(f"shared rate limit: {'PASS' if ok else 'MISS'} {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--limit", type=int, default=1666)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--modes", default="shared,local", help="comma-separated: shared,local,none")
    parser.add_argument("--quick", action="store_true", help="10 s of 5-second windows of 833 calls")
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.window, args.limit = 10.0, 5.0, 833
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        parser.error(f"unknown modes {unknown}: expected some of {', '.join(MODES)}")
    started = time.perf_counter()
    report = run(args.limit, args.window, args.processes, args.tasks, args.seconds, modes)
    print_summary(report)
    print(f"shared rate limit: {time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
