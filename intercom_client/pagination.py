"""Iterate any paginated list or search operation, item by item or page by page.

Intercom pages in several ways: a ``starting_after`` cursor, page numbers, a ``scroll_param``, a
``pagination`` object in a search body, a ``cursor``/``next_cursor`` pair. ``paginate`` hides which::

    from intercom_client.generated.api.contacts import list_contacts, search_contacts

    async for contact in paginate(list_contacts, client=client, per_page=50):
        ...
    async for page in paginate(search_contacts, client=client, body=query).pages():
        print(len(page.items), page.rate_limit, page.next_cursor)

    for contact in paginate_sync(list_contacts, client=sync_client, max_items=500):
        ...

How each operation pages comes from the table generated from the spec (``generated/pagination_table.py``).
Each page is one call of the endpoint's ``asyncio_detailed``/``sync_detailed``, so the client's retries,
pacing and typed errors apply per page. The next page is fetched only when the consumer reaches the end
of the current one, and only one page is held at a time. Save ``page.next_cursor`` to resume later with
``start_cursor=``.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import ConfigurationError, IntercomError
from ._rate_limit import RateLimit

if TYPE_CHECKING:
    from ._client import AsyncIntercom, Intercom

__all__ = [
    "AsyncPaginator",
    "Cursor",
    "NotPaginatedError",
    "Page",
    "PaginationError",
    "SyncPaginator",
    "paginate",
    "paginate_sync",
]

Cursor = str | int
"""What asks for a page: a cursor or scroll token (str), or a page number (int)."""

STYLES = frozenset({"cursor", "next_cursor", "page", "scroll", "search"})


class PaginationError(IntercomError):
    """The API's paging went wrong, so iterating further would loop forever or skip items.

    Raised when a page repeats the cursor (or page number) that asked for it, or when an empty page
    still says there is a next one.

    Attributes:
        operation: The endpoint module, relative to the generated package (``api.contacts.list_contacts``).
        cursor: What asked for the offending page.
        page_number: Which page of this iteration it was (1 for the first).
        response: The httpx response of that page, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        cursor: Cursor | None = None,
        page_number: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.cursor = cursor
        self.page_number = page_number
        self.response = response


class NotPaginatedError(IntercomError, TypeError):
    """``paginate`` was given something that is not a paginated generated endpoint."""


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    """One page of a paginated operation.

    Attributes:
        items: The page's items, as the operation's models.
        parsed: The operation's whole response model.
        http_response: The raw httpx response (status, headers, body).
        number: 1 for the first page this iteration fetched, then 2, 3...
        cursor: What asked for this page (None: the first page, asked for without one).
        next_cursor: What asks for the next page; None on the last one. Pass it as ``start_cursor`` to
            resume after this page.
    """

    items: list[Any]
    parsed: Any
    http_response: httpx.Response
    number: int
    cursor: Cursor | None
    next_cursor: Cursor | None

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit state this page's response reported, or None when it had no such headers."""
        return RateLimit.from_headers(self.http_response.headers)

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (
            f"Page(number={self.number}, items={len(self.items)}, cursor={self.cursor!r}, "
            f"next_cursor={self.next_cursor!r})"
        )


# -- the operation and its rule ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    """One row of the generated pagination table, checked."""

    key: str
    style: str
    items: tuple[str, ...]
    items_attr: tuple[str, ...]
    next: tuple[str, ...]
    next_attr: tuple[str, ...]
    has_more_attr: tuple[str, ...] | None
    request_in: str
    request: tuple[str, ...]
    request_arg: str | None
    per_page: tuple[str, ...] | None
    per_page_arg: str | None

    @classmethod
    def from_row(cls, key: str, row: Mapping[str, Any]) -> _Rule:
        try:
            rule = cls(
                key=key,
                style=str(row["style"]),
                items=tuple(row["items"]),
                items_attr=tuple(row["items_attr"]),
                next=tuple(row["next"]),
                next_attr=tuple(row["next_attr"]),
                has_more_attr=None if row["has_more_attr"] is None else tuple(row["has_more_attr"]),
                request_in=str(row["request_in"]),
                request=tuple(row["request"]),
                request_arg=row["request_arg"],
                per_page=None if row["per_page"] is None else tuple(row["per_page"]),
                per_page_arg=row["per_page_arg"],
            )
        except (KeyError, TypeError) as exc:
            raise NotPaginatedError(f"the pagination table row of {key} is malformed ({exc!r}): regenerate") from None
        if rule.style not in STYLES or rule.request_in not in ("query", "body"):
            raise NotPaginatedError(f"{key}: unknown pagination style {rule.style!r} in {rule.request_in}: regenerate")
        return rule


