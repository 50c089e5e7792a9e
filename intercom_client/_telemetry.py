"""Observability: OpenTelemetry spans and metrics, your hooks, and the operation behind each call.

Off by default and free when off: a client without ``tracing``, ``metrics`` or ``hooks`` has no
:class:`Telemetry` (``client._telemetry is None``), and each place of the runtime that reports to it
pays one attribute check. ``opentelemetry`` (the ``intercom-client[otel]`` extra, its API only) is
imported when a client asks for tracing or metrics, never otherwise.

What a client reports, when on (README, Observability, lists every attribute):

- **One span per logical call** (``contacts.retrieve``: the resource and method), covering its
  attempts, pacing waits and retry backoffs (those two as span events), and **one child span per
  attempt** on the wire, with OpenTelemetry's HTTP client conventions (``http.request.method``,
  ``url.template``, ``server.address``, ``server.port``, ``http.response.status_code``,
  ``error.type``, ``http.request.resend_count``) and Intercom's request id, API version and
  rate-limit remaining. A paginated walk, a bulk helper or a webhook notification is a span of its
  own around the calls it makes (:meth:`Telemetry.walk` here; the helpers' in ``_helper_spans.py``).
- **Metrics**: ``http.client.request.duration`` (a histogram per attempt, in seconds), counters of
  retries, 429 responses and pacing waits, and the rate-limit remaining as an observable gauge per app
  (a one-way digest of the token, as the rate limiters use) and region.
- **Hooks** (``_hooks.py``): your code told of each request, response, retry and failed call, with or
  without OpenTelemetry, on both clients and both backends.

No attribute, event, metric or hook event holds the access token, a header, the query or the body:
only the method, the path *template* (``/contacts/{id}``), the host, statuses, ids Intercom sends back
and numbers.

How a call is named: each resource method marks its request with its operation's name and path
template (``extensions={OPERATION: ("contacts.retrieve", "/contacts/{id}")}``, ``_operation.py``); a
request without the mark (``client.request``, the bulk helpers' own downloads) is named by its method.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx

from ._exceptions import ConfigurationError
from ._hooks import AttemptEvent, Hooks
from ._operation import operation_of
from ._rate_limit import RateLimit, RateLimitScope
from ._version import __version__

__all__ = [
    "DURATION_BUCKETS",
    "INSTRUMENTATION_NAME",
    "Telemetry",
    "Walk",
    "error_type",
    "make_telemetry",
    "provider_of",
]

logger = logging.getLogger(__package__)

INSTRUMENTATION_NAME = "intercom_client"
# OpenTelemetry's advice for http.client.request.duration (seconds).
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)


# -- naming a call -----------------------------------------------------------------------------------


# What the client observes for a response without rate-limit headers (``_client._observe``): none reported.
_NOT_REPORTED = RateLimit(None, None, None)


def error_type(error: BaseException | None, status: int | None = None) -> str | None:
    """OpenTelemetry's ``error.type``: the status as text for an error status, else the error's class."""
    if status is not None and status >= 400:
        return str(status)
    if error is None:
        return None
    cls = type(error)
    return f"{cls.__module__.split('.', 1)[0]}.{cls.__qualname__}"


def _sent_header(headers: httpx.Headers, name: bytes) -> str | None:
    """The value of header ``name`` (lower case) of a request, read from its bytes: read as text, the
    first lookup would work out the encoding of every header of the request first (some 5 us a call)."""
    for key, value in headers.raw:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


# -- one call ----------------------------------------------------------------------------------------


class _Call:
    """One logical call: its span, what is known of it, and the attempt in flight."""

    __slots__ = (
        "attempt_attributes",
        "attempt_started",
        "attempts",
        "context",
        "context_token",
        "method",
        "operation",
        "path",
        "shape",
        "span",
        "started",
        "telemetry",
        "template",
        "used",
        "var_token",
    )

    def __init__(
        self, telemetry: Telemetry, operation: str | None, method: str, template: str | None, shape: _Shape | None
    ) -> None:
        self.telemetry = telemetry
        self.operation = operation
        self.method = method
        self.template = template
        # What every attempt span of this call has in common (None: no attempt span is made, the call's
        # span recording nothing: no tracing, a no-op tracer, or a call the sampler dropped).
        self.shape = shape
        self.path = ""  # the path sent, for a call whose template is not known (client.request)
        self.span: Any = None
        # The attempt in flight: when it started (epoch ns) and its span's attributes so far. Its span is
        # made when it ends, with every attribute at once (cheaper than setting them one by one).
        self.attempt_started = 0
        self.attempt_attributes: dict[str, Any] | None = None
        self.attempts = 0
        self.context: Any = None  # the OpenTelemetry context holding the call's span (its attempts' parent)
        self.context_token: Any = None
        self.var_token: contextvars.Token[_Call | None] | None = None
        self.started = time.perf_counter()
        self.used = False  # whether client.request(...) has sent through it (a call sends once)

    def close(self, error: BaseException | None) -> None:
        """End the call (``error``: what it raised, or None): see :meth:`Telemetry.close_call`."""
        self.telemetry.close_call(self, error)


class _Shape:
    """What the spans of every call of one operation share, worked out once per client (``Telemetry.shape``):
    the names and the attributes that do not change from call to call."""

    __slots__ = ("attempt_attributes", "attempt_name", "call_attributes", "call_name")

    def __init__(
        self, call_name: str, call_attributes: dict[str, Any], attempt_name: str, attempt_attributes: dict[str, Any]
    ) -> None:
        self.call_name = call_name
        self.call_attributes = call_attributes  # never changed: OpenTelemetry copies a span's attributes
        self.attempt_name = attempt_name
        self.attempt_attributes = attempt_attributes  # copied for each attempt, which adds its own


# At most this many shapes per client: one per operation and method in practice (span names and the
# attributes above come from the operation's name and template, not from ids); past it a call works out
# its own (a program sending ``client.request`` with many methods must not grow the cache forever).
_MAX_SHAPES = 1024


_CALL: contextvars.ContextVar[_Call | None] = contextvars.ContextVar("intercom_client_call", default=None)


# -- metrics, shared by the clients of one meter provider --------------------------------------------


class _Instruments:
    """The instruments of one meter provider, and the clients whose rate limit its gauge reports."""

    def __init__(self, meter_provider: Any) -> None:
        from opentelemetry import metrics

        meter = metrics.get_meter(INSTRUMENTATION_NAME, __version__, meter_provider=meter_provider)
        self.duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.retries = meter.create_counter(
            "intercom.client.retries", unit="{retry}", description="Attempts retried, by operation and reason."
        )
        self.rate_limited = meter.create_counter(
            "intercom.client.rate_limited", unit="{response}", description="429 responses received."
        )
        self.pacing_waits = meter.create_counter(
            "intercom.client.pacing_waits", unit="{wait}", description="Waits for the rate limit's next window."
        )
        self.clients: weakref.WeakSet[Telemetry] = weakref.WeakSet()
        self.lock = threading.Lock()
        meter.create_observable_gauge(
            "intercom.rate_limit.remaining",
            callbacks=[self._observe_remaining],
            unit="{request}",
            description="Requests the rate limit's current window still allows, per app and region.",
        )

    def _observe_remaining(self, options: Any) -> Iterator[Any]:
        from opentelemetry.metrics import Observation

        with self.lock:
            clients = list(self.clients)
        seen: dict[tuple[str, str], int] = {}
        for client in clients:
            if client.remaining is not None:
                seen[(client.scope.app, client.scope.region)] = client.remaining
        for (app, region), remaining in seen.items():
            yield Observation(remaining, {"intercom.app": app, "intercom.region": region})


# A meter provider's instruments are made once (a second client of the same provider shares them: a
# second instrument of the same name would be refused); the entry goes when the provider does.
_INSTRUMENTS: weakref.WeakKeyDictionary[Any, _Instruments] = weakref.WeakKeyDictionary()
_INSTRUMENTS_LOCK = threading.Lock()


def _instruments_for(meter_provider: Any) -> _Instruments:
    with _INSTRUMENTS_LOCK:
        found = _INSTRUMENTS.get(meter_provider)
        if found is None:
            found = _INSTRUMENTS[meter_provider] = _Instruments(meter_provider)
        return found


# -- the client's reporter ---------------------------------------------------------------------------


class Telemetry:
    """What one client (and the clients derived from it) reports to: a tracer, instruments, hooks.

    Made by :func:`make_telemetry` when the client is, only when something is on. The runtime calls
    :meth:`open_call` / :meth:`close_call` around a logical call (``_resource.py``; ``_client.py``'s
    ``request`` and ``stream`` for calls made without a resource), and :meth:`before_attempt`,
    :meth:`after_attempt`, :meth:`pacing_wait` from the send loop.
    """

    def __init__(
        self, tracer_provider: Any, meter_provider: Any, hooks: Sequence[Hooks], base_url: str, scope: RateLimitScope
    ) -> None:
        self.tracer: Any = None
        self._shapes: dict[tuple[str | None, str, str | None, str | None], _Shape] = {}
        if tracer_provider is not None:
            from opentelemetry import context, trace

            self.tracer = trace.get_tracer(INSTRUMENTATION_NAME, __version__, tracer_provider=tracer_provider)
            # The functions of each span, looked up once (not per call: imports in a function cost).
            self._in_context: Callable[[Any], Any] = trace.set_span_in_context
            self._attach: Callable[[Any], Any] = context.attach
            self._detach: Callable[[Any], None] = context.detach
            self._client_kind = trace.SpanKind.CLIENT
        self.instruments: _Instruments | None = None
        self.hooks = tuple(hooks)
        url = httpx.URL(base_url)
        self.server_address = url.host
        self.server_port = url.port or (443 if url.scheme == "https" else 80)
        self.base_path = url.path.rstrip("/")
        self.scope = scope
        self.remaining: int | None = None
        if meter_provider is not None:
            self.instruments = _instruments_for(meter_provider)
            with self.instruments.lock:
                self.instruments.clients.add(self)

    # -- the logical call ---------------------------------------------------------------------------

    def open_operation(self, request: Mapping[str, Any]) -> _Call:
        """Start the call of a resource method (``request``: its httpx arguments, marked with its operation)."""
        operation, template = operation_of(request.get("extensions"))
        return self.open_call(operation, request["method"], template)

    def open_call(
        self,
        operation: str | None,
        method: str,
        template: str | None,
        parent: Any = None,
        span_name: str | None = None,
    ) -> _Call:
        """Start a logical call (its span current until :meth:`close_call`), under ``parent`` if given."""
        method = method.upper()
        if self.tracer is None:
            call = _Call(self, operation, method, template, None)
        else:
            shape = self.shape(operation, method, template, span_name)
            parent_context = None if parent is None else self._in_context(parent)
            span = self.tracer.start_span(shape.call_name, context=parent_context, attributes=shape.call_attributes)
            # Attempt spans only under a span that records: one the sampler dropped (or a no-op tracer's)
            # would drop them too, after the SDK's work of making them.
            call = _Call(self, operation, method, template, shape if span.is_recording() else None)
            call.span = span
            call.context = self._in_context(span)
            call.context_token = self._attach(call.context)
        call.var_token = _CALL.set(call)
        return call

    def shape(self, operation: str | None, method: str, template: str | None, span_name: str | None) -> _Shape:
        """The names and constant attributes of the spans of a call of ``operation`` (see :class:`_Shape`),
        made on its first call and kept (up to ``_MAX_SHAPES`` of them)."""
        key = (operation, method, template, span_name)
        found = self._shapes.get(key)
        if found is None:
            attempt_name = f"{method} {template}" if template else method
            attempt_attributes: dict[str, Any] = {
                "http.request.method": method,
                "server.address": self.server_address,
                "server.port": self.server_port,
            }
            if template:
                attempt_attributes["url.template"] = template
            found = _Shape(
                span_name or operation or attempt_name,
                {"intercom.operation": operation} if operation else {},
                attempt_name,
                attempt_attributes,
            )
            if len(self._shapes) < _MAX_SHAPES:
                self._shapes[key] = found
        return found

    def close_call(self, call: _Call, error: BaseException | None) -> None:
        """End ``call``: its span gets the outcome; ``on_error`` hooks hear of a failure."""
        if call.var_token is not None:
            _CALL.reset(call.var_token)
            call.var_token = None
        if call.attempt_attributes is not None:  # an attempt ended by what the send loop did not see (cancelled)
            self._attempt_span(call, None, error, error_type(error))
        if self.hooks and isinstance(error, Exception):
            self._hook(
                "on_error",
                AttemptEvent(
                    call.operation,
                    call.method,
                    call.template or call.path,
                    max(call.attempts, 1),
                    status=getattr(error, "status_code", None),
                    request_id=getattr(error, "request_id", None),
                    duration=time.perf_counter() - call.started,
                    error=error,
                ),
            )
        span = call.span
        if span is None:
            return
        if error is not None:
            _fail(span, error, getattr(error, "status_code", None))
        span.end()
        if call.context_token is not None:
            self._detach(call.context_token)
            call.context_token = None

    def enter(self, request: httpx.Request) -> _Call | None:
        """``client.request``/``stream`` starts sending ``request``: the call opened for it (by a resource
        method or a paginator) is used, else one of its own is opened and returned, for :meth:`leave`."""
        call = _CALL.get()
        if call is not None and not call.used:
            call.used = True
            if call.template is None:
                call.path = self._path(request)
            return None
        # Named by its method alone, as OpenTelemetry asks when no template is known: a path holds ids.
        call = self.open_call(None, request.method, None)
        call.path = self._path(request)
        call.used = True
        return call

    def leave(self, call: _Call | None, error: BaseException | None) -> None:
        """The send that :meth:`enter` began ended (``error``: what it raised)."""
        if call is not None:
            self.close_call(call, error)

    def _path(self, request: httpx.Request) -> str:
        path = request.url.path
        return path[len(self.base_path) :] if self.base_path and path.startswith(self.base_path) else path

    # -- attempts -----------------------------------------------------------------------------------

    def before_attempt(self, request: httpx.Request, attempt: int) -> None:
        """Attempt ``attempt`` (from 0) is about to be sent: note its start and attributes (its span is made
        when it ends, under a call span that records); ``on_request`` hooks."""
        call = _CALL.get()
        if call is None:
            return
        call.attempts = attempt + 1
        shape = call.shape
        if shape is not None:
            attributes = shape.attempt_attributes.copy()
            if not call.template:
                attributes["url.path"] = call.path
            if attempt:
                attributes["http.request.resend_count"] = attempt
            version = _sent_header(request.headers, b"intercom-version")
            if version is not None:
                attributes["intercom.api_version"] = version
            call.attempt_attributes = attributes
            call.attempt_started = time.time_ns()
        if self.hooks:
            self._hook("on_request", AttemptEvent(call.operation, call.method, call.template or call.path, attempt + 1))

    def after_attempt(
        self,
        request: httpx.Request,
        attempt: int,
        elapsed: float,
        response: httpx.Response | None,
        error: Exception | None,
        delay: float | None,
        rate_limit: RateLimit | None,
    ) -> None:
        """Attempt ``attempt`` ended (a response, or an httpx ``error``); ``delay``: seconds until the next one;
        ``rate_limit``: what its response's headers reported (the client has read them)."""
        call = _CALL.get()
        status: int | None = None
        request_id: str | None = None
        remaining: int | None = None
        if response is not None:
            status = response.status_code
            headers = response.headers
            request_id = headers.get("x-request-id")
            remaining = None if rate_limit is None else rate_limit.remaining
            if remaining is not None:
                self.remaining = remaining
        kind = error_type(error, status)
        operation = call.operation if call is not None else None
        template = call.template if call is not None else None
        if call is not None and call.attempt_attributes is not None:
            attributes = call.attempt_attributes
            if status is not None:
                attributes["http.response.status_code"] = status
            if request_id:
                attributes["intercom.request_id"] = request_id
            if remaining is not None:
                attributes["intercom.rate_limit.remaining"] = remaining
            self._attempt_span(call, status, error, kind)
            if delay is not None and call.span is not None:
                call.span.add_event(
                    "intercom.retry_backoff",
                    {
                        "intercom.attempt": attempt + 1,
                        "intercom.wait": delay,
                        "error.type": kind or "",
                    },
                )
        instruments = self.instruments
        if instruments is not None:
            attributes = {
                "http.request.method": request.method,
                "server.address": self.server_address,
                "server.port": self.server_port,
            }
            if template:
                attributes["url.template"] = template
            if operation:
                attributes["intercom.operation"] = operation
            if status is not None:
                attributes["http.response.status_code"] = status
            if kind is not None:
                attributes["error.type"] = kind
            instruments.duration.record(elapsed, attributes)
            which = {"intercom.operation": operation} if operation else {"http.request.method": request.method}
            if status == 429:
                instruments.rate_limited.add(1, which)
            if delay is not None:
                instruments.retries.add(1, {**which, "error.type": kind or str(status)})
        if self.hooks:
            event = AttemptEvent(
                operation,
                request.method,
                template or (call.path if call is not None else self._path(request)),
                attempt + 1,
                status=status,
                request_id=request_id,
                duration=elapsed,
                error=error,
                retry_in=delay,
                rate_limit=None if rate_limit == _NOT_REPORTED else rate_limit,
            )
            if response is not None:
                self._hook("on_response", event)
            if delay is not None:
                self._hook("on_retry", event)

    def _attempt_span(self, call: _Call, status: int | None, error: BaseException | None, kind: str | None) -> None:
        """Make the span of the attempt that just ended, from its start, with all its attributes."""
        attributes, call.attempt_attributes = call.attempt_attributes, None
        assert attributes is not None
        failed = (status is not None and status >= 400) or error is not None
        if failed and kind is not None:
            attributes["error.type"] = kind
        assert call.shape is not None
        span = self.tracer.start_span(
            call.shape.attempt_name,
            context=call.context,
            kind=self._client_kind,
            attributes=attributes,
            start_time=call.attempt_started,
        )
        if failed:
            _fail(span, error, status, typed=True)
        span.end()

    def pacing_wait(self, request: httpx.Request, wait: float) -> None:
        """The pacer makes the call wait ``wait`` seconds for the rate limit's next window."""
        call = _CALL.get()
        if call is not None and call.span is not None:
            call.span.add_event("intercom.pacing_wait", {"intercom.wait": wait})
        if self.instruments is not None:
            operation = call.operation if call is not None else None
            which = {"intercom.operation": operation} if operation else {"http.request.method": request.method}
            self.instruments.pacing_waits.add(1, which)

    def _hook(self, name: str, event: AttemptEvent) -> None:
        for hooks in self.hooks:
            try:
                getattr(hooks, name)(event)
            except Exception:
                logger.exception("hook %s.%s failed (the call goes on)", type(hooks).__name__, name)

    # -- walks: paginators and the bulk helpers' iterators ------------------------------------------

    def walk(self, name: str, attributes: Mapping[str, Any], page: tuple[str, str] | None = None) -> Walk:
        """A span around a walk made of many calls (a paginator, a bulk iterator), not made current:
        an iterator's span must not leak into the code that consumes it between items. ``page``: the
        operation and ``"METHOD /template"`` of a paginator, whose every page is then a call of its own."""
        return Walk(self, name, attributes, page)

    def paginator_walk(self, operation: str | None, key: str, style: str) -> Walk:
        """The walk of a paginator over ``operation`` (``key``: its ``"GET /contacts"``)."""
        attributes = {"intercom.pagination.style": style, "url.template": key.partition(" ")[2]}
        if operation:
            attributes["intercom.operation"] = operation
        return self.walk(operation or key, attributes, (operation or key, key))


