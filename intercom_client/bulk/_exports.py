"""Exports: start one, wait for it (:mod:`._jobs`), then stream its result to a file or read its records.

Intercom has two kinds of export, both jobs to poll:

- The *data export* (``client.data_export.create``: ``POST /export/content/data``) exports message
  delivery and engagement data of outbound content (who received which Email, Post, Series..., when,
  and how they engaged). It does not export conversations. **One** may be active per workspace: a
  second is answered ``429`` "Exceeded rate limit of 1 pending message data export jobs"
  (https://developers.intercom.com/docs/references/rest-api/api.intercom.io/Data-Export/createDataExport/).
  Its result is "streamed continuously back down to you in a gzipped CSV format" and needs the header
  ``Accept: application/octet-stream``
  (https://developers.intercom.com/docs/references/rest-api/api.intercom.io/Data-Export/downloadDataExport/);
  it is available for two days after the job completed
  (https://developers.intercom.com/docs/references/rest-api/api.intercom.io/Data-Export/getDataExport/).
- The *reporting data export* (``client.reporting_data_export.enqueue``:
  ``POST /export/reporting_data/enqueue``) exports a reporting dataset (``conversation``: one row per
  conversation, with the attributes you pick). Up to five may be pending ("Exceeded rate limit of 5
  pending reporting dataset export jobs", the spec's 429 example); its download also needs
  ``Accept: application/octet-stream`` and the ``app_id``
  (https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/export.md). Its
  file format is not documented; the record reader below handles gzipped or plain CSV.

Starting an export while the slot is taken raises :class:`ExportInProgressError` at once (the
client's retry of 429s is not used for it: waiting a few seconds does not free the slot), or, with
``wait_for_other=True``, tries again with capped backoff until ``deadline``.

:func:`download_export` writes the download as it arrives (chunks, never the whole body in memory)
to a binary file you opened; :func:`iter_export_records` decompresses and parses it as it arrives and yields one
``dict`` per CSV row. The 2.6 docs describe the result as "a gzipped folder containing multiple
CSVs": a download that turns out to be a tar or zip archive raises :class:`ExportFormatError`
(download it to a file and open it with ``tarfile``/``zipfile``).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import csv
import time
import zlib
from collections.abc import AsyncGenerator, AsyncIterator, Coroutine, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack, overload

from .._backoff import Backoff
from .._config import check_seconds
from .._exceptions import ConfigurationError, NotFoundError, RateLimitError
from .._helper_spans import traced_async, traced_sync, walked_async, walked_sync
from .._paths import path_segment
from ._clients import is_async_client, resource_method
from ._jobs import DEFAULT_JOB_DEADLINE, JOB_KINDS, Job, JobError
from ._progress import ProgressBar, ProgressCallback, ProgressReporter

if TYPE_CHECKING:
    from ..generated.client import AsyncIntercom, Intercom

__all__ = [
    "ExportExpiredError",
    "ExportFormatError",
    "ExportInProgressError",
    "ExportRecord",
    "Writable",
    "download_export",
    "iter_export_records",
    "start_data_export",
    "start_reporting_export",
]

ExportRecord = dict[str, str]
"""One row of an export's CSV, keyed by the header row's column names."""

OCTET_STREAM = {"Accept": "application/octet-stream"}
DEFAULT_CHUNK_SIZE = 64 * 1024


class ExportInProgressError(RateLimitError):
    """Intercom refused to start an export: the workspace's export slot is taken (429).

    A :class:`RateLimitError` (it is Intercom's "rate limit of 1 pending message data export jobs"),
    but waiting for the rate-limit window does not clear it: the other export must end (or be
    cancelled). Pass ``wait_for_other=True`` to wait for it within a deadline.
    """

    @classmethod
    def from_rate_limit(cls, error: RateLimitError, note: str) -> ExportInProgressError:
        """The same 429 (its body already free of any secret), told as an export collision."""
        new = cls.__new__(cls)
        new.__dict__.update(error.__dict__)
        new.args = (f"another export is running in this workspace ({note}): {error}",)
        return new


class ExportExpiredError(JobError):
    """The export's result is no longer available (Intercom keeps it two days after the job completed)."""


class ExportFormatError(JobError):
    """The download is not a (gzipped) CSV file: e.g. an archive of several files; download it to a file."""


# -- starting an export --------------------------------------------------------------------------

# (the job's kind, the method of its resource that starts one: client.<JOB_KINDS[kind].resource>.<method>)
_DATA_EXPORT = ("data_export", "create")
_REPORTING_EXPORT = ("reporting_data_export", "enqueue")


def _data_export_body(created_at_after: int, created_at_before: int) -> dict[str, Any]:
    for name, value in (("created_at_after", created_at_after), ("created_at_before", created_at_before)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigurationError(f"{name} must be a Unix timestamp in seconds (an int), got {value!r}")
    if created_at_after > created_at_before:
        raise ConfigurationError("created_at_after must not be later than created_at_before")
    return {"created_at_after": created_at_after, "created_at_before": created_at_before}


def _reporting_body(dataset_id: str, attribute_ids: Sequence[str], start_time: int, end_time: int) -> dict[str, Any]:
    if not isinstance(dataset_id, str) or not dataset_id:
        raise ConfigurationError(f"dataset_id must be a dataset's id (e.g. 'conversation'), got {dataset_id!r}")
    if isinstance(attribute_ids, str) or not attribute_ids or not all(isinstance(a, str) for a in attribute_ids):
        raise ConfigurationError("attribute_ids must be a non-empty list of attribute ids (their qualified_id)")
    body = _data_export_body(start_time, end_time)
    return {
        "dataset_id": dataset_id,
        "attribute_ids": list(attribute_ids),
        "start_time": body["created_at_after"],
        "end_time": body["created_at_before"],
    }


class _StartPlan:
    """One start of an export: its request, and what a 429 answer leads to (no I/O here)."""

    def __init__(
        self,
        what: tuple[str, str],
        body: dict[str, Any],
        *,
        retries: int,
        wait_for_other: bool = False,
        deadline: float | None = DEFAULT_JOB_DEADLINE,
        on_progress: ProgressCallback | None = None,
        progress_bar: ProgressBar = False,
    ) -> None:
        check_seconds("deadline", deadline)
        self.kind, self.start = what
        self.body = body
        self.progress = ProgressReporter(f"start {self.kind}", on_progress=on_progress, bar=progress_bar)
        self._wait = wait_for_other
        self._ends = None if deadline is None else time.monotonic() + deadline
        self._retries = retries
        self._backoff = Backoff(2.0, 60.0)

    def method(self, client: AsyncIntercom | Intercom) -> Any:
        """The start method on ``client``, in raw-response mode (the :class:`Job` keeps the body as received).

        No client retry of its 429 (this plan handles it), and no strict decoding of the answer (the
        plan reads the body, not the model).
        """
        once = client.with_options(max_retries=0, strict_decoding=False)
        return resource_method(once, JOB_KINDS[self.kind].resource, self.start, raw=True)

    def accepted(self, body: Any) -> Job:
        """The job Intercom started."""
        job = Job.from_body(self.kind, "", body)
        self.progress.advance(pages=1)
        self.progress.set_state(job.state or "started")
        return job

    def refused(self, error: RateLimitError) -> float:
        """Seconds to wait before trying again after a 429; raises when the caller is to be told now."""
        self.progress.advance(pages=1)
        message = error.message.lower()
        collision = "export" in message and "pending" in message
        if not collision:
            if self._retries <= 0:
                raise error
            self._retries -= 1
            delay = error.retry_after if error.retry_after is not None else self._backoff.next()
        elif not self._wait:
            raise ExportInProgressError.from_rate_limit(error, "pass wait_for_other=True to wait for it") from None
        else:
            delay = self._backoff.next()
            self.progress.set_state("waiting for another export to end")
        left = None if self._ends is None else self._ends - time.monotonic()
        if left is not None and delay >= left:
            if collision:
                raise ExportInProgressError.from_rate_limit(error, "it was still running at the deadline") from None
            raise error
        return delay


class StartOptions(TypedDict, total=False):
    """The keyword arguments that :func:`start_data_export` and :func:`start_reporting_export` share."""

    wait_for_other: bool
    deadline: float | None
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


async def _start_async(
    client: AsyncIntercom, what: tuple[str, str], body: dict[str, Any], options: StartOptions
) -> Job:
    plan = _StartPlan(what, body, retries=client.max_retries, **options)
    start = plan.method(client)  # an export's 429 is handled by the plan, not retried blindly
    with plan.progress:
        while True:
            try:
                raw = await start(body=plan.body)
            except RateLimitError as exc:
                await asyncio.sleep(plan.refused(exc))
                continue
            return plan.accepted(raw.http_response.json())


def _start_sync(client: Intercom, what: tuple[str, str], body: dict[str, Any], options: StartOptions) -> Job:
    plan = _StartPlan(what, body, retries=client.max_retries, **options)
    start = plan.method(client)
    with plan.progress:
        while True:
            try:
                raw = start(body=plan.body)
            except RateLimitError as exc:
                time.sleep(plan.refused(exc))
                continue
            return plan.accepted(raw.http_response.json())


def _start(
    helper: str,
    client: AsyncIntercom | Intercom,
    what: tuple[str, str],
    body: dict[str, Any],
    options: StartOptions,
) -> Coroutine[Any, Any, Job] | Job:
    if is_async_client(client, helper):
        return traced_async(client, f"bulk.{helper}", _start_async(client, what, body, options))
    return traced_sync(client, f"bulk.{helper}", lambda: _start_sync(client, what, body, options))


@overload
def start_data_export(
    client: AsyncIntercom, *, created_at_after: int, created_at_before: int, **options: Unpack[StartOptions]
) -> Coroutine[Any, Any, Job]: ...
@overload
def start_data_export(
    client: Intercom, *, created_at_after: int, created_at_before: int, **options: Unpack[StartOptions]
) -> Job: ...
def start_data_export(
    client: AsyncIntercom | Intercom,
    *,
    created_at_after: int,
    created_at_before: int,
    **options: Unpack[StartOptions],
) -> Coroutine[Any, Any, Job] | Job:
    """Start a data export (message delivery and engagement data) of a time range; returns the pending job.

    ::

        job = await start_data_export(client, created_at_after=t0, created_at_before=t1)  # no await with Intercom

    Args:
        client: An ``AsyncIntercom`` (then ``await`` the call) or an ``Intercom``.
        created_at_after: Start of the range (Unix seconds).
        created_at_before: End of the range (Unix seconds).
        wait_for_other: When another export holds the slot, wait for it (with capped backoff) instead of
            raising at once (default False).
        deadline: Seconds that waiting may take (default :data:`DEFAULT_JOB_DEADLINE`; None: no limit).
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` after each attempt.
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.

    Raises:
        ExportInProgressError: Another export holds the workspace's slot (and ``wait_for_other`` is
            False, or it still did at ``deadline``).
    """
    body = _data_export_body(created_at_after, created_at_before)
    return _start("start_data_export", client, _DATA_EXPORT, body, options)


@overload
def start_reporting_export(
    client: AsyncIntercom,
    *,
    dataset_id: str,
    attribute_ids: Sequence[str],
    start_time: int,
    end_time: int,
    **options: Unpack[StartOptions],
) -> Coroutine[Any, Any, Job]: ...
@overload
def start_reporting_export(
    client: Intercom,
    *,
    dataset_id: str,
    attribute_ids: Sequence[str],
    start_time: int,
    end_time: int,
    **options: Unpack[StartOptions],
) -> Job: ...
def start_reporting_export(
    client: AsyncIntercom | Intercom,
    *,
    dataset_id: str,
    attribute_ids: Sequence[str],
    start_time: int,
    end_time: int,
    **options: Unpack[StartOptions],
) -> Coroutine[Any, Any, Job] | Job:
    """Enqueue a reporting data export (e.g. ``dataset_id="conversation"``); returns the pending job.

    ``attribute_ids`` are the attributes' ``qualified_id`` (``client.reporting_data_export.list_datasets()``);
    ``start_time`` and ``end_time`` bound the range (Unix seconds). The client and the other options are
    those of :func:`start_data_export`.
    """
    body = _reporting_body(dataset_id, attribute_ids, start_time, end_time)
    return _start("start_reporting_export", client, _REPORTING_EXPORT, body, options)


# -- downloading ---------------------------------------------------------------------------------


# The download operations' paths, by the kind of export. They are sent with ``client.stream``, not
# through their generated methods (``client.data_export.download``, ``client.reporting_data_export.
# download``): those read the whole body before they return (and return None: the spec names no body),
# where a download is read in chunks as it arrives, bounded by ``max_download_bytes``.
_DOWNLOAD_PATHS: Mapping[str, str] = {
    "data_export": "/download/content/data/{job_identifier}",
    "reporting_data_export": "/download/reporting_data/{job_identifier}",
}


def _download_request(base_url: str, job: Job, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The arguments of ``client.stream`` that download ``job``'s result; raises when there is none (yet)."""
    if job.kind not in _DOWNLOAD_PATHS:
        raise ConfigurationError(f"only exports have a download, not a {job.kind} job")
    if not job.succeeded:
        raise JobError(
            f"{job.kind} job {job.id} is {job.state!r}: wait for it to complete before downloading",
            kind=job.kind,
            job_id=job.id,
            state=job.state,
        )
    expires = job.download_expires_at
    if expires is not None and expires < time.time():
        raise ExportExpiredError(
            f"{job.kind} job {job.id}: its download expired at {expires} (Unix seconds)",
            kind=job.kind,
            job_id=job.id,
            state=job.state,
        )
    query = dict(params or {})
    url = job.download_url
    # The job's download_url is used only on the client's own host: the request carries the token.
    if not (url and url.startswith(base_url + "/")):
        path = _DOWNLOAD_PATHS[job.kind]
        if job.kind == "reporting_data_export":
            query.setdefault("job_identifier", job.id)
            if "app_id" not in query:
                raise ConfigurationError(
                    "a reporting export's download needs params={'app_id': ...} (your workspace's id)"
                )
        url = path.format(job_identifier=path_segment("job id", job.id, f"GET {path}"))
    return {"method": "GET", "url": url, "params": query or None, "headers": OCTET_STREAM}


def _expired(job: Job) -> ExportExpiredError:
    """A 404 for the download of a completed export: its result has expired (downloads check completion)."""
    return ExportExpiredError(
        f"{job.kind} job {job.id}: the download is gone (404); results expire two days after the job completed",
        kind=job.kind,
        job_id=job.id,
        state=job.state,
    )


async def _chunks_async(client: AsyncIntercom, job: Job, request: dict[str, Any]) -> AsyncGenerator[bytes, None]:
    """The body of a download request, chunk by chunk; a 404 means the export's result expired."""
    try:
        async with client.stream(**request) as response:
            async for chunk in response.aiter_bytes(DEFAULT_CHUNK_SIZE):
                yield chunk
    except NotFoundError as exc:
        raise _expired(job) from exc


def _chunks_sync(client: Intercom, job: Job, request: dict[str, Any]) -> Iterator[bytes]:
    """Like :func:`_chunks_async`, with the sync client."""
    try:
        with client.stream(**request) as response:
            yield from response.iter_bytes(DEFAULT_CHUNK_SIZE)
    except NotFoundError as exc:
        raise _expired(job) from exc


class Writable(Protocol):
    """Where a download is written: a file opened ``"wb"``, an ``io.BytesIO``, anything with ``write(bytes)``."""

    def write(self, data: bytes, /) -> object: ...


class _Counter:
    """Writes the chunks to ``into`` and counts them (in bytes) in the progress."""

    def __init__(self, into: Writable, progress: ProgressReporter) -> None:
        if not callable(getattr(into, "write", None)):
            raise ConfigurationError(
                f"download_export writes to a binary file object (open(path, 'wb')), not {type(into).__name__}"
            )
        self._into = into
        self._progress = progress
        self.written = 0

    def write(self, chunk: bytes) -> None:
        self._into.write(chunk)
        self.written += len(chunk)
        self._progress.advance(items=len(chunk))


async def _download_async(
    client: AsyncIntercom,
    job: Job,
    into: Writable,
    *,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> int:
    request = _download_request(client.base_url, job, params)
    with ProgressReporter(f"download {job.kind} {job.id}", on_progress=on_progress, bar=progress_bar) as progress:
        target = _Counter(into, progress)
        async with contextlib.aclosing(_chunks_async(client, job, request)) as chunks:
            async for chunk in chunks:
                target.write(chunk)
    return target.written


def _download_sync(
    client: Intercom,
    job: Job,
    into: Writable,
    *,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> int:
    request = _download_request(client.base_url, job, params)
    with ProgressReporter(f"download {job.kind} {job.id}", on_progress=on_progress, bar=progress_bar) as progress:
        target = _Counter(into, progress)
        for chunk in _chunks_sync(client, job, request):
            target.write(chunk)
    return target.written


class DownloadOptions(TypedDict, total=False):
    """The keyword arguments that :func:`download_export` and :func:`iter_export_records` share."""

    params: Mapping[str, Any] | None
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


@overload
def download_export(
    client: AsyncIntercom, job: Job, into: Writable, **options: Unpack[DownloadOptions]
) -> Coroutine[Any, Any, int]: ...
@overload
def download_export(client: Intercom, job: Job, into: Writable, **options: Unpack[DownloadOptions]) -> int: ...
def download_export(
    client: AsyncIntercom | Intercom, job: Job, into: Writable, **options: Unpack[DownloadOptions]
) -> Coroutine[Any, Any, int] | int:
    """Write a completed export's download to a binary file as it arrives; returns the bytes written.

    ::

        with open("export.csv.gz", "wb") as file:
            await download_export(client, job, file)       # download_export(client, job, file) with Intercom

    The file gets the bytes as Intercom serves them (gzipped CSV for the data export), chunk by chunk:
    the body is never held in memory. A download past the client's ``max_download_bytes`` (10 GiB by
    default; ``client.with_options(max_download_bytes=None)`` for no bound) raises
    :class:`~intercom_client.ResponseTooLargeError`, with what was written so far left in ``into``. The SDK opens no file itself (it reads and writes no path, so a
    vendored copy behaves the same): you open it, and decide what a failed download leaves behind.

    Args:
        client: An ``AsyncIntercom`` (then ``await`` the call) or an ``Intercom``.
        job: The completed export's :class:`Job` (as :func:`wait_for_job` returns it).
        into: A binary file object (``open(path, "wb")``, ``io.BytesIO``).
        params: The reporting export's ``{"app_id": ...}``.
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` (bytes counted as items).
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.
    """
    span = {"job_kind": job.kind, "job_id": job.id}
    if is_async_client(client, "download_export"):
        return traced_async(client, "bulk.download_export", _download_async(client, job, into, **options), **span)
    return traced_sync(client, "bulk.download_export", lambda: _download_sync(client, job, into, **options), **span)


# -- reading records as they arrive ----------------------------------------------------------------

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
_TAR_MAGIC_AT = 257  # "ustar" in a tar header
_PIECE = 16 * 1024  # decompressed bytes parsed at a time: about 200 rows of a typical export


def _counted(rows: Iterator[ExportRecord], progress: ProgressReporter, *, pages: int) -> Iterator[ExportRecord]:
    count = 0
    for row in rows:
        count += 1
        yield row
    progress.advance(items=count, pages=pages)


def _pieces(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), _PIECE):
        yield data[start : start + _PIECE]


class _RecordReader:
    """Bytes in (gzipped or not, in chunks of any size), CSV rows out as dicts; holds one partial row at most.

    ``max_row``: the most characters one row may have (the client's ``max_response_bytes``: a row is
    never larger than a response may be), or None. A gzipped file that inflates to one endless line
    would otherwise be held whole.
    """

    def __init__(self, job: Job, max_row: int | None = None) -> None:
        self._job = job
        self._max_row = max_row
        self._record_chars = 0  # the characters of the lines in _record
        self._head = b""  # the first bytes, until gzip or not is known
        self._gzip: bool | None = None
        self._inflate: Any = None
        self._plain = b""  # the first decompressed bytes, until an archive is ruled out
        self._sniffed = False
        self._text = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._pending: list[str] = []  # text after the last line end, in pieces (joined once a line ends)
        self._pending_chars = 0
        self._record: list[str] = []  # the lines of a row whose quoted field spans lines
        self._quotes = 0
        self._header: list[str] | None = None

    def rows(self, chunk: bytes, progress: ProgressReporter) -> Iterator[ExportRecord]:
        """The rows ``chunk`` completes, counted in ``progress``."""
        yield from _counted(self.feed(chunk), progress, pages=0)

    def rest(self, progress: ProgressReporter) -> Iterator[ExportRecord]:
        """The rows left once the download has ended, counted in ``progress``."""
        yield from _counted(self.close(), progress, pages=1)

    def feed(self, chunk: bytes) -> Iterator[ExportRecord]:
        """The rows that ``chunk`` completes, decompressed and parsed a bounded piece at a time."""
        if self._gzip is None:
            self._head += chunk
            if len(self._head) < len(_ZIP_MAGIC):
                return
            chunk, self._head = self._head, b""
            self._gzip = chunk.startswith(_GZIP_MAGIC)
        for piece in self._inflated(chunk) if self._gzip else _pieces(chunk):
            yield from self._decoded(piece)

    def close(self) -> Iterator[ExportRecord]:
        """The last rows, once the download has ended; raises when it ended half-way."""
        if self._gzip is None:  # fewer than four bytes in all
            data, self._head = self._head, b""
            self._gzip = data.startswith(_GZIP_MAGIC)
            for piece in self._inflated(data) if self._gzip else _pieces(data):
                yield from self._decoded(piece)
        if self._gzip and (self._inflate is None or not self._inflate.eof):
            raise self._format_error("a truncated gzip stream")
        yield from self._decoded(b"", final=True)
        if self._record:
            raise self._format_error("CSV whose last quoted field is never closed")

    def _inflated(self, data: bytes) -> Iterator[bytes]:
        # A compressed chunk inflates to many times its size: take it out PIECE bytes at a time.
        while data:
            if self._inflate is None or self._inflate.eof:
                self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)  # one gzip member (there may be more)
            piece = self._inflate.decompress(data, _PIECE)
            if piece:
                yield piece
            if self._inflate.unconsumed_tail:
                data = self._inflate.unconsumed_tail
            elif self._inflate.eof:
                data = self._inflate.unused_data
            else:
                while len(piece) == _PIECE:  # input all taken, output maybe still held back
                    piece = self._inflate.decompress(b"", _PIECE)
                    if piece:
                        yield piece
                data = self._inflate.unused_data if self._inflate.eof else b""

    def _decoded(self, data: bytes, *, final: bool = False) -> list[ExportRecord]:
        """The rows completed by ``data`` (decompressed bytes, at most PIECE of them)."""
        if not self._sniffed:
            self._plain += data
            if len(self._plain) <= _TAR_MAGIC_AT + 5 and not final:
                return []
            data, self._plain = self._plain, b""
            self._sniffed = True
            if data[_TAR_MAGIC_AT : _TAR_MAGIC_AT + 5] == b"ustar":
                raise self._format_error("a tar archive (of several CSV files?)")
            if data.startswith(_ZIP_MAGIC):
                raise self._format_error("a zip archive (of several CSV files?)")
        text = self._text.decode(data, final=final)
        if final:
            text += "\n"  # ends the last line (an empty line is no row)
        if "\n" not in text:  # the line goes on: kept in pieces (joining at every piece would be quadratic)
            self._pending.append(text)
            self._pending_chars += len(text)
            self._check_row()
            return []
        lines = ("".join(self._pending) + text).split("\n")
        last = lines.pop()
        self._pending, self._pending_chars = [last], len(last)
        complete: list[str] = []
        for line in lines:
            # A line end inside a quoted field does not end the row: the row ends where the quotes pair up.
            self._record.append(line)
            self._record_chars += len(line) + 1
            self._quotes += line.count('"')
            if self._quotes % 2 == 0:
                complete.append("\n".join(self._record))
                self._record = []
                self._record_chars = 0
                self._quotes = 0
        self._check_row()
        return self._rows(complete)

    def _check_row(self) -> None:
        """Raise when the row being read is already longer than ``max_row``."""
        if self._max_row is not None and self._record_chars + self._pending_chars > self._max_row:
            raise self._format_error(f"CSV with a row longer than {self._max_row} characters (max_response_bytes)")

    def _rows(self, records: list[str]) -> list[ExportRecord]:
        rows: list[ExportRecord] = []
        for row in csv.reader(records):
            if not row:
                continue
            if self._header is None:
                self._header = row
            else:
                rows.append(dict(zip(self._header, row, strict=False)))
        return rows

    def _format_error(self, what: str) -> ExportFormatError:
        job = self._job
        return ExportFormatError(
            f"{job.kind} job {job.id}: the download is {what}, not a (gzipped) CSV file; "
            "save it with download_export() and open it yourself",
            kind=job.kind,
            job_id=job.id,
            state=job.state,
        )


async def _records_async(
    client: AsyncIntercom,
    job: Job,
    *,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> AsyncIterator[ExportRecord]:
    request = _download_request(client.base_url, job, params)
    reader = _RecordReader(job, client.max_response_bytes)
    with ProgressReporter(f"records of {job.kind} {job.id}", on_progress=on_progress, bar=progress_bar) as progress:
        async with contextlib.aclosing(_chunks_async(client, job, request)) as chunks:
            async for chunk in chunks:
                for row in reader.rows(chunk, progress):
                    yield row
        for row in reader.rest(progress):
            yield row


def _records_sync(
    client: Intercom,
    job: Job,
    *,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> Iterator[ExportRecord]:
    request = _download_request(client.base_url, job, params)
    reader = _RecordReader(job, client.max_response_bytes)
    with ProgressReporter(f"records of {job.kind} {job.id}", on_progress=on_progress, bar=progress_bar) as progress:
        for chunk in _chunks_sync(client, job, request):
            yield from reader.rows(chunk, progress)
        yield from reader.rest(progress)


@overload
def iter_export_records(
    client: AsyncIntercom, job: Job, **options: Unpack[DownloadOptions]
) -> AsyncIterator[ExportRecord]: ...
@overload
def iter_export_records(client: Intercom, job: Job, **options: Unpack[DownloadOptions]) -> Iterator[ExportRecord]: ...
def iter_export_records(
    client: AsyncIntercom | Intercom, job: Job, **options: Unpack[DownloadOptions]
) -> AsyncIterator[ExportRecord] | Iterator[ExportRecord]:
    """A completed export's CSV rows (dicts keyed by the header), read as the download arrives.

    ::

        async for row in iter_export_records(client, job):     # `for row in ...` with Intercom
            print(row["content_id"])

    Nothing but the current chunk and one row is held: memory stays flat whatever the export's size.
    The download starts when the loop asks for the first row. Raises :class:`ExportFormatError` when
    the download is not CSV (gzipped or not), or has a row longer than the client's
    ``max_response_bytes``; :class:`~intercom_client.ResponseTooLargeError` when the download passes
    the client's ``max_download_bytes`` (10 GiB by default). The client and the options are those of
    :func:`download_export`.
    """
    span = {"job_kind": job.kind, "job_id": job.id}
    if is_async_client(client, "iter_export_records"):
        return walked_async(client, "bulk.iter_export_records", _records_async(client, job, **options), **span)
    return walked_sync(client, "bulk.iter_export_records", _records_sync(client, job, **options), **span)
