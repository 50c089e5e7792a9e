# pyright: strict
"""The bulk helpers as a user calls them, type-checked by mypy --strict and pyright (strict) in `make test`.

One name per helper for both clients: with ``AsyncIntercom`` the call is awaited (or iterated with
``async for``), with ``Intercom`` it is the result (or iterated with ``for``). The ``assert_type``
calls pin what each checker infers from the helpers' ``@overload``s.
"""

import io
from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, assert_type

from intercom_client import AsyncIntercom, Intercom
from intercom_client.bulk import (
    AsyncCompanyWalk,
    AsyncSyncRun,
    Checkpoint,
    CompanyWalk,
    CompleteConversation,
    ExportRecord,
    Job,
    SyncRun,
    cancel_job,
    download_export,
    fetch_complete_conversation,
    iter_export_records,
    start_data_export,
    start_reporting_export,
    sync_updated,
    wait_for_job,
    walk_companies,
)
from intercom_client.models import Company, Contact, Conversation, ConversationPart, Ticket


async def export_async(client: AsyncIntercom) -> int:
    started = await start_data_export(client, created_at_after=0, created_at_before=86_400)
    assert_type(started, Job)
    pending = assert_type(wait_for_job(client, started, deadline=600.0), Coroutine[Any, Any, Job])
    job = await pending
    assert_type(job, Job)
    bulk_job = await wait_for_job(client, "job_v2_1", kind="contacts_bulk")
    assert_type(bulk_job, Job)
    count = 0
    async for row in iter_export_records(client, job):
        assert_type(row, ExportRecord)
        count += len(row["content_id"])
    assert_type(iter_export_records(client, job), AsyncIterator[ExportRecord])
    written = await download_export(client, job, io.BytesIO())
    assert_type(written, int)
    cancelled = await cancel_job(client, job)
    assert_type(cancelled, bool)
    report = await start_reporting_export(
        client, dataset_id="conversation", attribute_ids=["conversation.id"], start_time=0, end_time=1
    )
    assert_type(report, Job)
    return count


def export_sync(client: Intercom) -> int:
    started = start_data_export(client, created_at_after=0, created_at_before=86_400)
    assert_type(started, Job)
    job = wait_for_job(client, started, deadline=600.0)
    assert_type(job, Job)
    count = 0
    for row in iter_export_records(client, job):
        assert_type(row, ExportRecord)
        count += len(row["content_id"])
    assert_type(iter_export_records(client, job), Iterator[ExportRecord])
    assert_type(download_export(client, job, io.BytesIO()), int)
    assert_type(cancel_job(client, job), bool)
    return count


async def conversations(client: AsyncIntercom, sync_client: Intercom) -> bool:
    result = await fetch_complete_conversation(client, "123", strict=False)
    assert_type(result, CompleteConversation)
    same = fetch_complete_conversation(sync_client, "123")
    assert_type(same, CompleteConversation)
    assert_type(result.conversation, Conversation)  # typed models, as client.conversations.retrieve returns
    assert_type(result.parts, Sequence[ConversationPart])
    return result.truncated or same.truncated


async def walks(client: AsyncIntercom, sync_client: Intercom) -> list[str]:
    names: list[str] = []
    assert_type(walk_companies(client), AsyncCompanyWalk)
    async for company in walk_companies(client, on_busy="raise"):
        assert_type(company, Company)
        names.append(company.id)
    assert_type(walk_companies(sync_client), CompanyWalk)
    for company in walk_companies(sync_client, max_restarts=5):
        assert_type(company, Company)
        names.append(company.id)
    return names


async def syncs(client: AsyncIntercom, sync_client: Intercom, saved: Checkpoint | None) -> Checkpoint:
    run = sync_updated(client, "contacts", since=saved)
    assert_type(run, AsyncSyncRun[Contact])
    async for contact in run:
        assert_type(contact, Contact)
    tickets = sync_updated(sync_client, "tickets", since=run.checkpoint)
    assert_type(tickets, SyncRun[Ticket])
    for ticket in tickets:
        assert_type(ticket, Ticket)
    return tickets.checkpoint
