#!/usr/bin/env python3
"""The benchmark suite of intercom_client (``make bench``): throughput, import time, parse, memory.

    run.py [--rounds 7] [--requests 2000] [--max-seconds 1.1] [--quick] [--only CELLS] [--skip PARTS]
           [--out benchmarks/results]

Everything runs against a local server (benchmarks/server.py, a separate process on 127.0.0.1)
answering fixed, realistic Intercom JSON (benchmarks/make_payload.py). Contestants are measured in
ONE run and alternated round by round (the order rotates each round, and each SDK measurement runs
right next to its raw baseline, A-B then B-A; at c=1 they take turns of 25 requests in one event loop),
so machine drift hits all of them alike; every number is the median over rounds with its min/max, and
every ratio is the median of the per-round ratios.
What is measured:

1. requests/s of ``GET /contacts/{id}`` at concurrency 1 and 50: the SDK through its resource surface
   (``await client.contacts.retrieve(id)`` returning a typed model) vs raw ``httpx.AsyncClient`` +
   ``response.json()``;
2. the same over the aiohttp-backed transport (httpx-aiohttp) for the SDK and for raw httpx;
3. the sync client (``client.contacts.retrieve(id)``) vs raw ``httpx.Client``, concurrency 1;
4. python-intercom 5.0.1 (the official SDK), ``AsyncIntercom.contacts.find``, same server;
5. import time: whole-process wall time of importing the SDK, creating its async client, touching
   ``client.contacts`` and importing what one ``retrieve`` call imports, as a ratio to
   ``python -c "import httpx"`` (and python-intercom's async client the same way);
6. parse: a 150-contact page (~400 KB) decoded by the generated list-contacts response model plus
   reading every contact's id, email, custom attributes and location, as a ratio to ``json.loads``
   plus the same reads on dicts (and python-intercom's pydantic models the same way);
7. pagination memory, from benchmarks/pagination_memory.py when present;
8. load and cancellation (benchmarks/load.py, its own faulty server process): 20,000 calls at
   concurrency 200 with 429/503/resets per async backend, then 2,500 cancelled and 1,000 normal calls;
9. shared rate limit (benchmarks/shared_rate_limit.py): 4 processes x 50 tasks for 30 s on one budget
   of 1,666 calls per 10-second window, with RedisRateLimiter and with each process pacing alone;
10. incremental sync (benchmarks/sync_memory.py): 100,000 contacts through ``bulk.sync_updated`` vs a
   hand-written raw httpx loop over the same pages, items/s and peak RSS growth at 10k vs 100k;
11. overload (benchmarks/overload.py): 10,000 calls at once against a server answering in 1 s, timeout
   3 s: calls completed by raw aiohttp, the SDK over httpx and the SDK over aiohttp, and SDK/raw.

Prints a table (median, min/max, ratio, target, PASS/MISS) and writes ``results.json`` and
``ratios.png`` into the output directory. Exit status 0 even on a MISS (it is a report, not a
test); 2 when the benchmark itself could not run.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import importlib.metadata
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

import httpx  # noqa: E402

from benchmarks.make_payload import CONTACT_ID, payloads  # noqa: E402
from tests.processes import listening_child  # noqa: E402

TOKEN = "bench-token"
SDK_HEADERS = {"Accept": "application/json", "Authorization": f"Bearer {TOKEN}", "Intercom-Version": "Preview"}
MIN_RATIO_SDK = 0.90
MIN_RATIO_SDK_C1 = 0.95  # one call at a time: the SDK's own cost shows most (issue 23's target)
MIN_AIOHTTP_VS_HTTPX = 3.0
MIN_AIOHTTP_VS_OFFICIAL = 5.0
MAX_IMPORT_RATIO = 1.2  # import + what the first contacts.retrieve imports, over `import httpx` (issue 23)
MAX_PARSE_RATIO = 1.5  # the default install: the standard json decoder, no extras
MAX_TRACING_COST = 1.15  # a call traced to an in-memory exporter, over the same call untraced


# -- small helpers ----------------------------------------------------------------------------


@dataclass
class Series:
    """The per-round samples of one measurement (bigger is better unless ``unit`` is a time)."""

    key: str
    label: str
    unit: str
    samples: list[float] = field(default_factory=list)
    # Throughput only: requests per CPU-second of this (the client) process, a check on ``samples``
    # that other load on the machine disturbs far less than wall time.
    cpu_samples: list[float] = field(default_factory=list)
    error: str | None = None
    info: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "unit": self.unit, "samples": self.samples, **self.info}
        if self.samples:
            out |= {"median": statistics.median(self.samples), "min": min(self.samples), "max": max(self.samples)}
        if self.cpu_samples:
            out |= {"cpu_samples": self.cpu_samples, "cpu_median": statistics.median(self.cpu_samples)}
        if self.error:
            out["error"] = self.error
        return out


def _ratios(num: Series, den: Series, invert: bool = False, cpu: bool = False) -> list[float]:
    """Per-round ratios num/den (den/num with ``invert``), over the rounds both have."""
    pairs = zip(num.cpu_samples, den.cpu_samples, strict=False) if cpu else zip(num.samples, den.samples, strict=False)
    if invert:
        return [d / n for n, d in pairs if n > 0]
    return [n / d for n, d in pairs if d > 0]


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- the server ----------------------------------------------------------------------------------


@dataclass
class Server:
    port: int
    process: subprocess.Popen[str]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        try:
            import psutil

            times = psutil.Process(self.process.pid).cpu_times()
            return float(times.user + times.system)
        except Exception:
            return float("nan")


@contextmanager
def run_server(max_seconds: float, max_requests: int) -> Iterator[Server]:
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.server",
        "--max-seconds",
        str(max_seconds),
        "--max-requests",
        str(max_requests),
    ]
    with listening_child(cmd, name="benchmark server", cwd=ROOT, startup_timeout=20) as (port, process):
        yield Server(port, process)


# -- contestants -------------------------------------------------------------------------------

Fetch = Callable[[], Awaitable[Any]]
Close = Callable[[], Awaitable[None]]


def _sdk_aiohttp_kwargs() -> tuple[dict[str, Any], str]:
    """How to put AsyncIntercom on aiohttp: its own option when it has one, else the transport."""
    from intercom_client import AsyncIntercom

    params = inspect.signature(AsyncIntercom.__init__).parameters
    if "http_backend" in params:
        return {"http_backend": "aiohttp"}, 'AsyncIntercom(http_backend="aiohttp")'
    from httpx_aiohttp import AiohttpTransport

    return {"transport": AiohttpTransport()}, "AsyncIntercom(transport=httpx_aiohttp.AiohttpTransport())"


def _in_memory_tracing() -> dict[str, Any]:
    """The client option that traces every call to an in-memory exporter (OpenTelemetry's SDK), each
    span exported as it ends (SimpleSpanProcessor: the export's cost is in the measured call)."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(InMemorySpanExporter()))
    return {"tracing": provider}


async def _setup_sdk(base_url: str, backend: str, traced: bool = False) -> tuple[Fetch, Close]:
    from intercom_client import AsyncIntercom

    kwargs: dict[str, Any] = {}
    if backend == "aiohttp":
        kwargs, _ = _sdk_aiohttp_kwargs()
    if traced:
        kwargs |= _in_memory_tracing()
    client = AsyncIntercom(token=TOKEN, base_url=base_url, **kwargs)

    async def fetch() -> Any:
        return await client.contacts.retrieve(CONTACT_ID)

    return fetch, client.aclose


async def _setup_raw(base_url: str, backend: str) -> tuple[Fetch, Close]:
    transport = None
    if backend == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        transport = AiohttpTransport()
    http = httpx.AsyncClient(base_url=base_url, headers=SDK_HEADERS, transport=transport)
    path = f"/contacts/{CONTACT_ID}"

    async def fetch() -> Any:
        response = await http.get(path)
        response.raise_for_status()
        return response.json()

    return fetch, http.aclose


async def _setup_official(base_url: str, backend: str) -> tuple[Fetch, Close]:
    from intercom import AsyncIntercom as OfficialAsyncIntercom

    # The client python-intercom creates by default, passed in so that it can be closed.
    http = httpx.AsyncClient(timeout=60, follow_redirects=True)
    client = OfficialAsyncIntercom(token=TOKEN, base_url=base_url, httpx_client=http)
    contacts = client.contacts

    async def fetch() -> Any:
        return await contacts.find(contact_id=CONTACT_ID)

    return fetch, http.aclose


async def _setup_sdk_traced(base_url: str, backend: str) -> tuple[Fetch, Close]:
    return await _setup_sdk(base_url, backend, traced=True)


def _sdk_sync(base_url: str, traced: bool = False) -> tuple[Callable[[], Any], Callable[[], None]]:
    from intercom_client import Intercom

    client = Intercom(token=TOKEN, base_url=base_url, **(_in_memory_tracing() if traced else {}))

    def fetch() -> Any:
        return client.contacts.retrieve(CONTACT_ID)

    return fetch, client.close


def _sdk_sync_traced(base_url: str) -> tuple[Callable[[], Any], Callable[[], None]]:
    return _sdk_sync(base_url, traced=True)


def _raw_sync(base_url: str) -> tuple[Callable[[], Any], Callable[[], None]]:
    http = httpx.Client(base_url=base_url, headers=SDK_HEADERS)
    path = f"/contacts/{CONTACT_ID}"

    def fetch() -> Any:
        response = http.get(path)
        response.raise_for_status()
        return response.json()

    return fetch, http.close


def _check_contact(obj: Any, typed: bool) -> None:
    """A fetched contact must be the server's; the SDK's must be a typed model, not a dict."""
    if typed:
        if obj is None or isinstance(obj, (dict, httpx.Response)) or not hasattr(obj, "id"):
            raise RuntimeError(f"expected a typed contact model, got {type(obj).__name__} (is Contact generated yet?)")
        got = obj.id
    else:
        got = obj["id"]
    if got != CONTACT_ID:
        raise RuntimeError(f"wrong contact id {got!r}")


@dataclass
class Cell:
    """One throughput measurement: a contestant at a concurrency."""

    key: str
    label: str
    concurrency: int
    kind: str  # "async" or "sync"
    setup: Any
    backend: str = "httpx"
    typed: bool = True


def _cells() -> list[Cell]:
    cells = []
    for c in (1, 50):
        cells += [
            Cell(f"sdk_httpx_c{c}", f"SDK async (httpx) c={c}", c, "async", _setup_sdk, "httpx"),
            Cell(f"raw_httpx_c{c}", f"raw httpx.AsyncClient c={c}", c, "async", _setup_raw, "httpx", False),
            Cell(f"sdk_aiohttp_c{c}", f"SDK async (aiohttp) c={c}", c, "async", _setup_sdk, "aiohttp"),
            Cell(f"raw_aiohttp_c{c}", f"raw httpx+AiohttpTransport c={c}", c, "async", _setup_raw, "aiohttp", False),
            Cell(f"official_c{c}", f"python-intercom 5.0.1 async c={c}", c, "async", _setup_official, "httpx"),
        ]
    cells += [
        Cell("sdk_sync_c1", "SDK sync (httpx) c=1", 1, "sync", _sdk_sync),
        Cell("raw_sync_c1", "raw httpx.Client c=1", 1, "sync", _raw_sync, typed=False),
        Cell("sdk_sync_c1_traced", "SDK sync (httpx) c=1, tracing on", 1, "sync", _sdk_sync_traced),
    ]
    # Tracing on (an in-memory exporter) beside the same SDK cell with it off (the default): issue 27.
    for backend in ("httpx", "aiohttp"):
        at = next(i for i, cell in enumerate(cells) if cell.key == f"raw_{backend}_c1")
        label = f"SDK async ({backend}) c=1, tracing on"
        cells.insert(at + 1, Cell(f"sdk_{backend}_c1_traced", label, 1, "async", _setup_sdk_traced, backend))
    return cells


async def _measure_async(
    cell: Cell, base_url: str, requests: int, warmup: int, max_seconds: float
) -> tuple[float, float]:
    """(requests/s, requests per CPU-second) of ``requests`` requests or ``max_seconds``, whichever ends first."""
    fetch, close = await cell.setup(base_url, cell.backend)
    try:
        first = await fetch()
        _check_contact(first, cell.typed)
        remaining, done, deadline = 0, 0, 0.0
        clock = time.perf_counter

        async def worker() -> None:
            nonlocal remaining, done
            while remaining > 0 and clock() < deadline:
                remaining -= 1
                await fetch()
                done += 1

        remaining, deadline = warmup, clock() + max_seconds
        await asyncio.gather(*(worker() for _ in range(cell.concurrency)))
        gc.collect()
        remaining, done = requests, 0
        cpu, started = time.process_time(), clock()
        deadline = started + max_seconds
        await asyncio.gather(*(worker() for _ in range(cell.concurrency)))
        elapsed, cpu = clock() - started, time.process_time() - cpu
    finally:
        await close()
    return done / elapsed, done / cpu


def _measure_sync(cell: Cell, base_url: str, requests: int, warmup: int, max_seconds: float) -> tuple[float, float]:
    fetch, close = cell.setup(base_url)
    clock = time.perf_counter
    try:
        _check_contact(fetch(), cell.typed)
        deadline = clock() + max_seconds
        for _ in range(warmup):
            fetch()
            if clock() > deadline:
                break
        gc.collect()
        done = 0
        cpu, started = time.process_time(), clock()
        deadline = started + max_seconds
        while done < requests and clock() < deadline:
            fetch()
            done += 1
        elapsed, cpu = clock() - started, time.process_time() - cpu
    finally:
        close()
    return done / elapsed, done / cpu


TURN = 25  # requests per turn when the c=1 contestants of a group take turns (see _measure_turns_async)


class _Turns:
    """The schedule and the tally of a group of c=1 cells taking turns (see :func:`_measure_turns_async`)."""

    def __init__(self, count: int) -> None:
        self.wall, self.cpu, self.done = [0.0] * count, [0.0] * count, [0] * count

    def __call__(self, requests: int, max_seconds: float) -> Iterator[int]:
        """The cell whose turn it is, turn after turn, the order reversed every turn; the time from one
        cell's turn to the next (its :data:`TURN` requests, sent by the caller) is that cell's."""
        count, clock = len(self.done), time.perf_counter
        started, turn = clock(), 0
        while min(self.done) < requests and clock() - started < max_seconds * count:
            for i in range(count) if turn % 2 == 0 else reversed(range(count)):
                cpu0, wall0 = time.process_time(), clock()
                yield i
                self.wall[i] += clock() - wall0
                self.cpu[i] += time.process_time() - cpu0
                self.done[i] += TURN
            turn += 1

    def rates(self) -> list[tuple[float, float]]:
        """(requests/s, requests per CPU-second) of each cell."""
        return [(d / w, d / c) for d, w, c in zip(self.done, self.wall, self.cpu, strict=True)]


async def _measure_turns_async(
    cells: list[Cell], base_url: str, requests: int, warmup: int, max_seconds: float
) -> list[tuple[float, float]]:
    """(requests/s, requests per CPU-second) of each c=1 cell of a group, the cells taking turns.

    The contestants of a group (an SDK cell, its raw baseline, its traced twin) share one event loop and
    take turns of :data:`TURN` requests, the order reversed every turn, until each has sent ``requests``
    (or the group has run ``max_seconds`` per cell). A burst of other work on the machine then falls on
    all of them alike: measured one after the other, 2,000 requests each, the per-round SDK/raw ratios
    on this 2-core VM spread from 0.5x to 1.1x.
    """
    setups = [await cell.setup(base_url, cell.backend) for cell in cells]
    turns = _Turns(len(cells))
    try:
        for cell, (fetch, _) in zip(cells, setups, strict=True):
            _check_contact(await fetch(), cell.typed)
            for _ in range(warmup):
                await fetch()
        gc.collect()
        for i in turns(requests, max_seconds):
            for _ in range(TURN):
                await setups[i][0]()
    finally:
        for _, close in setups:
            await close()
    return turns.rates()


def _measure_turns_sync(
    cells: list[Cell], base_url: str, requests: int, warmup: int, max_seconds: float
) -> list[tuple[float, float]]:
    """The sync twin of :func:`_measure_turns_async`."""
    setups = [cell.setup(base_url) for cell in cells]
    turns = _Turns(len(cells))
    try:
        for cell, (fetch, _) in zip(cells, setups, strict=True):
            _check_contact(fetch(), cell.typed)
            for _ in range(warmup):
                fetch()
        gc.collect()
        for i in turns(requests, max_seconds):
            for _ in range(TURN):
                setups[i][0]()
    finally:
        for _, close in setups:
            close()
    return turns.rates()


def bench_throughput(
    server: Server, rounds: int, requests: int, max_seconds: float, only: str = ""
) -> dict[str, Series]:
    wanted = [part for part in only.split(",") if part]
    cells = [cell for cell in _cells() if not wanted or any(part in cell.key for part in wanted)]
    series = {cell.key: Series(cell.key, cell.label, "req/s") for cell in cells}
    server_util: dict[str, list[float]] = {cell.key: [] for cell in cells}
    # Each SDK cell runs right next to its raw baseline (A B, then B A the next round) so that the
    # pair sees the same machine; the order of the pairs rotates from round to round.
    groups: list[list[Cell]] = []
    for cell in cells:
        joins = cell.key.startswith("raw_") and groups and groups[-1][0].key == "sdk_" + cell.key[4:]
        if joins or (groups and cell.key.startswith(groups[-1][0].key + "_")):  # its _traced twin
            groups[-1].append(cell)
        else:
            groups.append([cell])
    for rnd in range(rounds if groups else 0):  # (--only may match no cell)
        shift = rnd % len(groups)
        for group in groups[shift:] + groups[:shift]:
            group = [cell for cell in (group[::-1] if rnd % 2 else group) if not series[cell.key].error]
            # A group of c=1 cells takes turns in one run (one event loop); any other cell runs alone.
            turns = len(group) > 1 and all(c.concurrency == 1 and c.kind == group[0].kind for c in group)
            for run in [group] if turns else [[cell] for cell in group]:
                cpu0, t0 = server.cpu_seconds(), time.perf_counter()
                try:
                    results = _measure_run(run, server.base_url, requests, max_seconds, turns)
                except Exception as exc:
                    for cell in run:
                        series[cell.key].error = f"{type(exc).__name__}: {exc}"
                    _log(f"  {', '.join(cell.label for cell in run)}: FAILED {type(exc).__name__}: {exc}")
                    continue
                utilisation = (server.cpu_seconds() - cpu0) / (time.perf_counter() - t0)
                for cell, (rps, cpu_rps) in zip(run, results, strict=True):
                    server_util[cell.key].append(utilisation)
                    series[cell.key].samples.append(rps)
                    series[cell.key].cpu_samples.append(cpu_rps)
                    _log(f"  round {rnd + 1}/{rounds} {cell.label:<40} {rps:>9,.0f} req/s  ({cpu_rps:,.0f} per CPU-s)")
    for key, util in server_util.items():
        if util:
            series[key].info["server_cpu_utilisation_max"] = round(max(util), 3)
    return series


def _measure_run(
    run: list[Cell], base_url: str, requests: int, max_seconds: float, turns: bool
) -> list[tuple[float, float]]:
    """The (requests/s, requests per CPU-second) of each cell of ``run``: one cell, or a group taking turns."""
    warmup = max(50, run[0].concurrency * 2)
    if turns:
        if run[0].kind == "async":
            return asyncio.run(_measure_turns_async(run, base_url, requests, warmup, max_seconds))
        return _measure_turns_sync(run, base_url, requests, warmup, max_seconds)
    (cell,) = run
    if cell.kind == "async":
        return [asyncio.run(_measure_async(cell, base_url, requests, warmup, max_seconds))]
    return [_measure_sync(cell, base_url, requests, warmup, max_seconds)]


# -- import time -------------------------------------------------------------------------------

IMPORT_SNIPPETS = {
    "import_httpx": ("python -c 'import httpx' (baseline)", "import httpx"),
    "import_httpx_client": (
        "import httpx; httpx.AsyncClient() (info)",
        "import httpx; httpx.AsyncClient()",
    ),
    "import_sdk": (
        "import intercom_client; AsyncIntercom(token=...) (info)",
        "import intercom_client; intercom_client.AsyncIntercom(token='x')",
    ),
    "import_sdk_surface": (
        "... + client.contacts + what retrieve() imports",
        # retrieve() imports its response model on its first call.
        "import intercom_client; c = intercom_client.AsyncIntercom(token='x'); c.contacts;"
        " from intercom_client.generated.models.contact import Contact",
    ),
    "import_deps": (
        "import httpx, attrs, orjson: what the SDK imports of others (info)",
        # orjson when installed, as the SDK imports it; attrs always (the models are attrs classes).
        "import httpx, attrs\ntry:\n    import orjson\nexcept ImportError:\n    pass",
    ),
    "import_official": (
        "python-intercom: AsyncIntercom(token=...).contacts",
        "from intercom import AsyncIntercom; AsyncIntercom(token='x').contacts",
    ),
    "import_python": ("python -c 'pass' (interpreter, info)", "pass"),
}


def _import_env() -> dict[str, str]:
    """The environment of the import-time subprocesses: this one's, with intercom_client findable.

    PYTHON* variables that change what is timed (PYTHONPROFILEIMPORTTIME, PYTHONDONTWRITEBYTECODE...)
    are dropped; the folder this process imports intercom_client from is put on PYTHONPATH so that
    the subprocesses import the same copy (installed, or the checkout's).
    """
    import importlib.util

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") or k == "PYTHONPATH"}
    spec = importlib.util.find_spec("intercom_client")
    if spec is not None and spec.origin:
        where = str(Path(spec.origin).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (where, env.get("PYTHONPATH")) if p)
    return env


def bench_import(rounds: int) -> dict[str, Series]:
    series = {key: Series(key, label, "s") for key, (label, _) in IMPORT_SNIPPETS.items()}
    env = _import_env()
    keys = list(IMPORT_SNIPPETS)

    def run(code: str) -> subprocess.CompletedProcess[str]:
        # cwd: a folder without intercom_client, so that the one on PYTHONPATH is imported.
        return subprocess.run(
            [sys.executable, "-c", code], cwd=BENCH_DIR, env=env, capture_output=True, text=True, timeout=60
        )

    for key in keys:  # warm the bytecode caches and check each snippet runs
        done = run(IMPORT_SNIPPETS[key][1])
        if done.returncode:
            series[key].error = (done.stderr.strip().splitlines() or ["failed"])[-1]
    for rnd in range(rounds):
        order = keys[rnd % len(keys) :] + keys[: rnd % len(keys)]
        for key in order:
            if series[key].error:
                continue
            started = time.perf_counter()
            done = run(IMPORT_SNIPPETS[key][1])
            elapsed = time.perf_counter() - started
            if done.returncode:
                series[key].error = (done.stderr.strip().splitlines() or ["failed"])[-1]
                continue
            series[key].samples.append(elapsed)
    return series


# -- parse -------------------------------------------------------------------------------------


def _read_dicts(page: dict[str, Any]) -> tuple[int, list[Any]]:
    n = 0
    seen = []
    for c in page["data"]:
        cid, email = c["id"], c["email"]
        for _key, _value in c["custom_attributes"].items():
            n += 1
        loc = c["location"]
        seen.append((cid, email, loc["country"], loc["city"]))
    return n, seen


def _model_reader(first: Any) -> Callable[[Any], tuple[int, list[Any]]]:
    """The plain attribute reads a user writes for the generated models' shape of custom_attributes."""
    if isinstance(first.custom_attributes, dict):

        def read(page: Any) -> tuple[int, list[Any]]:
            n = 0
            seen = []
            for c in page.data:
                cid, email = c.id, c.email
                for _key, _value in c.custom_attributes.items():
                    n += 1
                loc = c.location
                seen.append((cid, email, loc.country, loc.city))
            return n, seen

        return read

    def read_model(page: Any) -> tuple[int, list[Any]]:
        n = 0
        seen = []
        for c in page.data:
            cid, email = c.id, c.email
            for _key, _value in c.custom_attributes.additional_properties.items():
                n += 1
            loc = c.location
            seen.append((cid, email, loc.country, loc.city))
        return n, seen

    return read_model


def _sdk_parser(page_bytes: bytes) -> tuple[Callable[[], Any], str]:
    """Parse the page as ``client.contacts.list`` does: the runtime's ``decode`` with the method's response table."""
    from intercom_client._responses import decode
    from intercom_client.generated.models.contact_list import ContactList

    response = httpx.Response(200, content=page_bytes, headers={"Content-Type": "application/json"})
    responses = {200: ContactList.from_dict}
    read = _model_reader(decode(response, responses, False).data[0])

    def run() -> Any:
        return read(decode(response, responses, False))

    return run, "decode(response, {200: ContactList.from_dict}) (as contacts.list decodes a page)"


def _with_standard_json(func: Callable[[], Any]) -> Callable[[], Any]:
    """``func`` run as on the default install: the SDK decodes JSON with the standard library, not orjson."""
    from intercom_client import _decoding

    def run() -> Any:
        saved, _decoding._fast_loads = _decoding._fast_loads, None
        try:
            return func()
        finally:
            _decoding._fast_loads = saved

    return run


def _official_parser(page_bytes: bytes) -> Callable[[], Any]:
    from intercom.core.unchecked_base_model import construct_type
    from intercom.types.contact_list import ContactList

    loads = json.loads

    def read(page: Any) -> tuple[int, list[Any]]:
        n = 0
        seen = []
        for c in page.data:
            cid, email = c.id, c.email
            for _key, _value in c.custom_attributes.items():
                n += 1
            loc = c.location
            seen.append((cid, email, loc.country, loc.city))
        return n, seen

    def run() -> Any:
        # What python-intercom's contacts.list does with a page body.
        return read(construct_type(type_=ContactList, object_=loads(page_bytes)))

    return run


def bench_parse(rounds: int, page_bytes: bytes, budget_s: float = 0.25) -> dict[str, Series]:
    loads = json.loads

    def raw() -> Any:
        return _read_dicts(loads(page_bytes))

    series = {
        "parse_raw": Series("parse_raw", "json.loads + dict reads", "s"),
        "parse_sdk": Series("parse_sdk", "SDK generated model + attribute reads (orjson if installed)", "s"),
        "parse_sdk_stdlib": Series("parse_sdk_stdlib", "SDK, standard json decoder (default install)", "s"),
        "parse_official": Series("parse_official", "python-intercom pydantic + attribute reads", "s"),
    }
    funcs: dict[str, Callable[[], Any]] = {"parse_raw": raw}
    expected = raw()
    try:
        funcs["parse_sdk"], how = _sdk_parser(page_bytes)
        series["parse_sdk"].info["how"] = how
        funcs["parse_sdk_stdlib"] = _with_standard_json(funcs["parse_sdk"])
    except Exception as exc:
        series["parse_sdk"].error = f"{type(exc).__name__}: {exc}"
    try:
        funcs["parse_official"] = _official_parser(page_bytes)
    except Exception as exc:
        series["parse_official"].error = f"{type(exc).__name__}: {exc}"
    for key, func in list(funcs.items()):
        try:
            got = func()
            if got != expected:
                raise RuntimeError("the reads differ from json.loads's")
        except Exception as exc:
            series[key].error = f"{type(exc).__name__}: {exc}"
            del funcs[key]
    # Loops per sample so that one sample takes about budget_s / len(funcs).
    loops = {}
    for key, func in funcs.items():
        started = time.perf_counter()
        func()
        one = time.perf_counter() - started
        loops[key] = max(1, int(budget_s / len(funcs) / max(one, 1e-6)))
    keys = list(funcs)
    for rnd in range(rounds):
        order = keys[rnd % len(keys) :] + keys[: rnd % len(keys)]
        for key in order:
            func = funcs[key]
            gc.collect()
            started = time.perf_counter()
            for _ in range(loops[key]):
                func()
            series[key].samples.append((time.perf_counter() - started) / loops[key])
    return series


# -- pagination memory ---------------------------------------------------------------------------


def bench_pagination_memory(total: int | None = None) -> dict[str, Any]:
    """benchmarks/pagination_memory.py's ``measure()`` (another module, run when present)."""
    if not (BENCH_DIR / "pagination_memory.py").exists():
        return {"status": "absent", "note": "benchmarks/pagination_memory.py not present"}
    try:
        module = importlib.import_module("benchmarks.pagination_memory")
        measure = module.measure
    except Exception as exc:
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    kwargs: dict[str, Any] = {}
    if total is not None and "total" in inspect.signature(measure).parameters:
        kwargs["total"] = total
    try:
        result = measure(**kwargs)
    except Exception as exc:
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    if not isinstance(result, dict):
        return {"status": "error", "error": f"measure() returned {type(result).__name__}, not a dict"}
    out: dict[str, Any] = {"status": "ok", "results": result}
    summary = getattr(module, "summary_line", None)
    if callable(summary):
        with suppress(Exception):
            out["summary"] = summary(result)
    return out


def _pagination_verdict(pm: dict[str, Any]) -> tuple[str, str]:
    """(text, PASS/MISS/n/a) of the pagination memory result."""
    if pm.get("status") != "ok":
        return pm.get("note") or pm.get("error") or pm.get("status", "n/a"), "n/a"
    res = pm["results"]
    flat = res.get("flat")
    verdict = "n/a" if not isinstance(flat, bool) else "PASS" if flat else "MISS"
    if {"peak_growth_mb", "two_pages_mb", "contacts"} <= res.keys():
        text = (
            f"+{res['peak_growth_mb']} MB peak over {res['contacts']:,} contacts (2 pages = {res['two_pages_mb']} MB)"
        )
    else:
        text = pm.get("summary") or json.dumps(res)[:80]
    return text, verdict


# -- report ------------------------------------------------------------------------------------


@dataclass
class Check:
    label: str
    ratios: list[float]
    target: str
    passes: Callable[[float], bool] | None
    note: str = ""
    cpu_ratios: list[float] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        if not self.ratios:
            return {"check": self.label, "target": self.target, "verdict": "n/a", "note": self.note}
        med = statistics.median(self.ratios)
        verdict = "n/a" if self.passes is None else ("PASS" if self.passes(med) else "MISS")
        row = {
            "check": self.label,
            "ratio_median": med,
            "ratio_min": min(self.ratios),
            "ratio_max": max(self.ratios),
            "target": self.target,
            "verdict": verdict,
            "note": self.note,
        }
        if self.cpu_ratios:
            row["cpu_ratio_median"] = statistics.median(self.cpu_ratios)
        return row


def build_checks(s: dict[str, Series]) -> list[Check]:
    """Every ratio of the report, with its target (None: information only)."""

    def check(
        label: str, num: str, den: str, target: str = "-", passes: Callable[[float], bool] | None = None
    ) -> Check:
        if num not in s or den not in s:
            return Check(label, [], target, passes, "not measured")
        errors = "; ".join(f"{k}: {s[k].error}" for k in (num, den) if s[k].error)
        cpu = _ratios(s[num], s[den], cpu=True) if s[num].cpu_samples and s[den].cpu_samples else []
        return Check(label, _ratios(s[num], s[den]), target, passes, errors, cpu)

    def ge(x: float) -> Callable[[float], bool]:
        return lambda v: v >= x

    def le(x: float) -> Callable[[float], bool]:
        return lambda v: v <= x

    def sdk_target(c: int) -> tuple[str, Callable[[float], bool]]:
        least = MIN_RATIO_SDK_C1 if c == 1 else MIN_RATIO_SDK
        return f">= {least:.2f}x", ge(least)

    checks = [
        check(f"SDK/raw async {backend} c={c}", f"sdk_{backend}_c{c}", f"raw_{backend}_c{c}", *sdk_target(c))
        for backend in ("httpx", "aiohttp")
        for c in (1, 50)
    ]
    # A call's cost with tracing on over its cost with it off: the throughput off / on (issue 27).
    checks += [
        check(
            f"cost tracing on/off {name} c=1",
            f"sdk_{key}_c1",
            f"sdk_{key}_c1_traced",
            f"<= {MAX_TRACING_COST:.2f}x",
            le(MAX_TRACING_COST),
        )
        for name, key in (("async httpx", "httpx"), ("async aiohttp", "aiohttp"), ("sync httpx", "sync"))
    ]
    checks += [
        check("SDK/raw sync httpx c=1", "sdk_sync_c1", "raw_sync_c1", *sdk_target(1)),
        check(
            "SDK aiohttp c=50 / raw httpx c=50",
            "sdk_aiohttp_c50",
            "raw_httpx_c50",
            f">= {MIN_AIOHTTP_VS_HTTPX:.1f}x",
            ge(MIN_AIOHTTP_VS_HTTPX),
        ),
        check(
            "SDK aiohttp c=50 / python-intercom c=50",
            "sdk_aiohttp_c50",
            "official_c50",
            f">= {MIN_AIOHTTP_VS_OFFICIAL:.1f}x",
            ge(MIN_AIOHTTP_VS_OFFICIAL),
        ),
        check("raw aiohttp c=50 / raw httpx c=50 (info)", "raw_aiohttp_c50", "raw_httpx_c50"),
        check("SDK httpx c=50 / python-intercom c=50 (info)", "sdk_httpx_c50", "official_c50"),
        check("SDK httpx c=1 / python-intercom c=1 (info)", "sdk_httpx_c1", "official_c1"),
        check("SDK aiohttp c=1 / python-intercom c=1 (info)", "sdk_aiohttp_c1", "official_c1"),
        check(
            "import SDK+client.contacts+retrieve / import httpx",
            "import_sdk_surface",
            "import_httpx",
            f"<= {MAX_IMPORT_RATIO:.1f}x",
            le(MAX_IMPORT_RATIO),
        ),
        check("import httpx+attrs+orjson / import httpx (info: the floor)", "import_deps", "import_httpx"),
        check("import SDK+AsyncIntercom() / import httpx (info)", "import_sdk", "import_httpx"),
        check("import SDK / httpx+AsyncClient() (info)", "import_sdk", "import_httpx_client"),
        check("import python-intercom / import httpx (info)", "import_official", "import_httpx"),
        check(
            "parse SDK, default install / json.loads",
            "parse_sdk_stdlib",
            "parse_raw",
            f"<= {MAX_PARSE_RATIO:.1f}x",
            le(MAX_PARSE_RATIO),
        ),
        check("parse SDK with orjson / json.loads (info)", "parse_sdk", "parse_raw"),
        check("parse python-intercom / json.loads (info)", "parse_official", "parse_raw"),
    ]
    return checks


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms"
    return f"{value:,.0f}"


def print_report(series: dict[str, Series], rows: list[dict[str, Any]], pagination: tuple[str, str]) -> None:
    print()
    print(f"{'measurement':<52} {'median':>11} {'min':>11} {'max':>11}  unit      (per client CPU-s)")
    print("-" * 95)
    for s in series.values():
        unit = "req/s" if s.unit == "req/s" else "wall" if s.key.startswith("import") else "per page"
        if s.samples:
            med = statistics.median(s.samples)
            print(
                f"{s.label:<52} {_fmt(med, s.unit):>11} {_fmt(min(s.samples), s.unit):>11}"
                f" {_fmt(max(s.samples), s.unit):>11}  {unit:<9}"
                + (f" ({statistics.median(s.cpu_samples):,.0f})" if s.cpu_samples else "")
            )
        else:
            print(f"{s.label:<52} {'n/a':>11}  {s.error or ''}")
    print()
    print(f"{'ratio':<46} {'median':>7} {'min':>7} {'max':>7}  {'target':<9} verdict  (CPU-time ratio)")
    print("-" * 95)
    for row in rows:
        if "ratio_median" in row:
            print(
                f"{row['check']:<46} {row['ratio_median']:>6.2f}x {row['ratio_min']:>6.2f}x {row['ratio_max']:>6.2f}x"
                f"  {row['target']:<9} {row['verdict']:<7}"
                + (f"  ({row['cpu_ratio_median']:.2f}x)" if "cpu_ratio_median" in row else "")
            )
        else:
            print(f"{row['check']:<46} {'n/a':>7} {'':>7} {'':>7}  {row['target']:<9} n/a  {row['note'][:80]}")
    text, verdict = pagination
    print(f"{'pagination memory':<46} {'':>24}  {'flat':<9} {verdict:<7}  {text}")
    print()
    if any(key.endswith("httpx_c50") for key in series) and _version("sniffio") is None:
        print(
            "note: sniffio is not installed. httpcore then retries `import sniffio` (an import-path search) on every\n"
            "      async request, which slows httpx's own async transport, raw and SDK alike; the aiohttp vs\n"
            "      default-httpx ratios are higher than where sniffio is installed (see benchmarks/README.md).\n"
        )


def write_chart(rows: list[dict[str, Any]], path: Path) -> str | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        return f"no chart: {exc}"
    shown = [row for row in rows if "ratio_median" in row]
    if not shown:
        return "no chart: no ratios"
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(shown) + 1.5))
    labels = [row["check"] for row in shown]
    med = [row["ratio_median"] for row in shown]
    lo = [row["ratio_median"] - row["ratio_min"] for row in shown]
    hi = [row["ratio_max"] - row["ratio_median"] for row in shown]
    colours = [
        "#2a9d8f" if r["verdict"] == "PASS" else "#e76f51" if r["verdict"] == "MISS" else "#8d99ae" for r in shown
    ]
    y = list(range(len(shown)))[::-1]
    ax.barh(y, med, xerr=[lo, hi], color=colours, ecolor="#555555", capsize=3)
    for yi, row in zip(y, shown, strict=True):
        target = row["target"]
        right = row["ratio_max"]
        if target != "-":
            value = float(target.split()[1].rstrip("x"))
            ax.plot([value, value], [yi - 0.45, yi + 0.45], color="#1d3557", linewidth=2.5, linestyle=":")
            right = max(right, value)
        ax.text(right * 1.06, yi, f"{row['ratio_median']:.2f}x", va="center", fontsize=8)
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xscale("log")
    ax.axvline(1.0, color="#999999", linewidth=0.8)
    ax.set_xlabel("ratio (median of per-round ratios; whiskers: min-max; dotted: target)")
    ax.set_title("intercom_client benchmarks: green PASS, red MISS, grey info")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None


