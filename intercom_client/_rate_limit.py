"""Intercom's rate-limit headers, what each status's headers ask the client to wait, and the pacer.

Which header says how long to wait depends on the status (see ``retry_after_seconds``): ``Retry-After``
is honoured on 408, 429 and 503; ``X-RateLimit-Reset`` (sent by Intercom on *every* response) only on
429, the one status that means the rate limit was hit.

The pacer is reached through a small interface, :class:`RateLimiter`: ``acquire`` before each attempt,
``release`` after it. :class:`RateLimitPacer` is the in-process implementation that
``pace_rate_limits=True`` uses; another implementation (e.g. one shared between processes through
Redis) only needs these two methods.

A pacer that must do I/O to decide (a network round trip to Redis) cannot answer ``acquire`` without
blocking, and a blocking call inside ``AsyncIntercom`` would stall every task of the event loop while it
waits. Such a pacer also implements :class:`AsyncRateLimiter` (``acquire_async``/``release_async``),
which ``AsyncIntercom`` awaits when it is there; ``Intercom`` always uses the plain methods. A pacer
shared by many clients learns which budget each one spends through ``bind`` (:class:`BindableRateLimiter`)
with a :class:`RateLimitScope`: the app (a digest of the access token, never the token) and the region.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
import time
import weakref
from collections.abc import Mapping
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = [
    "PROBE_WAIT",
    "AsyncRateLimiter",
    "BindableRateLimiter",
    "RateLimit",
    "RateLimitPacer",
    "RateLimitScope",
    "RateLimiter",
    "rate_limit_reset_wait",
    "retry_after_header",
    "retry_after_seconds",
]

# How long a paced request waits, before asking again, while the state of a new window is being learned.
PROBE_WAIT = 0.05


class RateLimit(NamedTuple):
    """The rate-limit state one response reported (``X-RateLimit-Limit/Remaining/Reset``).

    Attributes:
        limit: Requests allowed in the current window.
        remaining: Requests left in the current window.
        reset: When the window resets, in epoch seconds.
    """

    limit: int | None
    remaining: int | None
    reset: float | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        """The state in ``headers``, or None when the response carried no usable rate-limit headers."""
        limit = _number(headers.get("x-ratelimit-limit"))
        remaining = _number(headers.get("x-ratelimit-remaining"))
        reset = _number(headers.get("x-ratelimit-reset"))
        if limit is None and remaining is None and reset is None:
            return None
        return cls(
            limit=None if limit is None else max(0, int(limit)),
            remaining=None if remaining is None else max(0, int(remaining)),
            reset=reset,
        )


def retry_after_header(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds ``Retry-After`` asks for (seconds or an HTTP date).

    None when the header is absent or unusable: not a number or a date, not finite, or not in the
    future (``Retry-After: -5``, ``0``, or a date already past on this machine's clock). The caller
    then falls back to its own backoff rather than retrying at once.
    """
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = _number(value)
    if seconds is None:
        import email.utils  # rare (servers send seconds), and costly to import up front

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None or when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return seconds if seconds > 0 else None


