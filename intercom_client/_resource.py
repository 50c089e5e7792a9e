"""The runtime of the resource surface: ``client.contacts.retrieve(id)`` and its friends.

The resource classes themselves are generated from the spec (``generated/api/<tag>/__init__.py``,
rendered from ``templates/endpoint_init.py.jinja``); each method builds its request with its endpoint
module's ``_get_kwargs`` and decodes the answer with its ``_parse_response``. What they share lives
here: per-call options, the raw-response mode, the paginators' construction, and the lazy resource
properties of the clients.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._exceptions import ConfigurationError
from ._rate_limit import RateLimit

if TYPE_CHECKING:
    from ._client import AsyncIntercom, Intercom
    from .pagination import AsyncPaginator, Cursor, SyncPaginator

__all__ = [
    "AsyncResource",
    "RawResponse",
    "SyncResource",
    "async_raw",
    "resource",
    "sync_raw",
]

T = TypeVar("T")
P = ParamSpec("P")
Parse = Callable[..., Any]

TimeoutTypes = float | httpx.Timeout | None


class _Omitted:
    """The default of the ``timeout`` option: the client's own timeout (``None`` means no timeout)."""

    def __repr__(self) -> str:
        return "OMITTED"


OMITTED: Any = _Omitted()


class RawResponse(Generic[T]):
    """A response with everything about it: status, headers, rate limit and the parsed model.

    Returned by ``client.<resource>.with_raw_response.<method>(...)``.

    Attributes:
        http_response: The httpx response (its body already read).
        parsed: The operation's model, as the plain method returns it.
    """

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self.parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit state this response reported, or None when it had no such headers."""
        return RateLimit.from_headers(self.http_response.headers)

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={type(self.parsed).__name__})"


def apply_options(
    kwargs: dict[str, Any],
    *,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The endpoint's request arguments with the per-call extras merged in (extras win)."""
    if extra_headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **extra_headers}
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    if extra_body:
        body = kwargs.get("json")
        if body is None and not any(k in kwargs for k in ("data", "files", "content")):
            kwargs["json"] = dict(extra_body)
        elif isinstance(body, dict):
            kwargs["json"] = {**body, **extra_body}
        else:
            raise ConfigurationError("extra_body needs a JSON object body; this request sends another kind of body")
    return kwargs


def _configured(client: Any, timeout: Any, max_retries: int | None) -> Any:
    if timeout is OMITTED and max_retries is None:
        return client
    if timeout is OMITTED:
        return client.with_options(max_retries=max_retries)
    return client.with_options(timeout=timeout, max_retries=max_retries)


class _Resource:
    __slots__ = ("_client", "_raw")

    _client: Any
    _raw: bool

    def _paginator_args(
        self,
        rule: Mapping[str, Any],
        get_kwargs: Callable[..., dict[str, Any]],
        parse: Parse,
        arguments: dict[str, Any],
        per_page: int | None,
        max_items: int | None,
        max_pages: int | None,
        start_cursor: Cursor | None,
        timeout: Any,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> tuple[Any, Any]:
        from .pagination import Operation, Walker

        operation = Operation(rule, get_kwargs, parse)
        walker = Walker(operation, arguments, per_page, start_cursor, max_items, max_pages)
        client = _configured(self._client, timeout, max_retries)
        extras = {"extra_headers": extra_headers, "extra_query": extra_query, "extra_body": extra_body}
        return walker, (client, extras)


class AsyncResource(_Resource):
    """The base of every async resource (``client.contacts`` on an ``AsyncIntercom``)."""

    def __init__(self, client: AsyncIntercom, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[..., T],
        *,
        timeout: Any,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> T:
        client = _configured(self._client, timeout, max_retries)
        kwargs = apply_options(kwargs, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body)
        response = await client.request(**kwargs)
        parsed = parse(response, strict=client.strict_decoding)
        if self._raw:
            # The raw-mode copy behind ``with_raw_response``: async_raw() types this as RawResponse[T].
            return cast(T, RawResponse(response, parsed))
        return parsed

    def _paginate(self, rule: Mapping[str, Any], *args: Any, **kwargs: Any) -> AsyncPaginator[Any]:
        from .pagination import AsyncPaginator

        walker, (client, extras) = self._paginator_args(rule, *args, **kwargs)
        return AsyncPaginator(walker, client, extras)


class SyncResource(_Resource):
    """The base of every sync resource (``client.contacts`` on an ``Intercom``)."""

    def __init__(self, client: Intercom, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[..., T],
        *,
        timeout: Any,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> T:
        client = _configured(self._client, timeout, max_retries)
        kwargs = apply_options(kwargs, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body)
        response = client.request(**kwargs)
        parsed = parse(response, strict=client.strict_decoding)
        if self._raw:
            return cast(T, RawResponse(response, parsed))
        return parsed

    def _paginate(self, rule: Mapping[str, Any], *args: Any, **kwargs: Any) -> SyncPaginator[Any]:
        from .pagination import SyncPaginator

        walker, (client, extras) = self._paginator_args(rule, *args, **kwargs)
        return SyncPaginator(walker, client, extras)


def async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The type of a raw-mode resource's method: same parameters, returns a RawResponse."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)


def sync_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The sync twin of async_raw."""
    return cast("Callable[P, RawResponse[T]]", method)


R = TypeVar("R", bound=_Resource)


def resource(owner: object, name: str, factory: Callable[[Any], R]) -> R:
    """The client's resource ``name``, created on first access and kept on the client.

    A client derived with ``with_options`` starts with a copy of its parent's attributes: a resource
    bound to another client is replaced, so each client's resources send through that client.
    """
    attrs: dict[str, Any] = owner.__dict__
    key = "_resource_" + name
    found = attrs.get(key)
    if found is None or found._client is not owner:
        found = attrs[key] = factory(owner)
    return cast(R, found)
