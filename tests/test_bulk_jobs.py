"""The job waiter against the loopback fake of Intercom (real uvicorn on 127.0.0.1) and the Prism mock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from intercom_client import AsyncIntercom, ConfigurationError, Intercom, NotFoundError
from intercom_client.bulk import (
    JOB_KINDS,
    JobFailedError,
    JobTimeoutError,
    Progress,
    start_data_export,
    start_reporting_export,
    wait_for_job,
)

from .asgi_server import serve_asgi
from .fake_intercom.exports import ExportsState
from .fake_intercom.jobs import FAST, JobsState
from .operations import require_method

TOKEN = "fake-token-jobs"


def needs_kinds(*kinds: str) -> None:
    """Skip, saying so, when the package (regenerated from an older spec) lacks these jobs' status methods."""
    for kind in kinds:
        require_method(JOB_KINDS[kind].resource, JOB_KINDS[kind].status)


class Fake:
    def __init__(self, url: str, jobs: JobsState, exports: ExportsState) -> None:
        self.url = url
        self.jobs = jobs
        self.exports = exports


@pytest.fixture
def fake() -> Iterator[Fake]:
    jobs, exports = JobsState(), ExportsState(running_polls=None)
    with serve_asgi(Starlette(routes=jobs.routes() + exports.routes()), name="fake-jobs") as url:
        yield Fake(url, jobs, exports)


@pytest.fixture
async def client(fake: Fake) -> AsyncIterator[AsyncIntercom]:
    async with AsyncIntercom(token=TOKEN, base_url=fake.url, max_retries=0) as client:
        yield client


async def test_a_bulk_job_is_polled_through_its_states_to_its_final_state(fake: Fake, client: AsyncIntercom) -> None:
    needs_kinds("contacts_bulk")
    fake.jobs.add("contacts_bulk", "job_v2_1", ["pending", "running", "running", "completed"])
    seen: list[Progress] = []

    job = await wait_for_job(client, "job_v2_1", kind="contacts_bulk", on_progress=seen.append, **FAST)

    assert (job.kind, job.id, job.state, job.succeeded) == ("contacts_bulk", "job_v2_1", "completed", True)
    assert job.data["type"] == "contacts.bulk.job"
    assert fake.jobs.polls["job_v2_1"] == 4
    states = [p.state for p in seen]
    assert states[-1] == "completed" and seen[-1].finished and seen[-1].pages == 4
    assert {"pending", "running", "completed"} <= set(states)


async def test_a_bulk_job_that_ends_with_errors_raises_with_the_job(fake: Fake, client: AsyncIntercom) -> None:
    needs_kinds("companies_bulk")
    fake.jobs.add("companies_bulk", "job_2", ["running", "completed_with_errors"])

    with pytest.raises(JobFailedError) as caught:
        await wait_for_job(client, "job_2", kind="companies_bulk", **FAST)

    assert caught.value.job.state == "completed_with_errors"
    assert caught.value.job.data["type"] == "companies.bulk.job"
    assert "job_2" in str(caught.value)


def test_wait_for_job_with_the_sync_client_waits_for_a_job_status_job(fake: Fake) -> None:
    fake.jobs.add("job", "20", ["pending", "success"])
    fake.jobs.add("job", "21", ["pending", "failed"])
    with Intercom(token=TOKEN, base_url=fake.url, max_retries=0) as client:
        assert wait_for_job(client, "20", kind="job", **FAST).state == "success"
        with pytest.raises(JobFailedError) as caught:
            wait_for_job(client, "21", kind="job", **FAST)
    assert caught.value.state == "failed"


async def test_the_deadline_raises_a_timeout_naming_the_job_and_its_last_state(
    fake: Fake, client: AsyncIntercom
) -> None:
    needs_kinds("contacts_bulk")
    fake.jobs.add("contacts_bulk", "slow", ["pending", "running"])

    with pytest.raises(JobTimeoutError) as caught:
        await wait_for_job(client, "slow", kind="contacts_bulk", deadline=0.3, **FAST)

    error = caught.value
    assert (error.job_id, error.state, error.cancelled) == ("slow", "running", False)
    assert isinstance(error, TimeoutError)
    assert "slow" in str(error) and "running" in str(error) and "may still be running" in str(error)
    # polls answered; the fake may also have received the one the deadline cut short
    assert error.polls >= 2 and fake.jobs.polls["slow"] in (error.polls, error.polls + 1)


