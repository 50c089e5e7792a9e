"""Progress of a long-running helper: a callback, an optional progress bar, and INFO log lines.

Every helper in :mod:`intercom_client.bulk` takes the same two keyword arguments::

    def show(progress: Progress) -> None:
        print(progress.task, progress.items, progress.state, f"{progress.elapsed:.0f}s")

    async for contact in sync_updated(client, "contacts", since=checkpoint, on_progress=show, progress_bar=True):
        ...

``on_progress`` is called with a :class:`Progress` after every page fetched, every job poll and at the
end (``finished=True``). ``progress_bar=True`` draws a bar with ``tqdm`` or, when only ``rich`` is
installed, with ``rich``; ``"tqdm"`` / ``"rich"`` pick one. Neither is a dependency of the SDK: asking
for a bar that is not installed raises :class:`ProgressBarUnavailableError` before any request.

Log lines go to the ``intercom_client.bulk`` logger at INFO: when a task starts, when a job changes
state, at most every ``log_interval`` seconds while it runs, and when it ends.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal, Protocol

import attrs

from .._exceptions import ConfigurationError, IntercomError

__all__ = [
    "Progress",
    "ProgressBar",
    "ProgressBarUnavailableError",
    "ProgressCallback",
    "ProgressReporter",
]

logger = logging.getLogger("intercom_client.bulk")

ProgressBar = bool | Literal["tqdm", "rich"]
"""``False`` (no bar), ``True`` (tqdm, else rich), or the name of the library to draw it with."""


@attrs.frozen(kw_only=True)
class Progress:
    """Where a long-running helper is, as passed to ``on_progress``."""

    task: str
    """What is running, e.g. ``"sync contacts"`` or ``"data export job 1a2b"``."""
    items: int
    """Items produced so far (records yielded, parts fetched, companies walked)."""
    pages: int
    """Requests answered so far (pages, polls)."""
    elapsed: float
    """Seconds since the task started."""
    state: str | None = None
    """The job's state as Intercom names it (``"pending"``, ``"in_progress"``, ``"completed"``, ...)."""
    total: int | None = None
    """How many items are expected, when Intercom says (``total_count``)."""
    finished: bool = False
    """True in the last call, once the task has ended (successfully or not)."""


ProgressCallback = Callable[[Progress], object]
"""Called with a :class:`Progress` after each page or poll; its return value is ignored."""


class ProgressBarUnavailableError(ConfigurationError):
    """``progress_bar`` asked for a library that is not installed (``pip install tqdm`` or ``rich``)."""


class _Bar(Protocol):
    def show(self, progress: Progress) -> None: ...

    def close(self) -> None: ...


# Both libraries are imported by name at run time: neither is a dependency, and a project that vendors
# this package type-checks it without their stubs.
class _TqdmBar:
    def __init__(self, task: str) -> None:
        tqdm = importlib.import_module("tqdm.auto").tqdm
        self._bar: Any = tqdm(desc=task, unit="item")
        self._shown = 0

    def show(self, progress: Progress) -> None:
        if progress.total is not None and self._bar.total != progress.total:
            self._bar.total = progress.total
        if progress.state is not None:
            self._bar.set_postfix_str(progress.state, refresh=False)
        self._bar.update(progress.items - self._shown)
        self._shown = progress.items

    def close(self) -> None:
        self._bar.close()


class _RichBar:
    def __init__(self, task: str) -> None:
        rich_progress = importlib.import_module("rich.progress")
        self._progress: Any = rich_progress.Progress(transient=False)
        self._progress.start()
        self._task_id = self._progress.add_task(task, total=None)

    def show(self, progress: Progress) -> None:
        description = f"{progress.task} ({progress.state})" if progress.state else progress.task
        self._progress.update(self._task_id, completed=progress.items, total=progress.total, description=description)

    def close(self) -> None:
        self._progress.stop()


_BAR_LIBRARIES: tuple[Literal["tqdm", "rich"], ...] = ("tqdm", "rich")


