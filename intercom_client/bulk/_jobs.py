"""Waiting for Intercom's asynchronous jobs: exports and bulk contact/company jobs, one waiter for all.

Intercom answers a long operation with a job to poll. Each kind names its states differently; what a
waiter needs of a kind is in :data:`JOB_KINDS`, which names the client's method that shows a job of
that kind (and the one that cancels it), as ``client.<resource>.<method>``:

=========================  ===================================================  =========  ======================
kind                       status method (endpoint)                             field      final states
=========================  ===================================================  =========  ======================
``data_export``            ``data_export.retrieve``                             status     completed, no_data /
                           (``GET /export/content/data/{id}``)                             failed, canceled
``reporting_data_export``  ``reporting_data_export.retrieve_job``               status     complete(d) / failed
                           (``GET /export/reporting_data/{id}``)
``contacts_bulk``          ``contacts.retrieve_bulk_update_contacts_job``       state      completed /
                           (``GET /contacts/bulk/{id}``)                                   completed_with_errors
``companies_bulk``         ``companies.retrieve_bulk_companies_job``            state      completed /
                           (``GET /companies/bulk/{id}``)                                  completed_with_errors
``job``                    ``jobs.retrieve`` (``GET /jobs/status/{id}``)        status     success / failed
=========================  ===================================================  =========  ======================

:func:`wait_for_job` (``await`` it with ``AsyncIntercom``; with ``Intercom`` the call blocks) polls
with capped exponential backoff, stops at a deadline with :class:`JobTimeoutError`, and returns the final :class:`Job`; a job
that ended badly raises :class:`JobFailedError` carrying it. Each poll is an ordinary call of the
client, so its retries, pacing and typed errors apply; a poll answered 429 once the client's retries
are spent is not fatal: the waiter waits (as long as ``Retry-After`` asks, within the deadline) and
polls again.

No orphan jobs
--------------
Only the content data export can be cancelled (``client.data_export.cancel``), and it holds the
workspace's single export slot. When the wait for one ends early (the awaiting task is cancelled,
the deadline passes, or a sync caller is interrupted), the waiter cancels that export on Intercom
before it returns, within ``cancel_timeout`` seconds, so that it does not block the next export.
The other kinds have no cancel endpoint: a wait that ends early leaves the job running on Intercom
until it ends by itself. The error (and the INFO log line) names the job, so you can wait for it
again (``wait_for_job(client, job_id, kind=kind)``); nothing else of it stays behind in the SDK.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, overload

import attrs

from .._backoff import Backoff
from .._config import check_seconds
from .._exceptions import APIStatusError, APITimeoutError, ConfigurationError, IntercomError, RateLimitError
from .._helper_spans import traced_async, traced_sync
from .._paths import path_segment
from ._clients import is_async_client, resource_method
from ._progress import ProgressBar, ProgressCallback, ProgressReporter

if TYPE_CHECKING:
    from ..generated.client import AsyncIntercom, Intercom

__all__ = [
    "DEFAULT_JOB_DEADLINE",
    "JOB_KINDS",
    "Job",
    "JobError",
    "JobFailedError",
    "JobKind",
    "JobTimeoutError",
    "cancel_job",
    "wait_for_job",
]

logger = logging.getLogger("intercom_client.bulk")

DEFAULT_JOB_DEADLINE = 3600.0
"""Seconds a waiter waits for a job by default (``deadline=None`` waits as long as the job runs)."""
DEFAULT_CANCEL_TIMEOUT = 10.0
"""Seconds the cancel request of an abandoned export may take."""
_DEADLINE_SLACK = 0.05
"""A status request that timed out this close to the wait's deadline was cut short by it."""


