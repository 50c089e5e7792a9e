"""The retry policy: which failed attempts are sent again, and after how long.

The client asks :func:`retry_delay` after every attempt, passing its settings (``max_retries``,
``max_retry_wait``, ``retry_unsafe_methods``), its wall clock and its random source, so that the
rules can be tested without a client. The rules:

- Nothing is retried once ``max_retries`` retries were made.
- A body that is not encoded as its ``Content-Encoding`` says (``httpx.DecodingError``) is never
  retried: the server sent what it meant to, the same bytes would come again.
- A connection error or timeout is retried if the request cannot have reached the server (the
  connection was never made, or the request never left the pool), or if it is safe to send again.
- A response is retried if its status is in :data:`RETRYABLE_STATUSES`, and either the status says
  the server did not act on the request (:data:`NOT_ACTED_ON_STATUSES`) or it is safe to send again.
- Safe to send again: a method HTTP calls idempotent (:data:`IDEMPOTENT_METHODS`), a POST its
  generated operation marked as a read (``_reads.py``), or any request with ``retry_unsafe_methods``.
- The wait is what the server asked for (``Retry-After``; on a 429 also ``X-RateLimit-Reset``), or
  capped exponential backoff with jitter if it did not say. A server that asks for longer than
  ``max_retry_wait`` is not waited for: the error is raised at once.

The call's ``deadline`` is the client's to apply: it drops a retry that could not start in time.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx

from ._backoff import backoff_delay
from ._rate_limit import retry_after_seconds
from ._reads import is_read_only

__all__ = [
    "IDEMPOTENT_METHODS",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "NOT_ACTED_ON_STATUSES",
    "RETRYABLE_STATUSES",
    "backoff",
    "retry_delay",
    "safe_to_repeat",
]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses that say the server did not act on the request, so even a POST may be sent again.
NOT_ACTED_ON_STATUSES = frozenset({408, 429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0


def safe_to_repeat(request: httpx.Request, *, retry_unsafe_methods: bool) -> bool:
    """Whether sending ``request`` twice does no more than sending it once (or the caller accepts that it may)."""
    # A search is a POST that only reads: its generated operation marks it (see _reads.py).
    return request.method in IDEMPOTENT_METHODS or is_read_only(request) or retry_unsafe_methods


def retry_delay(
    request: httpx.Request,
    attempt: int,
    response: httpx.Response | None,
    error: Exception | None,
    *,
    max_retries: int,
    max_retry_wait: float,
    retry_unsafe_methods: bool,
    clock: Callable[[], float],
    rng: random.Random,
) -> float | None:
    """Seconds to wait before attempt ``attempt + 1`` (counted from 0), or None when attempt ``attempt`` is final.

    Args:
        request: The request the attempt sent.
        attempt: How many retries were made before this attempt (0 for the first attempt).
        response: The attempt's response, or None if it ended in ``error``.
        error: The httpx error the attempt ended in, or None if it has a ``response``.
        max_retries: The most retries after the first attempt.
        max_retry_wait: The longest wait a ``Retry-After`` may ask for before the error is raised instead.
        retry_unsafe_methods: Whether a POST (not marked as a read) is retried after a 5xx or a timeout.
        clock: The wall clock, in epoch seconds, read only for a ``Retry-After`` date or a rate-limit reset.
        rng: The random source of the backoff's jitter.
    """
    if attempt >= max_retries:
        return None
    repeatable = safe_to_repeat(request, retry_unsafe_methods=retry_unsafe_methods)
    if error is not None:
        if isinstance(error, httpx.DecodingError):
            return None  # the server sent what it meant to: the same bytes would come again
        # A connection that was never made, or a request that never left the pool, cannot have acted.
        never_sent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        return backoff(attempt, rng) if never_sent or repeatable else None
    assert response is not None
    status = response.status_code
    if status not in RETRYABLE_STATUSES:
        return None
    if status not in NOT_ACTED_ON_STATUSES and not repeatable:
        return None
    asked = retry_after_seconds(response.headers, clock(), status=status)
    if asked is None:
        return backoff(attempt, rng)
    if asked > max_retry_wait:
        return None  # waiting that long is worse than telling the caller now
    return asked


def backoff(attempt: int, rng: random.Random) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at MAX_BACKOFF (8 s)."""
    return backoff_delay(attempt, first=INITIAL_BACKOFF, cap=MAX_BACKOFF, jitter=0.25, rng=rng)
