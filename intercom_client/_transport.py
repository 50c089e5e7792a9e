"""The transports the clients build: httpx's own (async and sync) and the aiohttp-backed one.

Each attempt of a call runs under a *total deadline* (``attempt_deadline``, an ``AttemptDeadline``):
a point on the monotonic clock by which the attempt must be over, whatever the server does. It starts
when the attempt gets its connection (a pool slot), not before: waiting for a slot is not part of an
attempt (under load, counting it made every call that waited time out unsent: at 10,000 concurrent
calls, all of them). That wait is bounded by the pool timeout and the call's deadline instead. A
deadline that a trickling server cannot extend must be enforced inside the transport, by ordinary
timeouts rather than by cancelling the task (cancellation in the middle of httpcore's pool bookkeeping
leaks connection slots: encode/httpcore#1093). So:

- httpx's transports get a network backend whose every connect, read and write starts the deadline
  (the request holds a connection by then) and is given ``min(its own timeout, time left before the
  deadline)``; past the deadline they raise httpcore's ``ConnectTimeout``/``ReadTimeout``/
  ``WriteTimeout``, which httpcore handles like any timeout (closing that connection and freeing its
  slot) and httpx reports as ``httpx.*Timeout``.
- The aiohttp transport queues requests for a connection slot itself (aiohttp's connector would count
  that wait in its ``total`` timeout), then passes the time left as aiohttp's ``total``. It reads the
  whole body before returning (but a streamed call's success, which it gives as it arrives, its head
  alone under the deadline), turns every aiohttp exception into the matching ``httpx`` one (without
  chaining aiohttp's: its ``request_info`` holds the request headers, token included), and switches
  off aiohttp's own retry of idempotent requests, so that the SDK alone counts, delays and logs attempts.

The pools keep as many idle connections as they may open (``DEFAULT_LIMITS``): httpx's default keeps
20, so above 20 concurrent calls nearly every request used to open a new connection.

No connection is reused while bytes that no request asked for are pending on it (a server that sent
two responses to one request): over HTTP/1.1 they would be read as the next request's answer, and
every later answer on that connection would stay one behind. Such a connection is closed instead and
the next request opens a new one (``_AsyncReuseGuard``/``_SyncReuseGuard`` under httpx's pools, the
check in ``_refuse_pending_reuse`` for aiohttp's connector).
"""

from __future__ import annotations

import base64
import contextlib
import ssl
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any, Final

import h11
import httpcore
import httpx

from ._deadline import AttemptDeadline, attempt_deadline, time_left
from ._exceptions import ConfigurationError

__all__ = [
    "DEFAULT_LIMITS",
    "AttemptDeadline",
    "aiohttp_transport",
    "async_transport",
    "attempt_deadline",
    "forget_connections",
    "install_deadlines",
    "proxy_mounts",
    "require_aiohttp",
    "sync_transport",
    "time_left",
]

DEFAULT_LIMITS = httpx.Limits(max_connections=200, max_keepalive_connections=200, keepalive_expiry=15.0)


# -- httpx's own transports: deadlines in the network backend ------------------------------------


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._stream.start_tls(ssl_context, server_hostname, time_left(timeout, httpcore.ConnectTimeout))
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, time_left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(
            path, time_left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _SyncDeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, time_left(timeout, httpcore.ConnectTimeout))
        return _SyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _SyncDeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, time_left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _SyncDeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, time_left(timeout, httpcore.ConnectTimeout), socket_options)
        return _SyncDeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadlines(transport: httpx.AsyncBaseTransport | httpx.BaseTransport) -> bool:
    """Put the deadline-enforcing network backend under an httpx transport's pool; False if it has none.

    httpx does not let a transport be given a network backend, so the pool's is wrapped in place. The
    pool's connections are also wrapped so that none is reused with unread bytes (``_guard_reuse``).
    """
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, (httpcore.AsyncConnectionPool, httpcore.ConnectionPool)):
        _guard_reuse(pool)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, (_AsyncDeadlineBackend, _SyncDeadlineBackend)):
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _SyncDeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    return False