@attrs.frozen(kw_only=True)
class JobKind:
    """How one kind of Intercom job is polled and what its states mean.

    Its operations are methods of the client's resources, named here (the same on both clients): the
    waiter calls ``client.<resource>.<status>(job_id)`` and ``client.<resource>.<cancel>(job_id)``.
    """

    name: str
    resource: str
    """The client's resource with the job's operations (``"data_export"``: ``client.data_export``)."""
    status: str
    """The resource's method that shows a job, given its identifier (``"retrieve"``)."""
    status_arguments: tuple[str, ...] = ()
    """Query parameters that ``status`` requires as its own arguments, taken from the waiter's ``params``
    (the other ``params`` go as its ``extra_query``)."""
    state_field: str
    """The field of the status body that holds the state (``status`` or ``state``)."""
    succeeded: frozenset[str]
    failed: frozenset[str]
    cancel: str | None = None
    """The resource's method that cancels a job, given its identifier, when Intercom has one."""
    doc: str
    """Where Intercom documents this job."""

    @property
    def final(self) -> frozenset[str]:
        return self.succeeded | self.failed


JOB_KINDS: Mapping[str, JobKind] = {
    kind.name: kind
    for kind in (
        # States: pending, in_progress, failed, completed, no_data, canceled (the data_export schema);
        # the older docs' example answers "complete", so both are accepted. A job that failed after
        # 12 hours is answered with HTTP 504 and the job as its body:
        # https://developers.intercom.com/docs/references/2.5/rest-api/exports-content-stats/checking-the-status-of-the-job
        JobKind(
            name="data_export",
            resource="data_export",
            status="retrieve",
            state_field="status",
            succeeded=frozenset({"completed", "complete", "no_data"}),
            failed=frozenset({"failed", "canceled", "cancelled"}),
            cancel="cancel",
            doc="https://developers.intercom.com/docs/references/rest-api/api.intercom.io/Data-Export/getDataExport/",
        ),
        # The spec's examples answer "complete" and "failed"; no cancel endpoint is documented.
        JobKind(
            name="reporting_data_export",
            resource="reporting_data_export",
            status="retrieve_job",
            status_arguments=("app_id", "client_id"),
            state_field="status",
            succeeded=frozenset({"complete", "completed", "no_data"}),
            failed=frozenset({"failed", "canceled", "cancelled"}),
            doc="https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/export.md",
        ),
        # state: pending, running, completed, completed_with_errors (the contacts_bulk_job and
        # companies_bulk_job schemas).
        *(
            JobKind(
                name=f"{resource}_bulk",
                resource=resource,
                status=status,
                state_field="state",
                succeeded=frozenset({"completed"}),
                failed=frozenset({"completed_with_errors"}),
                doc=f"https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/{resource}/{page}",
            )
            for resource, status, page in (
                ("contacts", "retrieve_bulk_update_contacts_job", "showbulkupdatecontactsjob"),
                ("companies", "retrieve_bulk_companies_job", "showbulkcompaniesjob"),
            )
        ),
        # status: pending, success, failed (the jobs schema): jobs such as ticket creation.
        JobKind(
            name="job",
            resource="jobs",
            status="retrieve",
            state_field="status",
            succeeded=frozenset({"success"}),
            failed=frozenset({"failed"}),
            doc="https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/jobs/jobsstatus",
        ),
    )
}


@attrs.frozen(kw_only=True)
class Job:
    """A job as Intercom last described it.

    Attributes:
        kind: The job's kind (a key of :data:`JOB_KINDS`).
        id: Its identifier (``job_identifier`` of exports, ``id`` of the others).
        state: Its state as Intercom names it (``pending``, ``in_progress``, ``completed``, ...).
        data: The status body as received.
    """

    kind: str
    id: str
    state: str | None
    data: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def finished(self) -> bool:
        """Whether the job is in a final state (succeeded or failed)."""
        return self.state in JOB_KINDS[self.kind].final

    @property
    def succeeded(self) -> bool:
        return self.state in JOB_KINDS[self.kind].succeeded

    @property
    def download_url(self) -> str | None:
        """Where an export's result is downloaded from (None while there is none)."""
        return self.data.get("download_url") or None

    @property
    def download_expires_at(self) -> int | None:
        """When an export's result stops being available (Unix seconds), if Intercom said."""
        value = self.data.get("download_expires_at")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @classmethod
    def from_body(cls, kind: str, job_id: str, body: Any) -> Job:
        """The job a status (or create) body describes; ``job_id`` when the body names none."""
        if not isinstance(body, Mapping):
            raise JobError(f"{kind} job {job_id}: the status answer is not a JSON object", kind=kind, job_id=job_id)
        found = body.get("job_identifier") or body.get("job_identfier") or body.get("id") or job_id
        state = body.get(JOB_KINDS[kind].state_field)
        return cls(kind=kind, id=str(found), state=None if state is None else str(state), data=dict(body))


