"""RedisDedupeStore against a real redis-server on 127.0.0.1: the webhook ids seen by any process."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from intercom_client import ConfigurationError, RedisConnection, RedisDedupeStore, RedisUnavailableError
from intercom_client.webhooks import Notification, WebhookReceiver
from tests.redis_server import RedisServer
from tests.webhook_helpers import SECRET, encode, hub_signature, notification


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def test_an_id_is_claimed_once_across_processes(redis_server: RedisServer) -> None:
    # Two stores share nothing but Redis, as two processes would.
    one, other = RedisDedupeStore(redis_server.url), RedisDedupeStore(redis_server.url)
    results = await asyncio.gather(*(store.claim("notif_1") for store in [one, other] * 10))
    assert sorted(results) == [False] * 19 + [True]  # exactly one of twenty concurrent claims wins
    assert await other.claim("notif_2") is True
    await one.release("notif_1")
    assert await other.claim("notif_1") is True  # released: a redelivery is processed
    await one.aclose()
    await other.aclose()


async def test_an_id_is_forgotten_after_the_ttl(redis_server: RedisServer) -> None:
    store = RedisDedupeStore(redis_server.url, ttl=0.3)
    assert await store.claim("notif_ttl") is True
    assert 0 < redis.Redis.from_url(redis_server.url).pttl(store.key("notif_ttl")) <= 300
    assert await store.claim("notif_ttl") is False
    await asyncio.sleep(0.4)
    assert await store.claim("notif_ttl") is True
    await store.aclose()


async def test_shares_its_connection_settings_with_the_rate_limiter(redis_server: RedisServer) -> None:
    from intercom_client import RedisRateLimiter

    connection = RedisConnection(redis_server.url, key_prefix="myapp")
    store, limiter = RedisDedupeStore(connection), RedisRateLimiter(connection)
    assert store.connection is limiter.connection
    await store.claim("notif_3")
    assert redis.Redis.from_url(redis_server.url).exists("myapp:webhook-seen:notif_3")
    await store.aclose()


async def test_redis_down_raises_a_typed_error_then_recovers(redis_server: RedisServer) -> None:
    store = RedisDedupeStore(RedisConnection(redis_server.url, retry_interval=0.1))
    assert await store.claim("notif_4") is True
    redis_server.stop()
    with pytest.raises(RedisUnavailableError, match="seen before") as caught:
        await store.claim("notif_5")  # the receiver answers 500: Intercom delivers it again later
    assert caught.value.__cause__ is None
    with pytest.raises(RedisUnavailableError):
        await store.claim("notif_5")  # known down: raised at once
    redis_server.start()  # a restart: empty
    deadline = time.monotonic() + 3
    while True:
        try:
            assert await store.claim("notif_5") is True
            break
        except RedisUnavailableError:
            assert time.monotonic() < deadline, "the store did not use Redis again after its restart"
            await asyncio.sleep(0.05)
    assert await store.claim("notif_5") is False
    await store.aclose()


async def test_fail_open_processes_with_one_warning(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisDedupeStore(redis_server.url, fail_open=True)
    redis_server.stop()
    assert [await store.claim("notif_6") for _ in range(3)] == [True] * 3
    await store.release("notif_6")
    warnings = [r for r in caplog.records if r.name == "intercom_client" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "without dedupe" in warnings[0].getMessage()
    await store.aclose()


def test_bad_settings() -> None:
    with pytest.raises(ConfigurationError, match="ttl"):
        RedisDedupeStore("redis://127.0.0.1:6379/0", ttl=0)
    assert "hunter2" not in repr(RedisDedupeStore("redis://:hunter2@127.0.0.1:6379/0"))


async def test_receivers_in_two_processes_handle_a_redelivered_notification_once(redis_server: RedisServer) -> None:
    """Two WebhookReceivers sharing only Redis (two web workers): Intercom's redeliveries reach both."""
    handled: list[str] = []

    async def record(event: Notification) -> None:
        handled.append(event.id)

    stores = [RedisDedupeStore(redis_server.url), RedisDedupeStore(redis_server.url)]
    receivers = [WebhookReceiver(SECRET, record, dedupe=store) for store in stores]
    bodies = [encode(notification({"type": "contact", "id": f"c{n}"}, id=f"notif_shared_{n}")) for n in range(3)]
    answers = await asyncio.gather(
        *(receiver.handle("POST", body, hub_signature(body)) for body in bodies for receiver in receivers * 2)
    )
    assert {answer.status for answer in answers} == {200}
    for receiver in receivers:
        await receiver.aclose()
    for store in stores:
        await store.aclose()
    assert sorted(handled) == [f"notif_shared_{n}" for n in range(3)]