class Walk:
    """The span of an iteration; each call of it is made under it with :meth:`step`."""

    __slots__ = ("page", "span", "steps", "telemetry")

    def __init__(
        self, telemetry: Telemetry, name: str, attributes: Mapping[str, Any], page: tuple[str, str] | None
    ) -> None:
        tracer = telemetry.tracer
        self.telemetry = telemetry
        self.span = None if tracer is None else tracer.start_span(name, attributes=dict(attributes))
        self.steps = 0
        self.page = page

    @contextlib.contextmanager
    def step(self) -> Iterator[None]:
        """Make the calls within this block children of the walk's span (no yield to the consumer inside);
        a paginator's page is a call of its own (``contacts.list page``, attribute ``intercom.page``)."""
        self.steps += 1
        if self.page is not None:
            operation, key = self.page
            method, _, template = key.partition(" ")
            call = self.telemetry.open_call(operation, method, template, self.span, f"{operation} page")
            if call.span is not None:
                call.span.set_attribute("intercom.page", self.steps)
            try:
                yield
            except BaseException as exc:
                self.telemetry.close_call(call, exc)
                raise
            self.telemetry.close_call(call, None)
            return
        if self.span is None:
            yield
            return
        from opentelemetry import context, trace

        token = context.attach(trace.set_span_in_context(self.span))
        try:
            yield
        finally:
            context.detach(token)

    def end(self, error: BaseException | None, **attributes: Any) -> None:
        """End the walk's span (``error``: what ended it, GeneratorExit being an early stop, not a failure)."""
        span, self.span = self.span, None
        if span is None:
            return
        for key, value in attributes.items():
            span.set_attribute(f"intercom.{key}", value)
        if error is not None and not isinstance(error, GeneratorExit):
            _fail(span, error, getattr(error, "status_code", None))
        span.end()


