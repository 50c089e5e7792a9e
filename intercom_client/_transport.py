"""The transports the clients build: httpx's own (async and sync) and the aiohttp-backed one.

Each attempt of a call runs under a *total deadline* (``attempt_deadline``): a point on the monotonic
clock by which the attempt must be over, whatever the server does. A deadline that a trickling server
cannot extend must be enforced inside the transport, by ordinary timeouts rather than by cancelling
the task (cancellation in the middle of httpcore's pool bookkeeping leaks connection slots:
encode/httpcore#1093). So:

- httpx's transports get a network backend whose every connect, read and write is given
  ``min(its own timeout, time left before the deadline)``; past the deadline they raise httpcore's
  ``ConnectTimeout``/``ReadTimeout``/``WriteTimeout``, which httpcore handles like any timeout
  (closing that connection and freeing its slot) and httpx reports as ``httpx.*Timeout``.
- The aiohttp transport passes the time left as aiohttp's ``total`` timeout, reads the whole body
  before returning, turns every aiohttp exception into the matching ``httpx`` one (without chaining
  aiohttp's: its ``request_info`` holds the request headers, token included), and switches off
  aiohttp's own retry of idempotent requests, so that the SDK alone counts, delays and logs attempts.

The pools keep as many idle connections as they may open (``DEFAULT_LIMITS``): httpx's default keeps
20, so above 20 concurrent calls nearly every request used to open a new connection.
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import httpcore
import httpx

from ._exceptions import ConfigurationError

__all__ = [
    "DEFAULT_LIMITS",
    "aiohttp_transport",
    "async_transport",
    "attempt_deadline",
    "install_deadlines",
    "sync_transport",
    "time_left",
]

DEFAULT_LIMITS = httpx.Limits(max_connections=200, max_keepalive_connections=200, keepalive_expiry=15.0)
# httpx's async pool is split into this many pools (see ShardedTransport).
ASYNC_SHARDS = 8

# The monotonic time by which the current attempt must be over (None: no total deadline). A context
# variable, so that each task (async) or thread (sync) sees the deadline of the attempt it runs.
attempt_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "intercom_client_attempt_deadline", default=None
)


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to the time left before the attempt's deadline; ``error`` once it has passed."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's total deadline passed")
    return left if timeout is None else min(timeout, left)


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

    httpx does not let a transport be given a network backend, so the pool's is wrapped in place.
    """
    pool = getattr(transport, "_pool", None)
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


class ShardedTransport(httpx.AsyncBaseTransport):
    """httpx's async transport split into several small pools, each request going to the least busy one.

    httpcore's pool matches queued requests to connections by scanning all of both on every request and
    every response: its cost per event grows with requests x connections, so at 200 concurrent calls
    over 200 connections the pool alone kept a core busy (150 concurrent calls took 3.4 s where raw
    asyncio sockets took 0.3 s on the same server). Eight pools of 25 connections scan 64 times less,
    and each keeps all of its connections alive, so connections are reused rather than churned.

    Each shard is an ``httpx.AsyncHTTPTransport``, so tools that mock httpx's transport (pytest-httpx,
    respx) see every request as before.
    """

    def __init__(self, shards: list[httpx.AsyncHTTPTransport]) -> None:
        self.shards = shards
        self._busy = [0] * len(shards)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = min(range(len(self.shards)), key=self._busy.__getitem__)
        self._busy[index] += 1
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            self._busy[index] -= 1
            raise
        response.stream = _CountedStream(response.stream, self._busy, index)
        return response

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


class _CountedStream(httpx.AsyncByteStream):
    """A response body that tells its shard when it is closed (the connection is free again)."""

    def __init__(self, stream: Any, busy: list[int], index: int) -> None:
        self._stream = stream
        self._busy = busy
        self._index: int | None = index

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._index is not None:
                self._busy[self._index] -= 1
                self._index = None


def async_transport(verify: ssl.SSLContext) -> ShardedTransport:
    """httpx's async transport, sharded, with the SDK's pool limits and total deadlines."""
    per_shard = httpx.Limits(
        max_connections=DEFAULT_LIMITS.max_connections // ASYNC_SHARDS,  # type: ignore[operator]
        max_keepalive_connections=DEFAULT_LIMITS.max_keepalive_connections // ASYNC_SHARDS,  # type: ignore[operator]
        keepalive_expiry=DEFAULT_LIMITS.keepalive_expiry,
    )
    shards = [httpx.AsyncHTTPTransport(verify=verify, limits=per_shard) for _ in range(ASYNC_SHARDS)]
    for shard in shards:
        install_deadlines(shard)
    return ShardedTransport(shards)


def sync_transport(verify: ssl.SSLContext) -> httpx.HTTPTransport:
    """httpx's sync transport with the SDK's pool limits and total deadlines."""
    transport = httpx.HTTPTransport(verify=verify, limits=DEFAULT_LIMITS)
    install_deadlines(transport)
    return transport


# -- the aiohttp transport ------------------------------------------------------------------------


def aiohttp_transport(verify: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """The aiohttp-backed transport (``http_backend="aiohttp"``); needs the ``aiohttp`` extra."""
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(
            "http_backend='aiohttp' needs httpx-aiohttp: pip install 'intercom-client[aiohttp]'"
        ) from exc
    return _aiohttp_transport_class()(verify=verify, limits=DEFAULT_LIMITS)


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
            return session

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if not isinstance(self.client, aiohttp.ClientSession):
                self.client = self.get_client()
            session = self.client
            failure: httpx.TransportError | None = None
            try:
                timeout = request.extensions.get("timeout", {})
                body = await request.aread()
                async with session.request(
                    method=request.method,
                    url=str(request.url),
                    headers=request.headers,
                    data=body or None,
                    allow_redirects=False,
                    auto_decompress=False,
                    compress=False,
                    timeout=aiohttp.ClientTimeout(
                        total=time_left(None, httpcore.ConnectTimeout),
                        connect=timeout.get("pool"),
                        sock_connect=timeout.get("connect"),
                        sock_read=timeout.get("read"),
                    ),
                    server_hostname=request.extensions.get("sni_hostname"),
                ) as response:
                    content = await response.read()
                    extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
                    if response.reason:
                        extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
                    return httpx.Response(
                        status_code=response.status,
                        headers=response.raw_headers,
                        stream=httpx.ByteStream(content),
                        request=request,
                        extensions=extensions,
                    )
            except httpcore.ConnectTimeout:
                failure = httpx.ConnectTimeout("the attempt's total deadline passed", request=request)
            except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
                failure = _from_aiohttp(exc, request)
            # Raised here, outside the except block, so that aiohttp's exception is not its __context__.
            raise failure

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


def _short(text: object, limit: int = 160) -> str:
    """A one-line excerpt of a parser's message (which quotes the server's bytes, never the request)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
