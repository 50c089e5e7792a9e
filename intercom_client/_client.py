"""The clients' runtime: authentication, regions, API version, retries, rate limits, logging.

``AsyncIntercomBase`` and ``SyncIntercomBase`` are the hand-written bases of the public clients,
which are generated (``generated/client.py``: ``class AsyncIntercom(AsyncResources, AsyncIntercomBase)``)
so that this module imports nothing generated: the generated subclass adds the resources
(``client.contacts`` ...) and sets the default API version and User-Agent of the spec it was made
from (``_default_version``, ``_user_agent``). The generated resource methods send every request through
``client.request(...)``; this module is where the SDK's behaviour around a request lives. The retry
decisions are made by code shared by both clients (``_BaseIntercom``); the two ``request`` loops
differ only in how they wait and send. Its parts with a job of their own live beside it: the options' checks and
defaults in ``_config.py``, what is retried and after how long in ``_retry.py``, an attempt's log
record and the last attempt's response or typed error in ``_outcome.py``.
"""

from __future__ import annotations

import contextlib
import copy
import os
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NamedTuple, Self, TypeVar, Unpack

import httpx

from ._body import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_DOWNLOAD_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES,
    LIMITS_KEY,
    BodyLimits,
    check_limit,
)
from ._call_options import NOT_GIVEN, NotGiven
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    REGIONS,
    TOKEN_ENV_VAR,
    ApiVersion,
    ClientOptions,
    NewerApiVersion,
    Region,
    TimeoutTypes,
    attempt_total,
    check_aiohttp_proxies,
    check_max_connections,
    check_max_retry_wait,
    check_retries,
    check_seconds,
    check_timeout,
    check_token,
    check_version,
    environment_proxies,
    resolve_base_url,
    ssl_context,
)
from ._deadline import AttemptDeadline, attempt_deadline
from ._exceptions import ConfigurationError, RateLimitError
from ._headers import check_headers
from ._http_slot import AsyncHTTPSlot, SyncHTTPSlot
from ._json_body import check_json_body, diagnose
from ._outcome import final_response, log_attempt
from ._rate_limit import (
    AsyncRateLimiter,
    BindableRateLimiter,
    RateLimit,
    RateLimiter,
    RateLimitPacer,
    rate_limit_scope,
)
from ._retry import retry_delay
from ._send import send_async, send_sync
from ._version import __version__

if TYPE_CHECKING:
    import asyncio

    from ._hooks import Hooks
    from ._telemetry import Telemetry

__all__ = ["AsyncIntercomBase", "SyncIntercomBase"]

HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


# How much longer than its total deadline an attempt may take before the client stops waiting for it:
# only a transport the SDK did not build (your own http_client) can overrun its deadline.
_DEADLINE_GRACE = 1.0


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here rather than at import time: only a retry or a paced request sleeps

    await asyncio.sleep(seconds)


HttpBackend = Literal["httpx", "aiohttp"]


class _CallLimits(NamedTuple):
    """The timeout, attempt total and retries of a call: the client's, or one call's own (``timeout=``,
    ``max_retries=`` of ``request``), so that a per-call option copies no client."""

    timeout: TimeoutTypes
    attempt_timeout: float | None
    max_retries: int
    # The ``timeout`` request extension httpx's transports read (connect, read, write, pool), worked out
    # once per client or per call; each request gets a copy (``extension``).
    timeouts: tuple[tuple[str, float | None], ...]

    @classmethod
    def of(cls, timeout: TimeoutTypes, attempt_timeout: float | None, max_retries: int) -> _CallLimits:
        return cls(timeout, attempt_timeout, max_retries, tuple(httpx.Timeout(timeout).as_dict().items()))

    def extension(self) -> dict[str, float | None]:
        """A fresh ``timeout`` request extension (a transport may change the one it is given)."""
        return dict(self.timeouts)


