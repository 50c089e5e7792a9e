"""Typed paginators: what a paginated resource method returns.

Intercom pages in several ways: a ``starting_after`` cursor, page numbers, a ``scroll_param``, a
``pagination`` object in a search body, a ``cursor``/``next_cursor`` pair. A paginated method of the
resource surface hides which::

    async for contact in client.contacts.list(per_page=50):      # Contact, to the type checker too
        ...
    page = await client.contacts.list()                          # the first page only
    async for page in client.contacts.search(body=query).pages():
        print(len(page.items), page.rate_limit, page.next_cursor)
    for contact in sync_client.contacts.list(max_items=500):     # the sync twin
        ...

How each operation pages is generated onto its method (a row of ``generated/pagination_table.py``,
derived from the spec by codegen/pagination.py), together with its first request and how its responses
decode: the paginator puts each page's cursor into that request itself, and calls no generated function. Each page is one request through the
client, so its retries, pacing and typed errors apply per page. The next page is fetched only when the
consumer reaches the end of the current one, and only one page is held at a time. Save
``page.next_cursor`` to resume later with ``start_cursor=``.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._call_options import RequestOptions
from ._decoding import Unset
from ._exceptions import ConfigurationError, IntercomError
from ._operation import operation_of
from ._rate_limit import RateLimit
from ._responses import Responses, decode

if TYPE_CHECKING:
    from ._client import AsyncIntercomBase, SyncIntercomBase
    from ._telemetry import Telemetry, Walk

__all__ = [
    "AsyncPaginator",
    "Cursor",
    "Page",
    "PaginationError",
    "SyncPaginator",
]

T = TypeVar("T")
if TYPE_CHECKING:  # a TypeVar default (PEP 696) is typing_extensions' until Python 3.13; type checkers ship it
    from typing_extensions import TypeVar as _TypeVar

    P = _TypeVar("P", default=Any)
else:
    P = TypeVar("P")
"""The type of a page's whole response model (``ContactList``): ``Page[Contact]`` leaves it ``Any``."""

Cursor = str | int
"""What asks for a page: a cursor or scroll token (str), or a page number (int)."""

STYLES = frozenset({"cursor", "next_cursor", "page", "scroll", "search"})


# A page read outside any walk's span (a client without telemetry): nothing to enter.
_NO_STEP = contextlib.nullcontext()