# -- httpx's own transports: no reuse of a connection with unread bytes ----------------------------
#
# Why a wrapper, and why ``has_expired`` (httpcore 1.0.9, h11 0.16, read from their sources):
# httpcore reads up to 64 KiB at a time and feeds it all to h11. Bytes past the end of a response (a
# second, unsolicited response in the same read) stay in h11's receive buffer; when the response is
# closed, ``AsyncHTTP11Connection._response_closed`` calls ``h11.Connection.start_next_cycle()``,
# which keeps that buffer, and marks the connection IDLE. Its ``has_expired()`` only asks whether the
# *socket* is readable, which catches bytes that arrive later (they sit in the kernel's buffer) but
# not bytes h11 already holds, so the pool hands the connection to the next request, and h11 answers
# it from the buffer. The pool asks every connection ``has_expired()`` before it assigns a request
# (and after every response is closed) and closes those that say yes, so a connection that reports
# itself expired while IDLE with bytes in h11's buffer (``h11.Connection.trailing_data``, public) is
# closed, never reused. The pool's ``create_connection`` (its documented extension point) is wrapped
# on the instance, because httpx builds the pool itself; any other pool class (a proxy's) keeps its own.


def _holds_unread_bytes(connection: object) -> bool:
    """Whether the h11 parser under an httpcore connection holds received bytes no response consumed.

    httpcore's ``HTTPConnection`` keeps its HTTP/1.1 connection in ``_connection`` (a proxy's
    connection wraps one more level), which keeps its ``h11.Connection`` in ``_h11_state``. An HTTP/2
    connection has no h11 parser (h2 frames carry stream ids: nothing is answered out of turn).
    """
    for _ in range(3):
        state = getattr(connection, "_h11_state", None)
        if isinstance(state, h11.Connection):
            data, closed = state.trailing_data
            return bool(data) or closed
        connection = getattr(connection, "_connection", None)
        if connection is None:
            return False
    return False


class _ReuseGuard:
    """The part of an httpcore connection wrapper that does not do I/O: state, with the reuse check."""

    def __init__(self, connection: httpcore.AsyncConnectionInterface | httpcore.ConnectionInterface) -> None:
        self._connection = connection

    def _pending(self) -> bool:
        return self._connection.is_idle() and _holds_unread_bytes(self._connection)

    def has_expired(self) -> bool:
        return self._connection.has_expired() or self._pending()

    def is_available(self) -> bool:
        # The pool asks has_expired() first, in the same step, and closes the connection if so.
        return self._connection.is_available()

    def info(self) -> str:
        return self._connection.info()

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return self._connection.can_handle_request(origin)

    def is_idle(self) -> bool:
        return self._connection.is_idle()

    def is_closed(self) -> bool:
        return self._connection.is_closed()

    def __repr__(self) -> str:
        return repr(self._connection)


class _AsyncReuseGuard(_ReuseGuard, httpcore.AsyncConnectionInterface):
    """An async httpcore connection that reports itself expired while idle with unread bytes."""

    _connection: httpcore.AsyncConnectionInterface

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        return await self._connection.handle_async_request(request)

    async def aclose(self) -> None:
        await self._connection.aclose()


class _SyncReuseGuard(_ReuseGuard, httpcore.ConnectionInterface):
    """A sync httpcore connection that reports itself expired while idle with unread bytes."""

    _connection: httpcore.ConnectionInterface

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        return self._connection.handle_request(request)

    def close(self) -> None:
        self._connection.close()


