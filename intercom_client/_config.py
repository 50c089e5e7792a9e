"""The clients' options: their defaults, and the checks that turn a bad value into a ``ConfigurationError``.

Every check returns the value it accepts (as the client stores it) and raises a ``ConfigurationError``
naming the option and what was wrong. ``check_seconds`` and ``check_count`` are also the checks of
the other modules' options that are durations or counts (the bulk helpers', webhooks', Redis'), so
that one option means the same everywhere. The access token's check never puts the token in a
message.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import os
import ssl
from collections.abc import Mapping, Sequence
from typing import Literal, NewType, TypedDict, overload

import httpx

from ._call_options import NOT_GIVEN, NotGiven
from ._exceptions import ConfigurationError
from ._hooks import Hooks
from ._rate_limit import AsyncRateLimiter, BindableRateLimiter, RateLimiter

__all__ = [
    "BASE_URL_ENV_VAR",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "REGIONS",
    "TOKEN_ENV_VAR",
    "ApiVersion",
    "ClientOptions",
    "NewerApiVersion",
    "NotGiven",
    "Region",
    "TimeoutTypes",
    "attempt_total",
    "check_count",
    "check_max_connections",
    "check_max_retry_wait",
    "check_retries",
    "check_seconds",
    "check_timeout",
    "check_token",
    "resolve_base_url",
    "ssl_context",
]

Region = Literal["us", "eu", "au"]
"""The regions of Intercom's API (``region=``; ``REGIONS`` maps each to its base URL). ``base_url=`` names any other."""

ApiVersion = Literal[
    "1.0", "1.1", "1.2", "1.3", "1.4",
    "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13", "2.14",
    "2.15", "2.16",
    "Preview",
]  # fmt: skip
"""The ``Intercom-Version`` values this SDK was made for (``version=``): those of the pinned spec's
``intercom_version`` schema, which tests/test_api_version.py keeps equal to these. The default a client
sends is ``intercom_client.DEFAULT_API_VERSION`` (pinned in openapi/source.json, see README "API version")."""

NewerApiVersion = NewType("NewerApiVersion", str)
"""An ``Intercom-Version`` newer than this SDK knows, sent as given: ``version=NewerApiVersion("2.17")``.

The escape hatch is explicit so that a typo (``version="2.99"``) stays a type error. The models still
describe the pinned spec: what the newer version adds arrives in the models' ``additional_properties``."""

REGIONS: Mapping[str, str] = {  # keyed by the values of Region
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}
TOKEN_ENV_VAR = "INTERCOM_ACCESS_TOKEN"
BASE_URL_ENV_VAR = "INTERCOM_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
# Hosts a base_url may name over plain http without allow_insecure_base_url: the token stays on the machine.
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})  # httpx.URL.host of [::1] is ::1

TimeoutTypes = float | httpx.Timeout | None


class ClientOptions(TypedDict, total=False):
    """The options both clients take (see AsyncIntercom for what each does)."""

    token: str | None
    region: Region | None
    base_url: str | None
    version: ApiVersion | NewerApiVersion | None
    timeout: TimeoutTypes
    attempt_timeout: float | None
    deadline: float | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    max_retry_wait: float
    retry_unsafe_methods: bool
    pace_rate_limits: bool
    rate_limiter: RateLimiter | AsyncRateLimiter | BindableRateLimiter | None
    allow_insecure_base_url: bool
    strict_decoding: bool
    trust_env: bool
    max_response_bytes: int | None
    max_download_bytes: int | None
    max_connections: int | None
    tracing: object
    metrics: object
    hooks: Hooks | Sequence[Hooks] | None


def check_token(token: object) -> str:
    """The access token, if it is one: a ``str`` of printable ASCII without whitespace.

    Every error says what is wrong without the token itself: it must never appear in a message.
    """
    if token is None or (isinstance(token, str) and not token.strip()):
        raise ConfigurationError(
            f"no Intercom access token: pass token=... or set the {TOKEN_ENV_VAR} environment variable"
        )
    if not isinstance(token, str):
        raise ConfigurationError(f"the Intercom access token must be a str, got {type(token).__name__}")
    if not all("!" <= c <= "~" for c in token):
        raise ConfigurationError(
            "the Intercom access token must be printable ASCII without whitespace: "
            "it contains whitespace, a control character or a non-ASCII character"
        )
    return token


