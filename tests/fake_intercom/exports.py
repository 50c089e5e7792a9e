"""The fake's exports: the data export and the reporting data export, with Intercom's rules.

- One active data export per workspace: creating a second while one is ``pending``/``in_progress`` is
  answered 429 "Exceeded rate limit of 1 pending message data export jobs" (the docs' wording); five
  pending reporting exports at most ("... of 5 pending reporting dataset export jobs", the spec's 429).
- States move on with each poll: ``pending`` for ``pending_polls`` polls, ``in_progress`` for
  ``running_polls`` (None: until cancelled), then the ``outcome`` (``completed``, ``no_data``,
  ``failed``). A failed data export is answered 504 with the job as the body, as the 2.5 docs show.
  Reporting exports answer ``complete``, as the spec's example does, and need ``app_id``,
  ``client_id`` and ``job_identifier`` in the query (the spec marks them required; the fake answers
  400 without them: Intercom's answer is not documented).
- ``POST /export/cancel/{id}`` cancels a data export (``canceled``), freeing the slot; ``cancels``
  lists the ids cancelled.
- The download is gzipped CSV (the docs: "streamed ... in a gzipped CSV format"), generated and
  compressed as it is sent (``records`` rows; some rows hold a comma, a quote and a line break in a
  quoted field), and needs ``Accept: application/octet-stream`` (406 otherwise: the fake's choice,
  Intercom's answer is not documented). A completed export's download expires (the docs: two days
  after completion); past ``download_expires_at`` the download is answered 404.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .jobs import error, unauthorized

DATA_EXPORT_LIMIT = 1
REPORTING_EXPORT_LIMIT = 5
EXPIRY_SECONDS = 2 * 24 * 3600
COLUMNS = ("user_id", "email", "name", "content_id", "received_at")


def record(index: int) -> dict[str, str]:
    """The ``index``-th row of every fake export (a test compares what it read against it)."""
    name = f'Doe, "Jane" {index}\nsecond line' if index % 1000 == 7 else f"user {index}"
    return {
        "user_id": f"u{index}",
        "email": f"user{index}@example.com",
        "name": name,
        "content_id": str(index % 97),
        "received_at": str(1700000000 + index),
    }


def _csv_field(value: str) -> str:
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def gzipped_csv(records: int, *, rows_per_chunk: int = 2000) -> Iterator[bytes]:
    """The download: a header row and ``records`` rows, gzipped as they are produced."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    yield compressor.compress((",".join(COLUMNS) + "\r\n").encode())
    for start in range(0, records, rows_per_chunk):
        lines = []
        for index in range(start, min(records, start + rows_per_chunk)):
            row = record(index)
            lines.append(",".join(_csv_field(row[c]) for c in COLUMNS) + "\r\n")
        if chunk := compressor.compress("".join(lines).encode()):
            yield chunk
    yield compressor.flush()


@attrs.define
class FakeExport:
    id: str
    kind: str
    records: int
    pending_polls: int
    running_polls: int | None
    outcome: str
    status: str = "pending"
    polls: int = 0
    expires_at: float | None = None

    def advance(self) -> None:
        if self.status not in ("pending", "in_progress"):
            return
        self.polls += 1
        if self.polls <= self.pending_polls:
            self.status = "pending"
        elif self.running_polls is None or self.polls <= self.pending_polls + self.running_polls:
            self.status = "in_progress"
        else:
            self.status = self.outcome
            if self.outcome in ("completed", "complete"):
                self.expires_at = time.time() + EXPIRY_SECONDS

    def body(self, base_url: str) -> dict[str, Any]:
        done = self.status in ("completed", "complete")
        prefix = "/download/content/data/" if self.kind == "data_export" else "/download/reporting_data/"
        return {
            "job_identifier": self.id,
            "status": self.status,
            "download_url": f"{base_url}{prefix}{self.id}" if done else "",
            "download_expires_at": str(int(self.expires_at)) if done and self.expires_at else "",
        }


