"""RedisRateLimiter: one rate-limit budget shared by every process that uses the same app, through Redis.

Intercom counts requests per app and region over short windows. A process pacing on its own
(:class:`RateLimitPacer`) knows only its own requests: four workers each see the whole budget and together
send four times too many. ``RedisRateLimiter`` keeps the pacer's count in Redis instead, so that every
process and task spends one budget::

    from intercom_client import AsyncIntercom, RedisRateLimiter

    limiter = RedisRateLimiter("redis://redis.internal:6379/0")
    async with AsyncIntercom(rate_limiter=limiter) as client:
        ...

How the shared count works (the same rules as ``RateLimitPacer``, applied atomically by two Lua
scripts, so that N processes with M tasks each never take more slots than the window has):

- Keys: ``{prefix}:rate-limit:{region:app}:state`` (a hash: limit, remaining, reset, ...),
  ``...:leases`` (a sorted set of the requests in flight, each with an expiry), ``...:order`` (the
  current window's requests in flight, by the order they were granted in) and ``...:members`` (the
  limiters sharing the budget, by when each last asked). ``app`` is a digest of the
  token (see ``rate_limit_scope``), never the token. The keys expire ``key_ttl`` seconds after the last
  request (plus the time to the current window's reset), so nothing grows without bound.
- ``acquire`` takes a slot while the window has one, adding a lease; ``release`` removes the lease and
  folds what the response's ``X-RateLimit-*`` headers said into the shared count: the window's slots
  left are at most the ``X-RateLimit-Remaining`` it reported less the requests granted after that one
  and still in flight (sent later, so perhaps not counted yet). Every process's responses keep the count true (requests
  made without the limiter show up there too), and a 429 (remaining 0 until the reset) makes every
  process wait.
- When the window is spent, waiters are told to come back at the reset, each at its own offset within
  the first ``stagger`` seconds of the new window (a tenth of the window by default) (and a window later for those the new window cannot
  hold), so that the new budget is handed out in order rather than to a crowd arriving at once.
- A lease that is never released (a process killed mid-request) expires after ``lease_timeout``.

Faults: when Redis does not answer within the connection's timeout, each process paces on its own and
one warning is logged. It paces at its *share* of the budget (``SharePacer``): one of the N limiters that
asked Redis for slots in the last ``MEMBER_HORIZON`` seconds (the ``...:members`` key; every answer of
Redis says N), so that N processes on their own take no more than a window has between them. The
window in which it falls back counts as spent (the shared count handed its slots out unevenly, so no
process knows its part of what is left), unless it was the only one sharing. Its pacer learns the
windows all along, from every response and every answer of Redis, so that it knows them the moment
Redis goes away.

Redis is tried again every ``retry_interval``. When it answers a process that fell back (or one that
knew the count finds it gone: a restart), the others may not have heard yet and go on spending their
shares: that process sets a *hold* in Redis, during which every process keeps to its share. It lasts a
window, twice ``retry_interval`` and half a second: each process asks for a slot at least once a window
and tries Redis at its first request ``retry_interval`` after its last try, so all have heard by its
end. Then the count starts afresh: the window's state is forgotten and a probe learns from the server
what is left of it; leases granted before the hold are dropped (their releases were lost). (A process
that falls back before it has seen two window ends does not know when the current window ends: its
first request goes alone to find out, and may be that process's one 429.)

With ``fail_closed=True`` a call raises :class:`RedisUnavailableError` instead of being sent unshared.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import math
import os
import threading
from typing import Any

from ._config import check_seconds
from ._exceptions import ConfigurationError, RedisUnavailableError
from ._rate_limit import PROBE_WAIT, RateLimit, RateLimitPacer, RateLimitScope
from ._redis_connection import DEFAULT_REDIS_URL, RedisConnection, redis_errors

__all__ = ["MEMBER_HORIZON", "RedisRateLimiter", "ScopedRedisRateLimiter", "SharePacer"]

# Shared by both scripts: read the state, drop expired leases.
_READ = """
local now = tonumber(ARGV[1])
-- Leases past their expiry: requests whose process never reported back.
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
if #expired > 0 then
  redis.call('ZREM', KEYS[2], unpack(expired))
  redis.call('ZREM', KEYS[3], unpack(expired))
end
local in_flight = redis.call('ZCARD', KEYS[2])
local names = {'limit', 'remaining', 'reset', 'ended', 'unlimited', 'queued', 'window', 'epoch', 'granted',
  'hold', 'held_since'}
