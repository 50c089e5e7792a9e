"""Observability: OpenTelemetry spans and metrics, hooks and structured log fields, on the three clients.

Every case runs a real call against the byte-level fault server on 127.0.0.1 and reads what the client
reported through ``opentelemetry-sdk``'s in-memory span exporter and metric reader. The client's sleeps
are recorded, not taken (retries cost no time). No case finds the access token in any span, event,
metric or hook event.
"""

from __future__ import annotations

import inspect
import json
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from intercom_client import AsyncIntercom, AttemptEvent, ConfigurationError, Hooks, Intercom, NotFoundError
from tests.faults.server import Close, FaultServer, Plan, reply
from tests.operations import path_of
from tests.test_client_support import TOKEN

RETRIEVE_PATH = path_of("contacts", "retrieve")
"""The path template of ``client.contacts.retrieve`` (its parameter's name follows the spec)."""

CLIENTS = ("httpx", "aiohttp", "sync")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tracing.py"
CONTACT = {"type": "contact", "id": "c1", "role": "user"}
OK_HEADERS = {"X-Request-Id": "req-ok", "X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "80"}


@dataclass
class Otel:
    """An SDK tracer provider and meter provider, each read in memory."""

    spans: InMemorySpanExporter = field(default_factory=InMemorySpanExporter)
    reader: InMemoryMetricReader = field(default_factory=InMemoryMetricReader)

    def __post_init__(self) -> None:
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def finished(self) -> list[ReadableSpan]:
        return list(self.spans.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [s for s in self.finished() if s.name == name]

    def metrics(self) -> dict[str, list[Any]]:
        data = self.reader.get_metrics_data()
        found: dict[str, list[Any]] = {}
        assert data is not None
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found[metric.name] = list(metric.data.data_points)
        return found

    def everything(self) -> str:
        """Every span (attributes, events, exceptions) and every metric point, as text."""
        spans = "".join(s.to_json() for s in self.finished())
        data = self.reader.get_metrics_data()
        return spans + (data.to_json() if data is not None else "")


@pytest.fixture
def otel() -> Iterator[Otel]:
    made = Otel()
    yield made
    made.tracer_provider.shutdown()
    made.meter_provider.shutdown()


class Recorder(Hooks):
    """Hooks that keep every event."""

    def __init__(self) -> None:
        self.events: list[tuple[str, AttemptEvent]] = []

    def on_request(self, event: AttemptEvent) -> None:
        self.events.append(("request", event))

    def on_response(self, event: AttemptEvent) -> None:
        self.events.append(("response", event))

    def on_retry(self, event: AttemptEvent) -> None:
        self.events.append(("retry", event))

    def on_error(self, event: AttemptEvent) -> None:
        self.events.append(("error", event))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def make_client(kind: str, url: str, **options: Any) -> AsyncIntercom | Intercom:
    """A client of ``kind`` on ``url`` whose retry waits are recorded in ``client.slept``, not slept."""
    slept: list[float] = []
    client: AsyncIntercom | Intercom
    if kind == "sync":
        client = Intercom(token=TOKEN, base_url=url, **options)
        client._sleep = slept.append
    else:
        client = AsyncIntercom(token=TOKEN, base_url=url, http_backend=kind, **options)  # type: ignore[arg-type]

        async def record(seconds: float) -> None:
            slept.append(seconds)

        client._sleep = record
    client.slept = slept  # type: ignore[union-attr]
    return client


async def run(client: AsyncIntercom | Intercom, call: Callable[[Any], Any]) -> Any:
    """``call(client)``, awaited if the client is async; the client is closed after."""
    try:
        result = call(client)
        return await result if inspect.isawaitable(result) else result
    finally:
        closing = client.close() if isinstance(client, Intercom) else client.aclose()
        if inspect.isawaitable(closing):
            await closing


def retried_twice() -> list[Plan]:
    return [
        reply(503, {"type": "error.list", "errors": [{"code": "service_unavailable", "message": "down"}]}),
        reply(429, {"type": "error.list"}, {"Retry-After": "0", "X-Request-Id": "req-429"}),
        reply(200, CONTACT, OK_HEADERS),
    ]


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_call_retried_twice_is_one_parent_span_with_three_attempt_spans(kind: str, otel: Otel) -> None:
    with FaultServer(retried_twice()) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)
        contact = await run(client, lambda c: c.contacts.retrieve("c1"))
    assert contact.id == "c1"
    [parent] = otel.named("contacts.retrieve")
    attempts = otel.named(f"GET {RETRIEVE_PATH}")
    assert len(attempts) == 3
    assert all(a.parent is not None and a.parent.span_id == parent.context.span_id for a in attempts)
    assert all(a.context.trace_id == parent.context.trace_id for a in attempts)
    attempts.sort(key=lambda s: s.start_time or 0)
    statuses = [a.attributes["http.response.status_code"] for a in attempts if a.attributes]
    assert statuses == [503, 429, 200]
    for number, span in enumerate(attempts):
        attributes = dict(span.attributes or {})
        assert span.kind.name == "CLIENT"
        assert attributes["http.request.method"] == "GET"
        assert attributes["url.template"] == RETRIEVE_PATH
        assert attributes["server.address"] == "127.0.0.1"
        assert attributes["server.port"] == server.port
        assert attributes["intercom.api_version"] == client.version
        assert attributes.get("http.request.resend_count") == (number or None)
    assert attempts[0].attributes["error.type"] == "503"  # type: ignore[index]
    assert attempts[0].status.status_code.name == "ERROR"
    assert attempts[1].attributes["error.type"] == "429"  # type: ignore[index]
    last = dict(attempts[2].attributes or {})
    assert "error.type" not in last and attempts[2].status.status_code.name == "UNSET"
    assert last["intercom.request_id"] == "req-ok"
    assert last["intercom.rate_limit.remaining"] == 80
    assert parent.attributes["intercom.operation"] == "contacts.retrieve"  # type: ignore[index]
    backoffs = [e for e in parent.events if e.name == "intercom.retry_backoff"]
    assert [e.attributes["intercom.wait"] for e in backoffs] == client.slept  # type: ignore[attr-defined,index]
    assert TOKEN not in otel.everything()


@pytest.mark.parametrize("kind", CLIENTS)
async def test_an_attempt_span_names_the_version_the_call_sent(kind: str, otel: Otel) -> None:
    with FaultServer([reply(200, CONTACT, OK_HEADERS)]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)
        await run(client, lambda c: c.contacts.retrieve("c1", intercom_version="2.14"))
        sent = server.received[0].headers.get("intercom-version")
    [attempt] = otel.named(f"GET {RETRIEVE_PATH}")
    assert sent == "2.14" != client.version
    assert attempt.attributes["intercom.api_version"] == "2.14"  # type: ignore[index]


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_failed_call_ends_its_span_in_error_and_keeps_the_token_out(kind: str, otel: Otel) -> None:
    # The server echoes the token in its error body: the exception recorded on the span must not carry it.
    body = {"type": "error.list", "errors": [{"code": "not_found", "message": f"no contact for Bearer {TOKEN}"}]}
    with FaultServer([reply(404, body, {"X-Request-Id": "req-404"})]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider, metrics=otel.meter_provider)
        with pytest.raises(NotFoundError):
            await run(client, lambda c: c.contacts.retrieve("nobody"))
    [parent] = otel.named("contacts.retrieve")
    assert parent.status.status_code.name == "ERROR"
    assert parent.attributes["error.type"] == "404"  # type: ignore[index]
    assert [e.name for e in parent.events] == ["exception"]
    [attempt] = otel.named(f"GET {RETRIEVE_PATH}")
    assert attempt.attributes["intercom.request_id"] == "req-404"  # type: ignore[index]
    assert TOKEN not in otel.everything()


@pytest.mark.parametrize("kind", CLIENTS)
async def test_metrics_count_attempts_retries_429s_and_report_the_rate_limit(kind: str, otel: Otel) -> None:
    with FaultServer(retried_twice()) as server:
        client = make_client(kind, server.url, metrics=otel.meter_provider)
        await run(client, lambda c: c.contacts.retrieve("c1"))
    metrics = otel.metrics()
    durations = metrics["http.client.request.duration"]
    assert sorted(p.attributes.get("http.response.status_code") for p in durations) == [200, 429, 503]
    assert sum(p.count for p in durations) == 3
    assert all(p.attributes["intercom.operation"] == "contacts.retrieve" for p in durations)
    assert all(p.attributes["url.template"] == RETRIEVE_PATH for p in durations)
    assert list(durations[0].explicit_bounds)[:3] == [0.005, 0.01, 0.025]
    retries = metrics["intercom.client.retries"]
    assert sorted(p.attributes["error.type"] for p in retries) == ["429", "503"]
    assert sum(p.value for p in metrics["intercom.client.rate_limited"]) == 1
    [remaining] = metrics["intercom.rate_limit.remaining"]
    assert remaining.value == 80
    assert remaining.attributes["intercom.region"] == f"127.0.0.1:{server.port}"
    assert TOKEN not in otel.everything()


@pytest.mark.parametrize("kind", CLIENTS)
async def test_an_attempt_that_got_no_response_names_its_error(kind: str, otel: Otel) -> None:
    with FaultServer([[Close()], reply(200, CONTACT, OK_HEADERS)]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider, metrics=otel.meter_provider)
        await run(client, lambda c: c.contacts.retrieve("c1"))
    failed, ok = sorted(otel.named(f"GET {RETRIEVE_PATH}"), key=lambda s: s.start_time or 0)
    kind_of_error = str((failed.attributes or {})["error.type"])
    assert kind_of_error.startswith("httpx.") and "http.response.status_code" not in (failed.attributes or {})
    assert failed.status.status_code.name == "ERROR" and [e.name for e in failed.events] == ["exception"]
    assert ok.attributes["http.request.resend_count"] == 1  # type: ignore[index]
    [retry] = otel.metrics()["intercom.client.retries"]
    assert retry.attributes["error.type"] == kind_of_error


class WaitOnce:
    """A pacer that makes the first attempt wait 0.5 s for the next window, then lets everything through."""

    def __init__(self) -> None:
        self.waited = False

    def acquire(self, now: float) -> float:
        if self.waited:
            return 0.0
        self.waited = True
        return 0.5

    def release(self, rate_limit: object) -> None:
        pass


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_pacing_wait_is_an_event_of_the_call_and_counted(kind: str, otel: Otel) -> None:
    with FaultServer([reply(200, CONTACT, OK_HEADERS)]) as server:
        client = make_client(
            kind, server.url, rate_limiter=WaitOnce(), tracing=otel.tracer_provider, metrics=otel.meter_provider
        )
        await run(client, lambda c: c.contacts.retrieve("c1"))
    assert client.slept == [0.5]  # type: ignore[union-attr]
    [parent] = otel.named("contacts.retrieve")
    assert [(e.name, dict(e.attributes or {})) for e in parent.events] == [
        ("intercom.pacing_wait", {"intercom.wait": 0.5})
    ]
    [waits] = otel.metrics()["intercom.client.pacing_waits"]
    assert (waits.value, dict(waits.attributes)) == (1, {"intercom.operation": "contacts.retrieve"})


@pytest.mark.parametrize("kind", CLIENTS)
async def test_hooks_hear_each_request_response_retry_and_the_error(kind: str) -> None:
    hooks = Recorder()
    plans = [*retried_twice(), reply(404, {"type": "error.list"}, {"X-Request-Id": "req-404"})]
    with FaultServer(plans) as server:
        client = make_client(kind, server.url, hooks=hooks)

        async def both(c: Any) -> Any:
            first = c.contacts.retrieve("c1")
            await first if inspect.isawaitable(first) else first
            with pytest.raises(NotFoundError):
                second = c.contacts.retrieve("c2")
                await second if inspect.isawaitable(second) else second

        await run(client, both)
    kinds = hooks.kinds()
    assert kinds == [
        *("request", "response", "retry") * 2,
        "request",
        "response",
        "request",
        "response",
        "error",
    ]
    events = [e for _, e in hooks.events]
    assert all(e.operation == "contacts.retrieve" and e.url_template == RETRIEVE_PATH for e in events)
    retries = [e for k, e in hooks.events if k == "retry"]
    assert [e.status for e in retries] == [503, 429]
    assert [e.retry_in for e in retries] == client.slept  # type: ignore[union-attr]
    ok = [e for k, e in hooks.events if k == "response"][2]
    assert (ok.attempt, ok.status, ok.request_id, ok.rate_limit and ok.rate_limit.remaining) == (3, 200, "req-ok", 80)
    assert ok.duration is not None and ok.duration > 0
    error = events[-1]
    assert isinstance(error.error, NotFoundError) and error.status == 404 and error.request_id == "req-404"
    assert TOKEN not in repr(hooks.events)


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_hook_that_raises_is_logged_and_the_call_goes_on(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    class Broken(Hooks):
        def on_response(self, event: AttemptEvent) -> None:
            raise RuntimeError("hook bug")

    with FaultServer([reply(200, CONTACT)]) as server:
        client = make_client(kind, server.url, hooks=[Broken(), Recorder()])
        with caplog.at_level(logging.ERROR, logger="intercom_client"):
            contact = await run(client, lambda c: c.contacts.retrieve("c1"))
    assert contact.id == "c1"
    assert any("Broken.on_response" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("kind", CLIENTS)
async def test_log_records_carry_structured_fields(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    with FaultServer(retried_twice()) as server:
        client = make_client(kind, server.url)  # no telemetry: the fields are there all the same
        with caplog.at_level(logging.DEBUG, logger="intercom_client"):
            await run(client, lambda c: c.contacts.retrieve("c1"))
    records = [r for r in caplog.records if hasattr(r, "attempt")]
    assert [r.attempt for r in records] == [1, 2, 3]  # type: ignore[attr-defined]
    assert [r.status for r in records] == [503, 429, 200]  # type: ignore[attr-defined]
    assert [r.request_id for r in records] == [None, "req-429", "req-ok"]  # type: ignore[attr-defined]
    assert all(r.operation == "contacts.retrieve" for r in records)  # type: ignore[attr-defined]
    assert all(isinstance(r.duration, float) and r.duration > 0 for r in records)  # type: ignore[attr-defined]
    assert [r.levelname for r in records] == ["INFO", "INFO", "DEBUG"]


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_paginated_walks_log_records_name_its_operation(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    page = {"type": "list", "data": [CONTACT], "pages": {"type": "pages"}}
    with FaultServer([reply(200, page, {"X-Request-Id": "req-page"})]) as server:
        client = make_client(kind, server.url)

        async def walk(c: Any) -> list[str]:
            if isinstance(c, Intercom):
                return [contact.id for contact in c.contacts.list()]
            return [contact.id async for contact in c.contacts.list()]

        with caplog.at_level(logging.DEBUG, logger="intercom_client"):
            assert await run(client, walk) == ["c1"]
    [record] = [r for r in caplog.records if hasattr(r, "attempt")]
    assert (record.operation, record.request_id, record.status) == ("contacts.list", "req-page", 200)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_paginated_walk_is_one_span_with_a_call_per_page(kind: str, otel: Otel) -> None:
    first = {"type": "list", "data": [CONTACT], "pages": {"type": "pages", "next": {"starting_after": "abc"}}}
    second = {"type": "list", "data": [{**CONTACT, "id": "c2"}], "pages": {"type": "pages"}}
    with FaultServer([reply(200, first), reply(503), reply(200, second)]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)

        async def walk(c: Any) -> list[str]:
            if isinstance(c, Intercom):
                return [contact.id for contact in c.contacts.list()]
            return [contact.id async for contact in c.contacts.list()]

        ids = await run(client, walk)
    assert ids == ["c1", "c2"]
    [walk_span] = otel.named("contacts.list")
    assert walk_span.attributes["intercom.pagination.style"] == "cursor"  # type: ignore[index]
    assert walk_span.attributes["intercom.pages"] == 2  # type: ignore[index]
    pages = sorted(otel.named("contacts.list page"), key=lambda s: s.start_time or 0)
    assert [p.attributes["intercom.page"] for p in pages] == [1, 2]  # type: ignore[index]
    assert all(p.parent is not None and p.parent.span_id == walk_span.context.span_id for p in pages)
    attempts = otel.named("GET /contacts")
    per_page = [sum(1 for a in attempts if a.parent and a.parent.span_id == p.context.span_id) for p in pages]
    assert per_page == [1, 2]  # the second page was retried once
    assert TOKEN not in otel.everything()


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_first_page_read_while_handling_an_error_is_not_marked_failed(kind: str, otel: Otel) -> None:
    # The walk span's outcome is the page's: an exception the caller is handling is not the page's.
    page = {"type": "list", "data": [CONTACT], "pages": {"type": "pages"}}
    with FaultServer([reply(200, page)]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)

        async def first(c: Any) -> int:
            try:
                raise KeyError("the caller's own")
            except KeyError:
                if isinstance(c, Intercom):
                    return len(c.contacts.list().first_page().items)
                return len((await c.contacts.list()).items)

        assert await run(client, first) == 1
    [walk_span] = otel.named("contacts.list")
    assert walk_span.status.status_code.name != "ERROR"
    assert not [e for e in walk_span.events if e.name == "exception"]


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_request_without_a_resource_is_a_call_of_its_own(kind: str, otel: Otel) -> None:
    with FaultServer([reply(200, {"type": "admin", "id": "1"})]) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)
        await run(client, lambda c: c.request_json("GET", "/me"))
    [parent] = [s for s in otel.finished() if s.kind.name == "INTERNAL"]
    [attempt] = [s for s in otel.finished() if s.kind.name == "CLIENT"]
    # No template is known: named by the method alone (a path holds ids), the path as url.path.
    assert parent.name == attempt.name == "GET"
    assert attempt.attributes["url.path"] == "/me" and "url.template" not in (attempt.attributes or {})  # type: ignore[index]
    assert attempt.parent is not None and attempt.parent.span_id == parent.context.span_id


def test_opentelemetrys_no_op_providers_cost_nothing_and_a_proxy_provider_is_kept() -> None:
    from opentelemetry import trace
    from opentelemetry.metrics import NoOpMeterProvider
    from opentelemetry.trace import NoOpTracerProvider

    # The no-op providers record nothing: the client does not report to them at all (no telemetry).
    assert Intercom(token=TOKEN, tracing=NoOpTracerProvider(), metrics=NoOpMeterProvider())._telemetry is None
    with_hooks = AsyncIntercom(token=TOKEN, tracing=NoOpTracerProvider(), hooks=Hooks())._telemetry
    assert with_hooks is not None and with_hooks.tracer is None and with_hooks.hooks
    # tracing=True before an SDK is set gives the proxy provider, which a later SDK makes record: kept.
    proxy = trace.ProxyTracerProvider()
    telemetry = Intercom(token=TOKEN, tracing=proxy)._telemetry
    assert telemetry is not None and telemetry.tracer is not None


def test_options_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="tracing must be True, False or an OpenTelemetry TracerProvider"):
        Intercom(token=TOKEN, tracing="yes")
    with pytest.raises(ConfigurationError, match="metrics must be True, False or an OpenTelemetry MeterProvider"):
        AsyncIntercom(token=TOKEN, metrics=3)
    with pytest.raises(ConfigurationError, match="hooks must be a Hooks"):
        Intercom(token=TOKEN, hooks=[object()])
    assert Intercom(token=TOKEN)._telemetry is None
    assert AsyncIntercom(token=TOKEN, tracing=False, metrics=None, hooks=[])._telemetry is None


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


def test_without_opentelemetry_nothing_imports_it_and_asking_for_it_says_what_to_install() -> None:
    code = """
import sys
sys.modules["opentelemetry"] = None  # as if the otel extra were not installed
from intercom_client import AsyncIntercom, ConfigurationError, Intercom
Intercom(token="t", hooks=None); AsyncIntercom(token="t")
assert not [m for m in sys.modules if m.startswith("opentelemetry.")], "imported"
try:
    Intercom(token="t", tracing=True)
except ConfigurationError as e:
    print(e)
"""
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert "pip install 'intercom-client[otel]'" in done.stdout


def test_a_client_that_does_not_trace_imports_no_opentelemetry() -> None:
    code = """
import sys
from intercom_client import AsyncIntercom, Intercom, bulk, webhooks
Intercom(token="t")
AsyncIntercom(token="t")
webhooks.WebhookReceiver("secret", lambda notification: None)
print(sorted(m for m in sys.modules if m.startswith("opentelemetry") or m == "intercom_client._telemetry"))
"""
    done = _python(code)
    assert done.returncode == 0, done.stderr
    # Neither OpenTelemetry nor the SDK's own telemetry module: a client without it pays no import.
    assert json.loads(done.stdout.replace("'", '"')) == []


@pytest.mark.parametrize("kind", CLIENTS)
async def test_an_export_started_waited_for_and_read_gives_each_helper_its_span(kind: str, otel: Otel) -> None:
    from starlette.applications import Starlette

    from intercom_client.bulk import iter_export_records, start_data_export, wait_for_job
    from tests.asgi_server import serve_asgi
    from tests.fake_intercom.exports import ExportsState
    from tests.fake_intercom.jobs import FAST

    exports = ExportsState(records=30)
    window = {"created_at_after": 1717000000, "created_at_before": 1717500000}
    with serve_asgi(Starlette(routes=exports.routes()), name="fake-exports") as url:
        client = make_client(kind, url, tracing=otel.tracer_provider)

        async def export(c: Any) -> int:
            if isinstance(c, Intercom):
                done = wait_for_job(c, start_data_export(c, **window), **FAST)
                return sum(1 for _ in iter_export_records(c, done))
            done = await wait_for_job(c, await start_data_export(c, **window), **FAST)
            return len([row async for row in iter_export_records(c, done)])

        assert await run(client, export) == 30
    [start] = otel.named("bulk.start_data_export")
    [wait] = otel.named("bulk.wait_for_job")
    [records] = otel.named("bulk.iter_export_records")
    assert wait.attributes["intercom.job_kind"] == "data_export"  # type: ignore[index]
    job_id = wait.attributes["intercom.job_id"]  # type: ignore[index]
    assert records.attributes["intercom.job_id"] == job_id  # type: ignore[index]
    assert records.attributes["intercom.items"] == 30  # type: ignore[index]

    def calls_under(span: ReadableSpan) -> list[ReadableSpan]:
        return [s for s in otel.finished() if s.parent is not None and s.parent.span_id == span.context.span_id]

    def paths(spans: list[ReadableSpan], key: str = "url.path") -> list[str]:
        """The ``key`` (url.path, url.template) of each attempt under each of ``spans``."""
        return [str((a.attributes or {})[key]) for s in spans for a in calls_under(s)]

    # Starting and polling go through the resource methods (data_export.create, .retrieve): their spans are
    # named after the operation, their attempts carry its template; the download is the helper's own stream.
    [started] = calls_under(start)
    assert started.name == "data_export.create" and paths([started], "url.template") == ["/export/content/data"]
    polls = calls_under(wait)
    assert len(polls) == 3 and {p.name for p in polls} == {"data_export.retrieve"}
    assert set(paths(polls, "url.template")) == {"/export/content/data/{job_identifier}"}
    [download] = calls_under(records)
    assert paths([download])[0].startswith("/download/content/data/")
    assert TOKEN not in otel.everything()


async def test_a_webhook_delivery_is_one_span_with_its_topic_id_and_duplicate_flag(otel: Otel) -> None:
    import asyncio

    from intercom_client.webhooks import Notification, WebhookReceiver
    from tests.webhook_helpers import SECRET, encode, hub_signature, notification

    handled: list[str] = []
    spans_in_handler: list[int] = []

    async def handler(event: Notification) -> None:
        from opentelemetry import trace

        spans_in_handler.append(trace.get_current_span().get_span_context().span_id)
        handled.append(event.id)

    receiver = WebhookReceiver(SECRET, handler, tracing=otel.tracer_provider)
    body = encode(notification({"type": "contact", "id": "c1"}, topic="contact.user.created", id="notif_1"))
    first = await receiver.handle("POST", body, hub_signature(body))
    again = await receiver.handle("POST", body, hub_signature(body))
    forged = await receiver.handle("POST", body, "sha1=" + "0" * 40)
    await receiver.handle("HEAD", b"", None)
    await asyncio.sleep(0)
    await receiver.aclose()
    assert (first.status, again.status, forged.status) == (200, 200, 403)
    spans = otel.named("intercom.webhook")
    assert len(spans) == 3  # one per POST, none for HEAD
    delivered, duplicate, rejected = sorted(spans, key=lambda s: s.start_time or 0)
    assert dict(delivered.attributes or {}) == {
        "intercom.webhook.topic": "contact.user.created",
        "intercom.webhook.notification_id": "notif_1",
        "intercom.webhook.duplicate": False,
        "http.response.status_code": 200,
    }
    assert duplicate.attributes["intercom.webhook.duplicate"] is True  # type: ignore[index]
    assert rejected.attributes["http.response.status_code"] == 403  # type: ignore[index]
    assert handled == ["notif_1"] and spans_in_handler == [delivered.context.span_id]
    assert SECRET not in otel.everything()


def test_the_readme_example_prints_its_spans_metrics_and_hooks() -> None:
    done = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for name in ('"name": "contacts.retrieve"', f'"name": "GET {RETRIEVE_PATH}"', '"name": "contacts.list page"'):
        assert name in out
    assert "http.client.request.duration" in out and "intercom.rate_limit.remaining" in out
    assert "hook: contacts.retrieve attempt 1 got 503" in out
    assert "example-token" not in out


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_scroll_walk_and_a_sync_run_are_each_one_span_over_their_calls(kind: str, otel: Otel) -> None:
    from starlette.applications import Starlette

    from intercom_client.bulk import sync_updated, walk_companies
    from tests.asgi_server import serve_asgi
    from tests.fake_intercom import companies, search

    scroll = companies.ScrollState(250, page_size=100, idle_expiry=5.0)
    found = search.SearchState()
    for i in range(200):
        found.put("contacts", f"co{i:05d}", 1_700_000_000 + i // 3)
    app = Starlette(routes=[*companies.routes(scroll), *search.routes(found)])
    with serve_asgi(app, name="fake-bulk") as url:
        client = make_client(kind, url, tracing=otel.tracer_provider)

        async def both(c: Any) -> tuple[int, int]:
            if isinstance(c, Intercom):
                return sum(1 for _ in walk_companies(c)), sum(1 for _ in sync_updated(c, "contacts"))
            walked = len([x async for x in walk_companies(c)])
            return walked, len([x async for x in sync_updated(c, "contacts")])

        assert await run(client, both) == (250, 200)
    [walk] = otel.named("bulk.walk_companies")
    [synced] = otel.named("bulk.sync_updated")
    assert walk.attributes["intercom.items"] == 250  # type: ignore[index]
    assert (synced.attributes or {})["intercom.resource"] == "contacts"
    assert synced.attributes["intercom.items"] == 200  # type: ignore[index]

    def under(parent: ReadableSpan) -> list[str]:
        return [s.name for s in otel.finished() if s.parent is not None and s.parent.span_id == parent.context.span_id]

    assert set(under(walk)) == {"companies.scroll"} and len(under(walk)) == 4  # 3 pages + the empty end
    assert set(under(synced)) == {"contacts.search"}  # each query's first page, a walk of its own
    assert TOKEN not in otel.everything()


class DropAll:
    """A sampler (OpenTelemetry SDK's interface) that drops every span and keeps the names it was asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def should_sample(self, parent_context: Any, trace_id: int, name: str, *args: Any, **kwargs: Any) -> Any:
        from opentelemetry.sdk.trace.sampling import Decision, SamplingResult

        self.asked.append(name)
        return SamplingResult(Decision.DROP)

    def get_description(self) -> str:
        return "DropAll"


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_call_the_sampler_drops_makes_no_attempt_spans(kind: str) -> None:
    # The SDK would drop them too (their parent is not sampled): making them is work for nothing.
    sampler = DropAll()
    provider = TracerProvider(sampler=sampler)  # type: ignore[arg-type]
    spans = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    recorder = Recorder()
    with FaultServer(retried_twice()) as server:
        client = make_client(kind, server.url, tracing=provider, hooks=recorder)
        contact = await run(client, lambda c: c.contacts.retrieve("c1"))
    provider.shutdown()
    assert contact.id == "c1"
    assert sampler.asked == ["contacts.retrieve"]  # the call's span only, none of its three attempts
    assert spans.get_finished_spans() == ()
    assert recorder.kinds() == ["request", "response", "retry"] * 2 + ["request", "response"]  # hooks still hear


@pytest.mark.parametrize("kind", CLIENTS)
async def test_each_call_and_attempt_span_has_only_its_own_attributes(kind: str, otel: Otel) -> None:
    # What the spans of an operation share is worked out once per client: no call's own attributes
    # (an error, a resend count, a status, a request id) may carry over to the next call of it.
    error = {"type": "error.list", "errors": [{"code": "not_found", "message": "none"}]}
    plans = [
        reply(503, {"type": "error.list"}, {"Retry-After": "0"}),
        reply(200, CONTACT, OK_HEADERS),
        reply(404, error, {"X-Request-Id": "req-404"}),
        reply(200, CONTACT),
    ]

    async def three(c: Any) -> None:
        for expected in ("ok", "missing", "ok"):
            try:
                result = c.contacts.retrieve("c1")
                if inspect.isawaitable(result):
                    await result
            except NotFoundError:
                assert expected == "missing"

    with FaultServer(plans) as server:
        client = make_client(kind, server.url, tracing=otel.tracer_provider)
        await run(client, three)
    calls = sorted(otel.named("contacts.retrieve"), key=lambda s: s.start_time or 0)
    attempts = sorted(otel.named("GET /contacts/{id}"), key=lambda s: s.start_time or 0)
    assert [dict(s.attributes or {}) for s in calls] == [
        {"intercom.operation": "contacts.retrieve"},
        {"intercom.operation": "contacts.retrieve", "error.type": "404"},
        {"intercom.operation": "contacts.retrieve"},
    ]
    assert [a.attributes.get("http.response.status_code") for a in attempts] == [503, 200, 404, 200]  # type: ignore[union-attr]
    assert [a.attributes.get("http.request.resend_count") for a in attempts] == [None, 1, None, None]  # type: ignore[union-attr]
    assert [a.attributes.get("error.type") for a in attempts] == ["503", None, "404", None]  # type: ignore[union-attr]
    assert [a.attributes.get("intercom.request_id") for a in attempts] == [None, "req-ok", "req-404", None]  # type: ignore[union-attr]


def test_the_shapes_a_client_keeps_are_bounded(otel: Otel) -> None:
    # One shape per operation and method in practice; a program sending many methods must not grow it forever.
    from intercom_client._telemetry import _MAX_SHAPES

    client = Intercom(token=TOKEN, base_url="http://127.0.0.1:9", tracing=otel.tracer_provider)
    try:
        telemetry = client._telemetry
        assert telemetry is not None
        for number in range(_MAX_SHAPES + 50):
            shape = telemetry.shape(None, f"M{number}", None, None)
            assert (shape.call_name, shape.attempt_name) == (f"M{number}", f"M{number}")
            assert shape.attempt_attributes["http.request.method"] == f"M{number}"
        assert len(telemetry._shapes) == _MAX_SHAPES
        retrieve = telemetry.shape("contacts.retrieve", "GET", "/contacts/{id}", None)
        assert (retrieve.call_name, retrieve.attempt_name) == ("contacts.retrieve", "GET /contacts/{id}")
        assert retrieve.call_attributes == {"intercom.operation": "contacts.retrieve"}
        assert retrieve.attempt_attributes == {
            "http.request.method": "GET",
            "server.address": "127.0.0.1",
            "server.port": 9,
            "url.template": "/contacts/{id}",
        }
    finally:
        client.close()