def _endpoint(operation: object) -> tuple[ModuleType, str, ModuleType]:
    """The endpoint module, its key relative to its generated package, and that package's table module."""
    if isinstance(operation, ModuleType):
        module: ModuleType | None = operation
    else:
        module = sys.modules.get(str(getattr(operation, "__module__", "")))
    if module is None or not callable(getattr(module, "asyncio_detailed", None)):
        raise NotPaginatedError(
            f"{operation!r} is not a generated endpoint: pass its module (e.g. list_contacts) or one of its functions"
        )
    parts = module.__name__.split(".")
    # Endpoint modules are <generated package>.api.<tag>.<operation>, whatever the package is called.
    if len(parts) < 3 or parts[-3] != "api":
        raise NotPaginatedError(f"{module.__name__} is not a generated endpoint module (<package>.api.<tag>.<name>)")
    package = ".".join(parts[:-3])
    key = ".".join(parts[-3:])
    table_name = f"{package}.pagination_table" if package else "pagination_table"
    try:
        table = importlib.import_module(table_name)
    except ModuleNotFoundError:
        raise NotPaginatedError(
            f"{table_name} does not exist: the generated package predates pagination; regenerate it"
        ) from None
    return module, key, table


def _rule(key: str, table: ModuleType) -> _Rule:
    rows: Mapping[str, Mapping[str, Any]] = getattr(table, "PAGINATED_OPERATIONS", {})
    row = rows.get(key)
    if row is None:
        unclassified: Mapping[str, str] = getattr(table, "UNCLASSIFIED", {})
        reason = unclassified.get(key)
        detail = f": it looks paginated, but {reason}" if reason else ""
        raise NotPaginatedError(f"{key} is not a paginated operation{detail}")
    return _Rule.from_row(key, row)


# -- reading responses ---------------------------------------------------------------------------------


def _absent(value: object) -> bool:
    # UNSET is compared by its class name so that a vendored copy of the generated package works too.
    return value is None or type(value).__name__ == "Unset"


def _get(obj: Any, attrs: tuple[str, ...], names: tuple[str, ...]) -> Any:
    """Follow a path through models (attribute names) or plain JSON objects (JSON names)."""
    for attr, name in zip(attrs, names, strict=True):
        if _absent(obj):
            return None
        if isinstance(obj, Mapping):
            obj = obj.get(name)
            continue
        value = getattr(obj, attr, None)
        if value is None and not hasattr(obj, attr):
            extra = getattr(obj, "additional_properties", None)
            value = extra.get(name) if isinstance(extra, Mapping) else None
        obj = value
    return None if _absent(obj) else obj


