#!/usr/bin/env python3
"""Receiving Intercom webhooks: a WebhookReceiver behind Starlette/FastAPI or aiohttp.web.

    INTERCOM_CLIENT_SECRET=... python examples/webhook_receiver.py                      # Starlette + uvicorn
    INTERCOM_CLIENT_SECRET=... python examples/webhook_receiver.py --framework aiohttp  # aiohttp.web
    INTERCOM_CLIENT_SECRET=... python examples/webhook_receiver.py --port 9000 --max-age 3600

Serves ``POST /webhooks/intercom`` (and ``HEAD``, which Intercom sends to validate the URL when you
save it in the Developer Hub) on 127.0.0.1 unless ``--host`` says otherwise; put it behind your
HTTPS proxy or tunnel, since Intercom only delivers to HTTPS endpoint URLs
(https://developers.intercom.com/docs/webhooks/setting-up-webhooks). Every request is verified
with your app's client secret, deduplicated by notification id and answered at once;
``on_notification`` below then runs in the background with the typed notification.

The adapters are small on purpose: each reads the method, the raw body and ``X-Hub-Signature``,
calls ``WebhookReceiver.handle`` and turns its WebhookResponse into the framework's response.
With FastAPI, which is Starlette underneath, mount the same endpoint::

    app = FastAPI(lifespan=...)                                    # call receiver.aclose() at shutdown
    app.add_route("/webhooks/intercom", starlette_endpoint(receiver), methods=["HEAD", "POST"])

(a FastAPI path operation with a ``request: Request`` parameter works too: read
``await request.body()``, never a parsed model, because the signature covers the raw bytes.)
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import web
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intercom_client.models import Contact, Conversation, Ticket
from intercom_client.webhooks import (
    SIGNATURE_HEADER,
    MemoryDedupeStore,
    Notification,
    NotificationHandler,
    WebhookReceiver,
)

WEBHOOK_PATH = "/webhooks/intercom"

log = logging.getLogger("webhook_receiver")


# -- your code ---------------------------------------------------------------------------------


async def on_notification(notification: Notification) -> None:
    """Called once per new notification, after Intercom got its 200: slow work is fine here."""
    item = notification.item
    if isinstance(item, Conversation):
        log.info("%s: conversation %s (state %s)", notification.topic, item.id, item.state)
    elif isinstance(item, Contact):
        log.info("%s: contact %s <%s>", notification.topic, item.id, item.email)
    elif isinstance(item, Ticket):
        log.info("%s: ticket %s (%s)", notification.topic, item.id, item.ticket_state)
    else:  # another model, or a dict for an item type without one (e.g. a ping)
        log.info("%s: %s item %s", notification.topic, notification.data.item_type, notification.id)


# -- Starlette / FastAPI -----------------------------------------------------------------------


def starlette_endpoint(receiver: WebhookReceiver) -> Callable[[Request], Awaitable[Response]]:
    """A Starlette (and FastAPI) endpoint answering HEAD and POST with ``receiver``."""

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        result = await receiver.handle(request.method, body, request.headers.get(SIGNATURE_HEADER))
        return Response(result.body, status_code=result.status, headers=dict(result.headers))

    return endpoint


def starlette_app(receiver: WebhookReceiver, path: str = WEBHOOK_PATH) -> Starlette:
    """A Starlette app serving ``path``; at shutdown it waits for running handlers (``receiver.aclose()``)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await receiver.aclose()

    return Starlette(routes=[Route(path, starlette_endpoint(receiver), methods=["HEAD", "POST"])], lifespan=lifespan)


# -- aiohttp.web -------------------------------------------------------------------------------


def aiohttp_handler(receiver: WebhookReceiver) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """An aiohttp.web handler answering HEAD and POST with ``receiver``."""

    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        result = await receiver.handle(request.method, body, request.headers.get(SIGNATURE_HEADER))
        return web.Response(body=result.body, status=result.status, headers=result.headers)

    return handler


def aiohttp_app(receiver: WebhookReceiver, path: str = WEBHOOK_PATH) -> web.Application:
    """An aiohttp.web app serving ``path``; at cleanup it waits for running handlers (``receiver.aclose()``)."""
    # aiohttp refuses bodies over client_max_size (1 MiB by default) with 413, which Intercom would
    # retry: raise it if your notifications (e.g. long conversations) can be larger.
    app = web.Application()
    handler = aiohttp_handler(receiver)
    app.router.add_route("HEAD", path, handler)
    app.router.add_route("POST", path, handler)

    async def close_receiver(app: web.Application) -> None:
        await receiver.aclose()

    app.on_cleanup.append(close_receiver)
    return app


# -- running it --------------------------------------------------------------------------------


def make_receiver(
    secret: str, handler: NotificationHandler = on_notification, *, max_age: float | None
) -> WebhookReceiver:
    """The receiver both apps use: ids remembered for a day (at least ``max_age``), at most 100,000 of them."""
    ttl = max(24 * 3600.0, max_age or 0.0)
    return WebhookReceiver(secret, handler, dedupe=MemoryDedupeStore(ttl=ttl), max_age=max_age)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--framework", choices=["starlette", "aiohttp"], default="starlette")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max-age", type=float, default=None, help="reject notifications older than this (s)")
    args = parser.parse_args(argv)
    secret = os.environ.get("INTERCOM_CLIENT_SECRET")
    if not secret:
        print(
            "set INTERCOM_CLIENT_SECRET to your app's client secret (Developer Hub > Basic information)",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    receiver = make_receiver(secret, max_age=args.max_age)
    if args.framework == "aiohttp":
        web.run_app(aiohttp_app(receiver), host=args.host, port=args.port)
    else:
        import uvicorn

        uvicorn.run(starlette_app(receiver), host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
