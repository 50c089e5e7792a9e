"""The runtime of the resource surface: ``client.contacts.retrieve(id)`` and its friends.

The resource classes themselves are generated from the spec (``generated/api/<tag>/__init__.py``,
rendered from ``templates/endpoint_init.py.jinja``); each method builds its request and names how its
responses decode (``_responses.py``), then calls one entry here: ``_request`` (send, retry, decode) or
``_paginate`` (a paginator over the same request). The runtime calls no generated function: what it
runs of the generated code is what a method hands it (a model's ``from_dict``). Also here: the
raw-response mode, request bodies given as dicts, and the lazy resource properties of the clients.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeAlias, TypeVar, cast

import httpx

from ._body_fields import as_json_containers
from ._call_options import NOT_GIVEN, RequestOptions, apply_options
from ._decoding import TOO_DEEP, UNSET, Unset
from ._exceptions import RequestBodyError, ResponseDecodingError
from ._rate_limit import RateLimit
from ._responses import Responses, decode

if TYPE_CHECKING:
    from ._client import AsyncIntercomBase, SyncIntercomBase
    from .pagination import AsyncPaginator, Cursor, SyncPaginator, Walker

__all__ = [
    "AsyncResource",
    "AsyncSurface",
    "RawResponse",
    "RequestBodyError",
    "SyncResource",
    "SyncSurface",
    "async_raw",
    "request_body",
    "request_options",
    "resource",
    "sync_raw",
]

T = TypeVar("T")
P = ParamSpec("P")

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""A per-call timeout: seconds, an ``httpx.Timeout``, or None for no timeout."""


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


def _body_from_dict(model: type[Any], value: Mapping[str, Any]) -> Any:
    import difflib

    name = model.__name__
    known: frozenset[str] = model._known_fields
    for key in value:
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RequestBodyError(
                f"{name} has no field {key!r}{hint}; a field the spec does not know yet goes in extra_body=",
                model=name,
                field=str(key),
            )
    data = as_json_containers(value)
    for key, constant in model._discriminator:
        if key not in data:
            data[key] = constant
        elif data[key] != constant:
            raise RequestBodyError(f"{name}.{key} must be {constant!r}, got {data[key]!r}", model=name, field=key)
    for spec in model._field_table():
        if spec[3] and spec[0] not in data:
            raise RequestBodyError(f"{name} needs the field {spec[0]!r}", model=name, field=spec[0])
    return model.from_dict(data)


def request_body(value: Any, *models: type[Any]) -> Any:
    """The request model for a body given as the model itself or as a dict literal of its JSON fields.

    With several models (a body that may be one of a few objects), a dict becomes the first one it
    fits. Raises RequestBodyError, naming the field, when it fits none.
    """
    if value is UNSET or isinstance(value, (Unset, *models)):
        return value
    names = " or ".join(model.__name__ for model in models)
    if not isinstance(value, Mapping):
        raise RequestBodyError(
            f"body must be {names} or a dict of its fields, got {type(value).__name__}", model=models[0].__name__
        )
    errors: list[RequestBodyError] = []
    for model in models:
        try:
            return _body_from_dict(model, value)
        except RequestBodyError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    raise RequestBodyError(
        f"the body fits none of {names}: " + "; ".join(str(e) for e in errors), model=errors[0].model
    )