async def test_a_poll_answered_429_is_waited_out_not_fatal(fake: Fake, client: AsyncIntercom) -> None:
    needs_kinds("contacts_bulk")
    fake.jobs.add("contacts_bulk", "busy", ["completed"])
    fake.jobs.throttle(3)

    job = await wait_for_job(client, "busy", kind="contacts_bulk", **FAST)

    assert job.state == "completed"
    assert fake.jobs.rejected == 3


async def test_an_unknown_job_is_not_found_and_bad_arguments_are_refused(client: AsyncIntercom) -> None:
    needs_kinds("contacts_bulk")
    with pytest.raises(NotFoundError):
        await wait_for_job(client, "nope", kind="contacts_bulk", **FAST)
    with pytest.raises(ConfigurationError, match="unknown job kind"):
        await wait_for_job(client, "x", kind="tickets")
    with pytest.raises(ConfigurationError, match="kind="):
        await wait_for_job(client, "x")
    with pytest.raises(ConfigurationError, match="deadline"):
        await wait_for_job(client, "x", kind="job", deadline=0)


async def test_a_failed_data_export_answered_504_raises_job_failed(fake: Fake, client: AsyncIntercom) -> None:
    fake.exports.running_polls = 1
    fake.exports.outcome = "failed"
    job = await start_data_export(client, created_at_after=1, created_at_before=2)

    with pytest.raises(JobFailedError) as caught:
        await wait_for_job(client, job, **FAST)

    assert caught.value.job.state == "failed"


async def test_cancelling_the_wait_cancels_the_export_on_intercom(fake: Fake, client: AsyncIntercom) -> None:
    job = await start_data_export(client, created_at_after=1, created_at_before=2)
    waiter = asyncio.create_task(wait_for_job(client, job, **FAST))
    while fake.exports.jobs[job.id].polls < 3:
        await asyncio.sleep(0.01)

    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter

    assert fake.exports.cancels == [job.id]
    assert fake.exports.jobs[job.id].status == "canceled"
    # The slot is free again: the next export starts.
    again = await start_data_export(client, created_at_after=1, created_at_before=2)
    assert again.state == "pending" and again.id != job.id


async def test_an_export_past_its_deadline_is_cancelled_and_says_so(fake: Fake, client: AsyncIntercom) -> None:
    job = await start_data_export(client, created_at_after=1, created_at_before=2)

    with pytest.raises(JobTimeoutError) as caught:
        await wait_for_job(client, job, deadline=0.3, **FAST)

    assert caught.value.cancelled and "cancelled it" in str(caught.value)
    assert caught.value.state == "in_progress"
    assert fake.exports.cancels == [job.id]


def test_wait_for_job_with_the_sync_client_cancels_an_export_past_its_deadline(fake: Fake) -> None:
    with Intercom(token=TOKEN, base_url=fake.url, max_retries=0) as client:
        job = start_data_export(client, created_at_after=1, created_at_before=2)
        with pytest.raises(JobTimeoutError) as caught:
            wait_for_job(client, job, deadline=0.3, **FAST)
    assert caught.value.cancelled
    assert fake.exports.cancels == [job.id]


# -- the Prism mock: it answers every call with the spec's example ------------------------------------


async def test_prism_drives_the_waiter_for_the_kinds_whose_example_is_final(mock_url: str) -> None:
    needs_kinds("contacts_bulk", "companies_bulk", "reporting_data_export")
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        contacts = await wait_for_job(client, "job_v2_1", kind="contacts_bulk", **FAST)
        companies = await wait_for_job(client, "job_v2_1", kind="companies_bulk", **FAST)
        status = await wait_for_job(client, "2", kind="job", **FAST)
        reporting = await wait_for_job(
            client,
            "job1",
            kind="reporting_data_export",
            params={"app_id": "app", "client_id": "client", "job_identifier": "job1"},
            **FAST,
        )
    assert (contacts.state, companies.state, status.state, reporting.state) == (
        "completed",
        "completed",
        "success",
        "complete",
    )


async def test_prism_keeps_a_data_export_pending_so_the_waiter_times_out_and_cancels_it(mock_url: str) -> None:
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        job = await start_data_export(client, created_at_after=1734519776, created_at_before=1734537776)
        assert (job.id, job.state) == ("al9w983lwu88w1fd", "pending")
        with pytest.raises(JobTimeoutError) as caught:
            await wait_for_job(client, job, deadline=0.3, **FAST)
    assert caught.value.state == "pending" and caught.value.cancelled