def _open_bar(choice: ProgressBar, task: str) -> _Bar | None:
    if choice is False:
        return None
    if choice is True:
        installed = [name for name in _BAR_LIBRARIES if importlib.util.find_spec(name) is not None]
        if not installed:
            raise ProgressBarUnavailableError("progress_bar=True needs tqdm or rich: pip install tqdm")
        choice = installed[0]
    elif choice not in ("tqdm", "rich"):
        raise ProgressBarUnavailableError(f"progress_bar must be True, False, 'tqdm' or 'rich', not {choice!r}")
    elif importlib.util.find_spec(choice) is None:
        raise ProgressBarUnavailableError(
            f"progress_bar={choice!r} but {choice} is not installed: pip install {choice}"
        )
    return _TqdmBar(task) if choice == "tqdm" else _RichBar(task)


class ProgressReporter:
    """Counts a task's items and pages and tells the callback, the bar and the log.

    Helpers create one per run and use it as a context manager: leaving the block reports
    ``finished=True`` (also when the task failed or was cancelled) and closes the bar::

        with ProgressReporter("sync contacts", on_progress=on_progress, bar=progress_bar) as progress:
            progress.advance(items=len(page), pages=1)
            progress.set_state("in_progress")
    """

    def __init__(
        self,
        task: str,
        *,
        on_progress: ProgressCallback | None = None,
        bar: ProgressBar = False,
        log_interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.task = task
        self._callback = on_progress
        self._bar = _open_bar(bar, task)
        self._log_interval = log_interval
        self._clock = clock
        self._started = clock()
        self._last_log = self._started
        self._items = 0
        self._pages = 0
        self._state: str | None = None
        self._total: int | None = None
        self._finished = False

    def snapshot(self) -> Progress:
        """The progress so far."""
        return Progress(
            task=self.task,
            items=self._items,
            pages=self._pages,
            elapsed=self._clock() - self._started,
            state=self._state,
            total=self._total,
            finished=self._finished,
        )

    def advance(self, *, items: int = 0, pages: int = 0) -> None:
        """Count ``items`` more items and ``pages`` more answered requests, then report."""
        self._items += items
        self._pages += pages
        self._report()

    def set_state(self, state: str) -> None:
        """Record a job's state; a change is logged at INFO."""
        if state != self._state:
            logger.info("%s: %s", self.task, state)
            self._last_log = self._clock()
        self._state = state
        self._report()

    def set_total(self, total: int | None) -> None:
        """Record how many items the task expects (Intercom's ``total_count``), without reporting."""
        self._total = total

    def finish(self) -> None:
        """Report the last progress (``finished=True``) and close the bar; later calls do nothing."""
        if self._finished:
            return
        self._finished = True
        progress = self.snapshot()
        logger.info(
            "%s: finished, %d items, %d requests in %.1f s", self.task, progress.items, progress.pages, progress.elapsed
        )
        try:
            self._emit(progress)
        finally:
            if self._bar is not None:
                self._bar.close()

    def __enter__(self) -> ProgressReporter:
        logger.info("%s: started", self.task)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if exc is not None and not self._finished:
            logger.info("%s: stopped by %s", self.task, type(exc).__name__)
        self.finish()

    def _report(self) -> None:
        progress = self.snapshot()
        if self._clock() - self._last_log >= self._log_interval:
            self._last_log = self._clock()
            logger.info(
                "%s: %d items, %d requests, %.0f s%s",
                self.task,
                progress.items,
                progress.pages,
                progress.elapsed,
                f", {progress.state}" if progress.state else "",
            )
        self._emit(progress)

    def _emit(self, progress: Progress) -> None:
        if self._bar is not None:
            self._bar.show(progress)
        if self._callback is not None:
            self._callback(progress)


class OneRun:
    """Base of what a bulk helper returns for a loop (a company walk, a sync run): it is iterated once.

    A second loop over it would find the work done and silently yield nothing, so ``_start`` raises
    ``IntercomError`` with ``again`` (how to start another run) and otherwise opens the run's progress.
    """

    def __init__(self, task: str, again: str, on_progress: ProgressCallback | None, progress_bar: ProgressBar) -> None:
        self._task = task
        self._again = again
        self._on_progress = on_progress
        self._progress_bar: ProgressBar = progress_bar
        self._started = False

    def _start(self) -> ProgressReporter:
        if self._started:
            raise IntercomError(self._again)
        self._started = True
        return ProgressReporter(self._task, on_progress=self._on_progress, bar=self._progress_bar)