def rate_limit_reset_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds until ``X-RateLimit-Reset`` (epoch seconds); None when absent, unusable or already past."""
    reset = _number(headers.get("x-ratelimit-reset"))
    if reset is None:
        return None
    seconds = reset - (time.time() if now is None else now)
    return seconds if seconds > 0 else None


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None, *, status: int = 429) -> float | None:
    """Seconds the server asked to wait before retrying a response of ``status``, or None if it did not say.

    ``Retry-After`` first; for a 429 only, ``X-RateLimit-Reset`` next (Intercom sends that header on every
    response, so on a 503 or 408 it says nothing about when to retry).
    """
    asked = retry_after_header(headers, now)
    if asked is None and status == 429:
        asked = rate_limit_reset_wait(headers, now)
    return asked


@runtime_checkable
class RateLimiter(Protocol):
    """What the client asks of a pacer: the interface behind ``pace_rate_limits=True``.

    The client calls ``acquire`` before each attempt, sleeping the seconds it returns and asking again,
    until it returns 0; then it sends, and calls ``release`` exactly once when the attempt is over.
    Implementations must be safe to call from several threads and tasks at once, and must not block.
    """

    def acquire(self, now: float) -> float:
        """Take one request slot and return 0.0, or return the seconds to wait before asking again.

        ``now`` is the client's wall clock, in epoch seconds (the clock ``X-RateLimit-Reset`` is on).
        A call that returns more than 0 takes no slot.
        """
        ...

    def release(self, rate_limit: RateLimit | None) -> None:
        """End an attempt that ``acquire`` let through.

        ``rate_limit`` is what its response said (``RateLimit(None, None, None)`` for a response without
        rate-limit headers), or None when the attempt got no response.
        """
        ...


@runtime_checkable
class AsyncRateLimiter(Protocol):
    """The awaitable form of :class:`RateLimiter`, for a pacer that does I/O (e.g. a Redis round trip).

    ``AsyncIntercom`` awaits these instead of calling ``acquire``/``release`` when a pacer has them, so
    that a slow answer suspends one task instead of blocking the event loop. Same contract as
    :class:`RateLimiter`; ``release_async`` runs in a task of its own, which goes on when the caller is
    cancelled, so that a cancelled call does not leave its slot taken.
    """

    async def acquire_async(self, now: float) -> float:
        """See :meth:`RateLimiter.acquire`."""
        ...

    async def release_async(self, rate_limit: RateLimit | None) -> None:
        """See :meth:`RateLimiter.release`."""
        ...


class RateLimitScope(NamedTuple):
    """Whose budget a client spends: Intercom counts requests per app, per region.

    Attributes:
        app: A digest of the access token (see :func:`rate_limit_scope`): the same in every process
            that uses the same token, and useless for finding the token again.
        region: ``"us"``, ``"eu"``, ``"au"``, or the host (and port) of any other base URL.
    """

    app: str
    region: str


@runtime_checkable
class BindableRateLimiter(Protocol):
    """A pacer that serves many clients, each on its own budget (e.g. ``RedisRateLimiter``).

    A client calls ``bind`` once, when it is created, and paces its requests through what it returns.
    """

    def bind(self, scope: RateLimitScope) -> RateLimiter:
        """The pacer of the budget of ``scope``."""
        ...


def rate_limit_scope(token: str, base_url: str, regions: Mapping[str, str]) -> RateLimitScope:
    """The scope of a client with ``token`` on ``base_url`` (``regions`` maps region names to base URLs).

    The app is the first 24 hex digits of SHA-256 over a fixed label and the token: stable across
    processes and machines, and a one-way function of a secret of high entropy.
    """
    digest = hashlib.sha256(b"intercom-client rate limit\x00" + token.encode()).hexdigest()[:24]
    for name, url in regions.items():
        if url == base_url:
            return RateLimitScope(digest, name)
    authority = base_url.split("://", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1]
    return RateLimitScope(digest, authority.lower())


class RateLimitPacer:
    """Keeps the requests of the clients sharing it within Intercom's rate limit, exactly. Thread-safe.

    It counts the slots the current window still allows: the last response's ``X-RateLimit-Remaining``
    less the requests still in flight (the server has not counted them yet). When they are spent,
    callers wait for ``X-RateLimit-Reset`` and then ask again: the new window gets ``X-RateLimit-Limit``
    slots (less what is still in flight), handed out one by one, so that a crowd of waiting tasks is
    staggered over as many windows as it needs instead of all firing when the window resets.

    Until the first response says what the limit is (and after a window whose limit was not given),
    one request goes alone to find out. A server that sends no rate-limit headers is not paced.

    After ``os.fork()`` the child's copy starts afresh (see ``_after_fork``): a lock that another thread
    of the parent held at the fork would otherwise never be released in the child, and the parent's
    requests in flight are not the child's.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight = 0
        self._limit: int | None = None
        self._remaining: int | None = None  # slots left in the current window; None: unknown
        self._reset: float | None = None  # end of the current window; None: not known yet
        self._ended: float = -math.inf  # end of the last window that is over (older responses are stale)
        self._unlimited = False  # the server reported no rate limit
        _PACERS.add(self)

    def _after_fork(self) -> None:
        """In a forked child: a new lock, nothing in flight, and the window's count unknown until a response.

        The parent (and its other children) go on spending the same budget, which this process cannot
        see: it probes with one request, as at the start. Share the budget between processes with
        ``RedisRateLimiter``.
        """
        self._lock = threading.Lock()
        self._in_flight = 0
        self._remaining = None

    def acquire(self, now: float) -> float:
        """See :meth:`RateLimiter.acquire`."""
        with self._lock:
            if self._reset is not None and now >= self._reset:
                # The window is over: the next one allows `limit` (if known), less what is still in flight.
                self._ended, self._reset = self._reset, None
                self._remaining = None if self._limit is None else max(0, self._limit - self._in_flight)
            if self._unlimited:
                self._in_flight += 1
                return 0.0
            if self._remaining is None:
                if self._in_flight:
                    return PROBE_WAIT  # another request is finding out what the window allows
                self._in_flight += 1
                return 0.0
            if self._remaining > 0:
                self._remaining -= 1
                self._in_flight += 1
                return 0.0
            if self._reset is None:
                return PROBE_WAIT  # a new window whose end only a response will tell
            return max(self._reset - now, 1e-3)

    def release(self, rate_limit: RateLimit | None) -> None:
        """See :meth:`RateLimiter.release`."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            if rate_limit is None:
                return  # no response: nothing learned
            if rate_limit.remaining is None or rate_limit.reset is None:
                if self._reset is None and self._remaining is None:
                    self._unlimited = True
                return
            self._unlimited = False
            if rate_limit.limit is not None:
                self._limit = rate_limit.limit
            if rate_limit.reset <= self._ended:
                return  # a response from a window that is over
            allowed = max(0, rate_limit.remaining - self._in_flight)
            if self._reset is None:
                # The first response of a window: it tells when the window ends.
                self._reset = rate_limit.reset
                self._remaining = allowed if self._remaining is None else min(self._remaining, allowed)
            elif rate_limit.reset > self._reset:
                # The server is already in a later window than the one counted here.
                self._ended, self._reset, self._remaining = self._reset, rate_limit.reset, allowed
            elif rate_limit.reset == self._reset and self._remaining is not None:
                # Responses may arrive out of order: the lowest count is the safe one.
                self._remaining = min(self._remaining, allowed)


# The pacers of this process, for the fork hook below (weakly: a pacer that is gone needs nothing).
_PACERS: weakref.WeakSet[RateLimitPacer] = weakref.WeakSet()


def _reset_pacers_in_child() -> None:
    for pacer in list(_PACERS):
        pacer._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_reset_pacers_in_child)


def _number(value: str | None) -> float | None:
    """A finite number from a header value, or None."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None
