"""The spans of the helpers on top of the client: the bulk helpers and the webhook receiver.

A bulk helper's run (``bulk.wait_for_job``, ``bulk.download_export`` ...) is a span current while it
runs (:func:`traced_async`, :func:`traced_sync`); a bulk iterator (``bulk.walk_companies``,
``bulk.sync_updated``, ``bulk.iter_export_records``) a walk span that each step's calls are made under
but that is never left current between items (:func:`walked_async`, :func:`walked_sync`). Each does
nothing (and returns what it was given) when the client does not trace. The webhook receiver's span
per notification: :func:`webhook_tracer`, :func:`webhook_span`. The client's own spans are in
``_telemetry.py``.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ._version import __version__

if TYPE_CHECKING:  # the telemetry module is imported only by a client or receiver that reports
    from ._telemetry import Telemetry, Walk

__all__ = [
    "helper_span",
    "traced_async",
    "traced_sync",
    "walk_of",
    "walked_async",
    "walked_sync",
    "webhook_span",
    "webhook_tracer",
]

T = TypeVar("T")


@contextlib.contextmanager
def helper_span(client: Any, name: str, **attributes: Any) -> Iterator[Any]:
    """A span around a bulk helper's whole run (``jobs.wait``), current within the block, if ``client``
    traces; yields the span (or None) for attributes learnt on the way. Not for generators: see walk."""
    telemetry: Telemetry | None = getattr(client, "_telemetry", None)
    if telemetry is None or telemetry.tracer is None:
        yield None
        return
    with telemetry.tracer.start_as_current_span(
        name, attributes={f"intercom.{k}": v for k, v in attributes.items() if v is not None}
    ) as span:
        yield span


def walk_of(client: Any, name: str, **attributes: Any) -> Walk | None:
    """The walk span of a bulk iterator over ``client`` (None when it does not trace)."""
    telemetry: Telemetry | None = getattr(client, "_telemetry", None)
    if telemetry is None or telemetry.tracer is None:
        return None
    return telemetry.walk(name, {f"intercom.{k}": v for k, v in attributes.items() if v is not None})


async def traced_async(client: Any, name: str, awaitable: Awaitable[T], **attributes: Any) -> T:
    """Await a bulk helper's coroutine inside its span (see :func:`helper_span`)."""
    with helper_span(client, name, **attributes):
        return await awaitable


def traced_sync(client: Any, name: str, run: Callable[[], T], **attributes: Any) -> T:
    """Run a sync bulk helper inside its span (see :func:`helper_span`)."""
    with helper_span(client, name, **attributes):
        return run()


def walked_async(client: Any, name: str, items: AsyncIterator[T], **attributes: Any) -> AsyncIterator[T]:
    """``items`` as they are when ``client`` does not trace; else the same items in a walk span, each
    ``__anext__`` (and the calls it makes) under it, the span ended when the iteration ends or is closed."""
    walk = walk_of(client, name, **attributes)
    return items if walk is None else _walked_async(walk, items)


async def _walked_async(walk: Walk, items: AsyncIterator[T]) -> AsyncIterator[T]:
    count = 0
    try:
        while True:
            with walk.step():
                try:
                    item = await anext(items)
                except StopAsyncIteration:
                    break
            count += 1
            yield item
    except BaseException as exc:
        walk.end(exc, items=count)
        raise
    finally:
        walk.end(None, items=count)
        close = getattr(items, "aclose", None)
        if close is not None:
            await close()


def walked_sync(client: Any, name: str, items: Iterator[T], **attributes: Any) -> Iterator[T]:
    """The sync twin of :func:`walked_async`."""
    walk = walk_of(client, name, **attributes)
    return items if walk is None else _walked_sync(walk, items)


def _walked_sync(walk: Walk, items: Iterator[T]) -> Iterator[T]:
    count = 0
    try:
        while True:
            with walk.step():
                try:
                    item = next(items)
                except StopIteration:
                    break
            count += 1
            yield item
    except BaseException as exc:
        walk.end(exc, items=count)
        raise
    finally:
        walk.end(None, items=count)
        close = getattr(items, "close", None)
        if close is not None:
            close()


def webhook_tracer(tracing: object) -> Any:
    """The tracer of a webhook receiver's ``tracing`` option (False: None)."""
    if tracing is False:
        return None
    from ._telemetry import INSTRUMENTATION_NAME, provider_of

    provider = provider_of("tracing", tracing, "trace", "get_tracer_provider")
    if provider is None:
        return None
    from opentelemetry import trace

    return trace.get_tracer(INSTRUMENTATION_NAME, __version__, tracer_provider=provider)


def webhook_span(tracer: Any) -> contextlib.AbstractContextManager[Any]:
    """The span of one notification's handling (current within the block), or a block that does nothing."""
    if tracer is None:
        return contextlib.nullcontext()
    return tracer.start_as_current_span("intercom.webhook", kind=_server_kind())  # type: ignore[no-any-return]


def _server_kind() -> Any:
    from opentelemetry.trace import SpanKind

    return SpanKind.SERVER