def _fail(span: Any, error: BaseException | None, status: int | None, *, typed: bool = False) -> None:
    """Mark ``span`` as failed: its ``error.type`` (unless ``typed``: already among its attributes), the
    exception as an event, the status ERROR."""
    from opentelemetry.trace import Status, StatusCode

    kind = error_type(error, status)
    if kind is not None and not typed:
        span.set_attribute("error.type", kind)
    if error is not None:
        span.record_exception(error)
    span.set_status(Status(StatusCode.ERROR, kind))


# -- the options -------------------------------------------------------------------------------------


def provider_of(option: str, value: object, module: str, getter: str) -> Any:
    """The provider the ``option`` names (``module``: ``"trace"`` or ``"metrics"``, whose ``getter`` gives
    the one OpenTelemetry has set): None for False/None, that one for True, else the value, checked."""
    if value is None or value is False:
        return None
    try:
        imported = __import__(f"opentelemetry.{module}", fromlist=[getter])
    except ImportError:
        raise ConfigurationError(f"{option}= needs OpenTelemetry's API: pip install 'intercom-client[otel]'") from None
    if value is True:
        return getattr(imported, getter)()
    expected = "get_tracer" if module == "trace" else "get_meter"
    if not callable(getattr(value, expected, None)):
        raise ConfigurationError(
            f"{option} must be True, False or an OpenTelemetry {'TracerProvider' if module == 'trace' else 'MeterProvider'}, "
            f"got {type(value).__name__}"
        )
    return value


