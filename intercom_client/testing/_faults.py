"""Faults on demand: the next calls of an operation fail (a status, a 429 with ``Retry-After``, a reset),
and a rate-limit budget per window answered with Intercom's ``X-RateLimit-*`` headers and 429s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ._wire import FakeIntercomError

__all__ = ["Fault", "Faults"]

_CODES = {
    400: ("bad_request", "Bad request"),
    401: ("unauthorized", "Access Token Invalid"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", "Resource Not Found"),
    408: ("request_timeout", "Request Timeout"),
    409: ("conflict", "Conflict"),
    422: ("parameter_invalid", "Unprocessable entity"),
    429: ("rate_limit_exceeded", "Exceeded rate limit of requests"),
    500: ("server_error", "Internal server error"),
    502: ("server_error", "Bad gateway"),
    503: ("service_unavailable", "Service temporarily unavailable"),
    504: ("server_error", "Gateway timeout"),
}


@dataclass(frozen=True, slots=True)
class Fault:
    """How one call fails: an error status (with ``Retry-After``), or a connection reset."""

    status: int
    retry_after: float | None
    reset: bool
    code: str
    message: str


class Faults:
    """The faults queued for the next calls, and the rate-limit budget (None: unlimited, no headers)."""

    def __init__(self, now: Callable[[], int]) -> None:
        self._now = now
        self._queued: dict[str | None, list[Fault]] = {}
        self.limit: int | None = None
        self.window = 10
        self._remaining = 0
        self._reset_at = 0

    def fail_next(
        self,
        operation: str | None,
        *,
        status: int = 503,
        retry_after: float | None = None,
        reset: bool = False,
        times: int = 1,
    ) -> None:
        if not isinstance(times, int) or times < 1:
            raise FakeIntercomError(f"times must be a positive int, got {times!r}")
        if not reset and (not isinstance(status, int) or not 400 <= status <= 599):
            raise FakeIntercomError(f"status must be an error status (400-599), got {status!r}")
        if retry_after is not None and (not isinstance(retry_after, int | float) or retry_after < 0):
            raise FakeIntercomError(f"retry_after must be seconds >= 0, got {retry_after!r}")
        code, message = _CODES.get(status, ("server_error", "Error"))
        fault = Fault(status, retry_after, reset, code, message)
        self._queued.setdefault(operation, []).extend([fault] * times)

    def take(self, operation: str | None) -> Fault | None:
        """The fault for this call of ``operation``, if one is queued (for it, or for any operation)."""
        for key in (operation, None):
            queue = self._queued.get(key)
            if queue:
                return queue.pop(0)
        return None

    def set_rate_limit(self, limit: int | None, window: int = 10) -> None:
        if limit is not None and (not isinstance(limit, int) or limit < 1):
            raise FakeIntercomError(f"limit must be a positive int or None, got {limit!r}")
        if not isinstance(window, int) or window < 1:
            raise FakeIntercomError(f"window must be a positive number of seconds, got {window!r}")
        self.limit, self.window = limit, window
        self._remaining, self._reset_at = limit or 0, 0

    def _roll(self) -> None:
        now = self._now()
        if now >= self._reset_at:
            self._remaining = self.limit or 0
            self._reset_at = (now // self.window + 1) * self.window

    def take_rate_limit(self) -> int | None:
        """None when the call fits this window's budget (one slot taken), else the seconds to its reset."""
        if self.limit is None:
            return None
        self._roll()
        if self._remaining <= 0:
            return max(1, self._reset_at - self._now())
        self._remaining -= 1
        return None

    def rate_limit_headers(self) -> dict[str, str]:
        if self.limit is None:
            return {}
        self._roll()
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self._remaining),
            "X-RateLimit-Reset": str(self._reset_at),
        }
