"""RedisRateLimiter against a real redis-server on 127.0.0.1 (tests/redis_server.py), no fake.

The API is tests/budget_server.py: an Intercom-like server in its own process that allows ``limit``
requests per window and answers 429 past it. "Another process" is either a real worker process
(the budget tests) or a second ``RedisRateLimiter``, which shares nothing with the first but Redis.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from intercom_client import (
    AsyncIntercom,
    ConfigurationError,
    Intercom,
    RateLimit,
    RateLimitError,
    RateLimitScope,
    RedisConnection,
    RedisRateLimiter,
    RedisUnavailableError,
)
from intercom_client._rate_limit import AsyncRateLimiter, RateLimiter, rate_limit_scope
from intercom_client._redis_rate_limit import ScopedRedisRateLimiter, SharePacer
from tests.budget_server import SCOPE_APP, TOKEN, budget_server, collect, server_stats, start_takers, start_workers
from tests.redis_server import RedisServer

SCOPE = RateLimitScope(SCOPE_APP, "us")


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def raw(server: RedisServer) -> redis.Redis:
    return redis.Redis.from_url(server.url, socket_timeout=2)


def everything_in(server: RedisServer) -> str:
    """Every key and every value in the server, as one text."""
    client = raw(server)
    parts: list[str] = []
    for key in client.scan_iter("*"):
        parts.append(key.decode())
        kind = client.type(key).decode()
        if kind == "hash":
            parts += [f"{k.decode()}={v.decode()}" for k, v in client.hgetall(key).items()]
        elif kind == "zset":
            parts += [m.decode() for m in client.zrange(key, 0, -1)]
        elif kind == "string":
            parts.append((client.get(key) or b"").decode())
    return "\n".join(parts)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "intercom_client" and r.levelno >= logging.WARNING]


# -- the interface ----------------------------------------------------------------------------------


def test_a_scoped_limiter_serves_both_clients_and_one_scope_is_one_budget(redis_server: RedisServer) -> None:
    limiter = RedisRateLimiter(redis_server.url)
    scoped = limiter.bind(SCOPE)
    assert isinstance(scoped, RateLimiter) and isinstance(scoped, AsyncRateLimiter)
    assert limiter.bind(SCOPE) is scoped
    assert limiter.bind(SCOPE._replace(region="eu")) is not scoped
    client = Intercom(token=TOKEN, rate_limiter=limiter)
    assert client._pacer is limiter.bind(
        rate_limit_scope(TOKEN, "https://api.intercom.io", {"us": "https://api.intercom.io"})
    )
    limiter.close()


def test_the_scope_is_a_digest_of_the_token_and_the_region() -> None:
    regions = {"us": "https://api.intercom.io", "eu": "https://api.eu.intercom.io"}
    us = rate_limit_scope(TOKEN, regions["us"], regions)
    assert us == rate_limit_scope(TOKEN, regions["us"], regions)  # the same in every process
    assert us.region == "us" and TOKEN not in us.app and len(us.app) == 24
    assert rate_limit_scope(TOKEN, regions["eu"], regions) == us._replace(region="eu")
    assert rate_limit_scope(TOKEN + "x", regions["us"], regions).app != us.app
    assert rate_limit_scope(TOKEN, "http://user:pw@127.0.0.1:8080/api", regions).region == "127.0.0.1:8080"


def test_an_async_only_limiter_is_refused_by_the_sync_client() -> None:
    class AsyncOnly:
        async def acquire_async(self, now: float) -> float:
            return 0.0

        async def release_async(self, rate_limit: RateLimit | None) -> None:
            return None

    AsyncIntercom(token=TOKEN, rate_limiter=AsyncOnly())
    with pytest.raises(ConfigurationError, match="AsyncIntercom"):
        Intercom(token=TOKEN, rate_limiter=AsyncOnly())


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"redis": "http://127.0.0.1:6379"}, "not a Redis URL"),
        ({"redis": "redis://127.0.0.1:6379", "stagger": -1}, "stagger"),
        ({"redis": "redis://127.0.0.1:6379", "lease_timeout": 0}, "lease_timeout"),
        ({"redis": "redis://127.0.0.1:6379", "key_ttl": 5, "lease_timeout": 10}, "key_ttl"),
    ],
)
def test_bad_settings_are_configuration_errors(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RedisRateLimiter(**kwargs)  # type: ignore[arg-type]


def test_bad_connection_settings_are_configuration_errors_without_the_password() -> None:
    with pytest.raises(ConfigurationError, match="timeout") as caught:
        RedisConnection("redis://:hunter2secret@127.0.0.1:6379/0", timeout=0)
    assert "hunter2secret" not in str(caught.value)
    connection = RedisConnection("redis://:hunter2secret@127.0.0.1:6379/3")
    assert "hunter2secret" not in repr(connection) and connection.where == "127.0.0.1:6379/3"


# -- one budget for every process ---------------------------------------------------------------------


def test_concurrent_processes_never_take_more_slots_than_the_window_has(redis_server: RedisServer) -> None:
    scoped = RedisRateLimiter(redis_server.url).bind(SCOPE)
    assert scoped.acquire(time.time()) == 0  # the probe: it learns the window
    scoped.release(RateLimit(limit=100, remaining=60, reset=time.time() + 60))
    results = collect(start_takers(redis_server.url, 4, 50), timeout=30)
    assert [r["asked"] for r in results] == [50] * 4
    assert sum(r["granted"] for r in results) == 60, results  # 200 asked, exactly the 60 the window had left
    assert raw(redis_server).zcard(scoped.keys[1]) == 60  # each one is a lease in flight


def test_four_worker_processes_spend_one_budget_without_a_429(redis_server: RedisServer) -> None:
    limit, window, seconds = 25, 1.0, 3.0
    with budget_server(limit, window, max_seconds=30) as url:
        results = collect(start_workers(url, 4, 10, seconds, redis_url=redis_server.url, local=False), timeout=30)
        stats = server_stats(url)
    assert sum(r["rate_limited"] for r in results) == 0 == stats["rate_limited"], results
    assert sum(r["errors"] for r in results) == 0
    assert max(stats["per_window"].values()) <= limit
    # Most of the budget is used (windows of 1 s lose a little more to requests in flight at a reset). The
    # first window and the last are partial (the workers start and stop inside them: on a loaded machine a
    # start took half a window), so the windows between them are the ones that must be nearly full.
    counts = [stats["per_window"][key] for key in sorted(stats["per_window"])]
    assert len(counts) >= 3 and all(count >= 0.85 * limit for count in counts[1:-1]), stats["per_window"]
    assert stats["ok"] >= 0.5 * limit * seconds / window, stats["per_window"]
    assert not any("Redis" in r["log"] for r in results)  # no fallback happened


def test_without_the_shared_limiter_the_same_workers_get_429s() -> None:
    # The control of the test above: each process pacing on its own overdraws the shared budget.
    limit, window, seconds = 25, 1.0, 3.0
    with budget_server(limit, window, max_seconds=30) as url:
        results = collect(start_workers(url, 4, 10, seconds, redis_url=None, local=True), timeout=30)
        stats = server_stats(url)
    assert 0 < sum(r["rate_limited"] for r in results) <= stats["rate_limited"]


# -- the server's word is shared ---------------------------------------------------------------------


async def test_a_429_makes_every_process_wait_for_the_reset(redis_server: RedisServer) -> None:
    limit, window = 3, 2.0
    with budget_server(limit, window, max_seconds=30) as url:
        await asyncio.sleep(window - time.time() % window + 0.05)  # at a window's start: all of it is left
        # Someone who does not use the limiter spends the window.
        async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as rogue:
            for _ in range(limit):
                await rogue.request("GET", "/me")
        first, second = RedisRateLimiter(redis_server.url), RedisRateLimiter(redis_server.url)
        async with (
            AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, rate_limiter=first) as one,
            AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, rate_limiter=second) as other,
        ):
            with pytest.raises(RateLimitError):
                await one.request("GET", "/me")  # the first request learns the hard way
            reset = one.rate_limit.reset if one.rate_limit else None
            assert reset is not None
            # The other "process" never saw that 429: it waits for the reset all the same.
            await other.request("GET", "/me")
            assert time.time() >= reset
        stats = server_stats(url)
        await first.aclose()
        await second.aclose()
    assert stats["rate_limited"] == 1
    assert min(t for t in stats["arrivals"] if t >= reset) >= reset


@pytest.mark.parametrize("stagger", [0.0, 0.6])
async def test_a_reset_releases_the_waiters_staggered(redis_server: RedisServer, stagger: float) -> None:
    limit, window = 8, 1.0
    limiter = RedisRateLimiter(redis_server.url, stagger=stagger)
    with budget_server(limit, window, max_seconds=30) as url:
        await asyncio.sleep(window - time.time() % window + 0.05)  # at a window's start
        async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, rate_limiter=limiter) as client:
            # One window's worth goes at once; the other waits for the reset.
            await asyncio.gather(*(client.request("GET", "/me") for _ in range(2 * limit)))
        stats = server_stats(url)
    await limiter.aclose()
    assert stats["rate_limited"] == 0 and max(stats["per_window"].values()) <= limit
    # In the window after the first (the waiters'), the span from first to last request sent.
    windows: dict[int, list[float]] = {}
    for arrival in stats["arrivals"]:
        windows.setdefault(int(arrival // window), []).append(arrival)
    spans = [max(times) - min(times) for index, times in sorted(windows.items())[1:]]
    assert spans, stats["per_window"]
    if stagger:
        assert min(spans) >= stagger * 0.5, spans  # spread over the stagger, in order
        assert max(spans) < window
    else:
        assert max(spans) < 0.25, spans  # without it, the crowd arrives at once


def test_a_lease_of_a_process_that_died_expires(redis_server: RedisServer) -> None:
    dead = RedisRateLimiter(redis_server.url, lease_timeout=0.4).bind(SCOPE)
    alive = RedisRateLimiter(redis_server.url).bind(SCOPE)
    assert dead.acquire(time.time()) == 0  # a probe that never reports back
    assert alive.acquire(time.time()) > 0  # waits for the probe's answer
    time.sleep(0.45)
    assert alive.acquire(time.time()) == 0


def test_keys_expire(redis_server: RedisServer) -> None:
    limiter = RedisRateLimiter(redis_server.url, key_ttl=0.5, lease_timeout=0.5)
    with budget_server(100, 1.0, max_seconds=30) as url, Intercom(token=TOKEN, base_url=url, rate_limiter=limiter) as c:
        c.request("GET", "/me")
        state = limiter.bind(rate_limit_scope(TOKEN, url, {})).keys[0]
        client = raw(redis_server)
        assert client.exists(state) and 0 < client.pttl(state) <= 1500
        deadline = time.monotonic() + 5
        while client.exists(state) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = {key: client.pttl(key) for key in client.keys("*")}
        assert left == {}, left
    limiter.close()


# -- faults ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_when_redis_stops_each_process_paces_alone_then_shares_again_when_it_is_back(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="intercom_client")
    connection = RedisConnection(redis_server.url, retry_interval=0.2)
    limiter = RedisRateLimiter(connection)
    with budget_server(1000, 1.0, max_seconds=60) as url:
        client = (AsyncIntercom if kind == "async" else Intercom)(
            token=TOKEN, base_url=url, max_retries=0, rate_limiter=limiter
        )
        scoped = limiter.bind(rate_limit_scope(TOKEN, url, {}))

        async def send(n: int) -> None:
            for _ in range(n):
                if isinstance(client, AsyncIntercom):
                    await client.request("GET", "/me")
                else:
                    await asyncio.to_thread(client.request, "GET", "/me")

        await send(3)
        assert raw(redis_server).exists(scoped.keys[0])
        redis_server.stop()
        await send(10)  # Redis is gone: every call still goes, paced by this process
        assert len(warnings_of(caplog)) == 1
        assert "did not answer" in warnings_of(caplog)[0]
        assert scoped.local.acquire(time.time()) == 0  # the local pacer learned the window meanwhile
        scoped.local.release(None)
        redis_server.start()  # same port, empty: a restart
        deadline = time.monotonic() + 5
        while not raw(redis_server).exists(scoped.keys[0]) and time.monotonic() < deadline:
            await send(1)
            await asyncio.sleep(0.05)
        assert raw(redis_server).exists(scoped.keys[0])  # shared again, by itself
        assert len(warnings_of(caplog)) == 1  # one warning for the whole outage
        assert any("answers again" in r.getMessage() for r in caplog.records)
        assert server_stats(url)["rate_limited"] == 0
        if isinstance(client, AsyncIntercom):
            await client.aclose()
        else:
            client.close()
    await limiter.aclose()


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_fail_closed_raises_a_typed_error_and_sends_nothing(redis_server: RedisServer, kind: str) -> None:
    limiter = RedisRateLimiter(redis_server.url, fail_closed=True)
    redis_server.stop()
    with budget_server(100, 1.0, max_seconds=30) as url:
        if kind == "async":
            async with AsyncIntercom(token=TOKEN, base_url=url, rate_limiter=limiter) as client:
                with pytest.raises(RedisUnavailableError, match="fail closed") as caught:
                    await client.request("GET", "/me")
        else:
            with (
                Intercom(token=TOKEN, base_url=url, rate_limiter=limiter) as sync_client,
                pytest.raises(RedisUnavailableError, match="fail closed") as caught,
            ):
                sync_client.request("GET", "/me")
        assert server_stats(url)["ok"] == 0
    assert redis_server.url.split("//")[1].split("/")[0] in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


async def test_a_slow_redis_counts_as_unreachable(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisRateLimiter(RedisConnection(redis_server.url, timeout=0.1))
    scoped = limiter.bind(SCOPE)
    assert await scoped.acquire_async(time.time()) == 0
    await scoped.release_async(RateLimit(100, 99, time.time() + 60))
    raw(redis_server).execute_command("CLIENT", "PAUSE", "1500", "ALL")  # Redis stops answering for 1.5 s
    started = time.monotonic()
    assert await scoped.acquire_async(time.time()) == 0  # from the local pacer
    assert time.monotonic() - started < 0.5
    assert len(warnings_of(caplog)) == 1 and "TimeoutError" in warnings_of(caplog)[0]
    await limiter.aclose()


async def test_a_cancelled_acquire_gives_its_slot_back(redis_server: RedisServer) -> None:
    scoped = RedisRateLimiter(redis_server.url).bind(SCOPE)
    assert await scoped.acquire_async(time.time()) == 0
    await scoped.release_async(RateLimit(100, 99, time.time() + 60))
    task = asyncio.ensure_future(scoped.acquire_async(time.time()))
    await asyncio.sleep(0)  # the script is on its way
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    deadline = time.monotonic() + 2
    while raw(redis_server).zcard(scoped.keys[1]) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert raw(redis_server).zcard(scoped.keys[1]) == 0
    await scoped._owner.aclose()


# -- the token -----------------------------------------------------------------------------------------


async def test_the_token_is_in_no_key_no_value_and_no_log(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    limiter = RedisRateLimiter(RedisConnection(redis_server.url, retry_interval=0.1))
    with budget_server(4, 1.0, max_seconds=30) as url:
        async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=1, rate_limiter=limiter) as client:
            await asyncio.gather(*(client.request("GET", "/me") for _ in range(6)))
            stored = everything_in(redis_server)
            redis_server.stop()
            await client.request("GET", "/me")  # the fallback's warning
            assert isinstance(limiter.bind(rate_limit_scope(TOKEN, url, {})), ScopedRedisRateLimiter)
    await limiter.aclose()
    assert "rate-limit" in stored and TOKEN not in stored
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "did not answer" in logged and TOKEN not in logged
    assert TOKEN not in repr(limiter) + repr(limiter.connection) + repr(limiter.bind(SCOPE))


def test_a_server_without_rate_limit_headers_is_not_paced(redis_server: RedisServer) -> None:
    scoped = RedisRateLimiter(redis_server.url).bind(SCOPE)
    assert scoped.acquire(time.time()) == 0
    assert scoped.acquire(time.time()) > 0  # the first answer is not in yet
    scoped.release(RateLimit(None, None, None))  # it came, without rate-limit headers
    assert [scoped.acquire(time.time()) for _ in range(50)] == [0.0] * 50


def test_a_request_without_a_response_frees_its_slot_and_teaches_nothing(redis_server: RedisServer) -> None:
    scoped = RedisRateLimiter(redis_server.url).bind(SCOPE)
    assert scoped.acquire(time.time()) == 0
    scoped.release(None)  # a connection error: nothing learned, the slot is free
    assert raw(redis_server).zcard(scoped.keys[1]) == 0
    assert scoped.acquire(time.time()) == 0  # the next request probes in its place


# -- an outage in the middle of a run ------------------------------------------------------------------


def test_workers_get_no_429_while_redis_is_down_nor_when_it_comes_back(redis_server: RedisServer) -> None:
    """Four worker processes spend one budget (windows of 0.5 s); Redis stops 1.1 s into the run and
    restarts, empty, 0.8 s later.

    While it is down each process paces at its share of the budget (a quarter: four processes were
    sharing it) from the next window on (the window it fell back in counts as spent); when Redis is back
    they keep to their shares until each has heard of it (the hold: a window, twice the workers'
    retry_interval of 0.2 s, and 0.5 s), then count together again from what the server says (a probe): no 429 in the
    whole run. Before, each process paced as if the whole budget were its own, and the windows of the
    outage and of the return got dozens of 429s.
    """
    limit, window, seconds = 12, 0.5, 4.5
    started: list[float] = []
    with budget_server(limit, window, max_seconds=30) as url:
        workers = start_workers(
            url,
            4,
            10,
            seconds,
            redis_url=redis_server.url,
            local=False,
            started=started,
            redis_retry=0.2,
            window=window,
        )
        time.sleep(max(0.0, started[0] + 1.1 - time.time()))
        redis_server.stop()
        time.sleep(0.8)
        redis_server.start()  # same port, empty: a restart
        results = collect(workers, timeout=30)
        stats = server_stats(url)
        state = RedisRateLimiter(redis_server.url).bind(rate_limit_scope(TOKEN, url, {})).keys[0]
        shared = raw(redis_server).hgetall(state)
    assert sum(r["errors"] for r in results) == 0
    # Most fell back (one whose tasks all waited for a later window through the outage may not have).
    assert sum("did not answer" in r["log"] for r in results) >= 2, [r["log"] for r in results]
    assert stats["rate_limited"] == 0 == sum(r["rate_limited"] for r in results), (
        started[0] / window,
        stats["per_window"],
        stats["rejected_per_window"],
    )
    assert max(stats["per_window"].values()) <= limit
    assert stats["ok"] >= 0.5 * limit * seconds / window, stats["per_window"]  # the shares leave little unspent
    # The hold is over and the shared count resumed (a new epoch of the count, granted from Redis again).
    assert b"hold" not in shared and float(shared[b"epoch"]) >= 1 and float(shared[b"granted"]) >= 1, shared


def test_the_share_pacer_takes_its_share_of_each_window_and_none_of_the_one_it_falls_back_in() -> None:
    pacer = SharePacer()
    pacer.share = 0.25
    now = 1000.2
    for reset in (1000.0, 1001.0):  # two window ends seen: the window is 1 s
        pacer.observe(RateLimit(24, 10, reset))
    pacer.fall_back(now)
    assert pacer.acquire(now) == pytest.approx(0.8)  # this window is counted as spent
    later = 1001.0
    assert [pacer.acquire(later) for _ in range(6)] == [0.0] * 6  # 6 of 24 in the next one
    assert pacer.acquire(later) > 0
    pacer.release(RateLimit(24, 2, 1002.0))  # the server says 2 are left: a quarter of that rounds to none
    assert pacer.acquire(later) > 0
