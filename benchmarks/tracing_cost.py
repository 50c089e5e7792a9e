#!/usr/bin/env python3
"""The CPU cost of one call with tracing off, on, and with tracing, metrics and hooks all on.

    python -m benchmarks.tracing_cost [--rounds 9] [--calls 1000] [--modes off,noop,tracing,all]

One warm ``client.contacts.retrieve(id)`` at a time over ``httpx.MockTransport`` (no network, no
server: only the client's own work is measured), on the async and the sync client, in one process.
The modes alternate round by round and each round's CPU time (``time.process_time``) per call is
kept; the medians and the ratios to "off" are printed. CPU time is far less disturbed than wall time
by other work on the machine (``make bench``'s throughput cells, ``run.py``, measure the same ratio
end to end against a loopback server). Spans go to OpenTelemetry's in-memory exporter, exported as
each ends (``SimpleSpanProcessor``; "batch": through a ``BatchSpanProcessor``, exported from its own
thread, whose CPU time counts too; "unexported": a ``TracerProvider`` with no span processor, what
OpenTelemetry's SDK costs to make and record the spans alone); metrics to an in-memory reader. "noop"
passes OpenTelemetry's no-op tracer provider, which the client takes for tracing off: it should cost what
"off" costs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.make_payload import CONTACT_ID, payloads

TOKEN = "bench-token"


def _options(mode: str) -> dict[str, Any]:
    """The client options of a mode ("off": none, as before issue 27)."""
    if mode == "off":
        return {}
    if mode == "noop":  # OpenTelemetry's way to turn tracing off, which the client recognises
        from opentelemetry.trace import NoOpTracerProvider

        return {"tracing": NoOpTracerProvider()}
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    tracer_provider = TracerProvider()
    if mode == "unexported":  # OpenTelemetry's SDK making and recording the spans, exporting none: its floor
        return {"tracing": tracer_provider}
    processor = BatchSpanProcessor if mode == "batch" else SimpleSpanProcessor
    tracer_provider.add_span_processor(processor(InMemorySpanExporter()))
    if mode in ("tracing", "batch"):
        return {"tracing": tracer_provider}
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    from intercom_client import Hooks

    return {
        "tracing": tracer_provider,
        "metrics": MeterProvider(metric_readers=[InMemoryMetricReader()]),
        "hooks": Hooks(),
    }


def _handler(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"Content-Type": "application/json", "X-Request-Id": "req-1", "X-RateLimit-Remaining": "999"}
    return lambda request: httpx.Response(200, content=body, headers=headers)


def _sync_round(mode: str, calls: int, body: bytes) -> float:
    from intercom_client import Intercom

    with Intercom(
        token=TOKEN, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(_handler(body)), **_options(mode)
    ) as client:
        for _ in range(20):  # warm up
            client.contacts.retrieve(CONTACT_ID)
        started = time.process_time()
        for _ in range(calls):
            client.contacts.retrieve(CONTACT_ID)
        return (time.process_time() - started) / calls


async def _async_round(mode: str, calls: int, body: bytes) -> float:
    from intercom_client import AsyncIntercom

    handler = _handler(body)

    async def respond(request: httpx.Request) -> httpx.Response:
        return handler(request)

    transport = httpx.MockTransport(respond)
    async with AsyncIntercom(
        token=TOKEN, base_url="http://127.0.0.1:9", transport=transport, **_options(mode)
    ) as client:
        for _ in range(20):
            await client.contacts.retrieve(CONTACT_ID)
        started = time.process_time()
        for _ in range(calls):
            await client.contacts.retrieve(CONTACT_ID)
        return (time.process_time() - started) / calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument(
        "--modes", default="off,tracing,all", help="comma-separated: off, noop, unexported, tracing, batch, all"
    )
    args = parser.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    body = payloads()[0]
    samples: dict[tuple[str, str], list[float]] = {(k, m): [] for k in ("async", "sync") for m in modes}
    for rnd in range(args.rounds):
        order = modes if rnd % 2 == 0 else modes[::-1]
        for mode in order:
            samples[("async", mode)].append(asyncio.run(_async_round(mode, args.calls, body)))
            samples[("sync", mode)].append(_sync_round(mode, args.calls, body))
    print(f"CPU time per warm contacts.retrieve over MockTransport ({args.rounds} rounds x {args.calls} calls)")
    for kind in ("async", "sync"):
        base = statistics.median(samples[(kind, modes[0])])
        for mode in modes:
            values = samples[(kind, mode)]
            ratios = [v / b for v, b in zip(values, samples[(kind, modes[0])], strict=True)]
            print(
                f"  {kind:<5} {mode:<8} {statistics.median(values) * 1e6:8.1f} us/call"
                f"  {statistics.median(values) / base:5.2f}x {modes[0]}"
                f"  (per-round ratio {min(ratios):.2f}-{max(ratios):.2f})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