local f = redis.call('HMGET', KEYS[1], unpack(names))
local limit, remaining, reset, ended = tonumber(f[1]), tonumber(f[2]), tonumber(f[3]), tonumber(f[4])
local unlimited = tonumber(f[5])  -- HMGET gives false for a missing field
local queued = tonumber(f[6]) or 0
local window = tonumber(f[7])
local epoch = tonumber(f[8]) or 0  -- which window of this count (the first one counted is 0)
local granted = tonumber(f[9]) or 0  -- slots taken in it so far
-- After an outage: until `hold`, every process paces on its own share (see ACQUIRE); since `held_since`.
local hold, held_since = tonumber(f[10]), tonumber(f[11])
local ttl = tonumber(ARGV[3])
local function save()
  local values = {limit, remaining, reset, ended, unlimited, queued, window, epoch, granted, hold, held_since}
  for i = 1, 11 do
    if values[i] == nil then redis.call('HDEL', KEYS[1], names[i])
    else redis.call('HSET', KEYS[1], names[i], string.format('%.17g', values[i])) end
  end
  local ms = math.ceil((ttl + math.max(0, (reset or now) - now)) * 1000)
  redis.call('PEXPIRE', KEYS[1], ms)
  redis.call('PEXPIRE', KEYS[2], ms)
  redis.call('PEXPIRE', KEYS[3], ms)
  redis.call('PEXPIRE', KEYS[4], ms)
end
"""

# ARGV: now, lease id, key ttl, lease expiry, stagger, probe wait, member id, "1" from a limiter that
# fell back and has not heard from Redis since (else "0"), hold seconds, member horizon, "1" from a
# limiter that has known the count's limit (else "0"). Returns
# "<answer>/<members>[/<limit>/<remaining>/<reset>]": the answer is the seconds to wait, "=epoch:number"
# for a slot granted (the number of this grant in its window), or "L" (pace on your share, locally:
# Redis has just come back); members is how many limiters asked within the horizon (each process's
# share is one of them); then the shared count's window ("" for what it does not know).
ACQUIRE = (
    _READ
    + """
redis.call('ZADD', KEYS[4], now, ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[10]))
local members = redis.call('ZCARD', KEYS[4])
-- The answer, then what the count knows of the window (so that a process's own pacer knows the window
-- is spent even if none of its requests was answered in it, should Redis go away).
local function answer(said)
  local function num(x) if x == nil then return '' end return string.format('%.17g', x) end
  return said .. '/' .. members .. '/' .. num(limit) .. '/' .. num(remaining) .. '/' .. num(reset)
end
if ARGV[8] == '1' or (ARGV[11] == '1' and limit == nil and epoch == 0 and hold == nil) then
  -- A process is back from pacing on its own (or one that knew the count finds it gone: a restart).
  -- The others may not have heard that Redis answers yet and go on spending their shares locally: all
  -- keep to their shares until each has had time to hear it (the hold), then the count starts afresh.
  if hold == nil or now >= hold then held_since = now end
  hold = math.max(hold or 0, now + tonumber(ARGV[9]))
end
if hold then
  if now < hold then
    save()
    return 'L/' .. members
  end
  -- The hold is over: forget the window counted before the outage (a probe learns what is left of the
  -- server's) and the leases granted before the hold (their releases were lost while Redis was away).
  local lease_timeout = tonumber(ARGV[4]) - now
  local stale = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. (held_since + lease_timeout), 'LIMIT', 0, 1000)
  if #stale > 0 then redis.call('ZREM', KEYS[2], unpack(stale)) end
  in_flight = redis.call('ZCARD', KEYS[2])
  redis.call('DEL', KEYS[3])
  hold, held_since, unlimited = nil, nil, nil
  remaining, reset, queued, epoch, granted = nil, nil, 0, epoch + 1, 0
end
if reset and now >= reset then
  -- The window is over: the next one allows `limit` (if known), less what is still in flight.
  ended, reset, queued, epoch, granted = reset, nil, 0, epoch + 1, 0
  redis.call('DEL', KEYS[3])
  if limit then remaining = math.max(0, limit - in_flight) else remaining = nil end
end
local wait = 0
if unlimited == 1 then
elseif remaining == nil then
  if in_flight > 0 then wait = tonumber(ARGV[6]) end  -- another request is finding out the limit
