"""Intercom's rate-limit headers, and the pacer that pacing mode shares between a client and its derivatives."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import NamedTuple

__all__ = ["RateLimit", "RateLimitPacer", "retry_after_seconds"]


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
        """The state in ``headers``, or None when the response carried no rate-limit headers."""
        limit = _number(headers.get("x-ratelimit-limit"))
        remaining = _number(headers.get("x-ratelimit-remaining"))
        reset = _number(headers.get("x-ratelimit-reset"))
        if limit is None and remaining is None and reset is None:
            return None
        return cls(
            limit=None if limit is None else int(limit),
            remaining=None if remaining is None else int(remaining),
            reset=reset,
        )


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked to wait: ``Retry-After`` (seconds or HTTP date), else ``X-RateLimit-Reset``."""
    now = time.time() if now is None else now
    retry_after = headers.get("retry-after")
    if retry_after:
        seconds = _number(retry_after)
        if seconds is not None:
            return max(0.0, seconds)
        import email.utils  # rare (servers send seconds), and costly to import up front

        try:
            when = email.utils.parsedate_to_datetime(retry_after)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - now)
    reset = _number(headers.get("x-ratelimit-reset"))
    if reset is not None:
        return max(0.0, reset - now)
    return None


class RateLimitPacer:
    """Holds back the requests of the clients that share it so that they stay within the rate limit.

    It keeps its own count of the requests the current window still allows: the last response's
    ``X-RateLimit-Remaining`` less the requests still in flight (the server may not have counted them
    yet), less one for each request sent since. Once that count is spent, callers wait until
    ``X-RateLimit-Reset`` (at most ``max_wait`` seconds) instead of being answered 429. Thread-safe.
    """

    def __init__(self, max_wait: float) -> None:
        self.max_wait = max_wait
        self._lock = threading.Lock()
        self._in_flight = 0
        self._remaining: int | None = None  # None: not known, requests go freely
        self._reset: float | None = None

    def acquire(self, now: float | None = None) -> float:
        """Count a request that is about to be sent; return the seconds it must wait first (0: send now).

        Every ``acquire`` must be followed by one ``release``, whether the request got a response or not.
        """
        now = time.time() if now is None else now
        with self._lock:
            self._in_flight += 1
            if self._remaining is None or self._reset is None:
                return 0.0
            if now >= self._reset:
                # A new window, whose allowance only its first response will tell.
                self._remaining = None
                return 0.0
            if self._remaining > 0:
                self._remaining -= 1
                return 0.0
            return min(self._reset - now, self.max_wait)

    def release(self, rate_limit: RateLimit | None) -> None:
        """Record that a request is over, with what its response said about the rate limit (None if nothing)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            if rate_limit is None or rate_limit.remaining is None or rate_limit.reset is None:
                return
            allowed = rate_limit.remaining - self._in_flight
            if self._reset is None or rate_limit.reset > self._reset:
                self._reset, self._remaining = rate_limit.reset, allowed
            elif rate_limit.reset == self._reset and self._remaining is not None:
                # Responses may arrive out of order: the lowest count is the safe one.
                self._remaining = min(self._remaining, allowed)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None
