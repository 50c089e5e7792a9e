"""Deduplicating notifications by id: the DedupeStore interface and its in-memory implementation.

Intercom may deliver a notification more than once (it retries deliveries that failed or timed
out; ``delivery_attempts`` counts them), and its signature has no timestamp, so a recorded request
can be replayed and still verify. The notification ``id`` stays the same across deliveries
(https://developers.intercom.com/docs/webhooks/webhook-notifications), which makes it the key.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from .._config import check_count
from .._exceptions import ConfigurationError

__all__ = ["DedupeStore", "MemoryDedupeStore"]


@runtime_checkable
class DedupeStore(Protocol):
    """Where a receiver records the notification ids it has accepted.

    Implement it to share the record between processes (e.g. Redis: ``SET key 1 NX EX ttl`` for
    ``claim``, ``DEL key`` for ``release``). Both methods must be safe to call concurrently.
    """

    async def claim(self, key: str) -> bool:
        """Record ``key``; True if it was not recorded yet (process it), False if it was (a duplicate)."""
        ...

    async def release(self, key: str) -> None:
        """Forget ``key``, so that a redelivery is processed (used when processing could not start)."""
        ...


class MemoryDedupeStore:
    """A DedupeStore in this process's memory, bounded in size and in time.

    An id is remembered for ``ttl`` seconds after it was claimed, and at most ``max_entries`` ids
    are kept (the oldest are forgotten first). Choose ``ttl`` at least as long as the ``max_age``
    the receiver accepts: a replay older than ``max_age`` is rejected by age, a younger one is
    still remembered here. Each process has its own store: with several workers, use a shared one.
    """

    def __init__(
        self,
        *,
        max_entries: int = 100_000,
        ttl: float = 24 * 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_count("max_entries", max_entries, minimum=1)
        if not isinstance(ttl, int | float) or isinstance(ttl, bool) or math.isnan(ttl) or ttl <= 0:
            raise ConfigurationError(f"ttl must be a number of seconds > 0, got {ttl!r}")
        self._max_entries = max_entries
        self._ttl = float(ttl)
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()  # claim order == expiry order
        self._lock = threading.Lock()

    async def claim(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            self._forget_expired(now)
            if key in self._expiry:
                return False
            self._expiry[key] = now + self._ttl
            while len(self._expiry) > self._max_entries:
                self._expiry.popitem(last=False)
            return True

    async def release(self, key: str) -> None:
        with self._lock:
            self._expiry.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            self._forget_expired(self._clock())
            return len(self._expiry)

    def __repr__(self) -> str:
        return f"MemoryDedupeStore(max_entries={self._max_entries}, ttl={self._ttl:g}, entries={len(self._expiry)})"

    def _forget_expired(self, now: float) -> None:
        expiry = self._expiry
        while expiry:
            key, expires = next(iter(expiry.items()))
            if expires > now:
                break
            del expiry[key]
