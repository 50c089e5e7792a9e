"""End to end: examples/webhook_receiver.py served for real on 127.0.0.1, driven by an httpx client.

The Starlette app runs in uvicorn (in a thread of this process, on a socket bound to an ephemeral
port, stopped by the test), the aiohttp.web app in aiohttp's own server. The client sends what
Intercom and an attacker could send: HEAD, good notifications, replays and redeliveries of them,
tampered, unsigned and wrongly signed ones, and a body that is no notification. The user callback
records what it is given; it is held until every response has arrived (so the responses cannot
have waited for it), and the test asserts it got each good notification exactly once, and nothing
else, once the server has shut down (which waits for running callbacks).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from types import ModuleType

import httpx
import pytest
from aiohttp import web

from intercom_client.models import Contact, Conversation, Ticket
from intercom_client.webhooks import Notification, WebhookReceiver

from .asgi_server import serve_asgi
from .conftest import ROOT
from .webhook_helpers import SECRET, encode, hub_signature, notification

CALLBACK_HOLD_LIMIT = 30.0


def load_example() -> ModuleType:
    path = ROOT / "examples" / "webhook_receiver.py"
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


example = load_example()


class Recorder:
    """The user callback: records each notification once ``release`` is set."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.received: list[Notification] = []
        self._lock = threading.Lock()

    async def __call__(self, notification: Notification) -> None:
        deadline = time.monotonic() + CALLBACK_HOLD_LIMIT
        while not self.release.is_set():
            if time.monotonic() > deadline:
                raise TimeoutError("the test never released the callback")
            await asyncio.sleep(0.01)
        with self._lock:
            self.received.append(notification)

    def snapshot(self) -> list[Notification]:
        with self._lock:
            return list(self.received)


@contextlib.asynccontextmanager
async def serve_with_aiohttp(app: web.Application) -> AsyncIterator[str]:
    """Run ``app`` in aiohttp's server on 127.0.0.1:<ephemeral> in this loop; clean it up on exit."""
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        assert host == "127.0.0.1"
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def notifications(now: int) -> dict[str, bytes]:
    """The bodies the client sends, by name."""
    contact = {"type": "contact", "id": "c-1", "role": "user", "email": "joe@example.com"}
    conversation = {"type": "conversation", "id": "conv-1", "state": "open", "open": True}
    ticket = {"type": "ticket", "id": "t-1", "ticket_state": "submitted"}
    hologram = {"type": "hologram", "id": "h-1"}
    return {
        "contact": encode(notification(contact, topic="contact.user.created", id="notif_contact", created_at=now)),
        "contact, redelivered": encode(
            notification(contact, topic="contact.user.created", id="notif_contact", created_at=now, delivery_attempts=2)
        ),
        "conversation": encode(
            notification(conversation, topic="conversation.admin.replied", id="notif_conversation", created_at=now)
        ),
        "ticket": encode(notification(ticket, topic="ticket.state.updated", id="notif_ticket", created_at=now)),
        "unknown": encode(notification(hologram, topic="hologram.projected", id="notif_unknown", created_at=now)),
        "concurrent": encode(notification(contact, topic="contact.email.updated", id="notif_race", created_at=now)),
        "too old": encode(notification(contact, topic="contact.deleted", id="notif_old", created_at=now - 7200)),
        "not a notification": json.dumps({"type": "ping", "message": "hello"}).encode(),
    }


GOOD = {
    "notif_contact": ("contact.user.created", Contact),
    "notif_conversation": ("conversation.admin.replied", Conversation),
    "notif_ticket": ("ticket.state.updated", Ticket),
    "notif_unknown": ("hologram.projected", dict),
    "notif_race": ("contact.email.updated", Contact),
}


