#!/usr/bin/env python3
"""Recipe: export every conversation of a time range (Intercom's reporting ``conversation`` dataset).

    python examples/recipes/export_conversations.py                      # against the embedded mock
    INTERCOM_ACCESS_TOKEN=... python examples/recipes/export_conversations.py --days 30 --client-id ID --out conv.csv.gz

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

Without INTERCOM_ACCESS_TOKEN (or with --mock) it serves the spec with the project's Prism mock, as
examples/quickstart.py does (``--base-url`` uses a mock already running). The mock answers with the
spec's examples: the job is "complete" at the first poll and the download is empty.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Run from a checkout: this checkout's package, scripts/ (the mock) and examples/ (quickstart's mock starter).
sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), str(ROOT / "examples")]

from intercom_client import AsyncIntercom, IntercomError  # noqa: E402
from intercom_client.bulk import (  # noqa: E402
    Progress,
    download_export,
    iter_export_records,
    start_reporting_export,
    wait_for_job,
)

TOKEN_ENV = "INTERCOM_ACCESS_TOKEN"
DATASET = "conversation"
MOCK_CLIENT_ID = "mock-client-id"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=7, help="export the conversations of the last DAYS days")
    parser.add_argument("--client-id", default=os.environ.get("INTERCOM_CLIENT_ID"), help="for the job status")
    parser.add_argument("--out", type=Path, help="save the download to this file instead of reading its rows")
    parser.add_argument("--deadline", type=float, default=3600.0, help="seconds to wait for the export")
    parser.add_argument("--wait-for-other", action="store_true", help="wait while other exports hold the slots")
    parser.add_argument("--mock", action="store_true", help="use the embedded mock even when a token is set")
    parser.add_argument("--base-url", help="a mock of Intercom already running (implies --mock)")
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
    token = os.environ.get(TOKEN_ENV, "").strip()
    mock = args.mock or args.base_url is not None or not token
    with contextlib.ExitStack() as stack:
        options: dict[str, Any]
        if mock:
            if args.base_url is not None:
                base_url = args.base_url
            else:
                from quickstart import embedded_mock

                base_url = stack.enter_context(embedded_mock())
            print(f"export_conversations: the Intercom mock at {base_url}")
            options = {"token": "recipe-dummy-token", "base_url": base_url}
            client_id = args.client_id or MOCK_CLIENT_ID
        else:
            if not args.client_id:
                print("export_conversations: pass --client-id (or set INTERCOM_CLIENT_ID)")
                return 2
            options = {"token": token, "region": os.environ.get("INTERCOM_REGION", "").strip().lower() or None}
            client_id = args.client_id
        async with AsyncIntercom(**options) as client:
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