class PaginationError(IntercomError):
    """The API's paging went wrong, so iterating further would loop forever or skip items.

    Raised when a page repeats the cursor (or page number) that asked for it, or when an empty page
    still says there is a next one.

    Attributes:
        operation: The operation, as its HTTP method and path (``GET /contacts``).
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


@dataclass(frozen=True, slots=True, eq=False)
class Page(Generic[T, P]):
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

    items: list[T]
    parsed: P
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
    def from_row(cls, row: Mapping[str, Any]) -> _Rule:
        try:
            rule = cls(
                key=f"{row['method']} {row['path']}",
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
            raise ConfigurationError(f"a pagination table row is malformed ({exc!r}): regenerate") from None
        if rule.style not in STYLES or rule.request_in not in ("query", "body"):
            raise ConfigurationError(
                f"{rule.key}: unknown pagination style {rule.style!r} in {rule.request_in}: regenerate"
            )
        return rule


# -- reading responses ---------------------------------------------------------------------------------


def _absent(value: object) -> bool:
    return value is None or isinstance(value, Unset)


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


class Operation:
    """What a paginated method tells its paginator: how the operation pages (its row of the pagination
    table), its request as the caller asked for it (httpx's request arguments, without a cursor) and how
    its responses decode (see ``_responses.py``)."""

    __slots__ = ("request", "responses", "rule")

    def __init__(self, row: Mapping[str, Any], request: dict[str, Any], responses: Responses) -> None:
        self.rule = _Rule.from_row(row)
        self.request = request
        self.responses = responses


class Walker:
    """The request and response side of one iteration; shared by the async and sync paginators."""

    def __init__(
        self,
        operation: Operation,
        per_page: int | None,
        start_cursor: Cursor | None,
        max_items: int | None,
        max_pages: int | None,
        options: RequestOptions | None = None,
    ) -> None:
        self.operation = operation
        self.rule = rule = operation.rule
        key = rule.key
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ConfigurationError(f"{name} must be an integer >= 0, got {value!r}")
        if per_page is not None:
            if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
                raise ConfigurationError(f"per_page must be an integer >= 1, got {per_page!r}")
            if rule.per_page is None:
                raise ConfigurationError(f"{key} takes no page size: leave per_page out")
        self.kwargs = dict(operation.request)
        self.per_page = per_page
        self.max_items = max_items
        self.max_pages = max_pages
        self.options = options
        self.start = self._start_cursor(start_cursor)

    # -- requests --

    def _start_cursor(self, start_cursor: Cursor | None) -> Cursor | None:
        """``start_cursor``, else a cursor the caller put in the request (which then leaves it)."""
        rule = self.rule
        given: Any = None
        if rule.request_in == "query":
            params = dict(self.kwargs.get("params") or {})
            given = params.pop(rule.request[-1], None)
            self.kwargs["params"] = params
        elif rule.request_in == "body" and not _absent(self.kwargs.get("json")):
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
        body = self.kwargs.get("json")
        if _absent(body):
            raise ConfigurationError(f"{self.rule.key}: pass body=... (the operation's request model)")
        if not isinstance(body, dict):
            raise ConfigurationError(f"{self.rule.key}: body must be the operation's request model")
        return body

    def request(self, cursor: Cursor | None) -> dict[str, Any]:
        """The request (httpx's request arguments) for the page ``cursor`` asks for, with this call's options."""
        rule = self.rule
        kwargs = dict(self.kwargs)
        if rule.request_in == "query":
            params = dict(kwargs.get("params") or {})
            if self.per_page is not None and rule.per_page is not None:
                params[rule.per_page[-1]] = self.per_page
            if isinstance(cursor, int) and rule.style != "page":
                params["page"] = cursor
            elif cursor is not None:
                params[rule.request[-1]] = cursor
            if params:
                kwargs["params"] = params
            else:
                kwargs.pop("params", None)
        elif cursor is not None or self.per_page is not None:
            data = self._body_dict()
            if self.per_page is not None and rule.per_page is not None:
                data = _put(data, rule.per_page, self.per_page)
            if cursor is not None:
                data = _put(data, rule.request, cursor)
            kwargs["json"] = data
        return kwargs if self.options is None else self.options.apply(kwargs)

    # -- responses --

    def page(
        self,
        parsed: Any,
        http_response: httpx.Response,
        cursor: Cursor | None,
        number: int,
        previous_page: int | None,
    ) -> tuple[Page[Any], int | None]:
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

        items = _get(parsed, rule.items_attr, rule.items)
        if items is None:
            items = []
        elif not isinstance(items, list):
            raise fail(f"has no list at {'.'.join(rule.items)}")
        elif any(
            item is None for item in items
        ):  # a null in a page's list is no item (the items are typed without None)
            items = [item for item in items if item is not None]
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


# -- the paginators ------------------------------------------------------------------------------------


class _Paginator(Generic[T, P]):
    def __init__(self, walker: Walker, client: Any) -> None:
        self._walker = walker
        self._client = client

    def _walk(self) -> Walk | None:
        """The span of one walk over the pages when the client reports (each page a call under it), else None."""
        telemetry: Telemetry | None = self._client._telemetry
        if telemetry is None:
            return None
        name = operation_of(self._walker.operation.request.get("extensions"))[0]  # ``contacts.list``
        return telemetry.paginator_walk(name, self._walker.rule.key, self._walker.rule.style)

    @property
    def operation(self) -> str:
        """The operation, as its HTTP method and path (``GET /contacts``)."""
        return self._walker.rule.key

    @property
    def style(self) -> str:
        """How the operation pages: cursor, next_cursor, page, scroll or search."""
        return self._walker.rule.style

    def _parse(self, response: httpx.Response) -> Any:
        return decode(response, self._walker.operation.responses, self._client.strict_decoding)

    def _limit_reached(self, number: int, seen_items: int, count_items: bool) -> bool:
        walker = self._walker
        if walker.max_pages is not None and number >= walker.max_pages:
            return True
        return count_items and walker.max_items is not None and seen_items >= walker.max_items


class AsyncPaginator(_Paginator[T, P]):
    """The items of a paginated operation with ``async for``; its pages with ``.pages()``;
    ``await`` it for the first page.

    Each ``async for`` starts again from ``start_cursor`` (or the first page).
    """

    _client: AsyncIntercomBase

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __await__(self) -> Generator[Any, None, Page[T, P]]:
        return self._first().__await__()

    async def _first(self) -> Page[T, P]:
        walker = self._walker
        cursor = walker.start
        walk = self._walk()
        if walk is None:
            response = await self._client.request(**walker.request(cursor))
            parsed = self._parse(response)
        else:
            try:
                with walk.step():
                    response = await self._client.request(**walker.request(cursor))
                    parsed = self._parse(response)
            except BaseException as exc:  # (sys.exc_info() in a finally is the caller's exception, if any)
                walk.end(exc, pages=1)
                raise
            walk.end(None, pages=1)
        page, _ = walker.page(parsed, response, cursor, 1, None)
        return page

    async def _items(self) -> AsyncIterator[T]:
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

    def pages(self) -> AsyncIterator[Page[T, P]]:
        """The pages, each with its items, parsed model, raw response and rate limit.

        ``max_pages`` caps how many are fetched; ``max_items`` stops after the page that reaches it.
        """
        return self._pages(count_items=True)

    async def _pages(self, *, count_items: bool) -> AsyncIterator[Page[T, P]]:
        walker = self._walker
        cursor = walker.start
        number = 0
        stated: int | None = None
        seen_items = 0
        walk = self._walk()
        try:
            while not self._limit_reached(number, seen_items, count_items):
                with _NO_STEP if walk is None else walk.step():
                    response = await self._client.request(**walker.request(cursor))
                    parsed = self._parse(response)
                number += 1
                page, stated = walker.page(parsed, response, cursor, number, stated)
                del parsed, response
                seen_items += len(page.items)
                cursor = page.next_cursor
                yield page
                del page
                if cursor is None:
                    return
        except BaseException as exc:
            if walk is not None:
                walk.end(exc, pages=number)
            raise
        finally:
            if walk is not None:
                walk.end(None, pages=number)


class SyncPaginator(_Paginator[T, P]):
    """The sync twin of AsyncPaginator: the items with ``for``; the pages with ``.pages()``;
    ``.first_page()`` for the first page."""

    _client: SyncIntercomBase

    def __iter__(self) -> Iterator[T]:
        return self._items()

    def first_page(self) -> Page[T, P]:
        """The first page only (from ``start_cursor`` when given)."""
        walker = self._walker
        cursor = walker.start
        walk = self._walk()
        if walk is None:
            response = self._client.request(**walker.request(cursor))
            parsed = self._parse(response)
        else:
            try:
                with walk.step():
                    response = self._client.request(**walker.request(cursor))
                    parsed = self._parse(response)
            except BaseException as exc:  # (sys.exc_info() in a finally is the caller's exception, if any)
                walk.end(exc, pages=1)
                raise
            walk.end(None, pages=1)
        page, _ = walker.page(parsed, response, cursor, 1, None)
        return page

    def _items(self) -> Iterator[T]:
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

    def pages(self) -> Iterator[Page[T, P]]:
        """The pages (see AsyncPaginator.pages)."""
        return self._pages(count_items=True)

    def _pages(self, *, count_items: bool) -> Iterator[Page[T, P]]:
        walker = self._walker
        cursor = walker.start
        number = 0
        stated: int | None = None
        seen_items = 0
        walk = self._walk()
        try:
            while not self._limit_reached(number, seen_items, count_items):
                with _NO_STEP if walk is None else walk.step():
                    response = self._client.request(**walker.request(cursor))
                    parsed = self._parse(response)
                number += 1
                page, stated = walker.page(parsed, response, cursor, number, stated)
                del parsed, response
                seen_items += len(page.items)
                cursor = page.next_cursor
                yield page
                del page
                if cursor is None:
                    return
        except BaseException as exc:
            if walk is not None:
                walk.end(exc, pages=number)
            raise
        finally:
            if walk is not None:
                walk.end(None, pages=number)
