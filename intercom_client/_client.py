"""AsyncIntercom and Intercom: authentication, regions, API version, retries, rate limits, logging.

Generated endpoint functions send every request through ``client.request(...)``; this module is
where the SDK's behaviour around a request lives. The retry decisions are made by code shared by
both clients (``_BaseIntercom``); the two ``request`` loops differ only in how they wait and send.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, Generic, Literal, Self, TypedDict, TypeVar, Unpack

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, ConfigurationError, error_for_response
from ._rate_limit import RateLimit, RateLimitPacer, retry_after_seconds
from ._version import USER_AGENT
from .generated._spec import DEFAULT_API_VERSION
from .generated.api import AsyncResources, SyncResources

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "REGIONS", "AsyncIntercom", "Intercom"]

logger = logging.getLogger(__package__)

REGIONS: Mapping[str, str] = {
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}
TOKEN_ENV_VAR = "INTERCOM_ACCESS_TOKEN"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses that say the server did not act on the request, so even a POST may be sent again.
NOT_ACTED_ON_STATUSES = frozenset({408, 429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

TimeoutTypes = float | httpx.Timeout | None
HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


class _HTTPClientSlot(Generic[HTTPClient]):
    """The httpx client of a client and of the clients derived from it, created on first use.

    Creating an httpx client loads the CA bundle and the transport's modules (tens of milliseconds):
    constructing an SDK client stays cheap, and a client that never sends pays nothing.
    """

    __slots__ = ("_factory", "client")

    def __init__(self, factory: Callable[[], HTTPClient] | None = None, client: HTTPClient | None = None) -> None:
        self._factory: Callable[[], HTTPClient] | None = factory
        self.client: HTTPClient | None = client

    def get(self) -> HTTPClient:
        if self.client is None:
            assert self._factory is not None
            self.client = self._factory()
        return self.client


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here rather than at import time: only a retry or a paced request sleeps

    await asyncio.sleep(seconds)


HttpBackend = Literal["httpx", "aiohttp"]


class _NotGiven:
    """The type of NOT_GIVEN: an option left as it is (None is a valid timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()


class ClientOptions(TypedDict, total=False):
    """The options both clients take (see AsyncIntercom for what each does)."""

    token: str | None
    region: str | None
    base_url: str | None
    version: str | None
    timeout: TimeoutTypes
    max_retries: int
    default_headers: Mapping[str, str] | None
    max_retry_wait: float
    retry_unsafe_methods: bool
    pace_rate_limits: bool
    allow_insecure_base_url: bool
    strict_decoding: bool


class _BaseIntercom:
    """Options and retry policy shared by the async and sync clients."""

    _owns_http: bool

    def __init__(
        self,
        *,
        token: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        retry_unsafe_methods: bool = False,
        pace_rate_limits: bool = False,
        allow_insecure_base_url: bool = False,
        strict_decoding: bool = False,
    ) -> None:
        token = token if token is not None else os.environ.get(TOKEN_ENV_VAR)
        if not token or not token.strip():
            raise ConfigurationError(
                f"no Intercom access token: pass token=... or set the {TOKEN_ENV_VAR} environment variable"
            )
        if token != token.strip() or any(c.isspace() or not c.isprintable() for c in token):
            # Said without the token itself: it must never appear in an error message.
            raise ConfigurationError("the Intercom access token contains whitespace or control characters")
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
        self._token = token
        self._base_url = _resolve_base_url(region, base_url, allow_insecure_base_url)
        self._version = version or DEFAULT_API_VERSION
        self._timeout = timeout
        self._max_retries = max_retries
        self._default_headers = httpx.Headers(default_headers)
        self._max_retry_wait = max_retry_wait
        self._retry_unsafe_methods = retry_unsafe_methods
        self._pacer = RateLimitPacer(max_retry_wait) if pace_rate_limits else None
        self._strict_decoding = strict_decoding
        self._random = random.Random()
        self._rate_limit: list[RateLimit | None] = [None]  # shared with derived clients
        self._headers = self._build_headers()

    # -- options -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API's base URL, e.g. ``https://api.eu.intercom.io``."""
        return self._base_url

    @property
    def version(self) -> str:
        """The ``Intercom-Version`` header sent with every request of this client."""
        return self._version

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried."""
        return self._max_retries

    @property
    def timeout(self) -> TimeoutTypes:
        """The timeout of each attempt."""
        return self._timeout

    @property
    def strict_decoding(self) -> bool:
        """Whether a response value of another shape than the spec declares raises (see ``_decoding.py``)."""
        return self._strict_decoding

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit state the most recent response reported, or None before any."""
        return self._rate_limit[0]

    def with_options(
        self,
        *,
        version: str | None = None,
        timeout: TimeoutTypes | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_retry_wait: float | None = None,
        retry_unsafe_methods: bool | None = None,
        strict_decoding: bool | None = None,
    ) -> Self:
        """A client with some options changed, sharing this one's connection pool and rate-limit state.

        Use it for one call (``client.with_options(max_retries=0)``) or keep it for a block of calls.
        ``default_headers`` are added to this client's. Closing the derived client leaves the pool open.
        """
        derived = copy.copy(self)
        if version is not None:
            derived._version = version
        if not isinstance(timeout, _NotGiven):
            derived._timeout = timeout
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
            derived._max_retries = max_retries
        if default_headers is not None:
            derived._default_headers = self._default_headers.copy()
            derived._default_headers.update(default_headers)
        if max_retry_wait is not None:
            derived._max_retry_wait = max_retry_wait
        if retry_unsafe_methods is not None:
            derived._retry_unsafe_methods = retry_unsafe_methods
        if strict_decoding is not None:
            derived._strict_decoding = strict_decoding
        derived._owns_http = False
        derived._headers = derived._build_headers()
        return derived

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, version={self._version!r})"

    def _build_headers(self) -> httpx.Headers:
        # httpx.Headers merges names case-insensitively; a dict would send "user-agent" and "User-Agent" both.
        headers = httpx.Headers(
            {"Accept": "application/json", "User-Agent": USER_AGENT, "Intercom-Version": self._version}
        )
        headers.update(self._default_headers)
        headers["Authorization"] = f"Bearer {self._token}"
        return headers

    # -- one request -------------------------------------------------------------------------

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, **kwargs: Any
    ) -> httpx.Request:
        headers = self._headers
        if extra := kwargs.pop("headers", None):
            headers = headers.copy()
            headers.update(extra)
        if not url.startswith(("https://", "http://")):
            url = self._base_url + url
        return http.build_request(method.upper(), url, headers=headers, timeout=self._timeout, **kwargs)

    def _retry_delay(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None, error: Exception | None
    ) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None when this attempt is final."""
        if attempt >= self._max_retries:
            return None
        safe_to_repeat = request.method in IDEMPOTENT_METHODS or self._retry_unsafe_methods
        if error is not None:
            # A connection that was never made, or a request that never left the pool, cannot have acted.
            never_sent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
            return self._backoff(attempt) if never_sent or safe_to_repeat else None
        assert response is not None
        status = response.status_code
        if status not in RETRYABLE_STATUSES:
            return None
        if status not in NOT_ACTED_ON_STATUSES and not safe_to_repeat:
            return None
        asked = retry_after_seconds(response.headers) if status in NOT_ACTED_ON_STATUSES or status == 503 else None
        if asked is None:
            return self._backoff(attempt)
        if asked > self._max_retry_wait:
            return None  # waiting that long is worse than telling the caller now
        return asked

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at MAX_BACKOFF."""
        return min(MAX_BACKOFF, INITIAL_BACKOFF * 2.0**attempt) * (1 - 0.25 * self._random.random())

    def _observe(self, response: httpx.Response | None) -> None:
        """Record the rate limit an attempt's response reported, and end the attempt for the pacer."""
        rate_limit = RateLimit.from_headers(response.headers) if response is not None else None
        if rate_limit is not None:
            self._rate_limit[0] = rate_limit
        if self._pacer is not None:
            self._pacer.release(rate_limit)

    def _after_attempt(
        self,
        request: httpx.Request,
        attempt: int,
        started: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> float | None:
        """Log one attempt; return the delay before the next one, or None to stop."""
        elapsed = time.perf_counter() - started
        delay = self._retry_delay(request, attempt, response, error)
        if logger.isEnabledFor(logging.DEBUG) or (delay is not None and logger.isEnabledFor(logging.INFO)):
            outcome = response.status_code if response is not None else type(error).__name__
            logger.log(
                logging.INFO if delay is not None else logging.DEBUG,
                "%s %s -> %s (attempt %d, %.3f s)%s",
                request.method,
                request.url.path,
                outcome,
                attempt + 1,
                elapsed,
                f", retrying in {delay:.2f} s" if delay is not None else "",
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code if response is not None else None,
                    "error": type(error).__name__ if error is not None else None,
                    "attempt": attempt + 1,
                    "elapsed": elapsed,
                    "retry_in": delay,
                },
            )
        return delay

    @staticmethod
    def _final(request: httpx.Request, response: httpx.Response | None, error: Exception | None) -> httpx.Response:
        """The response of the last attempt, or the typed error it amounts to."""
        if error is not None:
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(
                    f"request timed out: {request.method} {request.url.path}", request=request
                ) from error
            raise APIConnectionError(
                f"connection error on {request.method} {request.url.path}: {type(error).__name__}: {error}",
                request=request,
            ) from error
        assert response is not None
        _detach_stream(response)
        if response.status_code >= 400:
            raise error_for_response(response)
        return response


