"""Walk every company through the scroll API, surviving its rules: the way past the 10,000-company cap.

::

    from intercom_client.bulk import walk_companies

    async for company in walk_companies(client):      # `for company in ...` with the sync client
        print(company.id, company.name)

``client.companies.list()`` pages by number and stops at 10,000 companies ("If you need to list or
iterate on more than 10,000 Companies, please use the Scroll API"). The scroll endpoint
(``GET /companies/scroll``) has no such cap but rules of its own, which this helper handles
(https://developers.intercom.com/docs/references/rest-api/api.intercom.io/companies/scrolloverallcompanies):

- **One scroll per app** ("Each app can only have 1 scroll open at a time"). Another open scroll (another
  integration, a crashed run) is answered 400 with the error code ``scroll_exists`` ("scroll already
  exists for this app/workspace"; the code and status as recorded in public reports, e.g.
  https://github.com/intercom/intercom-ruby/issues/474 and https://github.com/airbytehq/airbyte/pull/8395).
  ``on_busy="wait"`` (the default) retries with a backoff capped at 10 s until ``busy_timeout`` seconds
  have passed (an idle scroll expires after a minute), then raises :class:`ScrollBusyError`;
  ``on_busy="raise"`` raises it at once.
- **Expiry** ("If the scroll isn't used for 1 minute, it expires and calls with that scroll param will
  fail"; public reports show the failing call answered 404, https://github.com/airbytehq/airbyte/issues/9339 —
  Intercom does not document the body). A scroll cannot be resumed, so the walk **restarts from the
  beginning**.
- **Server errors** ("you will see a HTTP 500 error ... Please restart the scroll operation ... It is not
  possible to continue from a specific point"): the walk restarts from the beginning too, as it does when
  the connection broke after the client's own retries.

After a restart the companies already yielded are skipped: **the walk keeps the id of every company it
has yielded, in one set** (about 100 bytes per company: 10 MB per 100,000). Each company is yielded once.
At most ``max_restarts`` restarts are made; one more failure raises :class:`ScrollRestartLimitError`.

**Keep the loop body quick.** The next page is asked for only when your loop asks for the next company.
If handling one page of companies takes longer than the scroll's idle minute, the scroll expires: the
walk restarts and skips what it already yielded, which costs a full re-read and one of the restarts.
Collect slow work in a queue, or raise ``max_restarts``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, overload

from .._backoff import Backoff
from .._config import check_retries, check_seconds
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    IntercomError,
    NotFoundError,
)
from .._helper_spans import walked_async, walked_sync
from ._clients import is_async_client
from ._progress import OneRun, ProgressBar, ProgressCallback

if TYPE_CHECKING:
    from ..generated.client import AsyncIntercom, Intercom
    from ..generated.models.company import Company

__all__ = [
    "AsyncCompanyWalk",
    "CompanyWalk",
    "ScrollBusyError",
    "ScrollRestartLimitError",
    "ScrollStalledError",
    "walk_companies",
]

logger = logging.getLogger("intercom_client.bulk")

BUSY_BACKOFF_CAP = 10.0
"""Longest wait between two attempts to open a scroll while another one is open."""


class ScrollBusyError(IntercomError):
    """Another company scroll is open for this app (Intercom's 400 ``scroll_exists``) and the walk did not
    wait (``on_busy="raise"``) or waited ``busy_timeout`` seconds in vain.

    Attributes:
        waited: Seconds spent waiting for the other scroll to end.
    """

    def __init__(self, message: str, *, waited: float) -> None:
        super().__init__(message)
        self.waited = waited


class ScrollStalledError(IntercomError):
    """The scroll keeps answering companies already yielded, page after page, beyond what a restart
    re-reads: it does not move on (a mock that answers one example page forever does this)."""


class ScrollRestartLimitError(IntercomError):
    """The scroll failed (expired, server error, broken connection) more than ``max_restarts`` times;
    the last failure is the ``__cause__``.

    Attributes:
        restarts: Restarts made before giving up.
        yielded: Companies yielded before giving up (each once).
    """

    def __init__(self, message: str, *, restarts: int, yielded: int) -> None:
        super().__init__(message)
        self.restarts = restarts
        self.yielded = yielded


def _is_scroll_exists(exc: BaseException) -> bool:
    if not isinstance(exc, BadRequestError):
        return False
    first = exc.first_error
    if first is not None and first.code == "scroll_exists":
        return True
    return "scroll already exists" in exc.message.lower()


class _ScrollCore:
    """The state of one walk, shared by the async and sync drivers (no I/O)."""

    def __init__(
        self, on_busy: str, busy_timeout: float, max_restarts: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if on_busy not in ("wait", "raise"):
            raise ConfigurationError(f"on_busy must be 'wait' or 'raise', got {on_busy!r}")
        check_retries(max_restarts, "max_restarts")
        check_seconds("busy_timeout", busy_timeout, zero_ok=True, optional=False)
        self.on_busy = on_busy
        self.busy_timeout = float(busy_timeout)
        self.max_restarts = max_restarts
        self.clock: Callable[[], float] = clock
        self.scroll_param: str | None = None
        self.seen: set[str] = set()
        self.restarts = 0
        self.done = False
        self._busy_since: float | None = None
        self._busy_backoff = Backoff(0.5, BUSY_BACKOFF_CAP, jitter=0.0)
        self._stale_pages = 0

    def take(self, page: Any) -> list[Company]:
        """The companies of a page not yielded before; plans the next request."""
        self._busy_since = None
        self._busy_backoff.reset()
        companies = [c for c in (page.data or []) if c is not None]
        self.scroll_param = page.scroll_param or None
        if not companies or self.scroll_param is None:
            self.done = True  # "If the end of the scroll is reached, companies will be empty"
        fresh = [c for c in companies if c.id not in self.seen]
        self.seen.update(c.id for c in fresh)
        # After a restart the pages read before come again, all known: at most len(seen)/page of them.
        self._stale_pages = 0 if fresh or not companies else self._stale_pages + 1
        if self._stale_pages > len(self.seen) // len(companies or [None]) + 2:
            raise ScrollStalledError(
                f"the company scroll answered {self._stale_pages} pages in a row of companies already yielded "
                "and does not move on; stopping rather than looping"
            )
        return fresh

    def failed(self, exc: IntercomError) -> float:
        """What to do after a failed request: seconds to wait before the next one, or raise."""
        if _is_scroll_exists(exc) and self.scroll_param is None:
            now = self.clock()
            if self._busy_since is None:
                self._busy_since = now
            waited = now - self._busy_since
            delay = self._busy_backoff.next()
            if self.on_busy == "raise" or waited + delay > self.busy_timeout:
                raise ScrollBusyError(
                    "another company scroll is open for this app (Intercom allows one at a time; it expires after "
                    f"a minute unused); waited {waited:.1f} s of busy_timeout={self.busy_timeout:g}",
                    waited=waited,
                ) from exc
            logger.info("walk companies: another scroll is open; retrying in %.1f s", delay)
            return delay
        expired = isinstance(exc, NotFoundError) and self.scroll_param is not None
        broken = isinstance(exc, APIConnectionError) or (isinstance(exc, APIStatusError) and exc.status_code >= 500)
        if not (expired or broken):
            raise exc
        if self.restarts >= self.max_restarts:
            raise ScrollRestartLimitError(
                f"the company scroll failed {self.restarts + 1} times (last: {exc}); max_restarts={self.max_restarts}",
                restarts=self.restarts,
                yielded=len(self.seen),
            ) from exc
        self.restarts += 1
        self.scroll_param = None
        why = "the scroll expired" if expired else f"the scroll broke ({type(exc).__name__})"
        logger.info("walk companies: %s; restart %d from the beginning", why, self.restarts)
        return 0.0


class _Walk(OneRun):
    def __init__(self, core: _ScrollCore, on_progress: ProgressCallback | None, progress_bar: ProgressBar) -> None:
        again = "a company walk is iterated once: call walk_companies() again for another walk"
        super().__init__("walk companies", again, on_progress, progress_bar)
        self._core = core

    @property
    def restarts(self) -> int:
        """How many times the scroll was restarted from the beginning so far."""
        return self._core.restarts


class AsyncCompanyWalk(_Walk):
    """Every company once, through the scroll API, with ``AsyncIntercom``: ``async for company in walk``."""

    def __init__(self, client: AsyncIntercom, core: _ScrollCore, **kwargs: Any) -> None:
        super().__init__(core, **kwargs)
        self._client = client

    def __aiter__(self) -> AsyncIterator[Company]:
        return walked_async(self._client, "bulk.walk_companies", self._iterate())

    async def _iterate(self) -> AsyncIterator[Company]:
        core, client = self._core, self._client
        with self._start() as progress:
            while not core.done:
                try:
                    page = (await client.companies.scroll(start_cursor=core.scroll_param)).parsed
                except IntercomError as exc:
                    delay = core.failed(exc)
                    progress.set_state(f"restart {core.restarts}" if delay == 0 else "waiting for another scroll")
                    if delay:
                        await asyncio.sleep(delay)
                    continue
                fresh = core.take(page)
                progress.advance(items=len(fresh), pages=1)
                for company in fresh:
                    yield company


class CompanyWalk(_Walk):
    """Every company once, through the scroll API, with ``Intercom``: ``for company in walk``."""

    def __init__(self, client: Intercom, core: _ScrollCore, **kwargs: Any) -> None:
        super().__init__(core, **kwargs)
        self._client = client

    def __iter__(self) -> Iterator[Company]:
        return walked_sync(self._client, "bulk.walk_companies", self._iterate())

    def _iterate(self) -> Iterator[Company]:
        core, client = self._core, self._client
        with self._start() as progress:
            while not core.done:
                try:
                    page = client.companies.scroll(start_cursor=core.scroll_param).first_page().parsed
                except IntercomError as exc:
                    delay = core.failed(exc)
                    progress.set_state(f"restart {core.restarts}" if delay == 0 else "waiting for another scroll")
                    if delay:
                        time.sleep(delay)
                    continue
                fresh = core.take(page)
                progress.advance(items=len(fresh), pages=1)
                yield from fresh


class WalkOptions(TypedDict, total=False):
    """The keyword arguments of :func:`walk_companies` (see there)."""

    on_busy: Literal["wait", "raise"]
    busy_timeout: float
    max_restarts: int
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


@overload
def walk_companies(client: AsyncIntercom, **options: Unpack[WalkOptions]) -> AsyncCompanyWalk: ...
@overload
def walk_companies(client: Intercom, **options: Unpack[WalkOptions]) -> CompanyWalk: ...
def walk_companies(
    client: AsyncIntercom | Intercom,
    *,
    on_busy: Literal["wait", "raise"] = "wait",
    busy_timeout: float = 120.0,
    max_restarts: int = 3,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> AsyncCompanyWalk | CompanyWalk:
    """Every company of the workspace once, through ``GET /companies/scroll`` (no 10,000 cap).

    Args:
        client: An ``AsyncIntercom`` (iterate with ``async for``) or an ``Intercom`` (``for``).
        on_busy: When another scroll is open: ``"wait"`` for it (up to ``busy_timeout`` seconds) or
            ``"raise"`` :class:`ScrollBusyError` at once.
        busy_timeout: Seconds to wait for another scroll to end before raising :class:`ScrollBusyError`.
        max_restarts: Restarts from the beginning allowed (after expiry, a server error or a broken
            connection) before :class:`ScrollRestartLimitError`.
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` after each page.
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.

    Memory: one set of the ids yielded so far (to skip them after a restart). A scroll that answers
    known companies page after page without moving on raises :class:`ScrollStalledError`. Other API errors
    (401, 403, ...) are raised as they come.
    """
    core = _ScrollCore(on_busy, busy_timeout, max_restarts)
    options: dict[str, Any] = {"on_progress": on_progress, "progress_bar": progress_bar}
    if is_async_client(client, "walk_companies"):
        return AsyncCompanyWalk(client, core, **options)
    return CompanyWalk(client, core, **options)
