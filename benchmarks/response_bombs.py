#!/usr/bin/env python3
"""The memory a client spends on a response bomb, at the default ``max_response_bytes`` (100 MiB).

    python -m benchmarks.response_bombs [--clients httpx,aiohttp,sync] [--unbounded] [--json]

Serves, from a byte-level server on 127.0.0.1 (``tests/faults/server.py``) in this process, each bomb
to a client in a fresh child process (``tests/edges/bomb_child.py``: one warm-up call, then the bomb),
which reports its resident memory before the call and its peak during it (``VmHWM``):

- ``gzip``: 1.25 MB of gzip (level 9) that inflates to 1.26 GB (1,200 MiB of zeros), ``Content-Encoding: gzip``;
- ``gzip, gzip``: that bomb gzipped again (about 2 KB), declared ``gzip, gzip``;
- ``500 gzip``: the gzip bomb as the body of a 500;
- ``500 MB``: 500 MB of plain bytes with their ``Content-Length``;
- ``endless``: a chunked body that never ends (64 KiB chunks until the client stops reading).

Each should end in ``ResponseTooLargeError`` with a peak near the bound (the decoded body is kept until
the bound is passed). ``--unbounded`` also runs the gzip bomb with ``max_response_bytes=None``, for the
contrast (about 2.5 GB of peak memory: the decoded body, and its copy while it is joined).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

from tests.faults.server import Call, FaultServer, Plan, Repeat, Send

ROOT = Path(__file__).resolve().parents[1]
MiB = 1 << 20
CHUNK = 64 * 1024


def gzip_bomb(decoded: int = 1200 * MiB) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MiB)
    parts = [compressor.compress(zeros) for _ in range(decoded // MiB)]
    return b"".join(parts) + compressor.flush()


def head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status < 400 else 'Internal Server Error'}", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def plans(bomb: bytes) -> dict[str, Plan]:
    double = zlib.compress(bomb, 9, wbits=16 + zlib.MAX_WBITS)
    plain = 500 * 1000 * 1000
    return {
        "/ok": [Send(head(200, {"Content-Length": "2"}) + b"{}")],
        "/gzip": [Send(head(200, {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}) + bomb)],
        "/gzip-gzip": [
            Send(head(200, {"Content-Encoding": "gzip, gzip", "Content-Length": str(len(double))}) + double)
        ],
        "/500-gzip": [Send(head(500, {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}) + bomb)],
        "/500mb": [Send(head(200, {"Content-Length": str(plain)})), Repeat(bytes(CHUNK), plain // CHUNK)],
        "/endless": [
            Send(head(200, {"Transfer-Encoding": "chunked"})),
            Repeat(f"{CHUNK:x}\r\n".encode() + bytes(CHUNK) + b"\r\n"),
        ],
    }


NAMES = {
    "/gzip": "gzip",
    "/gzip-gzip": "gzip, gzip",
    "/500-gzip": "500 gzip",
    "/500mb": "500 MB",
    "/endless": "endless",
}


def child(client: str, url: str, limit: str, path: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.edges.bomb_child", client, url, limit, path]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    result: dict[str, Any] = json.loads(done.stdout)["results"][0]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", default="httpx,aiohttp,sync")
    parser.add_argument("--unbounded", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    bomb = gzip_bomb()
    table = plans(bomb)
    print(
        f"gzip bomb: {len(bomb):,} bytes -> {1200 * MiB:,} bytes decoded (made in {time.perf_counter() - started:.1f} s)"
    )
    runs = [(path, "default") for path in NAMES] + ([("/gzip", "none")] if args.unbounded else [])
    rows = []
    with FaultServer(default=[Call(lambda received: table[received.path])]) as server:
        for client in args.clients.split(","):
            for path, limit in runs:
                result = child(client, server.url, limit, path)
                growth = (result["peak_kib"] - result["rss_before_kib"]) / 1024
                rows.append(
                    {"client": client, "bomb": NAMES[path], "max_response_bytes": limit, **result, "growth_mib": growth}
                )
                print(
                    f"{client:8} {NAMES[path]:11} bound={limit:8} -> {result['outcome']:22} {result['seconds']:6.2f} s  "
                    f"RSS {result['rss_before_kib'] / 1024:6.1f} MiB, peak {result['peak_kib'] / 1024:7.1f} MiB (+{growth:.1f})"
                )
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
