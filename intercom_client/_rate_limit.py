"""Intercom's rate-limit headers, and the shared clock that pacing mode waits on."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["RateLimit", "RateLimitPacer", "retry_after_seconds"]


@dataclass(frozen=True, slots=True)
class RateLimit:
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
    """Holds back every request of the clients that share it while the rate limit is exhausted.

    Fed with each response's headers; once ``X-RateLimit-Remaining`` reaches 0 it makes callers wait
    until ``X-RateLimit-Reset`` (at most ``max_wait`` seconds), instead of letting them hit 429s.
    """

    def __init__(self, max_wait: float) -> None:
        self.max_wait = max_wait
        self._resume_at = 0.0

    def observe(self, rate_limit: RateLimit | None, now: float | None = None) -> None:
        """Record what a response said about the rate limit."""
        if rate_limit is None or rate_limit.remaining is None:
            return
        now = time.time() if now is None else now
        if rate_limit.remaining <= 0 and rate_limit.reset is not None:
            self._resume_at = max(self._resume_at, min(rate_limit.reset, now + self.max_wait))
        elif rate_limit.remaining > 0 and self._resume_at <= now:
            self._resume_at = 0.0

    def delay(self, now: float | None = None) -> float:
        """Seconds a request should wait before it is sent (0 when it may go now)."""
        if self._resume_at == 0.0:
            return 0.0
        now = time.time() if now is None else now
        return max(0.0, self._resume_at - now)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None