class _Walker:
    """The request and response side of one iteration; shared by the async and sync paginators."""

    def __init__(
        self,
        operation: object,
        detailed: str,
        kwargs: dict[str, Any],
        per_page: int | None,
        start_cursor: Cursor | None,
        max_items: int | None,
        max_pages: int | None,
    ) -> None:
        module, key, table = _endpoint(operation)
        self.rule = rule = _rule(key, table)
        self.function: Callable[..., Any] = getattr(module, detailed)
        try:
            self.accepted = frozenset(inspect.signature(self.function).parameters)
        except (TypeError, ValueError):
            self.accepted = frozenset()
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ConfigurationError(f"{name} must be an integer >= 0, got {value!r}")
        if per_page is not None:
            if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
                raise ConfigurationError(f"per_page must be an integer >= 1, got {per_page!r}")
            if rule.per_page is None:
                raise ConfigurationError(f"{key} takes no page size: leave per_page out")
        self.kwargs = dict(kwargs)
        self.per_page = per_page
        self.max_items = max_items
        self.max_pages = max_pages
        self.start = self._start_cursor(start_cursor)

    # -- requests --

    def _start_cursor(self, start_cursor: Cursor | None) -> Cursor | None:
        """``start_cursor``, else a cursor the caller put in the arguments (which then leaves them)."""
        rule = self.rule
        given: Any = None
        if rule.request_in == "query":
            given = self.kwargs.pop(rule.request_arg or rule.request[-1], None)
        elif rule.request_in == "body" and not _absent(self.kwargs.get("body")):
            given = _dig(self._body_dict(), rule.request)
        if _absent(given):
            given = None
        if start_cursor is not None and given is not None and start_cursor != given:
            raise ConfigurationError(f"{rule.key}: pass the starting cursor once (start_cursor= or the argument)")
        cursor = start_cursor if start_cursor is not None else given
        if cursor is None:
            return None
        if rule.style == "page" and isinstance(cursor, str) and cursor.isdigit():
            cursor = int(cursor)
        if isinstance(cursor, int) and not isinstance(cursor, bool):
            if cursor >= 1 and (rule.style == "page" or (rule.style == "cursor" and rule.request_in == "query")):
                return cursor
            raise ConfigurationError(f"{rule.key}: start_cursor {cursor!r} is not a page number it can start from")
        if rule.style == "page" or not isinstance(cursor, str) or not cursor:
            kind = "a page number >= 1" if rule.style == "page" else "a non-empty cursor string"
            raise ConfigurationError(f"{rule.key}: start_cursor must be {kind}, got {cursor!r}")
        return cursor

    def _body_dict(self) -> dict[str, Any]:
        body = self.kwargs.get("body")
        if _absent(body):
            return {}
        to_dict = getattr(body, "to_dict", None)
        if not callable(to_dict):
            raise ConfigurationError(f"{self.rule.key}: body must be the operation's request model")
        data = to_dict()
        if not isinstance(data, dict):
            raise ConfigurationError(f"{self.rule.key}: body.to_dict() did not return a dict")
        return data

    def _body_class(self) -> Any:
        body = self.kwargs.get("body")
        if not _absent(body):
            return type(body)
        try:
            hint = typing.get_type_hints(self.function).get("body")
        except Exception:  # an annotation that cannot be evaluated
            hint = None
        for candidate in typing.get_args(hint) or (hint,):
            if isinstance(candidate, type) and callable(getattr(candidate, "from_dict", None)):
                return candidate
        raise ConfigurationError(f"{self.rule.key}: pass body=... (the operation's request model)")

    def request(self, cursor: Cursor | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """The endpoint's keyword arguments for the page ``cursor`` asks for, and extra query parameters."""
        rule = self.rule
        kwargs = dict(self.kwargs)
        extra: dict[str, Any] = {}
        if rule.request_in == "query":
            if self.per_page is not None and rule.per_page is not None:
                self._query(kwargs, extra, rule.per_page, rule.per_page_arg, self.per_page)
            if isinstance(cursor, int) and rule.style != "page":
                self._query(kwargs, extra, ("page",), "page", cursor)
            elif cursor is not None:
                self._query(kwargs, extra, rule.request, rule.request_arg, cursor)
            return kwargs, extra
        if cursor is None and self.per_page is None:
            return kwargs, extra  # the caller's body, as it is
        data = self._body_dict()
        if self.per_page is not None and rule.per_page is not None:
            data = _put(data, rule.per_page, self.per_page)
        if cursor is not None:
            data = _put(data, rule.request, cursor)
        kwargs["body"] = self._body_class().from_dict(data)
        return kwargs, extra

    def _query(
        self, kwargs: dict[str, Any], extra: dict[str, Any], name: tuple[str, ...], arg: str | None, value: Cursor
    ) -> None:
        if arg is not None and arg in self.accepted:
            kwargs[arg] = value
        else:  # the spec does not declare it: the endpoint function cannot send it, so the request gets it
            extra[name[-1]] = value

    # -- responses --

    def page(
        self,
        result: Any,
        http_response: httpx.Response,
        cursor: Cursor | None,
        number: int,
        previous_page: int | None,
    ) -> tuple[Page, int | None]:
        """The Page of one response, checked; and its page number as the response states it, if it does."""
        rule = self.rule

        def fail(reason: str) -> PaginationError:
            return PaginationError(
                f"{rule.key}: page {number} {reason}",
                operation=rule.key,
                cursor=cursor,
                page_number=number,
                response=http_response,
            )

        parsed = getattr(result, "parsed", None)
        items = _get(parsed, rule.items_attr, rule.items)
        if items is None:
            items = []
        elif not isinstance(items, list):
            raise fail(f"has no list at {'.'.join(rule.items)}")
        next_cursor: Cursor | None = None
        stated: int | None = None
        if rule.style == "page":
            info = _get(parsed, rule.next_attr, rule.next) if rule.next else parsed
            next_cursor, stated = _by_number(info, cursor, previous_page, need_total=False)
        else:
            next_cursor = self._next_token(parsed, items)
            if next_cursor is None and rule.style == "cursor" and len(rule.next) > 2:
                # No cursor, yet the response counts pages and says there are more: this operation
                # pages by number after all (the spec only guessed), so ask for the next number.
                info = _get(parsed, rule.next_attr[:-2], rule.next[:-2])
                next_cursor, stated = _by_number(info, cursor, previous_page, need_total=True)
        if isinstance(next_cursor, int) or isinstance(cursor, int):
            if stated is not None and previous_page is not None and stated <= previous_page:
                raise fail(f"is page {stated} again (after page {previous_page}); stopping instead of looping")
        elif rule.style != "scroll" and next_cursor is not None and next_cursor == cursor:
            raise fail(f"repeats its own cursor {cursor!r} as the next one; stopping instead of looping")
        if not items and next_cursor is not None:
            raise fail("is empty but says there is a next page; stopping instead of looping")
        return Page(items, parsed, http_response, number, cursor, next_cursor), stated

    def _next_token(self, parsed: Any, items: list[Any]) -> str | None:
        rule = self.rule
        if rule.style == "scroll" and not items:
            return None  # a scroll ends with an empty page
        if rule.has_more_attr is not None and _get(parsed, rule.has_more_attr, rule.has_more_attr) is False:
            return None
        token = _get(parsed, rule.next_attr, rule.next)
        return token if isinstance(token, str) and token else None


def _by_number(
    info: Any, cursor: Cursor | None, previous: int | None, *, need_total: bool
) -> tuple[int | None, int | None]:
    """The next page number from a page-info object (``page``, ``total_pages``, ``next``), and the stated page.

    With ``need_total``, only a response that states both its page and the total counts.
    """
    if info is None:
        return None, None
    stated = _int(_get(info, ("page",), ("page",)))
    total = _int(_get(info, ("total_pages",), ("total_pages",)))
    if stated is not None:
        current = stated
    elif isinstance(cursor, int):
        current = cursor
    else:
        current = (previous or 0) + 1
    if need_total:
        more = stated is not None and total is not None and current < total
    elif total is not None:
        more = current < total
    else:
        # ``next`` is a link, or an object (named ``next_`` on the model: ``next`` is a builtin).
        link = _get(info, ("next_",), ("next",))
        more = (isinstance(link, str) and bool(link)) or (
            link is not None
            and not isinstance(link, str)
            and _get(link, ("starting_after",), ("starting_after",)) is not None
        )
    return (current + 1 if more else None), stated


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dig(data: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = data
    for name in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(name)
    return node


def _put(data: Mapping[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of ``data`` with ``value`` at ``path`` (the objects on the way copied, never changed)."""
    out = dict(data)
    head, *rest = path
    if rest:
        inner = out.get(head)
        out[head] = _put(inner if isinstance(inner, Mapping) else {}, tuple(rest), value)
    else:
        out[head] = value
    return out


# -- stand-ins for the client, one per page ------------------------------------------------------------


class _AsyncPageClient:
    """Forwards to the client; adds the query parameters the endpoint cannot send and keeps the raw response."""

    __slots__ = ("_client", "_extra", "response")

    def __init__(self, client: AsyncIntercom, extra: Mapping[str, Any]) -> None:
        self._client = client
        self._extra = extra
        self.response: httpx.Response | None = None

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self._extra:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self._extra}
        self.response = await self._client.request(method, url, **kwargs)
        return self.response

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class _SyncPageClient:
    """The sync twin of _AsyncPageClient."""

    __slots__ = ("_client", "_extra", "response")

    def __init__(self, client: Intercom, extra: Mapping[str, Any]) -> None:
        self._client = client
        self._extra = extra
        self.response: httpx.Response | None = None

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self._extra:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self._extra}
        self.response = self._client.request(method, url, **kwargs)
        return self.response

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def _sent(page_client: _AsyncPageClient | _SyncPageClient, key: str) -> httpx.Response:
    if page_client.response is None:
        raise NotPaginatedError(f"{key}: the endpoint function did not send its request through the client")
    return page_client.response


# -- the paginators ------------------------------------------------------------------------------------


class AsyncPaginator:
    """The items of a paginated operation with ``async for``; its pages with ``.pages()``.

    Each ``async for`` starts again from ``start_cursor`` (or the first page).
    """

    def __init__(self, walker: _Walker, client: AsyncIntercom) -> None:
        self._walker = walker
        self._client = client

    @property
    def operation(self) -> str:
        """The endpoint module, relative to the generated package."""
        return self._walker.rule.key

    @property
    def style(self) -> str:
        """How the operation pages: cursor, next_cursor, page, scroll or search."""
        return self._walker.rule.style

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items()

    async def _items(self) -> AsyncIterator[Any]:
        max_items = self._walker.max_items
        if max_items == 0:
            return
        count = 0
        async for page in self._pages(count_items=False):
            items = page.items
            del page  # hold one page only while the next is fetched
            for item in items:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return
            del items

    def pages(self) -> AsyncIterator[Page]:
        """The pages, each with its items, parsed model, raw response and rate limit.

        ``max_pages`` caps how many are fetched; ``max_items`` stops after the page that reaches it.
        """
        return self._pages(count_items=True)

    async def _pages(self, *, count_items: bool) -> AsyncIterator[Page]:
        walker = self._walker
        key = walker.rule.key
        cursor = walker.start
        number = 0
        stated: int | None = None
        seen_items = 0
        while walker.max_pages is None or number < walker.max_pages:
            if count_items and walker.max_items is not None and seen_items >= walker.max_items:
                return
            kwargs, extra = walker.request(cursor)
            page_client = _AsyncPageClient(self._client, extra)
            awaitable: Awaitable[Any] = walker.function(client=page_client, **kwargs)
            result = await awaitable
            number += 1
            page, stated = walker.page(result, _sent(page_client, key), cursor, number, stated)
            del result, page_client
            seen_items += len(page.items)
            cursor = page.next_cursor
            yield page
            del page
            if cursor is None:
                return


class SyncPaginator:
    """The sync twin of AsyncPaginator: the items with ``for``; the pages with ``.pages()``."""

    def __init__(self, walker: _Walker, client: Intercom) -> None:
        self._walker = walker
        self._client = client

    @property
    def operation(self) -> str:
        return self._walker.rule.key

    @property
    def style(self) -> str:
        return self._walker.rule.style

    def __iter__(self) -> Iterator[Any]:
        return self._items()

    def _items(self) -> Iterator[Any]:
        max_items = self._walker.max_items
        if max_items == 0:
            return
        count = 0
        for page in self._pages(count_items=False):
            items = page.items
            del page
            for item in items:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return
            del items

    def pages(self) -> Iterator[Page]:
        """The pages (see AsyncPaginator.pages)."""
        return self._pages(count_items=True)

    def _pages(self, *, count_items: bool) -> Iterator[Page]:
        walker = self._walker
        key = walker.rule.key
        cursor = walker.start
        number = 0
        stated: int | None = None
        seen_items = 0
        while walker.max_pages is None or number < walker.max_pages:
            if count_items and walker.max_items is not None and seen_items >= walker.max_items:
                return
            kwargs, extra = walker.request(cursor)
            page_client = _SyncPageClient(self._client, extra)
            result = walker.function(client=page_client, **kwargs)
            number += 1
            page, stated = walker.page(result, _sent(page_client, key), cursor, number, stated)
            del result, page_client
            seen_items += len(page.items)
            cursor = page.next_cursor
            yield page
            del page
            if cursor is None:
                return


def paginate(
    operation: ModuleType | Callable[..., Any],
    /,
    *,
    client: AsyncIntercom,
    per_page: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start_cursor: Cursor | None = None,
    **arguments: Any,
) -> AsyncPaginator:
    """Iterate a paginated operation with ``async for``: its items, or its pages with ``.pages()``.

    Args:
        operation: A generated endpoint module (``list_contacts``) or one of its functions.
        client: The AsyncIntercom client.
        per_page: The page size to ask for (the operation's default when None).
        max_items: Stop after this many items.
        max_pages: Fetch at most this many pages.
        start_cursor: Resume from a saved ``page.next_cursor`` (a cursor, or a page number).
        **arguments: The operation's other arguments (path parameters, filters, ``body=`` for searches).

    Raises:
        NotPaginatedError: The operation is not paginated.
        ConfigurationError: An option does not fit the operation (e.g. per_page on a scroll).
        PaginationError: While iterating, when the API's paging would loop forever.
        APIStatusError: While iterating, the typed error of a failing page (e.g. NotFoundError).
    """
    walker = _Walker(operation, "asyncio_detailed", arguments, per_page, start_cursor, max_items, max_pages)
    return AsyncPaginator(walker, client)


def paginate_sync(
    operation: ModuleType | Callable[..., Any],
    /,
    *,
    client: Intercom,
    per_page: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start_cursor: Cursor | None = None,
    **arguments: Any,
) -> SyncPaginator:
    """Iterate a paginated operation with ``for``, using the sync client (see ``paginate``)."""
    walker = _Walker(operation, "sync_detailed", arguments, per_page, start_cursor, max_items, max_pages)
    return SyncPaginator(walker, client)
