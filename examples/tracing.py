#!/usr/bin/env python3
"""Tracing and metrics: what an instrumented client reports, printed by OpenTelemetry's console exporters.

    pip install "intercom-client[otel]" opentelemetry-sdk      # (make venv has both)
    python examples/tracing.py

Runs by itself: a small stand-in for Intercom on 127.0.0.1 answers the calls (the first attempt of the
retrieve with a 503, so that the trace shows a retry), then stops. The output is each span as JSON
(``contacts.retrieve`` with its two ``GET /contacts/{id}`` attempts, ``contacts.list`` with a
``contacts.list page`` per page), the metrics, and what the hooks heard. Against the real API, drop
the stand-in: ``AsyncIntercom(tracing=provider, metrics=meters)`` with your token.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

from intercom_client import AsyncIntercom, AttemptEvent, Hooks

CONTACT = {"type": "contact", "id": "c1", "role": "user", "email": "ada@example.com"}


class StandIn(BaseHTTPRequestHandler):
    """Answers ``GET /contacts/{id}`` (503 the first time) and two pages of ``GET /contacts``."""

    retrieved = 0

    def do_GET(self) -> None:
        if self.path.startswith("/contacts/"):
            StandIn.retrieved += 1
            if StandIn.retrieved == 1:
                return self.answer(503, {"type": "error.list", "errors": [{"code": "service_unavailable"}]})
            return self.answer(200, CONTACT)
        if "starting_after" in self.path:
            return self.answer(200, {"type": "list", "data": [{**CONTACT, "id": "c2"}], "pages": {"type": "pages"}})
        next_page = {"type": "pages", "next": {"starting_after": "c1"}}
        return self.answer(200, {"type": "list", "data": [CONTACT], "pages": next_page})

    def answer(self, status: int, body: object) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("X-Request-Id", f"req-{StandIn.retrieved}")
        self.send_header("X-RateLimit-Limit", "10000")
        self.send_header("X-RateLimit-Remaining", "9990")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet


@contextmanager
def stand_in() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class PrintHooks(Hooks):
    """Hooks for code without OpenTelemetry: here, one line per retry and per response."""

    def on_retry(self, event: AttemptEvent) -> None:
        print(f"hook: {event.operation} attempt {event.attempt} got {event.status}, retrying in {event.retry_in:.2f} s")

    def on_response(self, event: AttemptEvent) -> None:
        print(f"hook: {event.operation} -> {event.status} in {event.duration or 0:.4f} s ({event.request_id})")


async def main() -> None:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    meter_provider = MeterProvider(metric_readers=[PeriodicExportingMetricReader(ConsoleMetricExporter())])
    with stand_in() as url:
        async with AsyncIntercom(
            token="example-token",
            base_url=url,
            tracing=tracer_provider,
            metrics=meter_provider,
            hooks=PrintHooks(),
        ) as client:
            contact = await client.contacts.retrieve("c1")
            ids = [c.id async for c in client.contacts.list()]
    print(f"retrieved {contact.id}; listed {ids}")
    tracer_provider.shutdown()
    meter_provider.shutdown()  # exports the metrics once more, then stops


if __name__ == "__main__":
    asyncio.run(main())
