#!/usr/bin/env python3
"""Recipe: sync the contacts updated since the last run, every 5 minutes, the checkpoint saved in a file.

    python examples/sync_contacts.py --once                # the embedded mock (no token set)
    INTERCOM_ACCESS_TOKEN=... python examples/sync_contacts.py --checkpoint contacts.json
    python examples/sync_contacts.py --once --base-url http://127.0.0.1:4010   # a mock you run

Each run yields every contact created or updated since the saved checkpoint exactly once (updates that
became searchable late included: see ``intercom_client.bulk.sync_updated``), then saves the new
checkpoint, written to a temporary file and renamed so a crash never leaves half a checkpoint. A run
that fails (a search still failing after the client's retries, an error in ``handle``) saves its
checkpoint too: it covers the contacts already handled, so the next run resumes there, yields none of
them again and loses none (the contact ``handle`` failed on comes again). Without
INTERCOM_ACCESS_TOKEN (or with --mock) it runs against the project's Prism mock (see
examples/embedded_mock.py), whose example contact list is empty.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from intercom_client import Intercom, IntercomError
from intercom_client.bulk import Checkpoint, sync_updated
from intercom_client.models import Contact

from embedded_mock import add_target_arguments, intercom_target


def handle(contact: Contact) -> None:
    """Your code: upsert the contact into your store (keyed by id; a newer updated_at wins)."""


def sync_once(client: Intercom, path: Path) -> int:
    """One incremental run: returns how many contacts it yielded."""
    since = Checkpoint.from_json(path.read_text()) if path.exists() else None
    run = sync_updated(client, "contacts", since=since)
    count = 0
    try:
        for contact in run:
            handle(contact)
            count += 1
            if count <= 3:
                print(f"  contact {contact.id} updated_at {contact.updated_at}")
    finally:  # completed or failed: the checkpoint covers every contact handled, the next run resumes there
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_text(run.checkpoint.to_json())
        temporary.replace(path)
        print(
            f"synced {count} contact(s); checkpoint updated_at={run.checkpoint.updated_at} saved to {path}", flush=True
        )
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sync contacts updated since the last run, every few minutes.")
    parser.add_argument("--checkpoint", type=Path, default=Path("contacts-checkpoint.json"))
    parser.add_argument("--every", type=float, default=300.0, help="seconds between runs (default 300)")
    parser.add_argument("--once", action="store_true", help="one run, then exit")
    add_target_arguments(parser)
    args = parser.parse_args(argv)
    with intercom_target(mock=args.mock, base_url=args.base_url) as target, Intercom(**target.options) as client:
        print(f"sync_contacts: {target.where}", flush=True)
        while True:
            try:
                sync_once(client, args.checkpoint)
            except IntercomError as exc:  # the checkpoint was saved: the next run resumes where this one stopped
                print(f"sync failed: {type(exc).__name__}: {exc}", flush=True)
                if args.once:
                    return 1
            if args.once:
                return 0
            time.sleep(args.every)


if __name__ == "__main__":
    sys.exit(main())
