#!/usr/bin/env python3
"""Recipe: walk every company of the workspace, past the 10,000 cap of the company list.

    python examples/recipes/walk_companies.py                      # the embedded mock (no token set)
    INTERCOM_ACCESS_TOKEN=... python examples/recipes/walk_companies.py
    python examples/recipes/walk_companies.py --base-url http://127.0.0.1:4010   # a mock you run

``intercom_client.bulk.walk_companies`` goes through ``GET /companies/scroll``: it waits while another
scroll of the app is open (Intercom allows one), restarts from the beginning when the scroll expires or
breaks, and yields each company once. Keep the loop body quick (the scroll expires after a minute
unused): collect slow work and do it after the walk. Without INTERCOM_ACCESS_TOKEN it runs against the
project's Prism mock (as examples/quickstart.py does), which answers the same example page forever: the
walk yields its one company and stops with ScrollStalledError, which this recipe reports.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), str(ROOT / "examples")]  # run from a checkout

from intercom_client import AsyncIntercom, IntercomError  # noqa: E402
from intercom_client.bulk import Progress, ScrollStalledError, walk_companies  # noqa: E402


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
    token = os.environ.get("INTERCOM_ACCESS_TOKEN", "").strip()
    mock = bool(args.base_url) or not token
    with contextlib.ExitStack() as stack:
        if mock:
            if args.base_url:
                base_url = args.base_url
            else:
                from quickstart import embedded_mock

                base_url = stack.enter_context(embedded_mock())
            client = AsyncIntercom(token="recipe-dummy-token", base_url=base_url)
        else:
            client = AsyncIntercom(token=token)
        async with client:
            try:
                await walk(client, mock)
            except IntercomError as exc:
                print(f"walk failed: {type(exc).__name__}: {exc}", flush=True)
                return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Walk every company through the scroll API.")
    parser.add_argument("--base-url", help="an Intercom mock to use with a dummy token")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