class _GuardedFactory:
    """A pool's ``create_connection``, wrapping each connection it makes in a reuse guard."""

    def __init__(self, create: Callable[[httpcore.Origin], Any]) -> None:
        self._create = create

    def __call__(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface | httpcore.ConnectionInterface:
        connection = self._create(origin)
        if isinstance(connection, httpcore.AsyncConnectionInterface):
            return _AsyncReuseGuard(connection)
        return _SyncReuseGuard(connection)


def _guard_reuse(pool: httpcore.AsyncConnectionPool | httpcore.ConnectionPool) -> None:
    """Make ``pool`` wrap the connections it creates from now on in reuse guards (once)."""
    if not isinstance(vars(pool).get("create_connection"), _GuardedFactory):
        pool.create_connection = _GuardedFactory(pool.create_connection)  # type: ignore[method-assign,assignment]


class ShardedTransport(httpx.AsyncBaseTransport):
    """httpx's async transport as many one-connection pools, each request taking a free one.

    httpcore's pool hands every queued request the first idle connection it sees, so that under
    concurrency several requests race for the same connection and all but one go round again; and it
    rescans every request against every connection each time (at 200 concurrent calls over 200
    connections: 3.3 extra rounds per request, a core kept busy, about 110 calls/s). Here the SDK does
    the assigning: each shard is an ``httpx.AsyncHTTPTransport`` limited to one connection (kept alive),
    a request takes a free shard (the most recently used first, so warm connections are reused) or
    waits, within the pool timeout, for one to be freed. httpcore then never queues or races.

    Every shard is an ``httpx.AsyncHTTPTransport``, so tools that mock httpx's transport (pytest-httpx,
    respx) see every request as before. The attempt's total deadline starts when it has its shard.
    """

    def __init__(self, make_shard: Callable[[], httpx.AsyncHTTPTransport], max_connections: int) -> None:
        self.shards: list[httpx.AsyncHTTPTransport] = []
        self._make_shard = make_shard
        self._free: list[int] = []  # a stack: the most recently freed shard is taken first
        self._slots = _Slots(max_connections)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not await self._slots.acquire((request.extensions.get("timeout") or {}).get("pool")):
            raise httpx.PoolTimeout("no connection was free within the pool timeout", request=request)
        deadline = attempt_deadline.get()
        if deadline is not None:
            deadline.start()
        if self._free:
            index = self._free.pop()
        else:
            try:
                shard = self._make_shard()
            except BaseException:
                self._slots.release()  # no shard was taken: the slot goes back as it came
                raise
            index = len(self.shards)
            self.shards.append(shard)
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            self._release(index)
            raise
        response.stream = _ReleasingStream(response.stream, self._release, index)
        return response

    def _release(self, index: int) -> None:
        self._free.append(index)
        self._slots.release()

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


class _Slots:
    """A counting semaphore for many waiters: first come, first served, each wait bounded, O(1) per event.

    ``asyncio.Semaphore`` plus ``asyncio.timeout`` cost each waiter that times out a cancellation, two
    exceptions and an O(waiters) removal from the queue, and every release an O(waiters) scan: at
    10,000 waiting requests that was quadratic, and the exceptions kept alive added to the work of the
    garbage collector. Here a waiter is a future that a release completes with ``True`` (the slot is
    handed over directly) or its timer with ``False``; finished waiters are dropped lazily as the queue
    is served, and the queue is compacted when they are most of it, so it never holds more than twice
    the live waiters.
    """

    def __init__(self, count: int) -> None:
        self._free = count
        self._waiters: deque[Any] = deque()  # asyncio futures
        self._stale = 0  # waiters in the queue that are already done (timed out or cancelled)

    async def acquire(self, timeout: float | None) -> bool:
        """Take a slot: True, or False once ``timeout`` seconds passed without one."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return True
        import asyncio

        loop = asyncio.get_running_loop()
        waiter = loop.create_future()
        self._waiters.append(waiter)
        timer = None if timeout is None else loop.call_later(max(0.0, timeout), self._expire, waiter)
        try:
            got: bool = await waiter
            return got
        except BaseException:  # cancelled: hand on a slot it was given meanwhile
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release()
            else:
                self._dropped()
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def release(self) -> None:
        """Give the slot back: to the first live waiter, else to the free count."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if waiter.done():
                self._stale -= 1
                continue
            waiter.set_result(True)
            return
        self._free += 1

    def _expire(self, waiter: Any) -> None:
        if not waiter.done():
            waiter.set_result(False)
            self._dropped()

    def _dropped(self) -> None:
        """A waiter left the queue's live ones; compact the queue when finished ones are most of it."""
        self._stale += 1
        if self._stale > 64 and self._stale * 2 > len(self._waiters):
            self._waiters = deque(w for w in self._waiters if not w.done())
            self._stale = 0


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that frees its shard when it is closed (its connection is then idle again)."""

    def __init__(self, stream: Any, release: Callable[[int], None], index: int) -> None:
        self._stream = stream
        self._release = release
        self._index: int | None = index

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._index is not None:
                index, self._index = self._index, None
                self._release(index)


def _limits(max_connections: int | None) -> httpx.Limits:
    """The pool limits: ``DEFAULT_LIMITS``, or that many connections (all kept alive when idle)."""
    if max_connections is None:
        return DEFAULT_LIMITS
    return httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=DEFAULT_LIMITS.keepalive_expiry,
    )


def async_transport(
    verify: ssl.SSLContext, proxy: httpx.Proxy | None = None, max_connections: int | None = None
) -> httpx.AsyncBaseTransport:
    """httpx's async transport with the SDK's limits and total deadlines: one connection per shard, or
    (through ``proxy``) one pool of connections to the proxy."""
    if proxy is not None:
        proxied = httpx.AsyncHTTPTransport(verify=verify, limits=_limits(max_connections), proxy=proxy)
        install_deadlines(proxied)
        return proxied
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=DEFAULT_LIMITS.keepalive_expiry)

    def shard() -> httpx.AsyncHTTPTransport:
        transport = httpx.AsyncHTTPTransport(verify=verify, limits=one)
        install_deadlines(transport)
        return transport

    return ShardedTransport(shard, _limits(max_connections).max_connections or 200)


def sync_transport(
    verify: ssl.SSLContext, proxy: httpx.Proxy | None = None, max_connections: int | None = None
) -> httpx.HTTPTransport:
    """httpx's sync transport with the SDK's pool limits and total deadlines (through ``proxy`` if given)."""
    transport = httpx.HTTPTransport(verify=verify, limits=_limits(max_connections), proxy=proxy)
    install_deadlines(transport)
    return transport


# -- proxies from the environment -----------------------------------------------------------------


# The variable behind each of httpx's environment mounts (either case; the lower-case one wins).
def proxy_mounts(proxies: Mapping[str, httpx.Proxy | None], build: Callable[[httpx.Proxy], Any]) -> dict[str, Any]:
    """httpx ``mounts`` for ``proxies``: a transport made by ``build`` per proxy, None (direct) where NO_PROXY says."""
    return {pattern: None if proxy is None else build(proxy) for pattern, proxy in proxies.items()}


def forget_connections(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """Empty the pools of ``http``'s httpx transports without closing anything (in a forked child).

    The connections are the parent's conversations: closing them in the child would run protocol code
    on sockets (and event loops) the parent still uses. They are returned, for the caller to keep out
    of reach of finalizers. The pool's lock is made again (another thread of the parent may have held it).
    """
    forgotten: list[Any] = []
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, (httpcore.ConnectionPool, httpcore.AsyncConnectionPool)):
            forgotten += pool._connections
            pool._connections = []
            pool._requests = []
            pool._optional_thread_lock = type(pool._optional_thread_lock)()
    return forgotten


# -- the aiohttp transport ------------------------------------------------------------------------


def require_aiohttp() -> None:
    """Raise ``ConfigurationError`` saying what to install when the ``aiohttp`` extra is missing."""
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(
            "http_backend='aiohttp' needs httpx-aiohttp: pip install 'intercom-client[aiohttp]'"
        ) from exc


def aiohttp_transport(
    verify: ssl.SSLContext, proxy: httpx.Proxy | None = None, max_connections: int | None = None
) -> httpx.AsyncBaseTransport:
    """The aiohttp-backed transport (``http_backend="aiohttp"``), through ``proxy`` if given; needs the ``aiohttp`` extra."""
    require_aiohttp()
    return _aiohttp_transport_class()(verify=verify, limits=_limits(max_connections), proxy=proxy)


_AIOHTTP_CLASS: Callable[..., httpx.AsyncBaseTransport] | None = None


def _aiohttp_transport_class() -> Callable[..., httpx.AsyncBaseTransport]:
    """The class, defined on first use: importing aiohttp costs tens of milliseconds."""
    global _AIOHTTP_CLASS
    if _AIOHTTP_CLASS is None:
        _AIOHTTP_CLASS = _define_aiohttp_transport()
    return _AIOHTTP_CLASS


def _define_aiohttp_transport() -> Callable[..., httpx.AsyncBaseTransport]:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    class IntercomAiohttpTransport(AiohttpTransport):
        """httpx-aiohttp's transport with total deadlines, safe errors and no retry of its own."""

        def get_client(self) -> aiohttp.ClientSession:
            session = super().get_client()
            # aiohttp resends an idempotent request once, silently, when a reused connection breaks.
            # The SDK's retry policy must be the only one (counted, delayed and logged), so it is off.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            _refuse_pending_reuse(session.connector)
            return session

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._slots = _Slots(self.limits.max_connections or 100)  # aiohttp's default limit is 100

        def _proxy_options(self, request: httpx.Request) -> dict[str, Any]:
            """aiohttp's arguments for ``request``: its headers, and this transport's proxy if it has one.

            As httpx does: the proxy's headers (and its credentials, as Basic auth) go with the request
            itself to an http:// target (the proxy forwards it), with the CONNECT to an https:// one.
            """
            proxy: httpx.Proxy | None = self.proxy
            if proxy is None:
                return {"headers": request.headers}
            extra = dict(proxy.headers)
            if proxy.raw_auth is not None:
                extra["Proxy-Authorization"] = "Basic " + base64.b64encode(b":".join(proxy.raw_auth)).decode()
            if request.url.scheme == "https":
                return {"headers": request.headers, "proxy": str(proxy.url), "proxy_headers": extra or None}
            headers = request.headers.copy()
            headers.update(extra)
            return {"headers": headers, "proxy": str(proxy.url)}

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            """Wait for a connection slot (within the pool timeout), start the attempt's deadline, send.

            aiohttp's connector would queue the requests past its limit itself, but inside
            ``session.request``, whose ``total`` timeout counts that wait, and each queued request would
            already hold aiohttp's request objects (at 10,000 waiting calls the garbage collector's work
            kept the event loop from the connections for seconds). So the SDK queues them first, as
            ``ShardedTransport`` does, with the connector's limit: the connector never waits, and
            aiohttp's ``total`` (the time left, ``time_left``) counts from when the attempt has its slot.
            """
            if not await self._slots.acquire((request.extensions.get("timeout") or {}).get("pool")):
                raise httpx.PoolTimeout("no connection was free within the pool timeout", request=request)
            try:
                deadline = attempt_deadline.get()
                if deadline is not None:
                    deadline.start()
                response = await self._send(request)
            except BaseException:
                self._slots.release()
                raise
            if isinstance(response.stream, _LiveBody):
                response.stream.on_close = self._slots.release  # the connection is busy until the body is closed
            else:
                self._slots.release()
            return response

        async def _send(self, request: httpx.Request) -> httpx.Response:
            """Send ``request``; read its body whole (within its bound), or for a streamed call's success
            give it as a :class:`_LiveBody` that reads it as the caller does.

            A streamed body is not under aiohttp's ``total`` timeout, which runs until the connection is
            released: the attempt's deadline bounds the wait for the response's head (``asyncio.timeout``),
            as it does on httpx's transports, and each read of the body has the read timeout.
            """
            import asyncio

            from ._body import LIMITS_KEY

            if not isinstance(self.client, aiohttp.ClientSession):
                self.client = self.get_client()
            session = self.client
            limits = request.extensions.get(LIMITS_KEY)
            streamed = limits is not None and limits.stream
            failure: httpx.TransportError | None = None
            response: aiohttp.ClientResponse | None = None
            try:
                timeout = request.extensions.get("timeout", {})
                body = await request.aread()
                left = time_left(None, httpcore.ConnectTimeout)
                async with asyncio.timeout(left) if streamed else _NO_TIMEOUT:
                    response = await session.request(
                        method=request.method,
                        url=str(request.url),
                        data=body or None,
                        allow_redirects=False,
                        auto_decompress=False,
                        compress=False,
                        timeout=aiohttp.ClientTimeout(
                            total=None if streamed else left,
                            connect=timeout.get("pool"),
                            sock_connect=timeout.get("connect"),
                            sock_read=timeout.get("read"),
                        ),
                        server_hostname=request.extensions.get("sni_hostname"),
                        **self._proxy_options(request),
                    )
                    if streamed and response.status < 300:
                        live, response = _LiveBody(response, request), None  # the body's to close now
                        return _httpx_response(live.response, request, live)
                    content = await _read_bounded(response, request)
                return _httpx_response(response, request, httpx.ByteStream(content))
            except httpcore.ConnectTimeout:
                failure = httpx.ConnectTimeout("the attempt's total deadline passed", request=request)
            except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
                failure = _from_aiohttp(exc, request)
            finally:
                if response is not None:
                    response.release()
            # Raised here, outside the except block, so that aiohttp's exception is not its __context__.
            raise failure

    # A buffered call's attempt is bounded by aiohttp's own ``total``: no asyncio.timeout around it.
    _NO_TIMEOUT: Final = contextlib.nullcontext()

    def _httpx_response(response: aiohttp.ClientResponse, request: httpx.Request, stream: Any) -> httpx.Response:
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=stream,
            request=request,
            extensions=extensions,
        )

    class _LiveBody(httpx.AsyncByteStream):
        """A streamed call's body, read from aiohttp as the caller reads it; closing it frees the connection."""

        def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
            from ._body import PIECE

            self.response = response
            self.on_close: Callable[[], None] | None = None
            self._request = request
            self._piece = PIECE
            self._closed = False

        async def __aiter__(self) -> AsyncIterator[bytes]:
            failure: httpx.TransportError | None = None
            try:
                async for chunk in self.response.content.iter_chunked(self._piece):
                    yield chunk
            except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
                failure = _from_aiohttp(exc, self._request)
            if failure is not None:
                raise failure  # outside the except block: aiohttp's exception is not its __context__

        async def aclose(self) -> None:
            if self._closed:
                return
            self._closed = True
            try:
                self.response.release()  # a body not read to its end closes the connection
            finally:
                if self.on_close is not None:
                    self.on_close()

    async def _read_bounded(response: aiohttp.ClientResponse, request: httpx.Request) -> bytes:
        """The raw body, read whole as it arrives but never past the bound of the call (see ``_body.py``)."""
        from ._body import LIMITS_KEY, BodyLimits, raw_limit

        limits: BodyLimits | None = request.extensions.get(LIMITS_KEY)
        limit, option = limits.for_status(response.status) if limits is not None else (None, "")
        most = raw_limit(limit)
        if most is None:
            return await response.read()
        if response.content_length is not None:
            if response.content_length > most:
                raise _too_large(limit, option, request, response.status)
            # aiohttp's parser reads exactly Content-Length bytes of a body (what follows is the next
            # message's), and decodes nothing (auto_decompress=False): read() is bounded by it.
            return await response.read()
        body = bytearray()  # not a list of the chunks: a chunk of a byte or two is an object of 40 bytes
        async for chunk in response.content.iter_any():
            if len(body) + len(chunk) > most:
                raise _too_large(limit, option, request, response.status)
            body += chunk
        return bytes(body)

    def _refuse_pending_reuse(connector: aiohttp.BaseConnector | None) -> None:
        """Make ``connector`` close, rather than reuse, a pooled connection on which a response is pending.

        Why here (aiohttp 3.14, read from its sources): an idle pooled connection keeps reading, and its
        ``ResponseHandler`` parses bytes that arrive (a second, unsolicited response) into its queue of
        messages; the next request on it reads that message as its answer. aiohttp decides whether a
        connection may be pooled by ``ResponseHandler.should_close`` (true with a queued message, a
        buffered tail, an unread body, an error, or ``Connection: close``), but only when the
        connection is *released*: ``BaseConnector._get``, which takes a pooled connection for a new
        request, only asks ``is_connected()``. So ``_get`` asks ``should_close`` again, and closes each
        pooled connection that says yes (``Connection.close``, which frees its slot) until one that says
        no, or none is left and ``connect`` opens a new one. (Bytes that arrive *with* the response are
        already caught: they are queued before the release, which then closes the connection.)
        """
        if connector is None:
            return
        get = connector._get

        async def get_without_pending(*args: Any, **kwargs: Any) -> aiohttp.connector.Connection | None:
            while (connection := await get(*args, **kwargs)) is not None:
                protocol = connection.protocol
                if protocol is None or not protocol.should_close:
                    return connection
                connection.close()
            return None

        connector._get = get_without_pending  # type: ignore[method-assign]

    def _from_aiohttp(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
        """The httpx error for an aiohttp one; its message names only the kind and the server's words."""
        mapped: type[httpx.TransportError]
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            mapped, what = httpx.ConnectTimeout, "connection timed out"
        elif isinstance(exc, aiohttp.ClientConnectorError):
            mapped, what = httpx.ConnectError, f"cannot connect: {exc.os_error.strerror or type(exc.os_error).__name__}"
        elif isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, TimeoutError)):
            mapped, what = httpx.ReadTimeout, "timed out waiting for the response"
        elif isinstance(exc, aiohttp.InvalidURL):
            mapped, what = httpx.UnsupportedProtocol, "invalid URL"
        elif isinstance(exc, ValueError):
            mapped, what = httpx.LocalProtocolError, "the request could not be sent as given"
        elif isinstance(exc, aiohttp.ClientResponseError):
            # A response head the parser rejected (status line, header too large, too many headers).
            mapped, what = httpx.RemoteProtocolError, f"malformed response: {_short(exc.message)}"
        elif isinstance(exc, aiohttp.ServerDisconnectedError):
            mapped, what = httpx.RemoteProtocolError, "server disconnected without a complete response"
        elif isinstance(exc, aiohttp.ClientPayloadError):
            mapped, what = httpx.RemoteProtocolError, f"incomplete or malformed body: {_short(str(exc))}"
        else:
            mapped, what = httpx.ReadError, f"connection error: {type(exc).__name__}"
        return mapped(what, request=request)

    return IntercomAiohttpTransport


def _too_large(limit: int | None, option: str, request: httpx.Request, status: int) -> Exception:
    from ._exceptions import ResponseTooLargeError

    assert limit is not None
    return ResponseTooLargeError(
        limit=limit, option=option, method=request.method, path=request.url.path, status=status
    )


def _short(text: object, limit: int = 160) -> str:
    """A one-line excerpt of a parser's message (which quotes the server's bytes, never the request)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
