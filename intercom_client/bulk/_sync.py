"""Incremental sync: everything updated since a saved checkpoint, none lost, none repeated.

::

    from intercom_client.bulk import Checkpoint, sync_updated

    checkpoint = Checkpoint.from_json(path.read_text()) if path.exists() else None
    run = sync_updated(client, "contacts", since=checkpoint)
    try:
        async for contact in run:      # `for contact in run:` with the sync client
            store(contact)
    finally:                           # also when the run failed: the next one resumes where it stopped
        path.write_text(run.checkpoint.to_json())

How it works, and why (Intercom's search documentation, Preview reference,
https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/contacts/searchcontacts):

- It searches (``POST /{resource}/search``) with ``updated_at`` above the checkpoint, sorted by
  ``updated_at`` ascending, 150 per page (Intercom's maximum), and streams the pages: memory holds one
  page plus the (id, updated_at) pairs of the overlap window, never the whole result.
- **Overlap.** Search is eventually consistent ("If a contact has recently been created, there is a
  possibility that it will not yet be available when searching ... This delay can take a few minutes")
  and an update can become searchable after later ones. Each run therefore re-reads the last
  ``overlap`` seconds before the checkpoint (default :data:`DEFAULT_OVERLAP`, 600 s: twice "a few
  minutes"), and the checkpoint carries the (id, updated_at) pairs it has already yielded in that window,
  so the re-read yields only what it had not seen: an update that became searchable late, not a repeat.
  An update that shows up later than ``overlap`` after its ``updated_at`` is missed: raise ``overlap``
  if your workspace lags more.
- **Timestamp granularity.** On Preview, ``updated_at`` is filtered "on the exact second, in UTC"; on
  some stable versions (2.15: "matched by calendar day ... the day boundary uses your workspace's
  timezone") it is filtered by the day. ``granularity="day"`` widens the query by two days (any
  workspace timezone) and filters the exact second on the client: responses carry full timestamps.
  Keyset paging (below) cannot work by the day, so that mode pages with Intercom's cursor, and an item
  updated during the run can shift unread items out from under it (the fake's offset cursor loses them):
  on such versions run the sync when little is being updated, or from time to time with ``since=None``.
- **Keyset paging.** With second granularity, each next page is asked for as ``updated_at >=`` the last
  second seen rather than by Intercom's ``starting_after`` cursor, so items updated while the sync runs
  (they move to the end of the order) cannot shift unread items out from under a cursor; the cursor is
  used only to walk a second that holds more than a page of items.
- **Dedupe** is by (id, updated_at): an item updated again during the run or between runs is a new
  version and is yielded again; the same version is yielded once.
- **A failed run** (a search that still fails after the client's retries, an exception in your loop)
  has a checkpoint too: ``run.checkpoint`` covers every item delivered before it stopped, so saving it
  then lets the next run resume there, yielding nothing twice and losing nothing. An item counts as
  delivered once your loop has come back for the next one: the item it was handling when it stopped
  (by an exception or a ``break``) is yielded again by the next run, so handle items idempotently
  (an upsert keyed by id). Searches are retried like reads (a 5xx, a broken connection), though
  they are POSTs.
- **Query limits.** Your own filter (``where=``) is combined with the ``updated_at`` window within
  Intercom's limits (two levels of nesting, 15 members per group): merged into a top-level ``AND`` group,
  wrapped, or distributed over a top-level ``OR`` group; a query that cannot fit raises
  :class:`~intercom_client.bulk.SearchQueryError` saying why, before any request.

Companies: Preview has ``POST /companies/search`` with ``updated_at``, which this uses, but Intercom says
"the API does not include companies who have no associated users in search results": a company without
users is never synced this way. Walk every company with :func:`~intercom_client.bulk.walk_companies`
(scroll) when those matter; on versions without company search that walk is the only way.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, Unpack, overload

import attrs

from .._exceptions import ConfigurationError, IntercomError
from .._helper_spans import walked_async, walked_sync
from ._clients import is_async_client
from ._progress import OneRun, ProgressBar, ProgressCallback
from ._search import (
    MAX_FILTERS_PER_GROUP,
    MAX_NESTING,
    MAX_PER_PAGE,
    Filter,
    Group,
    Query,
    SearchBody,
    SearchQueryError,
)
from ._search import search_body as _search_body

if TYPE_CHECKING:
    from ..generated.client import AsyncIntercom, Intercom
    from ..generated.models.company import Company
    from ..generated.models.contact import Contact
    from ..generated.models.conversation import Conversation
    from ..generated.models.ticket import Ticket

__all__ = ["DEFAULT_OVERLAP", "AsyncSyncRun", "Checkpoint", "CheckpointError", "SyncRun", "sync_updated"]

logger = logging.getLogger("intercom_client.bulk")

Resource = Literal["contacts", "companies", "conversations", "tickets"]
Granularity = Literal["second", "day"]
T = TypeVar("T")

DEFAULT_OVERLAP = 600
"""Seconds re-read before the checkpoint: Intercom says a new contact may take "a few minutes" to be
searchable; 600 s is twice a generous few."""
_DAY = 86_400
_CHECKPOINT_VERSION = 1


class CheckpointError(IntercomError, ValueError):
    """A saved checkpoint could not be read (not JSON, another resource, a field missing or mistyped)."""


@attrs.frozen(kw_only=True)
class Checkpoint:
    """Where an incremental sync stopped: save :meth:`to_json`, pass :meth:`from_json` as ``since=``.

    Attributes:
        resource: ``"contacts"``, ``"companies"``, ``"conversations"`` or ``"tickets"``.
        updated_at: The greatest ``updated_at`` yielded so far (UNIX seconds).
        seen: The (id, updated_at) pairs already yielded within the overlap window before
            ``updated_at``; the next run's re-read skips them.
    """

    resource: str
    updated_at: int
    seen: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> str:
        """A small JSON text: the timestamp and the pairs of the overlap window."""
        return json.dumps(
            {
                "version": _CHECKPOINT_VERSION,
                "resource": self.resource,
                "updated_at": self.updated_at,
                "seen": [list(pair) for pair in self.seen],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Checkpoint:
        """Read a checkpoint saved by :meth:`to_json`; raises :class:`CheckpointError` when it is not one."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise CheckpointError(f"a checkpoint is JSON; this is not: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != _CHECKPOINT_VERSION:
            raise CheckpointError(f"not a version {_CHECKPOINT_VERSION} checkpoint of intercom_client.bulk")
        resource, updated_at, seen = data.get("resource"), data.get("updated_at"), data.get("seen")
        if resource not in _ENDPOINTS:
            raise CheckpointError(f"checkpoint resource must be one of {sorted(_ENDPOINTS)}, got {resource!r}")
        if isinstance(updated_at, bool) or not isinstance(updated_at, int):
            raise CheckpointError(f"checkpoint updated_at must be an integer, got {updated_at!r}")
        pairs: list[tuple[str, int]] = []
        for pair in seen if isinstance(seen, list) else [None]:
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and type(pair[1]) is int):
                raise CheckpointError(f"checkpoint seen holds [id, updated_at] pairs, got {pair!r}")
            pairs.append((pair[0], pair[1]))
        return cls(resource=resource, updated_at=updated_at, seen=tuple(pairs))


