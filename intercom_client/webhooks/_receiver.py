"""WebhookReceiver: the framework-neutral part of a webhook endpoint.

A web framework adapter reads the method, the raw body and the ``X-Hub-Signature`` header, calls
``WebhookReceiver.handle`` and sends back the WebhookResponse it returns
(``examples/webhook_receiver.py`` has adapters for Starlette/FastAPI and aiohttp.web). What it
does, and the Intercom docs each step follows:

- HEAD answers 200: "When you add your endpoint URL, it must be able to receive a HEAD request,
  which we use to validate the URL" (https://developers.intercom.com/docs/webhooks/setting-up-webhooks).
- POST is verified (``construct_event``), deduplicated by notification id, and answered at once;
  your handler runs afterwards in a task. Intercom "prioritise[s] Webhook topic notifications for
  endpoint URLs that successfully respond within 500ms", pauses notifications for 15 minutes after
  "more than 1000 consecutive HTTP error codes in a 15-minute window", and suspends a private
  app's subscription after error codes "for more than seven days"
  (https://developers.intercom.com/docs/webhooks/webhook-notifications): so the response never
  waits for your code, and a duplicate is answered 200 (it was delivered).
- Too many handlers still running answers 429, which Intercom treats as a request to slow down:
  "If we receive an HTTP 429 (Too Many Requests) response from your endpoint URL, we throttle
  further notifications" (same page). The id is released so the redelivery is processed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .._config import check_count
from .._exceptions import ConfigurationError
from .._helper_spans import webhook_span, webhook_tracer
from ._construct import check_max_age_option, construct_event
from ._dedupe import DedupeStore, MemoryDedupeStore
from ._errors import WebhookExpiredError, WebhookPayloadError, WebhookSignatureError
from ._notification import Notification

__all__ = ["NotificationHandler", "WebhookReceiver", "WebhookResponse"]

logger = logging.getLogger(__package__)

NotificationHandler = Callable[[Notification], Awaitable[None]]
"""Your code: an async function given each new, verified notification once."""


@dataclass(frozen=True, slots=True)
class WebhookResponse:
    """What to answer: status, a short text body, and headers."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


_TEXT: Mapping[str, str] = MappingProxyType({"Content-Type": "text/plain; charset=utf-8"})