elseif remaining > 0 then
  remaining = remaining - 1
elseif reset == nil then
  wait = tonumber(ARGV[6])  -- a new window whose end only a response will tell
else
  -- Spent: come back at the reset, at your place in the queue (spread over `stagger`, a window later
  -- for those the next window cannot hold).
  local per = math.max(limit or 1, 1)
  local spread = tonumber(ARGV[5])
  if spread < 0 then spread = (window or 1) / 10 end  -- the default: a tenth of the window
  -- Before the window's length is known, the later rounds come back after the first has been let in,
  -- and queue again then.
  wait = (reset - now) + math.floor(queued / per) * (window or spread) + spread * (queued % per) / per
  wait = math.max(wait, 0.001)
  queued = queued + 1
end
if wait > 0 then
  save()
  return answer(tostring(wait))
end
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
granted = granted + 1
redis.call('ZADD', KEYS[3], granted, ARGV[2])
save()
return answer('=' .. epoch .. ':' .. granted)
"""
)

# ARGV: now, lease id, key ttl, the grant's epoch and number, then "-" (no response) or the response's
# limit, remaining and reset ("" for one it did not report).
RELEASE = (
    _READ
    + """
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZREM', KEYS[3], ARGV[2])
if ARGV[6] == '-' then
  save()
  return 0
end
in_flight = redis.call('ZCARD', KEYS[2])
-- The requests of this window granted after this one and still in flight: sent later, so perhaps not
-- counted yet in the remaining this response reports (all of this window's, for a request granted in
-- an earlier one). Those already answered were counted, most likely before this one.
local after
if tonumber(ARGV[4]) == epoch then
  after = redis.call('ZCOUNT', KEYS[3], '(' .. ARGV[5], '+inf')
else
  after = redis.call('ZCARD', KEYS[3])
end
local r_limit, r_remaining, r_reset = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
if r_remaining == nil or r_reset == nil then
  if reset == nil and remaining == nil then unlimited = 1 end  -- the server reports no rate limit
else
  unlimited = nil
  if r_limit then limit = r_limit end
end
if r_remaining ~= nil and r_reset ~= nil and (ended == nil or r_reset > ended) then
  local allowed = math.max(0, r_remaining - after)
  if reset == nil then
    -- The first response of a window: it tells when the window ends.
    if ended then window = math.min(window or math.huge, r_reset - ended) end
    reset = r_reset
    if remaining == nil then remaining = allowed else remaining = math.min(remaining, allowed) end
  elseif r_reset > reset then
    -- The server is already in a later window than the one counted here.
    -- Its requests in flight may have been counted in either window: the safe count subtracts them all.
    window = math.min(window or math.huge, r_reset - reset)
    ended, reset, remaining, queued = reset, r_reset, math.max(0, r_remaining - in_flight), 0
    epoch, granted = epoch + 1, 0
    redis.call('DEL', KEYS[3])
  elseif r_reset == reset and remaining ~= nil then
    -- Responses may arrive out of order: the lowest count is the safe one.
    remaining = math.min(remaining, allowed)
  end