class AsyncIntercom(AsyncResources, _BaseIntercom):
    """The async client of Intercom's API. Pass it as ``client=`` to any generated ``asyncio`` function.

    Args:
        token: Access token; defaults to the ``INTERCOM_ACCESS_TOKEN`` environment variable.
        region: ``"us"`` (default), ``"eu"`` or ``"au"``.
        base_url: Any other base URL (e.g. a mock); non-https URLs other than localhost need
            ``allow_insecure_base_url=True``.
        version: The ``Intercom-Version`` header; defaults to the version the SDK was generated from.
        timeout: Per attempt, in seconds or as an ``httpx.Timeout``.
        max_retries: Retries after the first attempt (429, 408, 5xx, connection errors, timeouts).
        default_headers: Extra headers sent with every request.
        max_retry_wait: The longest wait a ``Retry-After`` may ask for before the error is raised instead.
        retry_unsafe_methods: Also retry POST on 5xx and timeouts (it may then run twice).
        strict_decoding: Raise ``ResponseDecodingError`` for any response value whose shape the spec
            does not allow, instead of keeping it as received (for your own tests; see README, Decoding).
        pace_rate_limits: Keep count of the requests the rate limit still allows (shared by concurrent
            tasks and derived clients) and make requests wait for ``X-RateLimit-Reset`` rather than get 429s.
        http_client: Your own ``httpx.AsyncClient`` (proxies, HTTP/2, event hooks); you close it.
        transport: An httpx transport for the client this one creates, e.g. ``httpx_aiohttp.AiohttpTransport()``.
        http_backend: ``"aiohttp"`` sends requests with aiohttp (through httpx-aiohttp, installed by the
            ``intercom-client[aiohttp]`` extra), which is faster under high concurrency; ``"httpx"`` (default)
            uses httpx's own transport.
    """

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_backend: HttpBackend = "httpx",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(**options)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if http_backend == "aiohttp":
            if http_client is not None or transport is not None:
                raise ConfigurationError(
                    "http_backend='aiohttp' makes its own transport: pass no http_client or transport"
                )
            transport = _aiohttp_transport()
        elif http_backend != "httpx":
            raise ConfigurationError(f"unknown http_backend {http_backend!r}: expected 'httpx' or 'aiohttp'")
        self._owns_http = http_client is None
        self._http_slot: _HTTPClientSlot[httpx.AsyncClient] = _HTTPClientSlot(
            lambda: httpx.AsyncClient(transport=transport, verify=_ssl_context(), follow_redirects=False),
            http_client,
        )
        self._sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._http_slot.get()

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send a request with this client's auth, version, retries and pacing.

        ``url`` is a path below the base URL (or a full URL). ``kwargs`` are httpx's: ``params``,
        ``json``, ``content``, ``data``, ``files``, ``headers``, ``cookies``. Returns the response of
        a successful status; raises a typed ``IntercomError`` otherwise.
        """
        request = self._build_request(self._http, method, url, **kwargs)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            error: Exception | None = None
            wait = self._pacer.acquire() if self._pacer is not None else 0.0
            started = time.perf_counter()
            try:
                if wait > 0:
                    await self._sleep(wait)
                    started = time.perf_counter()
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                error = _restore_aiohttp_error(exc, request)
            finally:
                self._observe(response)
            delay = self._after_attempt(request, attempt, started, response, error)
            if delay is None:
                return self._final(request, response, error)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in, or this client was derived)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class Intercom(SyncResources, _BaseIntercom):
    """The sync client of Intercom's API, with the same options as :class:`AsyncIntercom`.

    Pass it as ``client=`` to any generated ``sync`` function.
    """

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(**options)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        self._owns_http = http_client is None
        self._http_slot: _HTTPClientSlot[httpx.Client] = _HTTPClientSlot(
            lambda: httpx.Client(transport=transport, verify=_ssl_context(), follow_redirects=False), http_client
        )
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def _http(self) -> httpx.Client:
        return self._http_slot.get()

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send a request with this client's auth, version, retries and pacing (see AsyncIntercom.request)."""
        request = self._build_request(self._http, method, url, **kwargs)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            error: Exception | None = None
            wait = self._pacer.acquire() if self._pacer is not None else 0.0
            started = time.perf_counter()
            try:
                if wait > 0:
                    self._sleep(wait)
                    started = time.perf_counter()
                response = self._http.send(request)
            except httpx.TransportError as exc:
                error = exc
            finally:
                self._observe(response)
            delay = self._after_attempt(request, attempt, started, response, error)
            if delay is None:
                return self._final(request, response, error)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (unless it was passed in, or this client was derived)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _detach_stream(response: httpx.Response) -> None:
    """Replace a read response's stream by its body, so that the response is freed when dropped.

    httpx binds each response's stream to the response (a reference cycle), which leaves every
    response for the cyclic garbage collector: under load they pile up between full collections.
    Once the body is read the stream has nothing left to give, so an in-memory one replaces it.
    """
    if response.is_closed and hasattr(response, "_content"):
        response.stream = httpx.ByteStream(response.content)