class JobError(IntercomError):
    """Something about an Intercom job went wrong.

    Attributes:
        kind: The job's kind.
        job_id: Its identifier (None before Intercom gave one).
        state: Its last known state.
    """

    def __init__(self, message: str, *, kind: str, job_id: str | None, state: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.job_id = job_id
        self.state = state


class JobFailedError(JobError):
    """The job ended in a failed state (``failed``, ``canceled``, ``completed_with_errors``); ``job`` is it."""

    def __init__(self, job: Job) -> None:
        super().__init__(
            f"{job.kind} job {job.id} ended as {job.state!r}", kind=job.kind, job_id=job.id, state=job.state
        )
        self.job = job


class JobTimeoutError(JobError, TimeoutError):
    """The job did not end within the waiter's deadline.

    Attributes:
        elapsed: Seconds waited.
        polls: Status requests answered.
        cancelled: Whether the waiter cancelled the job on Intercom (only exports can be).
    """

    def __init__(
        self, *, kind: str, job_id: str, state: str | None, elapsed: float, polls: int, cancelled: bool
    ) -> None:
        what = "cancelled it" if cancelled else "it may still be running on Intercom"
        super().__init__(
            f"{kind} job {job_id} still {state!r} after {elapsed:.1f} s ({polls} polls); {what}",
            kind=kind,
            job_id=job_id,
            state=state,
        )
        self.elapsed = elapsed
        self.polls = polls
        self.cancelled = cancelled


# -- the waiter's plan, shared by the async and sync drivers ----------------------------------------


def _kind(kind: str) -> JobKind:
    try:
        return JOB_KINDS[kind]
    except KeyError:
        raise ConfigurationError(f"unknown job kind {kind!r}: expected one of {', '.join(JOB_KINDS)}") from None


class _Watch:
    """One wait: the job's last state, the next delay and the deadline (no I/O here)."""

    def __init__(
        self,
        job: Job | str,
        kind: str | None,
        *,
        deadline: float | None,
        poll_interval: float,
        max_poll_interval: float,
        params: Mapping[str, Any] | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(job, Job):
            if kind is not None and kind != job.kind:
                raise ConfigurationError(f"kind={kind!r} but the job is a {job.kind} job")
            kind, job_id, state = job.kind, job.id, job.state
        else:
            if kind is None:
                raise ConfigurationError("pass kind= with a job identifier (or pass the Job itself)")
            if not isinstance(job, str) or not job:
                raise ConfigurationError(f"a job identifier must be a non-empty string, got {job!r}")
            job_id, state = job, None
        self.kind = _kind(kind)
        check_seconds("deadline", deadline)
        check_seconds("poll_interval", poll_interval, optional=False)
        check_seconds("max_poll_interval", max_poll_interval, optional=False)
        self.job_id = job_id
        self.state = state
        self.job = job if isinstance(job, Job) else Job(kind=self.kind.name, id=job_id, state=None)
        # Checked here, named as the caller knows it, before any wait starts (the method checks it too).
        path_segment("job id", job_id, f"client.{self.kind.resource}.{self.kind.status}")
        self.arguments, self.extra_query = _status_query(self.kind, params)
        self._backoff = Backoff(poll_interval, max_poll_interval)
        self._clock = clock
        self._started = clock()
        self._ends = None if deadline is None else self._started + deadline
        self.polls = 0

    @property
    def task(self) -> str:
        return f"{self.kind.name} job {self.job_id}"

    def time_left(self) -> float | None:
        return None if self._ends is None else self._ends - self._clock()

    def observe(self, body: Any, progress: ProgressReporter) -> Job | None:
        """Record a status answer; the final job when it is over (raising when it failed), else None."""
        self.polls += 1
        job = Job.from_body(self.kind.name, self.job_id, body)
        self.state = job.state
        progress.advance(pages=1)
        if job.state is not None:
            progress.set_state(job.state)
        if job.state in self.kind.failed:
            raise JobFailedError(job)
        return job if job.state in self.kind.succeeded else None

    def next_delay(self, asked: float | None = None) -> float:
        """Seconds to sleep before the next poll (``asked``: a Retry-After); raises past the deadline."""
        delay = self._backoff.next()
        if asked is not None:
            delay = max(delay, asked)
        left = self.poll_deadline()
        return delay if left is None else min(delay, left)

    def poll_deadline(self) -> float | None:
        """The ``deadline`` option of the next status request: what is left of the wait."""
        left = self.time_left()
        if left is not None and left <= 0:
            raise self.timeout(cancelled=False)
        return left

    def deadline_passed(self) -> bool:
        left = self.time_left()
        return left is not None and left <= _DEADLINE_SLACK

    def timeout(self, *, cancelled: bool) -> JobTimeoutError:
        return JobTimeoutError(
            kind=self.kind.name,
            job_id=self.job_id,
            state=self.state,
            elapsed=self._clock() - self._started,
            polls=self.polls,
            cancelled=cancelled,
        )

    def failed_poll(self, error: IntercomError) -> tuple[Any, float | None]:
        """What a status request that raised ``error`` tells (as :func:`_poll_async` returns it), or raise.

        A 429 asks to wait; an error answer can still carry the job (a failed export is answered 504 with
        it); a timeout past the wait's deadline is the wait's timeout. Anything else is raised as it came.
        """
        if isinstance(error, APITimeoutError) and self.deadline_passed():  # the deadline cut the request short
            raise self.timeout(cancelled=False) from None
        if isinstance(error, RateLimitError):
            return None, error.retry_after
        if isinstance(error, APIStatusError):
            body = error.body
            if isinstance(body, Mapping) and self.kind.state_field in body:
                return body, None
        raise error


def _status_query(kind: JobKind, params: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """``params`` split into the status method's own arguments and its ``extra_query`` (None: none)."""
    query = dict(params or {})
    missing = [name for name in kind.status_arguments if query.get(name) is None]
    if missing:
        wanted = ", ".join(f"{name!r}: ..." for name in kind.status_arguments)
        raise ConfigurationError(
            f"the status of a {kind.name} job needs params={{{wanted}}} (missing: {', '.join(missing)})"
        )
    arguments = {name: query.pop(name) for name in kind.status_arguments}
    return arguments, query or None


def _status_method(client: AsyncIntercom | Intercom, watch: _Watch) -> Any:
    """The job's status method, on a client bounded by what is left of the wait, in raw-response mode.

    The raw response gives the body as received (a :class:`Job` keeps it whole); the body is not
    decoded strictly whatever the client's ``strict_decoding``: the waiter reads it, not the model.
    """
    derived = client.with_options(deadline=watch.poll_deadline(), strict_decoding=False)
    return resource_method(derived, watch.kind.resource, watch.kind.status, raw=True)


def _cancel_method(client: AsyncIntercom | Intercom, kind: JobKind, cancel: str, timeout: float) -> Any:
    """The kind's ``cancel`` method, bounded by ``timeout`` (its answer is unused: not decoded strictly)."""
    derived = client.with_options(deadline=timeout, max_retries=1, strict_decoding=False)
    return resource_method(derived, kind.resource, cancel)


def _abandoned(watch: _Watch, cancelled: bool, why: str) -> None:
    if cancelled:
        logger.info("%s: %s; cancelled it on Intercom", watch.task, why)
    elif watch.kind.cancel is None:
        logger.info("%s: %s; Intercom cannot cancel it: it runs on until it ends", watch.task, why)
    else:
        logger.warning("%s: %s; cancelling it on Intercom failed: it may still hold the export slot", watch.task, why)


# -- async ---------------------------------------------------------------------------------------


async def _poll_async(client: AsyncIntercom, watch: _Watch) -> tuple[Any, float | None]:
    """One status request: (the body, or None when rate limited; the wait Intercom asked for)."""
    status = _status_method(client, watch)
    try:
        raw = await status(watch.job_id, **watch.arguments, extra_query=watch.extra_query)
    except IntercomError as exc:
        return watch.failed_poll(exc)
    return raw.http_response.json(), None


async def _cancel_job_async(client: AsyncIntercom, job: Job, *, timeout: float = DEFAULT_CANCEL_TIMEOUT) -> bool:
    kind = _kind(job.kind)
    if kind.cancel is None:
        return False
    task = asyncio.ensure_future(_cancel_method(client, kind, kind.cancel, timeout)(job.id))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout + 1.0)
    except (IntercomError, TimeoutError) as exc:
        logger.warning("%s job %s: the cancel request failed: %s", job.kind, job.id, type(exc).__name__)
        return False
    return True


async def _wait_for_job_async(
    client: AsyncIntercom,
    job: Job | str,
    *,
    kind: str | None = None,
    deadline: float | None = DEFAULT_JOB_DEADLINE,
    poll_interval: float = 1.0,
    max_poll_interval: float = 30.0,
    params: Mapping[str, Any] | None = None,
    cancel_on_abort: bool = True,
    cancel_timeout: float = DEFAULT_CANCEL_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> Job:
    watch = _Watch(
        job,
        kind,
        deadline=deadline,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        params=params,
    )
    with ProgressReporter(watch.task, on_progress=on_progress, bar=progress_bar) as progress:
        try:
            while True:
                body, asked = await _poll_async(client, watch)
                if body is not None:
                    done = watch.observe(body, progress)
                    if done is not None:
                        return done
                await asyncio.sleep(watch.next_delay(asked))
        except (asyncio.CancelledError, JobTimeoutError) as exc:
            cancelled = False
            if cancel_on_abort and watch.kind.cancel is not None:
                cancelled = await _cancel_job_async(client, watch.job, timeout=cancel_timeout)
            _abandoned(
                watch, cancelled, "the wait was cancelled" if isinstance(exc, asyncio.CancelledError) else "deadline"
            )
            if isinstance(exc, JobTimeoutError):
                raise watch.timeout(cancelled=cancelled) from None
            raise


# -- sync ----------------------------------------------------------------------------------------


def _poll_sync(client: Intercom, watch: _Watch) -> tuple[Any, float | None]:
    status = _status_method(client, watch)
    try:
        raw = status(watch.job_id, **watch.arguments, extra_query=watch.extra_query)
    except IntercomError as exc:
        return watch.failed_poll(exc)
    return raw.http_response.json(), None


def _cancel_job_sync(client: Intercom, job: Job, *, timeout: float = DEFAULT_CANCEL_TIMEOUT) -> bool:
    kind = _kind(job.kind)
    if kind.cancel is None:
        return False
    try:
        _cancel_method(client, kind, kind.cancel, timeout)(job.id)
    except IntercomError as exc:
        logger.warning("%s job %s: the cancel request failed: %s", job.kind, job.id, type(exc).__name__)
        return False
    return True


def _wait_for_job_sync(
    client: Intercom,
    job: Job | str,
    *,
    kind: str | None = None,
    deadline: float | None = DEFAULT_JOB_DEADLINE,
    poll_interval: float = 1.0,
    max_poll_interval: float = 30.0,
    params: Mapping[str, Any] | None = None,
    cancel_on_abort: bool = True,
    cancel_timeout: float = DEFAULT_CANCEL_TIMEOUT,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> Job:
    watch = _Watch(
        job,
        kind,
        deadline=deadline,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        params=params,
    )
    with ProgressReporter(watch.task, on_progress=on_progress, bar=progress_bar) as progress:
        try:
            while True:
                body, asked = _poll_sync(client, watch)
                if body is not None:
                    done = watch.observe(body, progress)
                    if done is not None:
                        return done
                time.sleep(watch.next_delay(asked))
        except (KeyboardInterrupt, JobTimeoutError) as exc:
            cancelled = False
            if cancel_on_abort and watch.kind.cancel is not None:
                cancelled = _cancel_job_sync(client, watch.job, timeout=cancel_timeout)
            _abandoned(watch, cancelled, "interrupted" if isinstance(exc, KeyboardInterrupt) else "deadline")
            if isinstance(exc, JobTimeoutError):
                raise watch.timeout(cancelled=cancelled) from None
            raise


# -- the public names: one for both clients ---------------------------------------------------------


@overload
def cancel_job(client: AsyncIntercom, job: Job, *, timeout: float = ...) -> Coroutine[Any, Any, bool]: ...
@overload
def cancel_job(client: Intercom, job: Job, *, timeout: float = ...) -> bool: ...
def cancel_job(
    client: AsyncIntercom | Intercom, job: Job, *, timeout: float = DEFAULT_CANCEL_TIMEOUT
) -> Coroutine[Any, Any, bool] | bool:
    """Cancel ``job`` on Intercom within ``timeout`` seconds; False when its kind cannot be cancelled or it failed.

    ::

        cancelled = await cancel_job(async_client, job)     # cancel_job(client, job) with Intercom

    Never raises for the cancel itself (it is what a waiter does on its way out); the failure is logged.
    Only the content data export has a cancel endpoint (see :data:`JOB_KINDS`).
    """
    if is_async_client(client, "cancel_job"):
        return _cancel_job_async(client, job, timeout=timeout)
    return _cancel_job_sync(client, job, timeout=timeout)


class WaitOptions(TypedDict, total=False):
    """The keyword arguments of :func:`wait_for_job` (see there)."""

    kind: str | None
    deadline: float | None
    poll_interval: float
    max_poll_interval: float
    params: Mapping[str, Any] | None
    cancel_on_abort: bool
    cancel_timeout: float
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


@overload
def wait_for_job(client: AsyncIntercom, job: Job | str, **options: Unpack[WaitOptions]) -> Coroutine[Any, Any, Job]: ...
@overload
def wait_for_job(client: Intercom, job: Job | str, **options: Unpack[WaitOptions]) -> Job: ...
def wait_for_job(
    client: AsyncIntercom | Intercom, job: Job | str, **options: Unpack[WaitOptions]
) -> Coroutine[Any, Any, Job] | Job:
    """Poll a job until it ends; return it (final state), or raise.

    ::

        job = await start_data_export(client, created_at_after=t0, created_at_before=t1)
        done = await wait_for_job(client, job)                     # the Job, polled until it ends
        done = await wait_for_job(client, "job_v2_1", kind="contacts_bulk")   # or an id and its kind
        done = wait_for_job(sync_client, job)                      # with Intercom: no await

    (Intercom answers ``job_identifier``; the spec's schema misspells it ``job_identfier``, which the
    generated ``DataExport`` model keeps beside the corrected ``job_identifier``: :meth:`Job.from_body`
    reads either.)

    Args:
        client: An ``AsyncIntercom`` (then ``await`` the call) or an ``Intercom``.
        job: The :class:`Job` (as the export helpers return it) or its identifier with ``kind=``.
        kind: A key of :data:`JOB_KINDS` (needed with an identifier).
        deadline: Seconds to wait at most (None: as long as it runs); then :class:`JobTimeoutError`.
            Default :data:`DEFAULT_JOB_DEADLINE`.
        poll_interval: The first wait between polls (default 1 s); each next one doubles, up to
            ``max_poll_interval`` (default 30 s).
        params: Query parameters of the status request (the reporting export's ``app_id`` and
            ``client_id``, which it needs, and ``job_identifier``).
        cancel_on_abort: When the wait ends early (the task is cancelled, Ctrl-C in a sync program, the
            deadline), cancel an export on Intercom (default True).
        cancel_timeout: Seconds that cancel request may take (default 10).
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` after each poll.
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.

    Raises:
        JobFailedError: The job ended failed, cancelled or with errors (``.job`` is it).
        JobTimeoutError: It had not ended by the deadline.
        APIStatusError: A status request failed (404: no such job).
    """
    span = {"job_kind": job.kind if isinstance(job, Job) else options.get("kind"), "job_id": getattr(job, "id", job)}
    if is_async_client(client, "wait_for_job"):
        return traced_async(client, "bulk.wait_for_job", _wait_for_job_async(client, job, **options), **span)
    return traced_sync(client, "bulk.wait_for_job", lambda: _wait_for_job_sync(client, job, **options), **span)