class WebhookReceiver:
    """Verifies, deduplicates and dispatches webhook requests, whatever the web framework.

    ::

        async def on_notification(notification: Notification) -> None:
            if isinstance(notification.item, Conversation):
                ...

        receiver = WebhookReceiver(secret=os.environ["INTERCOM_CLIENT_SECRET"], handler=on_notification, max_age=3600)
        response = await receiver.handle(request.method, await request.body(), request.headers.get("X-Hub-Signature"))

    Arguments:
        secret: Your app's client secret. Kept private: not in ``repr``, errors or logs.
        handler: Called once per new notification, in its own task, after the response was made.
            An exception it raises is logged (logger ``intercom_client.webhooks``), not answered.
        dedupe: Where accepted ids are recorded; a ``MemoryDedupeStore()`` by default. Pass a shared
            store when several processes receive the same webhooks. An exception the store raises
            (e.g. it is unreachable) propagates: the framework answers 500 and Intercom retries.
        max_age: Reject notifications whose ``created_at`` is older than this many seconds.
        max_pending: At most this many handler tasks at once; beyond, requests are answered 429.
        tracing: OpenTelemetry spans (the ``intercom-client[otel]`` extra): ``True`` for the tracer
            provider OpenTelemetry has set, or a ``TracerProvider``; default False. One span
            ``intercom.webhook`` per POST, with ``intercom.webhook.topic``, ``intercom.webhook.notification_id``,
            ``intercom.webhook.duplicate`` and ``http.response.status_code``; your handler runs in its
            context (the calls it makes are its children).

    Call ``aclose()`` at shutdown: it stops accepting and waits for the running handlers.
    """

    def __init__(
        self,
        secret: str,
        handler: NotificationHandler,
        *,
        dedupe: DedupeStore | None = None,
        max_age: float | None = None,
        max_pending: int = 1000,
        clock: Callable[[], float] = time.time,
        tracing: object = False,
    ) -> None:
        if not isinstance(secret, str) or not secret:
            raise ConfigurationError("the webhook secret (your app's client secret) must be a non-empty str")
        if not callable(handler):
            raise ConfigurationError(f"handler must be an async function, got {type(handler).__name__}")
        check_count("max_pending", max_pending, minimum=1)
        check_max_age_option(max_age)
        self._secret = secret
        self._handler = handler
        self._dedupe: DedupeStore = MemoryDedupeStore() if dedupe is None else dedupe
        self._max_age = max_age
        self._max_pending = max_pending
        self._clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._tracer = webhook_tracer(tracing)

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(handler={getattr(self._handler, '__qualname__', self._handler)!r}, "
            f"dedupe={self._dedupe!r}, max_age={self._max_age!r}, pending={len(self._tasks)})"
        )

    @property
    def pending(self) -> int:
        """How many handler tasks are running."""
        return len(self._tasks)

    async def handle(self, method: str, body: bytes, signature: str | None) -> WebhookResponse:
        """Answer one request: ``method``, the raw ``body``, and the ``X-Hub-Signature`` header or None."""
        if self._tracer is None or not isinstance(method, str) or method.upper() != "POST":
            return await self._handle(method, body, signature, None)
        with webhook_span(self._tracer) as span:
            response = await self._handle(method, body, signature, span)
            span.set_attribute("http.response.status_code", response.status)
            return response

    async def _handle(self, method: str, body: bytes, signature: str | None, span: Any) -> WebhookResponse:
        """``handle``, telling ``span`` (when tracing) the notification's topic, id and whether it is a duplicate."""
        method = method.upper()
        if method == "HEAD":
            return WebhookResponse(200)
        if method != "POST":
            return WebhookResponse(405, b"use POST\n", {**_TEXT, "Allow": "HEAD, POST"})
        if self._closed:
            return WebhookResponse(503, b"shutting down\n", {**_TEXT, "Retry-After": "60"})
        try:
            notification = construct_event(body, signature, self._secret, max_age=self._max_age, clock=self._clock)
        except WebhookSignatureError as exc:
            logger.warning("webhook rejected: %s", exc)
            return WebhookResponse(403, b"invalid signature\n", _TEXT)
        except WebhookExpiredError as exc:
            logger.warning("webhook rejected: %s", exc)
            return WebhookResponse(400, b"notification too old\n", _TEXT)
        except WebhookPayloadError as exc:
            logger.warning("webhook rejected: %s", exc)
            return WebhookResponse(400, b"not a notification\n", _TEXT)
        if span is not None:
            span.set_attribute("intercom.webhook.topic", notification.topic)
            span.set_attribute("intercom.webhook.notification_id", notification.id)
        duplicate = not await self._dedupe.claim(notification.id)
        if span is not None:
            span.set_attribute("intercom.webhook.duplicate", duplicate)
        if duplicate:
            logger.info("webhook duplicate: %s (%s)", notification.id, notification.topic)
            return WebhookResponse(200, b"duplicate\n", _TEXT)
        if len(self._tasks) >= self._max_pending:
            await self._dedupe.release(notification.id)
            logger.warning("webhook throttled: %d handlers running; %s answered 429", len(self._tasks), notification.id)
            return WebhookResponse(429, b"busy\n", {**_TEXT, "Retry-After": "30"})
        task = asyncio.get_running_loop().create_task(self._run(notification), name=f"webhook {notification.id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return WebhookResponse(200, b"ok\n", _TEXT)

    async def aclose(self, timeout: float | None = 30.0) -> None:
        """Stop accepting notifications and wait up to ``timeout`` seconds for running handlers; cancel the rest."""
        self._closed = True
        if not self._tasks:
            return
        _, still_running = await asyncio.wait(set(self._tasks), timeout=timeout)
        for task in still_running:
            task.cancel()
        if still_running:
            logger.warning("webhook handlers cancelled at shutdown: %d", len(still_running))
            await asyncio.wait(still_running)

    async def _run(self, notification: Notification) -> None:
        try:
            await self._handler(notification)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("webhook handler failed for %s (%s)", notification.id, notification.topic)