async def exercise(url: str, recorder: Recorder) -> None:
    """Send every kind of request and check each answer; the callback is still held at the end."""
    endpoint = url + example.WEBHOOK_PATH
    bodies = notifications(int(time.time()))

    def flip(body: bytes) -> bytes:
        middle = len(body) // 2
        return body[:middle] + bytes([body[middle] ^ 0x20]) + body[middle + 1 :]

    async with httpx.AsyncClient(timeout=10.0) as client:

        async def post(body: bytes, signature: str | None) -> httpx.Response:
            headers = {"Content-Type": "application/json"}
            if signature is not None:
                headers["X-Hub-Signature"] = signature
            return await client.post(endpoint, content=body, headers=headers)

        head = await client.head(endpoint)
        assert (head.status_code, head.content) == (200, b"")
        assert (await client.get(endpoint)).status_code == 405

        contact = bodies["contact"]
        sent: list[tuple[str, httpx.Response, int]] = [
            ("contact", await post(contact, hub_signature(contact)), 200),
            ("contact, replayed", await post(contact, hub_signature(contact)), 200),
            (
                "contact, redelivered",
                await post(bodies["contact, redelivered"], hub_signature(bodies["contact, redelivered"])),
                200,
            ),
            ("contact, tampered", await post(flip(contact), hub_signature(contact)), 403),
            (
                "conversation, wrong secret",
                await post(bodies["conversation"], hub_signature(bodies["conversation"], "nope")),
                403,
            ),
            ("conversation, unsigned", await post(bodies["conversation"], None), 403),
            ("conversation, sha256", await post(bodies["conversation"], "sha256=" + "a" * 64), 403),
            (
                "conversation, truncated",
                await post(bodies["conversation"], hub_signature(bodies["conversation"])[:-4]),
                403,
            ),
            (
                "conversation, re-serialised",
                await post(
                    json.dumps(json.loads(bodies["conversation"])).encode(), hub_signature(bodies["conversation"])
                ),
                403,
            ),
            ("conversation", await post(bodies["conversation"], hub_signature(bodies["conversation"])), 200),
            ("ticket", await post(bodies["ticket"], hub_signature(bodies["ticket"])), 200),
            ("unknown", await post(bodies["unknown"], hub_signature(bodies["unknown"])), 200),
            ("too old", await post(bodies["too old"], hub_signature(bodies["too old"])), 400),
            (
                "not a notification",
                await post(bodies["not a notification"], hub_signature(bodies["not a notification"])),
                400,
            ),
        ]
        racing = await asyncio.gather(
            *(post(bodies["concurrent"], hub_signature(bodies["concurrent"])) for _ in range(8))
        )
        sent += [("concurrent copy", response, 200) for response in racing]
        sent.append(("ticket, replayed", await post(bodies["ticket"], hub_signature(bodies["ticket"])), 200))

    for name, response, status in sent:
        assert response.status_code == status, f"{name}: {response.status_code} {response.text!r}"
        assert SECRET not in response.text
    accepted = [response.text for name, response, _ in sent if name == "concurrent copy"]
    assert sorted(accepted) == ["duplicate\n"] * 7 + ["ok\n"], "exactly one concurrent copy is processed"
    assert recorder.snapshot() == [], "a callback finished before it was released: did a response wait for it?"


def assert_each_good_notification_once(recorder: Recorder) -> None:
    received = recorder.snapshot()
    assert sorted(n.id for n in received) == sorted(GOOD), "each good notification exactly once, nothing else"
    for n in received:
        topic, model = GOOD[n.id]
        assert n.topic == topic and type(n.item) is model, n
    by_id = {n.id: n for n in received}
    assert by_id["notif_contact"].delivery_attempts == 1  # the first delivery, not the redelivery
    assert by_id["notif_unknown"].item == {"type": "hologram", "id": "h-1"}
    assert not by_id["notif_unknown"].known_topic


@contextlib.asynccontextmanager
async def uvicorn_starlette(receiver: WebhookReceiver) -> AsyncIterator[str]:
    with serve_asgi(example.starlette_app(receiver), name="webhooks", shutdown_timeout=CALLBACK_HOLD_LIMIT) as url:
        yield url


SERVERS: dict[str, Callable[[WebhookReceiver], contextlib.AbstractAsyncContextManager[str]]] = {
    "starlette in uvicorn": uvicorn_starlette,
    "aiohttp.web": lambda receiver: serve_with_aiohttp(example.aiohttp_app(receiver)),
}


@pytest.mark.parametrize("server", SERVERS)
async def test_the_example_receiver_end_to_end(server: str) -> None:
    recorder = Recorder()
    receiver = example.make_receiver(SECRET, recorder, max_age=3600)
    async with SERVERS[server](receiver) as url:
        try:
            await exercise(url, recorder)
            assert receiver.pending == len(GOOD)
        finally:
            recorder.release.set()
    # The server has shut down, and its shutdown ran receiver.aclose(), which waited for the callbacks.
    assert receiver.pending == 0
    assert_each_good_notification_once(recorder)


def test_the_example_needs_the_client_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INTERCOM_CLIENT_SECRET", raising=False)
    assert example.main(["--port", "1"]) == 2
    assert "INTERCOM_CLIENT_SECRET" in capsys.readouterr().err
