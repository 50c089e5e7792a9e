"""The kit behind each client: async httpx in process, aiohttp against the fake's server, sync in process.

Errors, faults (a real reset on the server's socket), latency, and webhook notifications posted to a
receiver URL on 127.0.0.1 that verifies them as a user's endpoint does.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from intercom_client import APIConnectionError, AsyncIntercom, ConflictError, Intercom, NotFoundError
from intercom_client.testing import FakeIntercom
from intercom_client.webhooks import SIGNATURE_HEADER, Notification, construct_event

CLIENTS = ("httpx", "aiohttp", "sync")
SECRET = "kit-client-secret"


@contextlib.asynccontextmanager
async def client_for(kind: str, fake: FakeIntercom, **options: Any) -> AsyncIterator[AsyncIntercom | Intercom]:
    if kind == "httpx":
        async with fake.async_client(**options) as client:
            yield client
    elif kind == "aiohttp":
        with fake.serve() as server:
            async with AsyncIntercom(
                base_url=server.url, token=fake.token, http_backend="aiohttp", **options
            ) as client:
                yield client
    else:
        with fake.client(**options) as sync_client:
            yield sync_client


async def call(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


@pytest.mark.parametrize("kind", CLIENTS)
async def test_errors_are_intercoms_on_every_client(kind: str) -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with client_for(kind, fake, max_retries=0) as client:
        with pytest.raises(NotFoundError) as missing:
            await call(client.contacts.retrieve("no-such-contact"))
        with pytest.raises(ConflictError):
            await call(client.contacts.create(body={"email": alice.email}))
    assert missing.value.first_error is not None and missing.value.first_error.message == "User Not Found"
    assert missing.value.request_id


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_reset_is_a_connection_error_and_the_next_call_succeeds(kind: str) -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    async with client_for(kind, fake, max_retries=0) as client:
        fake.fail_next("contacts.retrieve", reset=True)
        with pytest.raises(APIConnectionError):
            await call(client.contacts.retrieve(alice.id))
        assert (await call(client.contacts.retrieve(alice.id))).id == alice.id


@pytest.mark.parametrize("kind", CLIENTS)
async def test_latency_delays_every_answer(kind: str) -> None:
    fake = FakeIntercom()
    fake.latency = 0.1
    async with client_for(kind, fake) as client:
        started = time.perf_counter()
        await call(client.admins.identify())
        assert time.perf_counter() - started >= 0.1


@contextlib.contextmanager
def receiver() -> Iterator[tuple[str, list[Notification]]]:
    """A webhook endpoint on 127.0.0.1 that verifies each notification (403 when it does not verify)."""
    received: list[Notification] = []

    class Endpoint(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                received.append(construct_event(body, self.headers.get(SIGNATURE_HEADER), SECRET, max_age=60))
                self.send_response(200)
            except Exception:
                self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = HTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks", received
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.mark.parametrize("kind", CLIENTS)
async def test_changes_made_through_the_api_are_posted_signed_to_a_webhook_url(kind: str) -> None:
    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com")
    conversation = fake.conversations.add(contact_id=alice.id, body="Hello")
    tag = fake.tags.add("vip")
    me = fake.me.id
    with receiver() as (url, received):
        fake.webhooks.subscribe(url, secret=SECRET)
        fake.webhooks.subscribe(lambda body, headers: None, secret="other", topics=["contact.user.created"])
        async with client_for(kind, fake) as client:
            await call(client.contacts.create(body={"email": "bob@example.com"}))
            reply = {"message_type": "comment", "type": "admin", "admin_id": me, "body": "Hi"}
            await call(client.conversations.reply(conversation.id, body=reply))
            await call(client.tags.attach_to_conversation(conversation.id, body={"id": tag.id, "admin_id": me}))
            close = {"message_type": "close", "type": "admin", "admin_id": me}
            await call(client.conversations.manage(conversation.id, body=close))
            with pytest.raises(NotFoundError):
                await call(client.conversations.manage("404", body=close))  # a refused change notifies nothing
    assert [n.topic for n in received] == [
        "contact.user.created",
        "conversation.admin.replied",
        "conversation_part.tag.created",
        "conversation.admin.closed",
    ]
    assert received[0].item.email == "bob@example.com"  # type: ignore[union-attr]
    assert received[-1].item.state == "closed"  # type: ignore[union-attr]


def test_the_server_stops_with_a_connection_kept_alive_and_binds_loopback_only() -> None:
    fake = FakeIntercom()
    server = fake.serve()
    assert server.url.startswith("http://127.0.0.1:")
    with fake.client(base_url=server.url) as client:
        client.admins.identify()  # its connection stays open (keep-alive)
        started = time.perf_counter()
        server.stop()
        assert time.perf_counter() - started < 2
        server.stop()  # twice is fine


@pytest.mark.parametrize("kind", CLIENTS)
async def test_a_failing_receiver_does_not_fail_the_api_call(kind: str) -> None:
    fake = FakeIntercom()

    def broken(body: bytes, headers: dict[str, str]) -> None:
        raise RuntimeError("receiver is down")

    fake.webhooks.subscribe(broken, secret=SECRET)
    with receiver() as (url, _):
        unreachable = url.rsplit(":", 1)[0] + ":9/hooks"  # the discard port: nothing listens on 127.0.0.1:9
    fake.webhooks.subscribe(unreachable, secret=SECRET)
    async with client_for(kind, fake) as client:
        created = await call(client.contacts.create(body={"email": "bob@example.com"}))
    assert created.email == "bob@example.com"
    assert [what.split(":")[0] for _, what in fake.webhooks.failures] == ["RuntimeError", "ConnectError"]


def test_a_callable_receiver_may_call_the_api_back_through_the_server() -> None:
    fake = FakeIntercom()
    with fake.serve() as server, fake.client(base_url=server.url) as client:
        seen: list[str] = []

        def receiver_calling_back(body: bytes, headers: dict[str, str]) -> None:  # runs outside the fake's lock
            seen.append(client.contacts.list().first_page().items[0].id)

        fake.webhooks.subscribe(receiver_calling_back, secret=SECRET)
        created = client.contacts.create(body={"email": "bob@example.com"})
    assert seen == [created.id]