class _BaseIntercom:
    """Options and retry policy shared by the async and sync clients."""

    _owns_http: bool  # whether closing this client closes its slot (a derived client's does not)
    _builds_requests: bool  # the httpx client is the SDK's own: requests are built without its merging
    # Set by the generated clients from the spec they were made from (generated/client.py).
    _default_version: ClassVar[str] = ""
    _user_agent: ClassVar[str] = f"intercom-client-python/{__version__}"

    def __init__(
        self,
        *,
        token: str | None = None,
        region: Region | None = None,
        base_url: str | None = None,
        version: ApiVersion | NewerApiVersion | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        attempt_timeout: float | NotGiven | None = NOT_GIVEN,
        deadline: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        retry_unsafe_methods: bool = False,
        pace_rate_limits: bool = False,
        rate_limiter: RateLimiter | AsyncRateLimiter | BindableRateLimiter | None = None,
        allow_insecure_base_url: bool = False,
        strict_decoding: bool = False,
        trust_env: bool = True,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int | None = DEFAULT_MAX_DOWNLOAD_BYTES,
        max_connections: int | None = None,
        tracing: object = False,
        metrics: object = False,
        hooks: Hooks | Sequence[Hooks] | None = None,
    ) -> None:
        token = check_token(token if token is not None else os.environ.get(TOKEN_ENV_VAR))
        if not isinstance(trust_env, bool):
            raise ConfigurationError(f"trust_env must be True or False, got {type(trust_env).__name__}")
        self._trust_env = trust_env
        self._token = token
        self._base_url = resolve_base_url(region, base_url, allow_insecure_base_url)
        self._version = check_version(version) or self._default_version
        if not self._version:
            raise ConfigurationError(f"{type(self).__name__} has no default API version: pass version=...")
        self._timeout = check_timeout(timeout)
        self._attempt_timeout = attempt_total(self._timeout, attempt_timeout)
        self._deadline = check_seconds("deadline", deadline)
        self._max_retries = check_retries(max_retries)
        check_headers(default_headers, "default_headers")
        self._default_headers = httpx.Headers(default_headers)
        self._max_retry_wait = check_max_retry_wait(max_retry_wait)
        self._retry_unsafe_methods = retry_unsafe_methods
        pacer = _pacer_for(rate_limiter, pace_rate_limits, token, self._base_url)
        self._pacer: RateLimiter | None = pacer if isinstance(pacer, RateLimiter) else None
        self._async_pacer: AsyncRateLimiter | None = pacer if isinstance(pacer, AsyncRateLimiter) else None
        self._strict_decoding = strict_decoding
        self._max_response_bytes = check_limit("max_response_bytes", max_response_bytes)
        self._max_download_bytes = check_limit("max_download_bytes", max_download_bytes)
        self._max_connections = check_max_connections(max_connections)
        self._random = random.Random()
        self._clock: Callable[[], float] = time.time  # wall clock: Retry-After dates, rate-limit resets
        self._monotonic: Callable[[], float] = time.monotonic  # the call's deadline
        self._rate_limit: list[RateLimit | None] = [None]  # shared with derived clients
        self._headers = self._build_headers()
        self._limits = _CallLimits.of(self._timeout, self._attempt_timeout, self._max_retries)
        # None unless tracing, metrics or hooks are on: each place that reports checks this attribute only.
        self._telemetry: Telemetry | None = None
        if tracing is not False or metrics is not False or hooks is not None:  # else nothing to import
            from ._telemetry import make_telemetry

            self._telemetry = make_telemetry(
                tracing, metrics, hooks, self._base_url, lambda: rate_limit_scope(token, self._base_url, REGIONS)
            )

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
        """The timeout of each connect, read, write and pool wait of an attempt."""
        return self._timeout

    @property
    def strict_decoding(self) -> bool:
        """Whether a response value of another shape than the spec declares raises (see ``_decoding.py``)."""
        return self._strict_decoding

    @property
    def max_response_bytes(self) -> int | None:
        """The most bytes (decoded) a response body may have before ``ResponseTooLargeError`` (None: no bound)."""
        return self._max_response_bytes

    @property
    def max_download_bytes(self) -> int | None:
        """The same bound for the body of a successful ``stream`` call (export downloads)."""
        return self._max_download_bytes

    @property
    def attempt_timeout(self) -> float | None:
        """The most one attempt may take once it has its connection (None: no limit but ``timeout``'s)."""
        return self._attempt_timeout

    @property
    def deadline(self) -> float | None:
        """The most one call may take, all attempts and waits included (None: no limit)."""
        return self._deadline

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit state the most recent response reported, or None before any."""
        return self._rate_limit[0]

    def _check_pool_arguments(self, http_client: object, transport: object) -> None:
        """Refuse an ``http_client`` with a ``transport``, and ``max_connections`` with either (their pool is theirs)."""
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if self._max_connections is not None and (http_client is not None or transport is not None):
            raise ConfigurationError("max_connections sizes the client's own pool: not with http_client or transport")

    def _proxies(self) -> dict[str, httpx.Proxy | None]:
        """The environment's proxies for the transports the SDK builds (none with ``trust_env=False``)."""
        if not self._trust_env:
            return {}
        return environment_proxies()

    def with_options(
        self,
        *,
        version: ApiVersion | NewerApiVersion | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        attempt_timeout: float | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_retry_wait: float | None = None,
        retry_unsafe_methods: bool | None = None,
        strict_decoding: bool | None = None,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        max_download_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A client with some options changed, sharing this one's connection pool and rate-limit state.

        Use it for one call (``client.with_options(max_retries=0, deadline=5)``) or keep it for a block
        of calls. ``default_headers`` are added to this client's. Closing the derived client leaves the
        pool open. A new ``timeout`` without ``attempt_timeout`` also sets the attempt's total from it.
        """
        derived = copy.copy(self)
        if version is not None:
            derived._version = check_version(version) or self._version
        if not isinstance(timeout, NotGiven):
            derived._timeout = check_timeout(timeout)
            if isinstance(attempt_timeout, NotGiven):
                derived._attempt_timeout = attempt_total(derived._timeout, NOT_GIVEN)
        if not isinstance(attempt_timeout, NotGiven):
            derived._attempt_timeout = attempt_total(derived._timeout, attempt_timeout)
        if not isinstance(deadline, NotGiven):
            derived._deadline = check_seconds("deadline", deadline)
        if max_retries is not None:
            derived._max_retries = check_retries(max_retries)
        if default_headers is not None:
            check_headers(default_headers, "default_headers")
            derived._default_headers = self._default_headers.copy()
            derived._default_headers.update(default_headers)
        if max_retry_wait is not None:
            derived._max_retry_wait = check_max_retry_wait(max_retry_wait)
        if retry_unsafe_methods is not None:
            derived._retry_unsafe_methods = retry_unsafe_methods
        if strict_decoding is not None:
            derived._strict_decoding = strict_decoding
        if not isinstance(max_response_bytes, NotGiven):
            derived._max_response_bytes = check_limit("max_response_bytes", max_response_bytes)
        if not isinstance(max_download_bytes, NotGiven):
            derived._max_download_bytes = check_limit("max_download_bytes", max_download_bytes)
        derived._owns_http = False
        if version is not None or default_headers is not None:
            # Only these change the headers every request carries (a per-call timeout or retries copy
            # the client with its headers as they are, shared: they are never changed in place).
            derived._headers = derived._build_headers()
        derived._limits = _CallLimits.of(derived._timeout, derived._attempt_timeout, derived._max_retries)
        return derived

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, version={self._version!r})"

    def _build_headers(self) -> httpx.Headers:
        # httpx.Headers merges names case-insensitively; a dict would send "user-agent" and "User-Agent" both.
        headers = httpx.Headers(
            {
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,  # the codings _body.py decodes (httpx adds br, zstd if installed)
                "User-Agent": self._user_agent,
                "Intercom-Version": self._version,
            }
        )
        headers.update(self._default_headers)
        headers["Authorization"] = f"Bearer {self._token}"
        return headers

    # -- one request -------------------------------------------------------------------------

    def _call_limits(self, timeout: TimeoutTypes | NotGiven, max_retries: int | None) -> _CallLimits:
        """The limits of one call: the client's, with this call's ``timeout`` and ``max_retries`` when given.

        A call's own ``timeout`` sets its attempt total too, as ``with_options(timeout=...)`` does.
        """
        if isinstance(timeout, NotGiven):
            if max_retries is None:
                return self._limits
            return self._limits._replace(max_retries=check_retries(max_retries))
        timeout = check_timeout(timeout)
        retries = self._max_retries if max_retries is None else check_retries(max_retries)
        return _CallLimits.of(timeout, attempt_total(timeout, NOT_GIVEN), retries)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, limits: _CallLimits, **kwargs: Any
    ) -> httpx.Request:
        headers = self._headers
        if extra := kwargs.pop("headers", None):
            check_headers(extra, "headers")
            headers = headers.copy()
            headers.update(extra)
        if not url.startswith(("https://", "http://")):
            url = self._base_url + url
        body = kwargs.get("json")
        if body is not None:
            check_json_body(body)  # a value JSON cannot carry is a RequestBodyValueError naming its field
        try:
            if not self._builds_requests:  # your http_client: its base_url, headers, cookies and params apply
                return http.build_request(method.upper(), url, headers=headers, timeout=limits.timeout, **kwargs)
            # The SDK's own httpx client has nothing of its own to merge in (no base URL, no default headers
            # the request lacks, no cookie jar the API needs): the request is built as it goes out.
            extensions = kwargs.pop("extensions", None) or {}
            extensions = {"timeout": limits.extension(), **extensions}
            return httpx.Request(method.upper(), url, headers=headers, extensions=extensions, **kwargs)
        except (TypeError, ValueError):  # a key json refuses, a string UTF-8 cannot encode
            error = None if body is None else diagnose(body)
            if error is None:
                raise
            raise error from None

    def _bound_bodies(self, request: httpx.Request, *, stream: bool) -> None:
        """Set the bounds of the call's response bodies on ``request``, for the reader and the transport."""
        request.extensions[LIMITS_KEY] = BodyLimits(self._max_response_bytes, self._max_download_bytes, stream)

    def _call_ends(self) -> float | None:
        """The monotonic time by which a call starting now must be over, or None."""
        return None if self._deadline is None else self._monotonic() + self._deadline

    def _attempt_deadline(
        self, request: httpx.Request, call_ends: float | None, limits: _CallLimits
    ) -> AttemptDeadline:
        """The next attempt's total deadline; the wait for a connection is bounded by what is left of the call.

        The attempt's ``attempt_timeout`` starts when it has its connection (see ``AttemptDeadline``):
        waiting for a pool slot is bounded by the pool timeout and, here, by the call's deadline.
        """
        call_left = None if call_ends is None else max(0.0, call_ends - self._monotonic())
        if call_left is not None:
            _cap_pool_wait(request, call_left)
        return AttemptDeadline(limits.attempt_timeout, call_left)

    def _pacing_wait(self, request: httpx.Request, waited: float, wait: float, call_ends: float | None) -> None:
        """Raise when pacing would wait longer than ``max_retry_wait`` or past the call's deadline."""
        too_long = waited + wait > self._max_retry_wait
        past_deadline = call_ends is not None and self._monotonic() + wait >= call_ends
        if too_long or past_deadline:
            raise RateLimitError.before_sending(request, wait)
        if self._telemetry is not None:
            self._telemetry.pacing_wait(request, wait)

    def _observe(self, response: httpx.Response | None) -> RateLimit | None:
        """Record the rate limit an attempt's response reported; return what the pacer is to be told."""
        rate_limit = RateLimit.from_headers(response.headers) if response is not None else None
        if rate_limit is not None:
            self._rate_limit[0] = rate_limit
        if response is not None and rate_limit is None:
            rate_limit = RateLimit(None, None, None)  # a response that reported no rate limit
        return rate_limit

    def _after_attempt(
        self,
        request: httpx.Request,
        attempt: int,
        started: float,
        response: httpx.Response | None,
        error: Exception | None,
        call_ends: float | None,
        limits: _CallLimits,
        observed: RateLimit | None,
    ) -> float | None:
        """Log one attempt; return the delay before the next one, or None to stop (see ``_retry.py``).

        ``observed``: the rate limit the attempt's response reported (``_observe``), for the telemetry.
        """
        elapsed = time.perf_counter() - started
        delay = retry_delay(
            request,
            attempt,
            response,
            error,
            max_retries=limits.max_retries,
            max_retry_wait=self._max_retry_wait,
            retry_unsafe_methods=self._retry_unsafe_methods,
            clock=self._clock,
            rng=self._random,
        )
        if delay is not None and call_ends is not None and self._monotonic() + delay >= call_ends:
            delay = None  # the next attempt could not start before the call's deadline
        log_attempt(request, attempt, elapsed, response, error, delay)
        if self._telemetry is not None:
            self._telemetry.after_attempt(request, attempt, elapsed, response, error, delay, observed)
        return delay

    def _final(
        self, request: httpx.Request, response: httpx.Response | None, error: Exception | None
    ) -> httpx.Response:
        """The response of the last attempt, or the typed error it amounts to (see ``_outcome.py``)."""
        return final_response(request, response, error, redact=(self._token,))


class AsyncIntercomBase(_BaseIntercom):
    """The async client of Intercom's API. Pass it as ``client=`` to any generated ``asyncio`` function.

    Args:
        token: Access token; defaults to the ``INTERCOM_ACCESS_TOKEN`` environment variable.
        region: ``"us"`` (default), ``"eu"`` or ``"au"``.
        base_url: Any other base URL (e.g. a mock); non-https URLs other than localhost need
            ``allow_insecure_base_url=True``. Where requests go: ``base_url`` if given, else the
            ``INTERCOM_BASE_URL`` environment variable if set (checked the same way; it overrides
            ``region``), else the region's URL.
        version: The ``Intercom-Version`` header of every request (a method's ``intercom_version=`` overrides
            it for one call). Default: ``intercom_client.DEFAULT_API_VERSION`` (``"Preview"``, Intercom's
            unstable API, whose spec this SDK is generated from; pinned, see README "API version"). One of
            the versions the SDK knows (``ApiVersion``), or ``NewerApiVersion("2.17")`` for a newer one.
        timeout: Each connect, read, write and pool wait of an attempt, in seconds or as an ``httpx.Timeout``.
        attempt_timeout: The most one attempt may take from when it has its connection to its end, however
            the server trickles its bytes (the wait for a connection is bounded by the pool timeout and
            ``deadline``); defaults to the largest value in ``timeout`` (60 s by default). None: no such limit.
        deadline: The most one call may take, retries and their waits included (default: no limit). A
            retry that could not start before it is not made; an attempt is cut short to end by it.
        max_retries: Retries after the first attempt (429, 408, 5xx, connection errors, timeouts).
        default_headers: Extra headers sent with every request.
        max_retry_wait: The longest wait a ``Retry-After`` (or pacing) may ask for before the error is
            raised instead.
        retry_unsafe_methods: Also retry POST on 5xx and timeouts (it may then run twice).
        max_response_bytes: The most bytes a response body may have, counted decoded (after gzip) while
            it is read: past it the read stops and ``ResponseTooLargeError`` is raised (never retried).
            Default 100 MiB (Intercom's largest JSON pages are a few MB); None: no bound.
        max_download_bytes: The same bound for the body of a successful ``stream`` call (export
            downloads, written or parsed as they arrive). Default 10 GiB; None: no bound.
        strict_decoding: Raise ``ResponseDecodingError`` for any response value whose shape the spec
            does not allow, instead of keeping it as received (for your own tests; see README, Decoding).
        pace_rate_limits: Keep count of the requests the rate limit still allows (shared by concurrent
            tasks and derived clients) and make requests wait for their turn rather than get 429s.
        rate_limiter: Another pacer (see ``RateLimiter``), e.g. ``RedisRateLimiter`` to share the budget
            between processes; implies pacing.
        trust_env: Honour ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (either case)
            as httpx's ``trust_env`` does (default True; read when the client is made): requests go
            through the proxy the environment names for their URL, on either backend, with the same
            limits and deadlines; as in httpx, 127.0.0.1 and localhost too unless ``NO_PROXY`` names
            them. A proxy's credentials never appear in a repr, an error or a log record. Not applied
            to an ``http_client`` or ``transport`` you pass.
        http_client: Your own ``httpx.AsyncClient`` (HTTP/2, event hooks); you close it. It is used as
            given from every event loop: it must suit them.
        transport: An httpx transport for the client this one creates (used as given in every loop).
        max_connections: The most connections the client's pool opens at once (default 200); more
            concurrent calls wait for one, within the pool timeout (``timeout``'s ``pool``) and the call's
            ``deadline``: an attempt's ``attempt_timeout`` starts when it has its connection. Not with
            ``http_client`` or ``transport`` (their pool is theirs).
        http_backend: ``"aiohttp"`` sends requests with aiohttp (installed by the ``intercom-client[aiohttp]``
            extra), which is faster under high concurrency; ``"httpx"`` (default) uses httpx's own transport.
        tracing: OpenTelemetry spans (the ``intercom-client[otel]`` extra): ``True`` for the tracer
            provider OpenTelemetry has set, or a ``TracerProvider``; default False (nothing imported, nothing paid;
            OpenTelemetry's ``NoOpTracerProvider`` is taken as False too). One span
            per call, named after the operation (``contacts.retrieve``), with a child per attempt carrying
            OpenTelemetry's HTTP client attributes, Intercom's request id, API version and rate-limit
            remaining; pacing waits and retry backoffs as events (README, Observability).
        metrics: OpenTelemetry metrics: ``True`` for the meter provider OpenTelemetry has set, or a ``MeterProvider``
            (``NoOpMeterProvider``: off):
            ``http.client.request.duration``, counters of retries, 429s and pacing waits, and the
            rate-limit remaining as a gauge per app and region.
        hooks: A ``Hooks`` (or a list of them), told of each request, response, retry and failed call,
            with or without OpenTelemetry (Prometheus, structlog, Sentry ...).

    One client serves any event loop (a module-level client used by successive ``asyncio.run()`` calls,
    or by loops in several threads): each loop gets its own connection pool on its first call, closed
    when ``asyncio.run`` ends that loop. A client created before ``os.fork()`` makes new connections in
    the child and never touches the parent's. After ``aclose()`` every use of the client, and of the
    clients derived from it, raises ``ClientClosedError``.
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
        self._check_pool_arguments(http_client, transport)
        self._builds_requests = http_client is None  # see _build_request
        # _transport.py (httpcore, h11: some 18 ms) is imported when the first request needs a pool, not
        # here: a client that is made and never sends pays nothing for it.
        if http_backend == "aiohttp":
            if http_client is not None or transport is not None:
                raise ConfigurationError(
                    "http_backend='aiohttp' makes its own transport: pass no http_client or transport"
                )
            from ._transport import require_aiohttp

            require_aiohttp()
        elif http_backend != "httpx":
            raise ConfigurationError(f"unknown http_backend {http_backend!r}: expected 'httpx' or 'aiohttp'")
        self._owns_http = True
        if http_client is not None:
            enforces_deadlines = False  # yours, left as it is
        elif transport is None:
            enforces_deadlines = True  # the SDK's own
        else:
            from ._transport import install_deadlines

            enforces_deadlines = install_deadlines(transport)
        proxies = self._proxies() if http_client is None and transport is None else {}
        if http_backend == "aiohttp":
            check_aiohttp_proxies(proxies)
        self._http_slot = AsyncHTTPSlot(
            lambda: _new_http_client(httpx.AsyncClient, transport, http_backend, proxies, self._max_connections),
            http_client,
            per_loop=transport is None,  # a transport you pass is used as given, in every loop
            enforces_deadlines=enforces_deadlines,
        )
        self._sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._http_slot.get()

    async def request(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request with this client's auth, version, retries, deadlines and pacing.

        ``url`` is a path below the base URL (or a full URL). ``timeout`` and ``max_retries`` replace
        the client's for this call (a ``timeout`` sets the attempt's total too, as ``with_options``
        does). ``kwargs`` are httpx's: ``params``, ``json``, ``content``, ``data``, ``files``,
        ``headers``, ``cookies``. Returns the response of a successful status; raises a typed
        ``IntercomError`` otherwise.
        """
        limits = self._call_limits(timeout, max_retries)
        request = self._build_request(self._http, method, url, limits, **kwargs)
        if self._telemetry is not None:
            return await self._traced_send(self._telemetry, request, limits, stream=False)
        return await self._send(request, limits, stream=False)

    @contextlib.asynccontextmanager
    async def stream(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[httpx.Response]:
        """Send a request as ``request`` does, and give its response before its body is read.

        For a large body (an export's download) read in chunks::

            async with client.stream("GET", "/download/content/data/abc", headers={"Accept": "application/octet-stream"}) as response:
                async for chunk in response.aiter_bytes():
                    ...

        Auth, retries, pacing and typed errors apply until the response's headers arrive: an error
        status is read in full and raised as its ``APIStatusError``, a retryable one is retried. The
        body of a successful status is then read by you, each read bounded by the client's
        ``timeout`` (``attempt_timeout`` and ``deadline`` bound the wait for the headers, not a download
        of any length); a failure while reading raises ``APITimeoutError`` or ``APIConnectionError`` (httpx's
        error as its ``__cause__``), and nothing is retried half-way.
        The response is closed when the block ends. The body you read is decoded (gzip, deflate) and
        bounded by ``max_download_bytes`` (``ResponseTooLargeError`` past it); an error status's body by
        ``max_response_bytes``. Every backend gives the body as it arrives (memory stays flat).
        """
        limits = self._call_limits(timeout, max_retries)
        request = self._build_request(self._http, method, url, limits, **kwargs)
        if self._telemetry is not None:
            response = await self._traced_send(self._telemetry, request, limits, stream=True)
        else:
            response = await self._send(request, limits, stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def _traced_send(
        self, telemetry: Telemetry, request: httpx.Request, limits: _CallLimits, *, stream: bool
    ) -> httpx.Response:
        """``_send`` inside the call's span (see ``_telemetry.py``): tracing, metrics or hooks are on."""
        call = telemetry.enter(request)
        try:
            response = await self._send(request, limits, stream=stream)
        except BaseException as exc:
            telemetry.leave(call, exc)
            raise
        telemetry.leave(call, None)
        return response

    async def _send(self, request: httpx.Request, limits: _CallLimits, *, stream: bool) -> httpx.Response:
        """The retry loop of ``request`` and ``stream`` (with ``stream``, an error status's body is read here)."""
        self._bound_bodies(request, stream=stream)
        call_ends = self._call_ends()
        attempt = 0
        paced = self._pacer is not None or self._async_pacer is not None
        while True:
            if paced:
                await self._pace(request, call_ends)
            response: httpx.Response | None = None
            error: Exception | None = None
            if self._telemetry is not None:
                self._telemetry.before_attempt(request, attempt)
            started = time.perf_counter()
            try:
                # (a streamed call's redirect or error body is read within the attempt: _body.read_body_async)
                deadline = self._attempt_deadline(request, call_ends, limits)
                response = await self._attempt(request, deadline, stream=stream)
            except httpx.HTTPError as exc:
                error = exc
                if response is not None:
                    await response.aclose()
            finally:
                observed = self._observe(response)
                if paced:
                    await self._release(observed)
            delay = self._after_attempt(request, attempt, started, response, error, call_ends, limits, observed)
            if delay is None:
                return self._final(request, response, error)
            await self._sleep(delay)
            attempt += 1

    async def _pace(self, request: httpx.Request, call_ends: float | None) -> None:
        waited = 0.0
        while (wait := await self._acquire()) > 0:
            self._pacing_wait(request, waited, wait, call_ends)
            await self._sleep(wait)
            waited += wait

    async def _acquire(self) -> float:
        if self._async_pacer is not None:
            return await self._async_pacer.acquire_async(self._clock())
        assert self._pacer is not None
        return self._pacer.acquire(self._clock())

    async def _release(self, rate_limit: RateLimit | None) -> None:
        """End the attempt for the pacer; an awaited release goes on in the background if the caller is cancelled."""
        if self._async_pacer is None:
            assert self._pacer is not None
            self._pacer.release(rate_limit)
            return
        import asyncio

        task = asyncio.ensure_future(self._async_pacer.release_async(rate_limit))
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            background = self._http_slot.background
            background.add(task)
            task.add_done_callback(background.discard)
            task.add_done_callback(_retrieve)
            raise

    async def _attempt(self, request: httpx.Request, deadline: AttemptDeadline, *, stream: bool) -> httpx.Response:
        """Send one attempt in a task of its own, which the caller's cancellation does not reach.

        A cancelled caller returns at once; the attempt goes on in the background until it ends (by its
        deadline at the latest), so that httpx's pool is never interrupted half-way through its
        bookkeeping (encode/httpcore#1093) and the connection stays reusable on either backend (aiohttp
        closes a connection whose request was cancelled: 300 cancelled calls and 100 more then took 400). The
        deadline is enforced inside the SDK's transports, from when the attempt has its connection; over
        one it did not build, the client stops waiting for the attempt a little after its deadline
        (counted from now: such a transport does not say when it has a connection).
        """
        import asyncio

        http, slot = self._http, self._http_slot
        budget = deadline.longest()
        if budget is not None and not slot.enforces_deadlines:
            # Such a transport's wait for a connection counts in the attempt, as it cannot say when it has
            # one: its pool timeout must end the wait before the client gives up on the attempt.
            _cap_pool_wait(request, budget)
        # The task hands its outcome to ``waiter`` itself (asyncio.shield would take one more turn of the
        # event loop per call); cancelling the caller cancels the waiter, never the task.
        waiter: asyncio.Future[httpx.Response] = asyncio.get_running_loop().create_future()
        task = asyncio.ensure_future(
            _deliver(waiter, _send_by(http, request, deadline, stream, self._builds_requests), stream)
        )
        try:
            if budget is None or slot.enforces_deadlines:
                return await waiter
            async with asyncio.timeout(budget + _DEADLINE_GRACE):
                return await waiter
        except TimeoutError:
            if task.done() and not task.cancelled() and (outcome := task.result()) is not None:
                return outcome  # it ended as the client gave up on it: its own outcome stands
            # A transport the SDK did not build ignored the deadline: stop it the only way left.
            task.cancel()
            raise httpx.ReadTimeout(
                f"the attempt did not end within its total of {budget:.3g} s", request=request
            ) from None
        except asyncio.CancelledError:
            background = self._http_slot.background
            if not task.done():  # kept until it ends (asyncio holds tasks weakly)
                background.add(task)
                task.add_done_callback(background.discard)
            raise

    async def aclose(self) -> None:
        """Close the connection pools (not an ``http_client`` you passed, which stays yours to close).

        A derived client's ``aclose`` does nothing: the pools are its parent's. Attempts whose callers were cancelled and that are still running are ended first. The pools of
        other event loops are closed in their loops (see ``_http_slot.py``). Every later use of this
        client, or of a client derived from it, raises ``ClientClosedError``; closing again does nothing.
        """
        if self._owns_http:
            await self._http_slot.aclose()

    async def __aenter__(self) -> Self:
        self._http_slot.check_open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class SyncIntercomBase(_BaseIntercom):
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
        self._check_pool_arguments(http_client, transport)
        self._builds_requests = http_client is None  # see _build_request
        if self._async_pacer is not None and self._pacer is None:
            raise ConfigurationError("this rate_limiter only has async methods: pass it to AsyncIntercom")
        self._owns_http = True
        proxies = self._proxies() if http_client is None and transport is None else {}
        self._http_slot = SyncHTTPSlot(
            lambda: _new_http_client(httpx.Client, transport, "sync", proxies, self._max_connections),
            http_client,
        )
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def _http(self) -> httpx.Client:
        return self._http_slot.get()

    def request(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request with this client's auth, version, retries, deadlines and pacing (see AsyncIntercom.request)."""
        limits = self._call_limits(timeout, max_retries)
        request = self._build_request(self._http, method, url, limits, **kwargs)
        if self._telemetry is not None:
            return self._traced_send(self._telemetry, request, limits, stream=False)
        return self._send(request, limits, stream=False)

    @contextlib.contextmanager
    def stream(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> Iterator[httpx.Response]:
        """Send a request and give its response before its body is read (see AsyncIntercom.stream)."""
        limits = self._call_limits(timeout, max_retries)
        request = self._build_request(self._http, method, url, limits, **kwargs)
        if self._telemetry is not None:
            response = self._traced_send(self._telemetry, request, limits, stream=True)
        else:
            response = self._send(request, limits, stream=True)
        try:
            yield response
        finally:
            response.close()

    def _traced_send(
        self, telemetry: Telemetry, request: httpx.Request, limits: _CallLimits, *, stream: bool
    ) -> httpx.Response:
        """The sync twin of ``AsyncIntercomBase._traced_send``."""
        call = telemetry.enter(request)
        try:
            response = self._send(request, limits, stream=stream)
        except BaseException as exc:
            telemetry.leave(call, exc)
            raise
        telemetry.leave(call, None)
        return response

    def _send(self, request: httpx.Request, limits: _CallLimits, *, stream: bool) -> httpx.Response:
        """The retry loop of ``request`` and ``stream`` (with ``stream``, an error status's body is read here)."""
        self._bound_bodies(request, stream=stream)
        call_ends = self._call_ends()
        attempt = 0
        while True:
            if self._pacer is not None:
                self._pace(request, call_ends)
            response: httpx.Response | None = None
            error: Exception | None = None
            if self._telemetry is not None:
                self._telemetry.before_attempt(request, attempt)
            started = time.perf_counter()
            try:
                response = self._attempt(request, self._attempt_deadline(request, call_ends, limits), stream=stream)
            except httpx.HTTPError as exc:
                error = exc
                if response is not None:
                    response.close()
            finally:
                observed = self._observe(response)
                if self._pacer is not None:
                    self._pacer.release(observed)
            delay = self._after_attempt(request, attempt, started, response, error, call_ends, limits, observed)
            if delay is None:
                return self._final(request, response, error)
            self._sleep(delay)
            attempt += 1

    def _pace(self, request: httpx.Request, call_ends: float | None) -> None:
        assert self._pacer is not None
        waited = 0.0
        while (wait := self._pacer.acquire(self._clock())) > 0:
            self._pacing_wait(request, waited, wait, call_ends)
            self._sleep(wait)
            waited += wait

    def _attempt(self, request: httpx.Request, deadline: AttemptDeadline, *, stream: bool) -> httpx.Response:
        token = attempt_deadline.set(deadline)
        try:
            return send_sync(self._http, request, stream=stream, direct=self._builds_requests)
        except (TimeoutError, OSError) as exc:
            raise _as_httpx_error(exc, request) from exc
        finally:
            attempt_deadline.reset(token)

    def close(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed, which stays yours to close).

        A derived client's ``close`` does nothing: the pool is its parent's. Every later use of this client, or of a client derived from it, raises ``ClientClosedError``;
        closing again does nothing.
        """
        if self._owns_http:
            self._http_slot.close()

    def __enter__(self) -> Self:
        self._http_slot.check_open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _send_by(
    http: httpx.AsyncClient, request: httpx.Request, deadline: AttemptDeadline, stream: bool, direct: bool
) -> httpx.Response:
    """Send ``request`` with the attempt's total deadline set for the transport (this task's context only).

    ``direct``: ``http`` is the SDK's own client (see ``_send.py``).
    """
    token = attempt_deadline.set(deadline)
    try:
        return await send_async(http, request, stream=stream, direct=direct)
    except (TimeoutError, OSError) as exc:
        raise _as_httpx_error(exc, request) from exc
    finally:
        attempt_deadline.reset(token)


def _cap_pool_wait(request: httpx.Request, seconds: float) -> None:
    """Make ``request`` wait for a pooled connection at most ``seconds`` (its pool timeout, shortened)."""
    timeouts = dict(request.extensions.get("timeout") or {})
    pool = timeouts.get("pool")
    timeouts["pool"] = seconds if pool is None else min(pool, seconds)
    request.extensions["timeout"] = timeouts


def _as_httpx_error(error: TimeoutError | OSError, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for a bare one that a transport let through (httpx's own never do)."""
    if isinstance(error, TimeoutError):
        return httpx.ReadTimeout(f"timed out ({type(error).__name__})", request=request)
    return httpx.ReadError(f"{type(error).__name__}: {error.strerror or error}", request=request)


def _pacer_for(
    rate_limiter: RateLimiter | AsyncRateLimiter | BindableRateLimiter | None,
    pace_rate_limits: bool,
    token: str,
    base_url: str,
) -> RateLimiter | AsyncRateLimiter | None:
    """The pacer of a client: the one passed (bound to the client's app and region if it serves many), or the default."""
    if rate_limiter is None:
        return RateLimitPacer() if pace_rate_limits else None
    if isinstance(rate_limiter, BindableRateLimiter):
        rate_limiter = rate_limiter.bind(rate_limit_scope(token, base_url, REGIONS))
    if not isinstance(rate_limiter, (RateLimiter, AsyncRateLimiter)):
        raise ConfigurationError(
            "rate_limiter must have acquire(now) and release(rate_limit) methods "
            "(or acquire_async and release_async, or bind(scope))"
        )
    return rate_limiter


async def _deliver(
    waiter: asyncio.Future[httpx.Response], attempt: Awaitable[httpx.Response], stream: bool
) -> httpx.Response | None:
    """Run ``attempt`` and hand its response or error to ``waiter``, unless its caller is gone.

    The task running this is never cancelled by its caller (see ``_attempt``): it ends with no error of
    its own, so nothing waits to be retrieved. A streamed response nobody will read is closed here,
    freeing its connection.
    """
    import asyncio

    try:
        response = await attempt
    except asyncio.CancelledError:  # only when the client stops an attempt that overran its deadline
        waiter.cancel()
        raise
    except BaseException as exc:
        if not waiter.done():
            waiter.set_exception(exc)
        if not isinstance(exc, Exception):
            raise  # KeyboardInterrupt, SystemExit: not the attempt's to swallow
        return None
    if not waiter.done():
        waiter.set_result(response)
        return response
    if stream:
        await response.aclose()
    return None


def _retrieve(task: Any) -> None:
    """Mark the outcome of an attempt whose caller was cancelled as seen (asyncio warns otherwise)."""
    if not task.cancelled():
        task.exception()


def _new_http_client(
    cls: type[HTTPClient],
    transport: httpx.AsyncBaseTransport | httpx.BaseTransport | None,
    backend: Literal["httpx", "aiohttp", "sync"],
    proxies: Mapping[str, httpx.Proxy | None],
    max_connections: int | None,
) -> HTTPClient:
    """The httpx client a client creates: over ``transport`` as given, else over the SDK's own for
    ``backend`` (with its pool and deadlines), with one more of those per proxy the environment names."""
    from . import _transport

    build: Callable[[ssl.SSLContext, httpx.Proxy | None, int | None], Any] = {
        "httpx": _transport.async_transport,
        "aiohttp": _transport.aiohttp_transport,
        "sync": _transport.sync_transport,
    }[backend]
    mounts: dict[str, Any] = {}
    if transport is None:
        context = ssl_context()
        transport = build(context, None, max_connections)
        mounts = _transport.proxy_mounts(dict(proxies), lambda proxy: build(context, proxy, max_connections))
    else:
        _transport.install_deadlines(transport)
    return cls(transport=transport, mounts=mounts, verify=ssl_context(), follow_redirects=False)  # type: ignore[arg-type]