# resource (its client attribute: client.<resource>.search is POST /{resource}/search) -> the list field of the items
_ENDPOINTS: dict[str, str] = {
    "contacts": "data",
    "companies": "data",
    "conversations": "conversations",
    "tickets": "tickets",
}


def window_query(where: Query | None, bound: Filter) -> Query:
    """``where`` AND ``bound`` within Intercom's limits, or :class:`SearchQueryError` saying why not.

    A top-level ``AND`` group takes the bound as one more member (when it has room); anything else of
    depth < 2 is wrapped in a new ``AND``; a depth-2 ``OR`` group is distributed: ``(A OR B) AND t``
    becomes ``(A AND t) OR (B AND t)``, which fits when each of A, B is a filter or an ``AND`` group of
    filters with room for one more.
    """
    if where is None:
        return bound
    if not isinstance(where, (Filter, Group)):
        raise SearchQueryError(f"where must be a Filter or a Group, not {type(where).__name__}", rule="value_type")
    if isinstance(where, Group) and where.operator == "AND" and len(where.members) < MAX_FILTERS_PER_GROUP:
        return Group("AND", (*where.members, bound))
    if isinstance(where, Filter) or where.depth < MAX_NESTING:
        return Group("AND", (where, bound))
    if where.operator == "OR":
        branches: list[Query] = []
        for member in where.members:
            if isinstance(member, Filter):
                branches.append(Group("AND", (member, bound)))
            elif member.operator == "AND" and member.depth == 1 and len(member.members) < MAX_FILTERS_PER_GROUP:
                branches.append(Group("AND", (*member.members, bound)))
            else:
                raise SearchQueryError(
                    "where= is an OR of groups and one of them cannot also take the updated_at bound within "
                    f"Intercom's limits ({MAX_NESTING} levels, {MAX_FILTERS_PER_GROUP} per group): "
                    "run one sync per branch instead",
                    rule="nesting",
                )
        return Group("OR", tuple(branches))
    raise SearchQueryError(
        f"where= is a full AND group nested {where.depth} levels deep: adding the updated_at bound would "
        f"exceed Intercom's limits ({MAX_NESTING} levels, {MAX_FILTERS_PER_GROUP} per group)",
        rule="nesting",
    )


