#!/usr/bin/env python3
"""Quickstart: what a service typically does with intercom_client, step by step, with timings.

    make demo                                          # against the SDK's FakeIntercom (no token, no Node.js)
    INTERCOM_ACCESS_TOKEN=... make demo                # against the real API, read-only
    INTERCOM_ACCESS_TOKEN=... INTERCOM_REGION=eu make demo ARGS=--write   # also create + delete a contact

Without INTERCOM_ACCESS_TOKEN the script serves ``intercom_client.testing.FakeIntercom`` (a stateful fake,
seeded with a few contacts and conversations) on 127.0.0.1 from this process; with --mock it runs the
project's Prism mock (Node.js) as a child process instead, and stops it at the end; ``--base-url`` uses a mock already running (see
examples/embedded_mock.py). Exits non-zero when a step fails. Run it with the checkout installed
(``make venv``), as ``make demo`` does.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from intercom_client import APIStatusError, AsyncIntercom, IntercomError, NotFoundError, PaginationError
from intercom_client.models import Contact

from embedded_mock import add_target_arguments, intercom_target

MISSING_COMPANY_ID = "quickstart-no-such-company"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--write", action="store_true", help="against the real API: also create (then delete) a contact"
    )
    add_target_arguments(parser)
    parser.add_argument("--pages", type=int, default=3, help="contact pages to list (default 3)")
    parser.add_argument("--per-page", type=int, default=5, help="contacts per page (default 5)")
    parser.add_argument("--fetch", type=int, default=8, help="contacts to fetch concurrently (default 8)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight at once (default 4)")
    args = parser.parse_args(argv)
    for name in ("pages", "per_page", "fetch", "concurrency"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


# -- output -------------------------------------------------------------------------------------


def say(text: str = "") -> None:
    print(text, flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def short(value: object, width: int = 24) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 3] + "..."


@dataclass
class Run:
    """Numbered steps with their timings and request counts."""

    requests: int = 0
    steps: list[tuple[str, float, int]] = field(default_factory=list)
    current: str = ""

    async def count(self, request: httpx.Request) -> None:
        self.requests += 1

    @contextlib.asynccontextmanager
    async def step(self, title: str) -> AsyncIterator[None]:
        self.current = title
        say(f"\n[{len(self.steps) + 1}] {title}")
        before, started = self.requests, time.perf_counter()
        yield
        elapsed = time.perf_counter() - started
        self.steps.append((title, elapsed, self.requests - before))
        say(f"    ok: {self.requests - before} request(s) in {ms(elapsed)}")


# -- the steps ----------------------------------------------------------------------------------


async def quickstart(client: AsyncIntercom, run: Run, args: argparse.Namespace, mock: bool) -> None:
    async with run.step("Who am I? (GET /me)"):
        me = await client.admins.identify()
        app = me.app or None
        say(f"    admin {me.name} <{me.email}> (id {me.id})")
        if app is not None:
            say(f"    workspace {app.name!r} ({app.id_code}), region {app.region}, timezone {app.timezone}")

    contacts: list[Contact] = []
    async with run.step(f"List contacts: up to {args.pages} page(s) of {args.per_page} (GET /contacts)"):
        async for page in client.contacts.list(per_page=args.per_page, max_pages=args.pages).pages():
            contacts.extend(page.items)
            total = getattr(page.parsed, "total_count", None)
            say(f"    page {page.number}: {len(page)} contact(s) of {total}, next cursor {short(page.next_cursor)}")
        say(
            f"    {len(contacts)} contact(s) listed"
            + (" (the spec's example page is empty)" if mock and not contacts else "")
        )

    async with run.step(f"Page through contact activity: up to {args.pages} page(s) (GET /contacts/activities)"):
        events = 0
        paginator = client.contacts.list_activities(per_page=args.per_page, max_pages=args.pages)
        try:
            async for activity_page in paginator.pages():
                events += len(activity_page)
                say(
                    f"    page {activity_page.number}: {len(activity_page)} event(s), "
                    f"next cursor {short(activity_page.next_cursor)}"
                )
        except PaginationError as exc:
            if not mock:
                raise
            say(f"    page {exc.page_number}: the mock answers every cursor with the same static example page,")
            say("    so it repeats the cursor that asked for it: the paginator raised PaginationError instead of")
            say("    looping forever, and the demo stops here (against the real API the cursor advances).")
        except APIStatusError as exc:
            if mock:
                raise
            say(f"    not available to this app or workspace ({exc}); moving on")
        say(f"    {events} event(s) read")

    created_id: str | None = None
    if args.write or mock:
        async with run.step("Create a contact (POST /contacts)"):
            email = f"quickstart-{uuid.uuid4().hex[:10]}@example.com"
            contact = await client.contacts.create(email=email, name="Quickstart Demo", role="lead")
            created_id = str(contact.id)
            note = " (a mock: Prism answers the spec's example contact, FakeIntercom keeps it)" if mock else ""
            say(f"    created {contact.role} {created_id} <{contact.email}>{note}")
    else:
        say("\n[-] Create a contact: skipped (read-only against the real API; pass --write to create and delete one)")

    async with run.step("Search open conversations (POST /conversations/search)"):
        found = await client.conversations.search(
            query={"field": "state", "operator": "=", "value": "open"}, per_page=5
        )
        conversations = found.items
        total = getattr(found.parsed, "total_count", None)
        say(f"    {total} open conversation(s) in all; the first page holds {len(conversations)}")
        for conversation in conversations[:3]:
            title = short(conversation.title or "(no title)", 40)
            say(f"    - conversation {conversation.id}: {title}, state {conversation.state}")

    ids = list(dict.fromkeys([contact.id for contact in contacts] + ([created_id] if created_id else [])))
    if mock and ids:
        ids = (ids * args.fetch)[: args.fetch]  # the mock knows one example contact: fetch it several times
    ids = ids[: args.fetch]
    if ids:
        async with run.step(
            f"Fetch {len(ids)} contact(s) concurrently, {args.concurrency} at a time (GET /contacts/{{id}})"
        ):
            semaphore = asyncio.Semaphore(args.concurrency)
            durations: list[float] = []

            async def fetch(contact_id: str) -> Any:
                async with semaphore:
                    started = time.perf_counter()
                    try:
                        return await client.contacts.retrieve(contact_id)
                    finally:
                        durations.append(time.perf_counter() - started)

            started = time.perf_counter()
            fetched = await asyncio.gather(*(fetch(contact_id) for contact_id in ids))
            wall = time.perf_counter() - started
            say(f"    {len(fetched)} contact(s) in {ms(wall)} (one by one it would take about {ms(sum(durations))})")
            for contact in list({contact.id: contact for contact in fetched}.values())[:3]:  # distinct ones
                say(f"    - {contact.id}: {contact.name or '(no name)'} <{contact.email or 'no email'}>")
    else:
        say("\n[-] Fetch contacts concurrently: skipped (the workspace has no contacts)")

    async with run.step(f"Handle a missing object (GET /companies/{MISSING_COMPANY_ID})"):
        # Prism answers documented statuses on request; the real API answers 404 for an unknown id.
        prefer = {"Prefer": "code=404"} if mock else None
        try:
            await client.companies.retrieve(MISSING_COMPANY_ID, extra_headers=prefer)
        except NotFoundError as exc:
            details = "; ".join(f"{d.code}: {d.message}" for d in exc.errors) or "no error list"
            say(f"    NotFoundError {exc.status_code}: {details} (request id {exc.request_id})")
        else:
            raise RuntimeError(f"expected NotFoundError for company {MISSING_COMPANY_ID!r}, got a company")

    if created_id is not None:
        async with run.step(f"Delete the contact created above (DELETE /contacts/{created_id})"):
            deleted = await client.contacts.delete(created_id)
            say(f"    deleted: {deleted.deleted} (id {deleted.id})")


async def main_async(args: argparse.Namespace) -> int:
    run = Run()
    started = time.perf_counter()
    with intercom_target(mock=args.mock, base_url=args.base_url, fake=True) as target:
        access = "" if target.mock else f", {'read-write' if args.write else 'read-only'}"
        say(f"quickstart: {target.where}{access}")
        http = httpx.AsyncClient(event_hooks={"request": [run.count]})
        async with http, AsyncIntercom(http_client=http, **target.options) as client:
            say(f"client: {client.base_url}, Intercom-Version {client.version}")
            try:
                await quickstart(client, run, args, target.mock)
            except (IntercomError, RuntimeError) as exc:
                say(f"\nquickstart FAILED at step {run.current!r}: {type(exc).__name__}: {exc}")
                return 1
    say(
        f"\nquickstart: {len(run.steps)} steps passed, {run.requests} HTTP requests, {ms(time.perf_counter() - started)}"
        " in all"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return asyncio.run(main_async(args))
    except KeyboardInterrupt:
        say("\nquickstart: interrupted")
        return 130
    except Exception as exc:  # setup failures: no node/npm, no spec, a bad region ...
        say(f"quickstart FAILED: {type(exc).__name__}: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
