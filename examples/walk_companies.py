#!/usr/bin/env python3
"""Recipe: walk every company of the workspace, past the 10,000 cap of the company list.

    python examples/walk_companies.py                      # the embedded mock (no token set)
    INTERCOM_ACCESS_TOKEN=... python examples/walk_companies.py
    python examples/walk_companies.py --base-url http://127.0.0.1:4010   # a mock you run

``intercom_client.bulk.walk_companies`` goes through ``GET /companies/scroll``: it waits while another
scroll of the app is open (Intercom allows one), restarts from the beginning when the scroll expires or
breaks, and yields each company once. Keep the loop body quick (the scroll expires after a minute
unused): collect slow work and do it after the walk. Without INTERCOM_ACCESS_TOKEN (or with --mock) it
runs against the project's Prism mock (see examples/embedded_mock.py), which answers the same example
page forever: the walk yields its one company and stops with ScrollStalledError, which this recipe
reports.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from intercom_client import AsyncIntercom, IntercomError
from intercom_client.bulk import Progress, ScrollStalledError, walk_companies

from embedded_mock import add_target_arguments, intercom_target


def show(progress: Progress) -> None:
    if progress.state:
        print(f"  ... {progress.items} companies, {progress.pages} pages, {progress.state}", flush=True)


async def walk(client: AsyncIntercom, mock: bool) -> int:
    count = 0
    walker = walk_companies(client, on_progress=show)
    try:
        async for company in walker:
            count += 1
            if count <= 3:
                print(f"  company {company.id}: {company.name}")
    except ScrollStalledError:
        if not mock:
            raise
        print("the mock answers the same scroll page forever: the walk stopped with ScrollStalledError")
    print(f"walked {count} companies ({walker.restarts} restart(s))", flush=True)
    return count


async def main_async(args: argparse.Namespace) -> int:
    with intercom_target(mock=args.mock, base_url=args.base_url) as target:
        print(f"walk_companies: {target.where}", flush=True)
        async with AsyncIntercom(**target.options) as client:
            try:
                await walk(client, target.mock)
            except IntercomError as exc:
                print(f"walk failed: {type(exc).__name__}: {exc}", flush=True)
                return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Walk every company through the scroll API.")
    add_target_arguments(parser)
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