class _SyncCore:
    """The planning and bookkeeping of one run, shared by the async and sync drivers (no I/O)."""

    def __init__(
        self,
        resource: str,
        since: Checkpoint | int | None,
        where: Query | None,
        overlap: int,
        per_page: int,
        granularity: Granularity,
    ) -> None:
        if resource not in _ENDPOINTS:
            raise SearchQueryError(f"resource must be one of {sorted(_ENDPOINTS)}, got {resource!r}", rule="field")
        if isinstance(overlap, bool) or not isinstance(overlap, int) or overlap < 0:
            raise SearchQueryError(
                f"overlap must be a whole number of seconds >= 0, got {overlap!r}", rule="value_type"
            )
        if granularity not in ("second", "day"):
            raise SearchQueryError(f"granularity must be 'second' or 'day', got {granularity!r}", rule="value_type")
        seen: Iterable[tuple[str, int]] = ()
        if isinstance(since, Checkpoint):
            if since.resource != resource:
                raise CheckpointError(f"this checkpoint is of {since.resource}, not of {resource}")
            start, seen = since.updated_at, since.seen
        elif since is None:
            start = 0
        elif isinstance(since, bool) or not isinstance(since, int):
            raise CheckpointError(f"since must be a Checkpoint, a UNIX timestamp or None, got {since!r}")
        else:
            start = since
        self.resource = resource
        self.list_field = _ENDPOINTS[resource]
        self.where = where
        self.overlap = overlap
        self.per_page = per_page
        self.granularity = granularity
        self.watermark = start
        self.floor = max(0, start - overlap)  # nothing older is yielded
        self.seen: dict[tuple[str, int], None] = dict.fromkeys(p for p in seen if p[1] >= self.floor)
        self._pruned_at = len(self.seen)
        self._key_ts = self.floor  # keyset: the second the current query starts at
        self._cursor: str | None = None
        self._done = False
        # Fail before any request when the query cannot fit Intercom's limits.
        self.body()

    def body(self) -> SearchBody:
        """The JSON body of the next search request."""
        if self.granularity == "day":
            # "> day" matches from the start of the next day in the workspace's timezone: two days back
            # covers every timezone; the exact second is filtered in take().
            bound = Filter("updated_at", ">", max(0, self.floor - 2 * _DAY))
        else:
            bound = Filter("updated_at", ">", self._key_ts - 1)
        query = window_query(self.where, bound)
        return _search_body(
            query, per_page=self.per_page, starting_after=self._cursor, sort=("updated_at", "ascending")
        )

    @property
    def done(self) -> bool:
        return self._done

    def take(self, page: Any) -> list[Any]:
        """The items of an answered page to yield (new versions only), and plan the next request.

        Nothing is counted as delivered here: the driver calls :meth:`delivered` for each item once the
        loop has come back for the next one, so a run that stops half-way through a page (a failed
        request, an exception in your loop, a ``break``) has a checkpoint that covers what it handed
        over and nothing more.
        """
        items = [item for item in (getattr(page, self.list_field, None) or []) if item is not None]
        fresh: list[Any] = []
        stamps: list[int] = []
        on_page: set[tuple[str, int]] = set()
        for item in items:
            stamp = item.updated_at
            if not isinstance(stamp, int):
                logger.warning("sync %s: %s %s has no updated_at; yielded as is", self.resource, self.resource, item.id)
                fresh.append(item)
                continue
            stamps.append(stamp)
            key = (item.id, stamp)
            if stamp < self.floor or key in self.seen or key in on_page:
                continue
            on_page.add(key)
            fresh.append(item)
        self._prune()
        cursor = _next_cursor(page)
        if cursor is None or not items:
            self._done = True
        elif self.granularity == "second" and stamps and max(stamps) > self._key_ts:
            self._key_ts, self._cursor = max(stamps), None
        else:
            self._cursor = cursor
        return fresh

    def delivered(self, item: Any) -> None:
        """Count ``item`` (one that :meth:`take` returned) as handed over: the checkpoint now covers it."""
        stamp = item.updated_at
        if not isinstance(stamp, int):
            return  # yielded as is, never checkpointed (see take)
        self.seen[(item.id, stamp)] = None
        if stamp > self.watermark:
            self.watermark = stamp

    def _prune(self) -> None:
        if len(self.seen) < 2 * self._pruned_at + 1024:
            return
        low = self.watermark - self.overlap
        self.seen = {key: None for key in self.seen if key[1] >= low}
        self._pruned_at = len(self.seen)

    def checkpoint(self) -> Checkpoint:
        """The checkpoint to save: resume after everything delivered so far (see :meth:`take`)."""
        low = self.watermark - self.overlap
        kept = sorted(key for key in self.seen if key[1] >= low)
        return Checkpoint(resource=self.resource, updated_at=self.watermark, seen=tuple(kept))