async def test_a_wait_ended_by_the_callers_own_timeout_cancels_the_export(fake: Fake, client: AsyncIntercom) -> None:
    job = await start_data_export(client, created_at_after=1, created_at_before=2)

    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):
            await wait_for_job(client, job, deadline=None, **FAST)

    assert fake.exports.cancels == [job.id]


def test_an_interrupted_sync_wait_cancels_the_export(fake: Fake) -> None:
    def interrupt(progress: Progress) -> None:
        if progress.pages == 3:
            raise KeyboardInterrupt

    with Intercom(token=TOKEN, base_url=fake.url, max_retries=0) as client:
        job = start_data_export(client, created_at_after=1, created_at_before=2)
        with pytest.raises(KeyboardInterrupt):
            wait_for_job(client, job, on_progress=interrupt, **FAST)
    assert fake.exports.cancels == [job.id]


async def test_a_job_id_cannot_reach_another_path(fake: Fake, client: AsyncIntercom) -> None:
    needs_kinds("contacts_bulk")
    fake.jobs.add("companies_bulk", "x", ["completed"])
    # Unescaped, "../../companies/bulk/x" would be the companies job's URL: escaped, it is no contacts job.
    with pytest.raises(NotFoundError):
        await wait_for_job(client, "../../companies/bulk/x", kind="contacts_bulk", **FAST)
    assert fake.jobs.polls["x"] == 0


# -- through the clients' resource methods ---------------------------------------------------------


@pytest.mark.parametrize("client_class", [AsyncIntercom, Intercom])
def test_every_operation_the_job_tables_name_is_a_method_of_the_client(client_class: type) -> None:
    """JOB_KINDS and the export starts name their operations as ``client.<resource>.<method>``: all exist."""
    from intercom_client.bulk._clients import resource_method
    from intercom_client.bulk._exports import _DATA_EXPORT, _REPORTING_EXPORT

    named = [(kind.resource, kind.status) for kind in JOB_KINDS.values()]
    named += [(kind.resource, kind.cancel) for kind in JOB_KINDS.values() if kind.cancel is not None]
    named += [(JOB_KINDS[kind].resource, start) for kind, start in (_DATA_EXPORT, _REPORTING_EXPORT)]
    client = client_class(token=TOKEN, base_url="http://127.0.0.1:9", allow_insecure_base_url=True)
    for resource, method in named:
        require_method(resource, method)  # skipped, saying so, on an older spec
        for raw in (False, True):
            assert callable(resource_method(client, resource, method, raw=raw)), (resource, method, raw)
    assert JOB_KINDS["data_export"].cancel == "cancel"
    assert [kind.name for kind in JOB_KINDS.values() if kind.status_arguments] == ["reporting_data_export"]


def off_spec_app() -> Starlette:
    """A bulk job and a data export whose bodies have a field of another type than the spec declares."""

    async def bulk_job(request: Request) -> JSONResponse:
        return JSONResponse({"id": request.path_params["id"], "state": "completed", "created_at": "yesterday"})

    async def export(request: Request) -> JSONResponse:
        return JSONResponse({"job_identifier": "e1", "status": "pending", "download_url": ["not", "a", "url"]})

    return Starlette(
        routes=[
            Route("/contacts/bulk/{id}", bulk_job, methods=["GET"]),
            Route("/export/content/data", export, methods=["POST"]),
        ]
    )


async def test_a_strict_client_waits_for_a_job_whose_body_is_off_spec() -> None:
    """The waiter reads the body as received, not the model: strict_decoding does not stop it."""
    needs_kinds("contacts_bulk")
    with serve_asgi(off_spec_app(), name="off-spec") as url:
        async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, strict_decoding=True) as client:
            job = await wait_for_job(client, "j1", kind="contacts_bulk", **FAST)
            started = await start_data_export(client, created_at_after=1, created_at_before=2)
    assert (job.state, job.data["created_at"]) == ("completed", "yesterday")
    assert (started.id, started.data["download_url"]) == ("e1", ["not", "a", "url"])


def test_a_reporting_status_without_its_app_and_client_ids_is_refused_before_any_poll(fake: Fake) -> None:
    needs_kinds("reporting_data_export")
    with Intercom(token=TOKEN, base_url=fake.url, max_retries=0) as client:
        job = start_reporting_export(
            client, dataset_id="conversation", attribute_ids=["conversation.id"], start_time=1, end_time=2
        )
        with pytest.raises(ConfigurationError, match=r"needs params=\{'app_id': ..., 'client_id': ...\}"):
            wait_for_job(client, job, params={"app_id": "app1", "job_identifier": job.id}, **FAST)
    assert fake.exports.jobs[job.id].polls == 0