end
save()
return 0
"""
)

# A limiter counts as one of those sharing the budget for this long after it last asked Redis for a slot.
MEMBER_HORIZON = 10.0

_LOCAL = ("local", "", "")  # the slot was taken from the in-process pacer
# The slot the current task (or thread) holds: (lease id, epoch, number) from Redis, _LOCAL, or None.
# A task has at most one attempt in flight, and acquire and release run in its context.
_held: contextvars.ContextVar[tuple[str, str, str] | None] = contextvars.ContextVar(
    "intercom_client_rate_limit_lease", default=None
)
_lease_ids = itertools.count()
_lease_prefix = f"{os.getpid()}-{os.urandom(4).hex()}"


class RedisRateLimiter:
    """A rate limiter whose budget is shared through Redis by every process using the same app.

    Pass it as ``rate_limiter=`` to ``AsyncIntercom`` or ``Intercom`` (one limiter may serve many
    clients: each one gets the budget of its own token and region). ``AsyncIntercom`` awaits Redis without
    blocking its event loop; ``Intercom`` calls it directly.

    Args:
        redis: A Redis URL (``redis://host:6379/0``) or a :class:`RedisConnection` (to share its clients,
            timeout and key prefix with a ``RedisDedupeStore``).
        fail_closed: When Redis does not answer, raise :class:`RedisUnavailableError` instead of pacing
            each process on its own.
        stagger: Seconds over which the requests waiting for a window are let through when it resets;
            None (default): a tenth of the window (1 s of Intercom's 10-second windows).
        lease_timeout: Seconds after which a request that never reported back (its process died) stops
            counting as in flight; longer than your longest request.
        key_ttl: Seconds an app's keys outlive its last request.
    """

    def __init__(
        self,
        redis: str | RedisConnection = DEFAULT_REDIS_URL,
        *,
        fail_closed: bool = False,
        stagger: float | None = None,
        lease_timeout: float = 120.0,
        key_ttl: float = 600.0,
    ) -> None:
        self.connection = redis if isinstance(redis, RedisConnection) else RedisConnection(redis)
        for name, value in (("stagger", stagger), ("lease_timeout", lease_timeout), ("key_ttl", key_ttl)):
            check_seconds(name, value, zero_ok=True, optional=name == "stagger")
        if lease_timeout <= 0 or key_ttl < lease_timeout:
            raise ConfigurationError(
                f"lease_timeout must be > 0 and key_ttl at least as long (got {lease_timeout!r} and {key_ttl!r})"
            )
        self.fail_closed = fail_closed
        self.stagger = stagger
        self.lease_timeout = float(lease_timeout)
        self.key_ttl = float(key_ttl)
        self._bound: dict[RateLimitScope, ScopedRedisRateLimiter] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisRateLimiter({self.connection.where!r}, fail_closed={self.fail_closed})"

    def bind(self, scope: RateLimitScope) -> ScopedRedisRateLimiter:
        """The limiter of the budget of ``scope`` (the client calls it; the same scope gives the same one)."""
        with self._lock:
            bound = self._bound.get(scope)
            if bound is None:
                bound = self._bound[scope] = ScopedRedisRateLimiter(self, scope)
            return bound

    def close(self) -> None:
        """Close the Redis connection's sync client (not needed when the process ends)."""
        self.connection.close()

    async def aclose(self) -> None:
        """Close the Redis connection's clients of the running event loop."""
        await self.connection.aclose()


class ScopedRedisRateLimiter:
    """The budget of one app and region in Redis: a ``RateLimiter`` and an ``AsyncRateLimiter``.

    Made by :meth:`RedisRateLimiter.bind`; its local ``SharePacer`` paces this process (at its share) while Redis is
    unreachable.
    """

    def __init__(self, owner: RedisRateLimiter, scope: RateLimitScope) -> None:
        self._owner = owner
        self._connection = owner.connection
        self.scope = scope
        base = f"{self._connection.key_prefix}:rate-limit:{{{scope.region}:{scope.app}}}"
        # One hash slot for the keys (the braces), so the scripts also run on Redis Cluster.
        self.keys = (f"{base}:state", f"{base}:leases", f"{base}:order", f"{base}:members")
        self.local = SharePacer()
        self._member = _new_lease()  # this limiter among those sharing the budget
        # Fell back to the local pacer and has not heard from Redis since: the next acquire says so.
        self._recovering = False
        self._local_mode = False  # pacing on the local pacer (Redis is away, or holds everyone to their shares)
        self._knew_count = False  # an answer of Redis told the window's limit
        self._pending: set[asyncio.Task[Any]] = set()

    def __repr__(self) -> str:
        return f"ScopedRedisRateLimiter({self._connection.where!r}, region={self.scope.region!r})"

    # -- RateLimiter --------------------------------------------------------------------------

    def acquire(self, now: float) -> float:
        """See :meth:`RateLimiter.acquire`: one script run in Redis (blocking), or the local pacer."""
        if self._connection.usable():
            lease = _new_lease()
            recovering = self._recovering
            try:
                answer = self._connection.run_script(ACQUIRE, self.keys, self._acquire_args(now, lease, recovering))
            except redis_errors() as exc:
                self._failed(exc)
            else:
                return self._granted(answer, lease, now, recovering)
        return self._local_acquire(now)

    def release(self, rate_limit: RateLimit | None) -> None:
        """See :meth:`RateLimiter.release`."""
        lease = _held.get()
        _held.set(None)
        if lease is None or lease is _LOCAL:
            self.local.release(rate_limit)
            return
        self.local.observe(rate_limit)
        if not self._connection.usable():
            return  # the lease expires by itself
        try:
            self._connection.run_script(RELEASE, self.keys, self._release_args(lease, rate_limit))
        except redis_errors() as exc:
            self._failed(exc, raising=False)
        else:
            self._connection.answered()

    # -- AsyncRateLimiter ---------------------------------------------------------------------

    async def acquire_async(self, now: float) -> float:
        """See :meth:`RateLimiter.acquire`: one script run in Redis (awaited), or the local pacer."""
        if self._connection.usable():
            lease = _new_lease()
            recovering = self._recovering
            try:
                run = asyncio.ensure_future(
                    self._connection.run_script_async(ACQUIRE, self.keys, self._acquire_args(now, lease, recovering))
                )
                try:
                    answer = await asyncio.shield(run)
                except asyncio.CancelledError:
                    # The caller gave up: if Redis granted the slot meanwhile, give it back.
                    run.add_done_callback(lambda done: self._undo(done, lease))
                    raise
            except redis_errors() as exc:
                self._failed(exc)
            else:
                return self._granted(answer, lease, now, recovering)
        return self._local_acquire(now)

    async def release_async(self, rate_limit: RateLimit | None) -> None:
        """See :meth:`RateLimiter.release`."""
        lease = _held.get()
        _held.set(None)
        if lease is None or lease is _LOCAL:
            self.local.release(rate_limit)
            return
        self.local.observe(rate_limit)
        await self._release_lease(lease, rate_limit)

    # -- helpers ------------------------------------------------------------------------------

    def _acquire_args(self, now: float, lease: str, recovering: bool) -> list[str]:
        owner = self._owner
        return [
            repr(now),
            lease,
            repr(owner.key_ttl),
            repr(now + owner.lease_timeout),
            "-1" if owner.stagger is None else repr(float(owner.stagger)),
            repr(PROBE_WAIT),
            self._member,
            "1" if recovering else "0",
            repr(self._hold_seconds()),
            repr(MEMBER_HORIZON),
            "1" if self._knew_count else "0",
        ]

    def _release_args(self, held: tuple[str, str, str], rate_limit: RateLimit | None) -> list[str]:
        from time import time

        lease, epoch, number = held
        args = [repr(time()), lease, repr(self._owner.key_ttl), epoch, number]
        if rate_limit is None:
            return [*args, "-"]
        return [*args, *("" if v is None else repr(v) for v in rate_limit)]

    def _hold_seconds(self) -> float:
        """How long every process keeps to its share once Redis is back: long enough for each to hear it.

        A process pacing on its own asks for a slot at least once a window (its waits end at the window's
        reset) and tries Redis again at its first request ``retry_interval`` after the last try: a window
        and twice that interval (and half a second) lets each of them try (the window as this pacer
        learned it; at most a minute).
        """
        window = min(self.local.window or 0.0, 60.0)
        return window + 2 * self._connection.retry_interval + 0.5

    def _granted(self, answer: bytes | str, lease: str, now: float, recovering: bool) -> float:
        self._connection.answered()
        if recovering:
            self._recovering = False  # Redis knows now (it holds everyone to their shares for a while)
        text, members, window = _parse(answer)
        if text == "L":
            # Redis is back, but not everyone has heard yet: keep to this limiter's share meanwhile.
            self.local.share = min(self.local.share, 1 / members)
            return self._local_acquire(now)
        self.local.share = 1 / members
        self._local_mode = False
        if window is not None and window.limit is not None:
            self._knew_count = True
        self.local.observe(window)
        if text.startswith("="):
            epoch, _, number = text[1:].partition(":")
            _held.set((lease, epoch, number))
            return 0.0
        return float(text)

    def _local_acquire(self, now: float) -> float:
        if not self._local_mode:
            self._local_mode = True
            self.local.fall_back(now)
        wait = self.local.acquire(now)
        if wait <= 0:
            _held.set(_LOCAL)
        return wait

    def _failed(self, error: BaseException, *, raising: bool = True) -> None:
        connection = self._connection
        if raising and self._owner.fail_closed:
            connection.failed(error, "calls fail (fail_closed=True)")
            raise RedisUnavailableError(
                f"Redis at {connection.where} did not answer ({type(error).__name__}); "
                "the call was not sent because the rate limiter is set to fail closed"
            ) from None
        self._recovering = True
        connection.failed(error, "each process paces its requests on its own, at its share of the budget")

    async def _release_lease(self, lease: tuple[str, str, str], rate_limit: RateLimit | None) -> None:
        if not self._connection.usable():
            return  # the lease expires by itself
        try:
            await self._connection.run_script_async(RELEASE, self.keys, self._release_args(lease, rate_limit))
        except redis_errors() as exc:
            self._failed(exc, raising=False)
        else:
            self._connection.answered()

    def _undo(self, done: asyncio.Future[Any], lease: str) -> None:
        """Give back the slot an acquire took for a caller that was cancelled meanwhile."""
        if done.cancelled() or done.exception() is not None:
            return
        text, _, _ = _parse(done.result())
        if not text.startswith("="):
            return
        epoch, _, number = text[1:].partition(":")
        task = asyncio.ensure_future(self._release_lease((lease, epoch, number), None))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)