def _search(client: AsyncIntercom | Intercom, resource: str) -> Any:
    """``client.<resource>.search``: the search method of contacts, companies, conversations or tickets.

    A search is a POST that only reads: the method marks its request so, and the client retries it like a read.
    The query goes as ``query=``, the rest of the body as ``extra_body=`` (see :func:`_search_arguments`).

    A package regenerated from a spec without that search (``POST /companies/search`` came in 2026-07) has
    no such method: ``ConfigurationError`` says so, rather than an ``AttributeError`` from deep in a run.
    """
    search = getattr(getattr(client, resource, None), "search", None)
    if not callable(search):
        hint = " (walk_companies() reads every company without it)" if resource == "companies" else ""
        raise ConfigurationError(
            f"sync_updated(client, {resource!r}) needs client.{resource}.search() (POST /{resource}/search), which "
            f"this SDK does not have: it was generated from a spec without that operation{hint}"
        )
    return search


def _search_arguments(body: SearchBody) -> dict[str, Any]:
    """The arguments of a search call for ``body``: its ``query`` (checked against the request model) and
    the rest as ``extra_body=``, sent as it is: it may use fields the spec does not list for every
    resource (``sort``), which ``body=`` would refuse."""
    rest = {key: value for key, value in body.items() if key != "query"}
    return {"query": body["query"], "extra_body": rest}


def _next_cursor(page: Any) -> str | None:
    pages = getattr(page, "pages", None)
    following = getattr(pages, "next_", None)
    if isinstance(following, str):
        return following or None
    cursor = getattr(following, "starting_after", None)
    return cursor if isinstance(cursor, str) and cursor else None


class _Run(OneRun, Generic[T]):
    def __init__(self, core: _SyncCore, on_progress: ProgressCallback | None, progress_bar: ProgressBar) -> None:
        again = "a sync run is iterated once: call sync_updated() again for another run"
        super().__init__(f"sync {core.resource}", again, on_progress, progress_bar)
        self._core = core

    @property
    def checkpoint(self) -> Checkpoint:
        """Where the next run is to start: after every item delivered so far.

        Save it when the loop ends, whether the run completed or failed (an ``IntercomError`` after
        the retries, an exception in your loop): the next run then yields what this one did not
        deliver, and nothing it did. An item counts as delivered once the loop has come back for the
        next one, so the item your loop was handling when it stopped is yielded again by the next run.
        """
        return self._core.checkpoint()


class AsyncSyncRun(_Run[T]):
    """One incremental sync with ``AsyncIntercom``: ``async for item in run``, then ``run.checkpoint``."""

    def __init__(self, client: AsyncIntercom, core: _SyncCore, **kwargs: Any) -> None:
        super().__init__(core, **kwargs)
        self._client = client

    def __aiter__(self) -> AsyncIterator[T]:
        return walked_async(self._client, "bulk.sync_updated", self._iterate(), resource=self._core.resource)

    async def _iterate(self) -> AsyncIterator[T]:
        core = self._core
        with self._start() as progress:
            while not core.done:
                first = await _search(self._client, core.resource)(**_search_arguments(core.body()))
                fresh = core.take(first.parsed)
                progress.advance(items=len(fresh), pages=1)
                for item in fresh:
                    yield item
                    core.delivered(item)  # the loop came back for the next one: this one was handled


