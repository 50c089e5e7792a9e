"""RedisDedupeStore: the webhook notification ids already accepted, shared by every receiving process.

Intercom may deliver a notification more than once, and with several workers behind a load balancer
each copy can reach another process. The webhook receiver records each notification id in a dedupe
store before it runs the handler; this one keeps the record in Redis, so a copy is recognised by any
process::

    from intercom_client import RedisConnection, RedisDedupeStore, RedisRateLimiter

    redis = RedisConnection("redis://redis.internal:6379/0")      # one set of settings for both
    receiver = WebhookReceiver(secret=..., handler=..., dedupe=RedisDedupeStore(redis))
    client = AsyncIntercom(rate_limiter=RedisRateLimiter(redis))

It implements the webhooks' ``DedupeStore`` interface (``async claim(key) -> bool``, ``async release(key)``):
``claim`` is one ``SET key 1 NX PX ttl`` (atomic: of two processes claiming the same id at once, exactly
one gets True), ``release`` is ``DEL key``. Each id is forgotten ``ttl`` seconds after it was claimed.

When Redis does not answer, ``claim`` raises :class:`RedisUnavailableError` (the receiver then answers
500 and Intercom delivers the notification again later); with ``fail_open=True`` it returns True instead,
so notifications are processed (a copy may then be processed twice), with one warning per outage.
"""

from __future__ import annotations

import math

from ._config import check_seconds
from ._exceptions import RedisUnavailableError
from ._redis_connection import DEFAULT_REDIS_URL, RedisConnection, redis_errors

__all__ = ["RedisDedupeStore"]


class RedisDedupeStore:
    """A webhook ``DedupeStore`` in Redis, shared by every process that uses the same Redis and prefix.

    Args:
        redis: A Redis URL or a :class:`RedisConnection` (shared with a ``RedisRateLimiter``).
        ttl: Seconds an id is remembered after its claim; at least the ``max_age`` the receiver accepts.
        fail_open: When Redis does not answer, treat every notification as new instead of raising.
    """

    def __init__(
        self, redis: str | RedisConnection = DEFAULT_REDIS_URL, *, ttl: float = 24 * 3600.0, fail_open: bool = False
    ) -> None:
        self.connection = redis if isinstance(redis, RedisConnection) else RedisConnection(redis)
        self.ttl = check_seconds("ttl", ttl, optional=False)
        self.fail_open = fail_open
        self._prefix = f"{self.connection.key_prefix}:webhook-seen:"

    def __repr__(self) -> str:
        return f"RedisDedupeStore({self.connection.where!r}, ttl={self.ttl:g}, fail_open={self.fail_open})"

    def key(self, notification_id: str) -> str:
        """The Redis key of ``notification_id``."""
        return self._prefix + notification_id

    async def claim(self, key: str) -> bool:
        """Record ``key``; True if no process had (process it), False if one had (a copy)."""
        connection = self.connection
        if connection.usable():
            try:
                claimed = await connection.async_client().set(
                    self.key(key), b"1", nx=True, px=math.ceil(self.ttl * 1000)
                )
            except redis_errors() as exc:
                self._failed(exc)
            else:
                connection.answered()
                return bool(claimed)
        elif not self.fail_open:
            self._failed(None)
        return True

    async def release(self, key: str) -> None:
        """Forget ``key`` (a redelivery is then processed); nothing happens while Redis is unreachable."""
        connection = self.connection
        if not connection.usable():
            return
        try:
            await connection.async_client().delete(self.key(key))
        except redis_errors() as exc:
            connection.failed(exc, self._fallback())
        else:
            connection.answered()

    async def aclose(self) -> None:
        """Close the connection's clients of the running event loop."""
        await self.connection.aclose()

    def _fallback(self) -> str:
        return "webhook notifications are processed without dedupe" if self.fail_open else "webhooks are answered 500"

    def _failed(self, error: BaseException | None) -> None:
        """Note that Redis did not answer (``error``, or None: known down); raise unless failing open."""
        if error is not None:
            self.connection.failed(error, self._fallback())
        if not self.fail_open:
            raise RedisUnavailableError(
                f"Redis at {self.connection.where} did not answer: "
                "cannot tell whether this webhook notification was seen before"
            ) from None
