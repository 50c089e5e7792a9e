"""A client fed response bombs, in a process of its own, reporting the memory each one took.

``python -m tests.edges.bomb_child CLIENT BASE_URL MAX_RESPONSE_BYTES PATH...`` (CLIENT: httpx, aiohttp
or sync; MAX_RESPONSE_BYTES: a number, ``default`` or ``none``) makes one warm-up call to ``/ok``, then one call
to each path, and prints one JSON object: for each path, the outcome (``ok`` or the error's class),
the seconds it took, the resident memory before it and its peak during it, in KiB. The peak is the
kernel's high-water mark (``VmHWM``), reset before each call through ``/proc/self/clear_refs`` where
Linux allows it; elsewhere ``ru_maxrss``, which only grows (then each peak is the run's so far).
Used by ``tests/edges/test_sizes.py`` and ``benchmarks/response_bombs.py``.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from typing import Any


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


def _rss_kib() -> int:
    return _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kib() -> int:
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def _run(kind: str, base_url: str, limit: str, paths: list[str]) -> dict[str, Any]:
    from intercom_client import AsyncIntercom, Intercom

    options: dict[str, Any] = {"token": "tok_child", "base_url": base_url, "timeout": 10.0, "attempt_timeout": 5.0}
    if limit != "default":
        options["max_response_bytes"] = None if limit == "none" else int(limit)
    client: AsyncIntercom | Intercom
    client = Intercom(**options) if kind == "sync" else AsyncIntercom(http_backend=kind, **options)  # type: ignore[arg-type]

    async def call(path: str) -> str:
        try:
            if isinstance(client, AsyncIntercom):
                await client.request("GET", path)
            else:
                client.request("GET", path)
        except Exception as exc:
            return type(exc).__name__
        return "ok"

    warm = await call("/ok")
    results = []
    resets = True
    for path in paths:
        resets = _reset_peak() and resets
        before = _rss_kib()
        started = time.perf_counter()
        outcome = await call(path)
        results.append(
            {
                "path": path,
                "outcome": outcome,
                "seconds": round(time.perf_counter() - started, 3),
                "rss_before_kib": before,
                "peak_kib": _peak_kib(),
            }
        )
    if isinstance(client, AsyncIntercom):
        await client.aclose()
    else:
        client.close()
    return {"client": kind, "warm_up": warm, "peak_resets": resets, "results": results}


def main() -> None:
    kind, base_url, limit, *paths = sys.argv[1:]
    print(json.dumps(asyncio.run(_run(kind, base_url, limit, paths))))


if __name__ == "__main__":
    main()