def request_options(
    timeout: Any = NOT_GIVEN,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RequestOptions | None:
    """The options of one call as one value; None when the caller gave none."""
    if (
        timeout is NOT_GIVEN
        and max_retries is None
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return None
    return RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body)


class _Resource:
    __slots__ = ("_client", "_raw")

    _client: Any
    _raw: bool

    def _walker(
        self,
        rule: Mapping[str, Any],
        request: dict[str, Any],
        responses: Responses,
        per_page: int | None,
        max_items: int | None,
        max_pages: int | None,
        start_cursor: Cursor | None,
        options: RequestOptions | None,
    ) -> tuple[Walker, Any]:
        """The walker of one iteration over the pages of ``request``, and the client it sends through."""
        from .pagination import Operation, Walker

        walker = Walker(Operation(rule, request, responses), per_page, start_cursor, max_items, max_pages, options)
        return walker, self._client


class AsyncResource(_Resource):
    """The base of every async resource (``client.contacts`` on an ``AsyncIntercom``)."""

    def __init__(self, client: AsyncIntercomBase, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _request(self, request: dict[str, Any], responses: Responses, options: RequestOptions | None) -> Any:
        """Send ``request`` (httpx's request arguments) and return its response as ``responses`` decodes it.

        The one runtime entry of a generated method: ``options`` (None: none given) applies this call's
        timeout, retries and extras; the client sends with its retries, pacing and typed errors.
        """
        client = self._client
        telemetry = client._telemetry
        # Tracing, metrics or hooks on: this method's call (named by the operation's mark on the request).
        call = None if telemetry is None else telemetry.open_operation(request)
        try:
            if options is not None:
                request = options.apply(request)
            response = await client.request(**request)
            parsed = decode(response, responses, client.strict_decoding)
        except BaseException as exc:
            if call is not None:
                call.close(exc)
            raise
        if call is not None:
            call.close(None)
        if self._raw:
            # The raw-mode copy behind ``with_raw_response``: async_raw() types this as RawResponse[T].
            return RawResponse(response, parsed)
        return parsed

    def _paginate(self, *args: Any) -> AsyncPaginator[Any]:
        """A paginator over the pages of a request (the arguments of ``_walker``)."""
        from .pagination import AsyncPaginator

        return AsyncPaginator(*self._walker(*args))


class SyncResource(_Resource):
    """The base of every sync resource (``client.contacts`` on an ``Intercom``)."""

    def __init__(self, client: SyncIntercomBase, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _request(self, request: dict[str, Any], responses: Responses, options: RequestOptions | None) -> Any:
        """The sync twin of ``AsyncResource._request``."""
        client = self._client
        telemetry = client._telemetry
        call = None if telemetry is None else telemetry.open_operation(request)
        try:
            if options is not None:
                request = options.apply(request)
            response = client.request(**request)
            parsed = decode(response, responses, client.strict_decoding)
        except BaseException as exc:
            if call is not None:
                call.close(exc)
            raise
        if call is not None:
            call.close(None)
        if self._raw:
            return RawResponse(response, parsed)
        return parsed

    def _paginate(self, *args: Any) -> SyncPaginator[Any]:
        """A paginator over the pages of a request (the arguments of ``_walker``)."""
        from .pagination import SyncPaginator

        return SyncPaginator(*self._walker(*args))


def async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The type of a raw-mode resource's method: same parameters, returns a RawResponse."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)


def sync_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The sync twin of async_raw."""
    return cast("Callable[P, RawResponse[T]]", method)


def _json_of(response: httpx.Response) -> Any:
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError as exc:
        raise ResponseDecodingError(
            f"{response.request.method} {response.request.url.path}: the body is not JSON", response=response
        ) from exc
    except RecursionError:
        pass  # raised below, outside the except block: a RecursionError is no part of the error's chain
    raise ResponseDecodingError(f"{response.request.method} {response.request.url.path}: {TOO_DEEP}", response=response)


class AsyncSurface:
    """What the async client offers beside its resources (a base of the generated ``AsyncResources``)."""

    __slots__ = ()

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Call an endpoint the spec does not describe (yet); returns its decoded JSON (None for no body).

        The client's auth, version header, retries, pacing and typed errors apply, as for any method::

            data = await client.request_json("GET", "/some/new/endpoint", params={"page": 2})
        """
        kwargs = apply_options(
            {"method": method, "url": path}, extra_headers=headers, extra_query=params, extra_body=None
        )
        if json is not None:
            kwargs["json"] = json
        client: Any = self
        return _json_of(await client.request(**kwargs, timeout=timeout, max_retries=max_retries))


class SyncSurface:
    """The sync twin of AsyncSurface (a base of the generated ``SyncResources``)."""

    __slots__ = ()

    def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Call an endpoint the spec does not describe (yet); returns its decoded JSON (see AsyncSurface)."""
        kwargs = apply_options(
            {"method": method, "url": path}, extra_headers=headers, extra_query=params, extra_body=None
        )
        if json is not None:
            kwargs["json"] = json
        client: Any = self
        return _json_of(client.request(**kwargs, timeout=timeout, max_retries=max_retries))


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