def check_timeout(timeout: TimeoutTypes) -> TimeoutTypes:
    """``timeout`` if it is None, a positive number of seconds, or an ``httpx.Timeout`` of such parts."""
    if isinstance(timeout, httpx.Timeout):
        for name, value in timeout.as_dict().items():
            check_seconds(f"timeout.{name}", value)
        return timeout
    return check_seconds("timeout", timeout)


def attempt_total(timeout: TimeoutTypes, attempt_timeout: float | NotGiven | None) -> float | None:
    """The total of one attempt: ``attempt_timeout`` as given, else the largest part of ``timeout``."""
    if not isinstance(attempt_timeout, NotGiven):
        return check_seconds("attempt_timeout", attempt_timeout)
    if timeout is None or isinstance(timeout, (int, float)):
        return timeout
    parts = [p for p in timeout.as_dict().values() if p is not None]
    return max(parts) if parts else None


@overload
def check_seconds(name: str, value: float | None, *, zero_ok: bool = ..., optional: Literal[False]) -> float: ...
@overload
def check_seconds(name: str, value: float | None, *, zero_ok: bool = ..., optional: bool = ...) -> float | None: ...
def check_seconds(name: str, value: float | None, *, zero_ok: bool = False, optional: bool = True) -> float | None:
    """``value`` as a float if it is a finite number of seconds > 0 (>= 0 with ``zero_ok``), or None
    if ``optional``; a bool is not a number here."""
    if value is None:
        if optional:
            return None
        raise ConfigurationError(f"{name} must be a number of seconds, got None")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        either = " or None" if optional else ""
        raise ConfigurationError(f"{name} must be a number of seconds{either}, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_ok):
        kind = "number of seconds >= 0" if zero_ok else "positive number of seconds"
        raise ConfigurationError(f"{name} must be a {kind}, got {value!r}")
    return float(value)


@overload
def check_count(name: str, value: int | None, *, minimum: int, optional: Literal[False] = ...) -> int: ...
@overload
def check_count(name: str, value: int | None, *, minimum: int, optional: bool) -> int | None: ...
def check_count(name: str, value: int | None, *, minimum: int, optional: bool = False) -> int | None:
    """``value`` if it is an int (not a bool) of at least ``minimum``, or None if ``optional``."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        either = " or None" if optional else ""
        raise ConfigurationError(f"{name} must be an integer >= {minimum}{either}, got {value!r}")
    return value


def check_max_connections(value: int | None) -> int | None:
    """The size of the client's own pool: an int >= 1, or None for the default."""
    return check_count("max_connections", value, minimum=1, optional=True)


def check_max_retry_wait(value: float) -> float:
    """The longest wait a Retry-After or the pacer may ask for: seconds >= 0 (0: never wait)."""
    return check_seconds("max_retry_wait", value, zero_ok=True, optional=False)


def check_retries(max_retries: int, name: str = "max_retries") -> int:
    """A number of retries (or restarts, named ``name``): an int >= 0."""
    return check_count(name, max_retries, minimum=0)


def resolve_base_url(region: str | None, base_url: str | None, allow_insecure: bool) -> str:
    """Where requests go: ``base_url`` if given, else the ``INTERCOM_BASE_URL`` environment variable if set
    (not empty), else the base URL of ``region`` (``us`` by default).

    The environment variable points a program at a mock or a proxy without changing its code; it
    overrides ``region`` (given or not), never an explicit ``base_url``. Either URL must be http(s) with a
    host, and plain http is refused for any host but this machine's unless ``allow_insecure``: the access
    token would travel in clear.
    """
    if base_url is not None and region is not None:
        raise ConfigurationError("pass either region or base_url, not both")
    if region is not None and not isinstance(region, str):
        raise ConfigurationError(f"region must be a str, got {type(region).__name__}")
    if base_url is not None:
        return _checked_url(base_url, "base_url", allow_insecure)
    from_environment = os.environ.get(BASE_URL_ENV_VAR, "").strip()
    if from_environment:
        return _checked_url(from_environment, f"the {BASE_URL_ENV_VAR} environment variable", allow_insecure)
    key = (region or "us").lower()
    if key not in REGIONS:
        raise ConfigurationError(f"unknown region {region!r}: expected one of {', '.join(REGIONS)}")
    return REGIONS[key]


def _checked_url(base_url: object, name: str, allow_insecure: bool) -> str:
    """``base_url`` without its trailing ``/``, or a ConfigurationError naming ``name`` and what is wrong."""
    if not isinstance(base_url, str):
        raise ConfigurationError(f"{name} must be a str, got {type(base_url).__name__}")
    # The URL itself is not repeated in these errors: it may carry credentials (https://user:secret@host).
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:  # httpx's message quotes the part it could not parse: it may be a secret
        raise ConfigurationError(f"{name} is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{name} must be an http(s) URL with a host, got scheme {url.scheme!r}")
    if url.scheme == "http" and url.host not in _LOCAL_HOSTS and not allow_insecure:
        raise ConfigurationError(
            f"refusing to send the access token over plain http to {url.host} ({name}); "
            "use https or pass allow_insecure_base_url=True"
        )
    if url.userinfo or url.query or url.fragment:
        # A user:password would show in repr(client); a query or fragment would swallow every request's path.
        raise ConfigurationError(f"{name} must have no user:password, query or fragment (a host and a path only)")
    return base_url.rstrip("/")


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """The TLS context of every transport the SDK builds, made once per process.

    Loading the CA bundle takes tens of milliseconds: once, not for every client (e.g. one per workspace).
    """
    return httpx.create_ssl_context()


def check_version(version: object) -> str | None:
    """``version`` if it can be the ``Intercom-Version`` header (a str of printable ASCII), or None."""
    if version is None:
        return None
    if not isinstance(version, str):
        raise ConfigurationError(f"version must be a str such as '2.14' or 'Preview', got {type(version).__name__}")
    if not version or not version.isascii() or not version.isprintable() or version != version.strip():
        raise ConfigurationError(f"version must be printable ASCII without surrounding spaces, got {version!r}")
    return version


# -- proxies from the environment (read when a client is made; used by _transport.py's mounts) -----

_PROXY_VARIABLES = {"http://": "HTTP_PROXY", "https://": "HTTPS_PROXY", "all://": "ALL_PROXY"}
Proxies = dict[str, httpx.Proxy | None]


def environment_proxies() -> Proxies:
    """The proxies the environment names, as httpx's ``trust_env`` reads them: URL pattern -> proxy.

    httpx's own reading (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, in either case,
    with its precedence and its ``NO_PROXY`` rules); a ``None`` proxy means "direct" for that pattern.
    httpx applies these only to the transports it builds itself: the SDK builds its own (for its
    deadlines), so it mounts a proxied one of its own for each pattern. A URL that is not a proxy's
    raises ``ConfigurationError`` naming the variable, never the URL (it may hold a password).
    """
    from httpx._utils import get_environment_proxies

    proxies: Proxies = {}
    for pattern, url in get_environment_proxies().items():
        if url is None:
            proxies[pattern] = None
            continue
        variable = _PROXY_VARIABLES.get(pattern, "a proxy variable")
        try:
            proxy = httpx.Proxy(url)
        except (ValueError, httpx.InvalidURL):
            raise ConfigurationError(
                f"{variable} in the environment is not an http://, https:// or socks5:// proxy URL "
                "(pass trust_env=False to ignore the environment's proxies)"
            ) from None
        if proxy.url.scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
            raise ConfigurationError(
                f"{variable} in the environment names a SOCKS proxy, which needs socksio: pip install 'httpx[socks]'"
            )
        proxies[pattern] = proxy
    return proxies


def check_aiohttp_proxies(proxies: Proxies) -> None:
    """Raise ``ConfigurationError`` for a proxy the aiohttp backend cannot go through (SOCKS)."""
    for pattern, proxy in proxies.items():
        if proxy is not None and proxy.url.scheme not in ("http", "https"):
            variable = _PROXY_VARIABLES.get(pattern, "a proxy variable")
            raise ConfigurationError(
                f"{variable} in the environment names a SOCKS proxy: http_backend='aiohttp' goes through "
                "http:// and https:// proxies only (use the default backend, or trust_env=False)"
            )