def _new_lease() -> str:
    return f"{_lease_prefix}-{next(_lease_ids)}"


def _parse(answer: bytes | str) -> tuple[str, int, RateLimit | None]:
    """ACQUIRE's answer, the number of limiters sharing the budget (at least 1), and the shared count's
    window (None when it does not know when the window ends or what is left of it)."""
    text = answer.decode() if isinstance(answer, bytes) else str(answer)
    body, members, *window = text.split("/")
    if len(window) != 3 or not window[1] or not window[2]:
        return body, max(1, int(members or 1)), None
    limit, remaining, reset = window
    return (
        body,
        max(1, int(members or 1)),
        RateLimit(int(float(limit)) if limit else None, int(float(remaining)), float(reset)),
    )


class SharePacer(RateLimitPacer):
    """The pacer a ``ScopedRedisRateLimiter`` falls back on while Redis is away: this process's share.

    A ``RateLimitPacer`` that counts ``share`` of each window's limit: with the share Redis last reported
    (one of the N limiters that were sharing the budget), N processes pacing on their own take no more
    than a window has between them, from the first window that starts after they fell back. The window
    in which a process falls back is counted as spent (the shared count gave its slots out unevenly:
    no process knows what is left of it without asking). It learns the windows from every response
    of the process and from every answer of Redis (``observe``), so that it knows them the moment Redis
    goes away. A share of a window's limit is at least one request.
    """

    def __init__(self) -> None:
        super().__init__()
        self.share = 1.0
        self._latest_reset: float | None = None  # the latest window end seen
        self._window: float | None = None  # the shortest gap seen between two window ends

    def release(self, rate_limit: RateLimit | None) -> None:
        """See :meth:`RateLimiter.release` (for a slot this pacer granted)."""
        super().release(self._scaled(rate_limit))
        if rate_limit is not None and rate_limit.reset is not None:
            with self._lock:
                latest = self._latest_reset
                if latest is not None and rate_limit.reset > latest + 1e-3:
                    gap = rate_limit.reset - latest
                    self._window = gap if self._window is None else min(self._window, gap)
                if latest is None or rate_limit.reset > latest:
                    self._latest_reset = rate_limit.reset

    def observe(self, rate_limit: RateLimit | None) -> None:
        """Learn the window from what another counted: a response whose slot Redis granted, Redis's count."""
        if rate_limit is None:
            return
        with self._lock:
            self._in_flight += 1  # release() counts one request less in flight: not this pacer's
        self.release(rate_limit)

    @property
    def window(self) -> float | None:
        """The length of a window, as the window ends seen tell it (None before two)."""
        return self._window

    def fall_back(self, now: float) -> None:
        """Start pacing on this process's share: nothing more in the current window, the share from the next.

        A limiter that was the only one sharing the budget knows what is left of the window: it goes on.
        """
        with self._lock:
            if self.share >= 1.0:
                return
            if self._reset is not None and now < self._reset:
                self._remaining = 0
            elif self._latest_reset is not None and self._window is not None and self._limit is not None:
                # The window that started since the last one seen (its end is a whole number of windows on).
                ends = self._latest_reset + (math.floor((now - self._latest_reset) / self._window) + 1) * self._window
                self._ended, self._reset, self._remaining = ends - self._window, ends, 0
            else:
                self._reset = self._remaining = None  # unknown: one request goes alone to find out

    def _scaled(self, rate_limit: RateLimit | None) -> RateLimit | None:
        share = self.share
        if rate_limit is None or share >= 1.0:
            return rate_limit
        limit, remaining, reset = rate_limit
        return RateLimit(
            None if limit is None else max(1, math.floor(limit * share)),
            None if remaining is None else math.floor(remaining * share),
            reset,
        )
