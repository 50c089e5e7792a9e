"""RedisConnection: the settings and clients of the Redis that SDK components share state through.

``RedisRateLimiter`` (a rate-limit budget shared by processes) and ``RedisDedupeStore`` (webhook
notification ids seen by any process) take one, so both reach the same server with the same timeouts
and key prefix. Needs the ``redis`` package: ``pip install 'intercom-client[redis]'``.

Redis is a helper here, never a single point of failure: every command has a short timeout (1 s by
default), and the connection remembers an outage (one warning when it starts, at most one a minute;
one INFO line when Redis answers again) so that its users fall back at once instead of each waiting
for a timeout. While Redis is marked down, one caller every ``retry_interval`` seconds tries it again;
a restarted server is used again by itself.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import math
import threading
import time
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._config import check_count, check_seconds
from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_REDIS_URL", "RedisConnection"]

logger = logging.getLogger(__package__)

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
WARNING_INTERVAL = 60.0  # seconds between two warnings about outages


class RedisConnection:
    """One Redis server, reached from sync and async code, with the SDK's timeouts and key prefix.

    Args:
        url: A redis-py URL: ``redis://[[user]:password@]host[:port][/db]``, ``rediss://`` for TLS,
            ``unix:///path.sock``. The password is never logged nor put in an error.
        timeout: Seconds a connect or a command may take before Redis counts as unreachable; keep it
            short: it is added to a request's latency while Redis is slow.
        key_prefix: The start of every key the SDK writes.
        retry_interval: While Redis is unreachable, how often one caller tries it again.
        max_connections: Connections to Redis per process (and per event loop); callers beyond them
            wait for one, up to ``timeout``.

    The clients are created on first use (one for sync code, one per event loop for async code) and
    closed by ``close``/``aclose``; the connection is yours, the SDK's clients never close it.
    """

    def __init__(
        self,
        url: str = DEFAULT_REDIS_URL,
        *,
        timeout: float = 1.0,
        key_prefix: str = "intercom-client",
        retry_interval: float = 1.0,
        max_connections: int = 16,
    ) -> None:
        try:
            import redis  # noqa: F401
        except ImportError:
            raise ConfigurationError(
                "Redis support needs the redis package: pip install 'intercom-client[redis]'"
            ) from None
        from redis.connection import parse_url

        if not isinstance(url, str):
            raise ConfigurationError(f"url must be a redis:// URL, got {type(url).__name__}")
        try:
            parts = parse_url(url)  # type: ignore[no-untyped-call]
        except ValueError as exc:
            # redis-py's messages name the scheme, not the password.
            raise ConfigurationError(f"not a Redis URL ({exc})") from None
        check_seconds("timeout", timeout, optional=False)
        check_seconds("retry_interval", retry_interval, optional=False)
        check_count("max_connections", max_connections, minimum=1)
        if not isinstance(key_prefix, str) or not key_prefix or any(c.isspace() for c in key_prefix):
            raise ConfigurationError(f"key_prefix must be a non-empty string without spaces, got {key_prefix!r}")
        self._url = url
        self.timeout = float(timeout)
        self.key_prefix = key_prefix
        self.retry_interval = float(retry_interval)
        self.max_connections = max_connections
        path = parts.get("path")
        self.where = (
            f"unix:{path}" if path else f"{parts.get('host', 'localhost')}:{parts.get('port', 6379)}"
        ) + f"/{parts.get('db', 0)}"
        self._lock = threading.Lock()
        self._sync: redis.Redis | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, redis.asyncio.Redis] = (
            weakref.WeakKeyDictionary()
        )
        self._down_until: float | None = None  # monotonic; None: not known to be down
        self._outage = False  # a warning was logged and Redis has not answered since
        self._warned_at = -math.inf

    def __repr__(self) -> str:
        return f"RedisConnection({self.where!r}, timeout={self.timeout:g}, key_prefix={self.key_prefix!r})"

    # -- clients ------------------------------------------------------------------------------

    def _pool_options(self, retry_class: Any) -> dict[str, Any]:
        from redis.backoff import NoBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError

        return {
            # A few connections, shared by all the tasks and threads of the process: many callers at
            # once wait (up to the timeout) for one instead of opening hundreds.
            "max_connections": self.max_connections,
            "timeout": self.timeout,
            "socket_timeout": self.timeout,
            "socket_connect_timeout": self.timeout,
            # One immediate retry on a broken connection (a pooled one to a server that restarted);
            # none on a timeout: a slow Redis is left alone, not asked twice.
            "retry_on_timeout": False,
            "retry": retry_class(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
        }

    def sync_client(self) -> redis.Redis:
        """The client for sync code (thread-safe: redis-py pools its connections)."""
        if self._sync is None:
            import redis
            from redis.retry import Retry

            with self._lock:
                if self._sync is None:
                    pool = redis.BlockingConnectionPool.from_url(self._url, **self._pool_options(Retry))
                    self._sync = redis.Redis(connection_pool=pool)
        return self._sync

    def async_client(self) -> redis.asyncio.Redis:
        """The client for async code on the running event loop (redis-py's connections belong to one loop)."""
        loop = asyncio.get_running_loop()
        client = self._async.get(loop)
        if client is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry

            pool = redis.asyncio.BlockingConnectionPool.from_url(self._url, **self._pool_options(Retry))
            client = self._async[loop] = redis.asyncio.Redis(connection_pool=pool)
        return client

    def run_script(self, lua: str, keys: Sequence[str], args: Sequence[str]) -> Any:
        """Run the Lua script ``lua`` with the sync client: by its hash, or whole when Redis does not have it
        (the first time, and after a restart emptied its script cache)."""
        from redis.exceptions import NoScriptError

        client = self.sync_client()
        try:
            return client.evalsha(_sha1(lua), len(keys), *keys, *args)
        except NoScriptError:
            return client.eval(lua, len(keys), *keys, *args)

    async def run_script_async(self, lua: str, keys: Sequence[str], args: Sequence[str]) -> Any:
        """``run_script`` with the running event loop's async client."""
        from redis.exceptions import NoScriptError

        client = self.async_client()
        try:
            return await client.evalsha(_sha1(lua), len(keys), *keys, *args)
        except NoScriptError:
            return await client.eval(lua, len(keys), *keys, *args)

    def close(self) -> None:
        """Close the sync client's connections."""
        if self._sync is not None:
            self._sync.connection_pool.disconnect()
            self._sync = None

    async def aclose(self) -> None:
        """Close the connections of the running loop's async client, and the sync client's."""
        client = self._async.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.connection_pool.disconnect()
        self.close()

    # -- outages ------------------------------------------------------------------------------

    def usable(self) -> bool:
        """Whether to ask Redis now: it is not known to be down, or it is this caller's turn to try it again."""
        with self._lock:
            if self._down_until is None:
                return True
            now = time.monotonic()
            if now < self._down_until:
                return False
            self._down_until = now + self.retry_interval  # the others keep falling back meanwhile
            return True

    def failed(self, error: BaseException, fallback: str) -> None:
        """Mark Redis down after ``error``; the first failure of an outage logs one warning saying ``fallback``."""
        with self._lock:
            now = time.monotonic()
            self._down_until = now + self.retry_interval
            first = not self._outage
            self._outage = True
            # A Redis that comes and goes is one warning a minute, not one per blip (the rest at INFO).
            quiet = now - self._warned_at < WARNING_INTERVAL
            if first and not quiet:
                self._warned_at = now
        if first:
            logger.log(
                logging.INFO if quiet else logging.WARNING,
                "Redis at %s did not answer (%s: %s); %s until it does",
                self.where,
                type(error).__name__,
                error,
                fallback,
                extra={"redis": self.where, "error": type(error).__name__},
            )

    def answered(self) -> None:
        """Redis answered: forget an outage (logging, at INFO, that it is over)."""
        if self._down_until is None and not self._outage:
            return
        with self._lock:
            ended = self._outage
            self._down_until = None
            self._outage = False
        if ended:
            logger.info("Redis at %s answers again; shared state resumed", self.where, extra={"redis": self.where})


@functools.cache
def _sha1(lua: str) -> str:
    return hashlib.sha1(lua.encode()).hexdigest()


def redis_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean Redis did not answer (imported only when Redis is used)."""
    from redis.exceptions import RedisError

    return (RedisError, OSError)