def _unless_no_op(provider: Any, module: str) -> Any:
    """``provider``, or None for OpenTelemetry's no-op provider (its way to turn tracing or metrics off):
    what it makes records nothing, so the client need not report to it at all. (The proxy provider that
    ``True`` gives before an SDK is set is kept: an SDK set later makes it record.)"""
    if provider is None:
        return None
    imported = __import__(f"opentelemetry.{module}", fromlist=["_"])
    no_op = getattr(imported, "NoOpTracerProvider" if module == "trace" else "NoOpMeterProvider", None)
    return None if no_op is not None and type(provider) is no_op else provider


def _hooks(hooks: object) -> tuple[Hooks, ...]:
    if hooks is None:
        return ()
    many = tuple(hooks) if isinstance(hooks, (list, tuple)) else (hooks,)
    for one in many:
        if not all(
            callable(getattr(one, name, None)) for name in ("on_request", "on_response", "on_retry", "on_error")
        ):
            raise ConfigurationError(
                f"hooks must be a Hooks (or a list of them) with on_request, on_response, on_retry and on_error, "
                f"got {type(one).__name__}"
            )
    return many


def make_telemetry(
    tracing: object, metrics: object, hooks: object, base_url: str, scope: Callable[[], RateLimitScope]
) -> Telemetry | None:
    """The telemetry of a client's options, or None when all are off (the client then pays nothing)."""
    tracer_provider = _unless_no_op(provider_of("tracing", tracing, "trace", "get_tracer_provider"), "trace")
    meter_provider = _unless_no_op(provider_of("metrics", metrics, "metrics", "get_meter_provider"), "metrics")
    all_hooks = _hooks(hooks)
    if tracer_provider is None and meter_provider is None and not all_hooks:
        return None
    return Telemetry(tracer_provider, meter_provider, all_hooks, base_url, scope())
