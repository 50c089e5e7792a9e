#!/usr/bin/env python3
"""Recipe: export every conversation of a time range (Intercom's reporting ``conversation`` dataset).

    python examples/export_conversations.py                      # against the embedded mock
    INTERCOM_ACCESS_TOKEN=... python examples/export_conversations.py --days 30 --client-id ID --out conv.csv.gz

Intercom exports conversations as a reporting data export: enqueue a job for the ``conversation``
dataset with the attributes you want, wait for it, then download the file. This script:

1. finds your workspace's ``app_id`` (``GET /me``) and the conversation dataset's attributes;
2. starts the export (:func:`start_reporting_export`; with ``--wait-for-other``, it waits while
   Intercom's limit of pending exports is reached instead of failing with ExportInProgressError);
3. waits for it (:func:`wait_for_job`: capped backoff, a deadline, progress on the terminal);
4. streams the result to ``--out`` (:func:`download_export`), or reads its rows as they arrive
   (:func:`iter_export_records`) and prints the first few and the count, at flat memory.

The job-status endpoint needs a ``client_id`` query parameter that the API reference does not
explain: pass ``--client-id`` (or set INTERCOM_CLIENT_ID) for the real API.

Without INTERCOM_ACCESS_TOKEN (or with --mock) it serves the spec with the project's Prism mock
(``--base-url`` uses a mock already running; see examples/embedded_mock.py). The mock answers with the
spec's examples: the job is "complete" at the first poll and the download is empty.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from intercom_client import AsyncIntercom, IntercomError
from intercom_client.bulk import (
    Progress,
    download_export,
    iter_export_records,
    start_reporting_export,
    wait_for_job,
)

from embedded_mock import add_target_arguments, intercom_target

DATASET = "conversation"
MOCK_CLIENT_ID = "mock-client-id"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=7, help="export the conversations of the last DAYS days")
    parser.add_argument("--client-id", default=os.environ.get("INTERCOM_CLIENT_ID"), help="for the job status")
    parser.add_argument("--out", type=Path, help="save the download to this file instead of reading its rows")
    parser.add_argument("--deadline", type=float, default=3600.0, help="seconds to wait for the export")
    parser.add_argument("--wait-for-other", action="store_true", help="wait while other exports hold the slots")
    add_target_arguments(parser)
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    return args


def show(progress: Progress) -> None:
    if progress.state and not progress.finished:
        print(f"    {progress.task}: {progress.state} after {progress.elapsed:.1f} s", flush=True)


async def export_conversations(client: AsyncIntercom, args: argparse.Namespace, client_id: str) -> None:
    me = await client.admins.identify()
    app_id = me.app.id_code if me.app else None
    if not app_id:
        raise RuntimeError("GET /me did not name the workspace (app.id_code)")
    datasets = await client.reporting_data_export.list_datasets()
    dataset = next((d for d in datasets.data or [] if d.id == DATASET), None)
    attributes = [a.qualified_id for a in (dataset.attributes or [])] if dataset else []
    attribute_ids = [a for a in attributes if a] or ["conversation.conversation_id"]
    print(f"1. workspace {app_id}: dataset {DATASET!r}, {len(attribute_ids)} attribute(s)")

    end = int(time.time())
    job = await start_reporting_export(
        client,
        dataset_id=DATASET,
        attribute_ids=attribute_ids,
        start_time=end - args.days * 86400,
        end_time=end,
        wait_for_other=args.wait_for_other,
        deadline=args.deadline,
    )
    print(f"2. export job {job.id} started ({job.state})")

    params = {"app_id": app_id, "client_id": client_id, "job_identifier": job.id}
    done = await wait_for_job(client, job, params=params, deadline=args.deadline, on_progress=show)
    print(f"3. export job {done.id} is {done.state}")

    if args.out is not None:
        part = args.out.with_name(args.out.name + ".part")  # renamed once complete: no half file
        try:
            with part.open("wb") as file:
                written = await download_export(client, done, file, params={"app_id": app_id})
            part.replace(args.out)
        finally:
            part.unlink(missing_ok=True)
        print(f"4. saved {written} bytes to {args.out}")
        return
    count = 0
    async for row in iter_export_records(client, done, params={"app_id": app_id}):
        if count < 3:
            print(f"    {row}")
        count += 1
    print(f"4. read {count} conversation row(s)")


async def main_async(args: argparse.Namespace) -> int:
    with intercom_target(mock=args.mock, base_url=args.base_url) as target:
        client_id = args.client_id or (MOCK_CLIENT_ID if target.mock else None)
        if client_id is None:
            print("export_conversations: pass --client-id (or set INTERCOM_CLIENT_ID)")
            return 2
        print(f"export_conversations: {target.where}")
        async with AsyncIntercom(**target.options) as client:
            try:
                await export_conversations(client, args, client_id)
            except (IntercomError, RuntimeError) as exc:
                print(f"export_conversations FAILED: {type(exc).__name__}: {exc}")
                return 1
    print("export_conversations: done")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return asyncio.run(main_async(args))
    except KeyboardInterrupt:  # the waiter has already cancelled what Intercom lets it cancel
        print("\nexport_conversations: interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