class SyncRun(_Run[T]):
    """One incremental sync with ``Intercom``: ``for item in run``, then ``run.checkpoint``."""

    def __init__(self, client: Intercom, core: _SyncCore, **kwargs: Any) -> None:
        super().__init__(core, **kwargs)
        self._client = client

    def __iter__(self) -> Iterator[T]:
        return walked_sync(self._client, "bulk.sync_updated", self._iterate(), resource=self._core.resource)

    def _iterate(self) -> Iterator[T]:
        core = self._core
        with self._start() as progress:
            while not core.done:
                first = _search(self._client, core.resource)(**_search_arguments(core.body())).first_page()
                fresh = core.take(first.parsed)
                progress.advance(items=len(fresh), pages=1)
                for item in fresh:
                    yield item
                    core.delivered(item)  # the loop came back for the next one: this one was handled


class SyncOptions(TypedDict, total=False):
    """The keyword arguments of :func:`sync_updated` (see there)."""

    since: Checkpoint | int | None
    where: Query | None
    overlap: int
    per_page: int
    granularity: Granularity
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


@overload
def sync_updated(
    client: AsyncIntercom, resource: Literal["contacts"], **options: Unpack[SyncOptions]
) -> AsyncSyncRun[Contact]: ...
@overload
def sync_updated(
    client: AsyncIntercom, resource: Literal["companies"], **options: Unpack[SyncOptions]
) -> AsyncSyncRun[Company]: ...
@overload
def sync_updated(
    client: AsyncIntercom, resource: Literal["conversations"], **options: Unpack[SyncOptions]
) -> AsyncSyncRun[Conversation]: ...
@overload
def sync_updated(
    client: AsyncIntercom, resource: Literal["tickets"], **options: Unpack[SyncOptions]
) -> AsyncSyncRun[Ticket]: ...
@overload
def sync_updated(
    client: Intercom, resource: Literal["contacts"], **options: Unpack[SyncOptions]
) -> SyncRun[Contact]: ...
@overload
def sync_updated(
    client: Intercom, resource: Literal["companies"], **options: Unpack[SyncOptions]
) -> SyncRun[Company]: ...
@overload
def sync_updated(
    client: Intercom, resource: Literal["conversations"], **options: Unpack[SyncOptions]
) -> SyncRun[Conversation]: ...
@overload
def sync_updated(client: Intercom, resource: Literal["tickets"], **options: Unpack[SyncOptions]) -> SyncRun[Ticket]: ...
def sync_updated(
    client: AsyncIntercom | Intercom,
    resource: Resource,
    *,
    since: Checkpoint | int | None = None,
    where: Query | None = None,
    overlap: int = DEFAULT_OVERLAP,
    per_page: int = MAX_PER_PAGE,
    granularity: Granularity = "second",
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> AsyncSyncRun[Any] | SyncRun[Any]:
    """Everything of ``resource`` updated since ``since``, each version once; then the next checkpoint.

    Args:
        client: An ``AsyncIntercom`` (iterate with ``async for``) or an ``Intercom`` (``for``).
        resource: ``"contacts"``, ``"companies"``, ``"conversations"`` or ``"tickets"``.
        since: The checkpoint a previous run returned, a UNIX timestamp, or None for everything.
        where: An extra filter (:class:`~intercom_client.bulk.Filter` or group), combined with the
            ``updated_at`` window within Intercom's limits.
        overlap: Seconds before the checkpoint re-read for updates that became searchable late.
        per_page: Items per search page, at most 150.
        granularity: ``"second"`` (Preview) or ``"day"`` (stable versions that filter timestamps by day).
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` after each page.
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.

    Returns a run to iterate once; its ``checkpoint`` is what to save when the loop has ended, completed
    or failed (a failed run's covers what it delivered: the next run resumes there). Memory
    holds one page and the (id, updated_at) pairs of the overlap window. Bad arguments, and a ``where``
    that cannot fit Intercom's query limits, raise before any request.
    """
    core = _SyncCore(resource, since, where, overlap, per_page, granularity)
    options: dict[str, Any] = {"on_progress": on_progress, "progress_bar": progress_bar}
    if is_async_client(client, "sync_updated"):
        _search(client, resource)  # a package generated from a spec without this search says so now
        return AsyncSyncRun(client, core, **options)
    _search(client, resource)
    return SyncRun(client, core, **options)