def _resolve_base_url(region: str | None, base_url: str | None, allow_insecure: bool) -> str:
    if base_url is not None and region is not None:
        raise ConfigurationError("pass either region or base_url, not both")
    if base_url is None:
        key = (region or "us").lower()
        if key not in REGIONS:
            raise ConfigurationError(f"unknown region {region!r}: expected one of {', '.join(REGIONS)}")
        return REGIONS[key]
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {base_url!r} ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {base_url!r}")
    if url.scheme == "http" and url.host not in _LOCAL_HOSTS and not allow_insecure:
        raise ConfigurationError(
            f"refusing to send the access token over plain http to {url.host}; "
            "use https or pass allow_insecure_base_url=True"
        )
    return base_url.rstrip("/")


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds: do it once, not for every client (e.g. one per workspace).
    return httpx.create_ssl_context()


def _aiohttp_transport() -> httpx.AsyncBaseTransport:
    try:
        import httpx_aiohttp
    except ImportError as exc:
        raise ConfigurationError(
            "http_backend='aiohttp' needs httpx-aiohttp: pip install 'intercom-client[aiohttp]'"
        ) from exc
    return httpx_aiohttp.AiohttpTransport(verify=_ssl_context())


def _restore_aiohttp_error(error: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    """Undo httpx-aiohttp's mapping of every aiohttp connection error to ``httpx.ConnectTimeout``.

    A refused connection is not a timeout, and a connection dropped after the request went out must
    not look never-sent: that would let a POST be sent twice.
    """
    cause = error.__cause__
    if cause is None or not type(cause).__module__.startswith("aiohttp."):
        return error
    import aiohttp

    restored: httpx.TransportError
    if isinstance(cause, aiohttp.ClientConnectorError):
        restored = httpx.ConnectError(str(cause), request=request)
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):
        restored = httpx.ConnectTimeout(str(cause), request=request)
    elif isinstance(cause, aiohttp.ServerTimeoutError):
        restored = httpx.ReadTimeout(str(cause), request=request)
    elif isinstance(cause, aiohttp.ClientConnectionError):
        restored = httpx.ReadError(str(cause), request=request)
    else:
        return error
    restored.__cause__ = cause
    return restored