# -- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="throughput rounds (default 7)")
    parser.add_argument("--requests", type=int, default=2000, help="requests per throughput measurement")
    parser.add_argument(
        "--max-seconds", type=float, default=1.1, help="time cap of one throughput measurement (default 1.1)"
    )
    parser.add_argument("--import-rounds", type=int, default=11)
    parser.add_argument("--pagination-total", type=int, default=None, help="contacts pagination_memory iterates")
    parser.add_argument("--parse-rounds", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="2 rounds of 500 requests: a smoke test")
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated parts to skip: http,import,parse,pagination,load,shared,sync,overload",
    )
    parser.add_argument("--only", default="", help="comma-separated substrings of the throughput cells to run")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.requests, args.max_seconds, args.import_rounds, args.parse_rounds = 2, 500, 0.5, 4, 4
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    started = time.perf_counter()
    load_start = os.getloadavg()
    if load_start[0] > 0.5 * (os.cpu_count() or 1):
        _log(f"warning: load average {load_start[0]:.1f} before starting: other work will add noise")
    contact_bytes, page_bytes = payloads()
    series: dict[str, Series] = {}

    if "http" not in skip:
        # Bounded: at most ~(rounds * cells * (requests + warmup + 1)) requests, and 10 minutes.
        max_requests = args.rounds * len(_cells()) * (args.requests + 300) * 2
        _log(
            f"throughput: {args.rounds} rounds x {args.requests} requests or {args.max_seconds} s,"
            " GET /contacts/{id} on 127.0.0.1"
        )
        with run_server(max_seconds=600, max_requests=max_requests) as server:
            series |= bench_throughput(server, args.rounds, args.requests, args.max_seconds, args.only)
    if "import" not in skip:
        _log(f"import time: {args.import_rounds} rounds")
        series |= bench_import(args.import_rounds)
    if "parse" not in skip:
        _log(f"parse: {args.parse_rounds} rounds, {len(page_bytes):,}-byte page")
        series |= bench_parse(args.parse_rounds, page_bytes)
    pagination = (
        {"status": "skipped"}
        if "pagination" in skip
        else bench_pagination_memory(args.pagination_total or (15_000 if args.quick else None))
    )
    if "pagination" not in skip:
        _log(f"pagination memory: {pagination.get('status')}")

    load_report: dict[str, Any] = {"status": "skipped"}
    if "load" not in skip:  # load.py: faults, cancellations, connections, fds, RSS (its own server process)
        from benchmarks import load

        load_report = load.run(**({"calls": 2_000, "cancelled": 500, "normal": 300} if args.quick else {}))

    shared_report: dict[str, Any] = {"status": "skipped"}
    if "shared" not in skip:  # shared_rate_limit.py: its own budget server, redis-server and worker processes
        from benchmarks import shared_rate_limit

        shared_report = shared_rate_limit.run(**({"seconds": 10.0, "window": 5.0, "limit": 833} if args.quick else {}))

    sync_report: dict[str, Any] = {"status": "skipped"}
    if "sync" not in skip:  # sync_memory.py: its own search server process
        from benchmarks import sync_memory

        sync_report = sync_memory.run(**({"total": 20_000, "small": 2_000, "rounds": 1} if args.quick else {}))

    overload_report: dict[str, Any] = {"status": "skipped"}
    if "overload" not in skip:  # overload.py: its own slow server process, 10,000 calls per contestant
        from benchmarks import overload

        overload_report = overload.run(**({"calls": 2_000} if args.quick else {}))

    rows = [check.row() for check in build_checks(series)]
    verdict_pm = _pagination_verdict(pagination)
    print_report(series, rows, verdict_pm)
    if "load" not in skip:
        load.print_summary(load_report)
    if "shared" not in skip:
        shared_rate_limit.print_summary(shared_report)
    if "sync" not in skip:
        sync_memory.print_summary(sync_report)
    if "overload" not in skip:
        overload.print_summary(overload_report)

    args.out.mkdir(parents=True, exist_ok=True)
    try:
        from intercom_client import __version__ as sdk_version
    except Exception:
        sdk_version = None
    aiohttp_how = None
    with suppress(Exception):
        aiohttp_how = _sdk_aiohttp_kwargs()[1]
    results = {
        "meta": {
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "git_commit": _git_commit(),
            "python": sys.version.split()[0],
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "versions": {
                name: _version(name)
                for name in (
                    "httpx",
                    "httpcore",
                    "anyio",
                    "sniffio",
                    "aiohttp",
                    "httpx-aiohttp",
                    "python-intercom",
                    "pydantic",
                    "attrs",
                )
            },
            "intercom_client": sdk_version,
            "sdk_aiohttp_backend": aiohttp_how,
            "rounds": args.rounds,
            "requests_per_measurement": args.requests,
            "max_seconds_per_measurement": args.max_seconds,
            "payload_bytes": {"contact": len(contact_bytes), "page": len(page_bytes)},
            "wall_seconds": round(time.perf_counter() - started, 1),
            "load_average_start": load_start,
            "load_average_end": os.getloadavg(),
        },
        "measurements": {key: s.summary() for key, s in series.items()},
        "ratios": rows,
        "pagination_memory": {**pagination, "verdict": verdict_pm[1]},
        "load": load_report,
        "shared_rate_limit": shared_report,
        "sync": sync_report,
        "overload": overload_report,
    }
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    chart_error = write_chart(rows, args.out / "ratios.png")
    _log(
        f"wrote {args.out / 'results.json'}"
        + (f" ({chart_error})" if chart_error else f" and {args.out / 'ratios.png'}")
    )
    _log(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