class ExportsState:
    """The exports the fake knows; a test sets what the next ones do and reads what happened."""

    def __init__(
        self, *, records: int = 1000, pending_polls: int = 1, running_polls: int | None = 1, outcome: str = "completed"
    ) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.jobs: dict[str, FakeExport] = {}
        self.records = records
        self.pending_polls = pending_polls
        self.running_polls = running_polls
        self.outcome = outcome
        self.cancels: list[str] = []
        self.rejected = 0
        self.downloads = 0
        self.unavailable = 0  # download requests still to answer 503 (a server error the client retries)
        self.download_delay = 0.0  # seconds a download waits before its headers
        self._prepared: list[bytes] | None = None

    def prepare(self) -> list[bytes]:
        """Compress the download of ``records`` rows now, once, and return its chunks (a test measuring the
        client's memory does this first, so that the fake's own work is neither timed nor traced with it;
        a test checking what was downloaded compares with them)."""
        self._prepared = list(gzipped_csv(self.records))
        return self._prepared

    def _active(self, kind: str) -> int:
        return sum(1 for job in self.jobs.values() if job.kind == kind and job.status in ("pending", "in_progress"))

    def expire(self, job_id: str) -> None:
        """Move a completed export's expiry into the past."""
        with self._lock:
            self.jobs[job_id].expires_at = time.time() - 1

    def finish(self, job_id: str) -> None:
        """End a running export as the other party would (its slot frees)."""
        with self._lock:
            self.jobs[job_id].status = "completed"
            self.jobs[job_id].expires_at = time.time() + EXPIRY_SECONDS

    def routes(self) -> list[Route]:
        return [
            Route("/export/content/data", self._create("data_export"), methods=["POST"]),
            Route("/export/content/data/{id}", self._status("data_export"), methods=["GET"]),
            Route("/export/cancel/{id}", self._cancel, methods=["POST"]),
            Route("/download/content/data/{id}", self._download("data_export"), methods=["GET"]),
            Route("/export/reporting_data/enqueue", self._create("reporting_data_export"), methods=["POST"]),
            Route("/export/reporting_data/{id}", self._status("reporting_data_export"), methods=["GET"]),
            Route("/download/reporting_data/{id}", self._download("reporting_data_export"), methods=["GET"]),
        ]

    @staticmethod
    def _base(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    def _create(self, kind: str) -> Any:
        async def create(request: Request) -> Response:
            if (denied := unauthorized(request)) is not None:
                return denied
            await request.json()
            with self._lock:
                limit = DATA_EXPORT_LIMIT if kind == "data_export" else REPORTING_EXPORT_LIMIT
                if self._active(kind) >= limit:
                    self.rejected += 1
                    what = "message data" if kind == "data_export" else "reporting dataset"
                    return error(
                        429, "rate_limit_exceeded", f"Exceeded rate limit of {limit} pending {what} export jobs"
                    )
                job = FakeExport(
                    id=f"{'de' if kind == 'data_export' else 'rd'}{next(self._ids)}",
                    kind=kind,
                    records=self.records,
                    pending_polls=self.pending_polls,
                    running_polls=self.running_polls,
                    outcome=self.outcome if kind == "data_export" else self.outcome.replace("completed", "complete"),
                )
                self.jobs[job.id] = job
                return JSONResponse(job.body(self._base(request)))

        return create

    def _status(self, kind: str) -> Any:
        async def status(request: Request) -> Response:
            if (denied := unauthorized(request)) is not None:
                return denied
            job_id = request.path_params["id"]
            if kind == "reporting_data_export":
                missing = [p for p in ("app_id", "client_id", "job_identifier") if p not in request.query_params]
                if missing:
                    return error(400, "bad_request", f"'{missing[0]}' is a required parameter")
            with self._lock:
                job = self.jobs.get(job_id)
                if job is None or job.kind != kind:
                    return error(404, "not_found", f"Export job not found for identifier: {job_id}")
                job.advance()
                body = job.body(self._base(request))
            return JSONResponse(body, status_code=504 if body["status"] == "failed" else 200)

        return status

    async def _cancel(self, request: Request) -> Response:
        if (denied := unauthorized(request)) is not None:
            return denied
        job_id = request.path_params["id"]
        with self._lock:
            job = self.jobs.get(job_id)
            if job is None or job.kind != "data_export":
                return error(404, "not_found", f"Export job not found for identifier: {job_id}")
            self.cancels.append(job_id)
            if job.status in ("pending", "in_progress"):
                job.status = "canceled"
            return JSONResponse(job.body(self._base(request)))

    def _download(self, kind: str) -> Any:
        async def download(request: Request) -> Response:
            if (denied := unauthorized(request)) is not None:
                return denied
            if request.headers.get("accept") != "application/octet-stream":
                return error(406, "not_acceptable", "this endpoint needs Accept: application/octet-stream")
            with self._lock:
                if self.unavailable > 0:
                    self.unavailable -= 1
                    return error(503, "service_unavailable", "Service Unavailable", headers={"Retry-After": "0"})
            job_id = request.path_params["id"]
            if kind == "reporting_data_export" and "app_id" not in request.query_params:
                return error(400, "bad_request", "'app_id' is a required parameter")
            with self._lock:
                job = self.jobs.get(job_id)
                ready = job is not None and job.kind == kind and job.status in ("completed", "complete")
                expired = job is not None and job.expires_at is not None and job.expires_at < time.time()
                if not ready or expired:
                    return error(404, "not_found", "The requested resource does not exist.")
                self.downloads += 1
                records = job.records if job is not None else 0
            if self.download_delay:
                await asyncio.sleep(self.download_delay)
            prepared = self._prepared
            body = iter(prepared) if prepared is not None else gzipped_csv(records)
            return StreamingResponse(body, media_type="application/octet-stream")

        return download
