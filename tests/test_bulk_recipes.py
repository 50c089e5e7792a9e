"""The bulk recipes of examples/ run as a user runs them (a child process), against the loopback fake
(real data: counts, checkpoints, a second run) and against the Prism mock (the spec's examples)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette

from tests.asgi_server import serve_asgi
from tests.fake_intercom import companies, search

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
T0 = 1_700_000_000


def recipe(name: str, *args: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "INTERCOM_ACCESS_TOKEN"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def fake() -> Iterator[tuple[str, search.SearchState, companies.ScrollState]]:
    found = search.SearchState()
    scroll = companies.ScrollState(345, page_size=100)
    app = Starlette(routes=search.routes(found) + companies.routes(scroll))
    with serve_asgi(app, name="fake-recipes") as url:
        yield url, found, scroll


def test_sync_contacts_runs_incrementally(
    fake: tuple[str, search.SearchState, companies.ScrollState], tmp_path: Path
) -> None:
    url, state, _ = fake
    for i in range(40):
        state.put("contacts", f"r{i:03d}", T0 + i)
    checkpoint = tmp_path / "contacts.json"
    options = ("--once", "--base-url", url, "--checkpoint", str(checkpoint))
    first = recipe("sync_contacts.py", *options)
    assert f"synced 40 contact(s); checkpoint updated_at={T0 + 39} saved to {checkpoint}" in first
    assert "contact r000 updated_at 1700000000" in first
    assert f"synced 0 contact(s); checkpoint updated_at={T0 + 39}" in recipe("sync_contacts.py", *options)
    state.put("contacts", "r005", T0 + 100)
    assert f"synced 1 contact(s); checkpoint updated_at={T0 + 100}" in recipe("sync_contacts.py", *options)
    assert not checkpoint.with_suffix(".json.tmp").exists()


def test_walk_companies_walks_them_all(fake: tuple[str, search.SearchState, companies.ScrollState]) -> None:
    url, _, scroll = fake
    out = recipe("walk_companies.py", "--base-url", url)
    assert "company c000000: Company 0" in out and "walked 345 companies (0 restart(s))" in out
    assert scroll.opened == 1


def test_the_recipes_against_the_prism_mock(mock_url: str, tmp_path: Path) -> None:
    checkpoint = tmp_path / "contacts.json"
    out = recipe("sync_contacts.py", "--once", "--base-url", mock_url, "--checkpoint", str(checkpoint))
    assert "synced 0 contact(s); checkpoint updated_at=0" in out  # the spec's example contact list is empty
    out = recipe("walk_companies.py", "--base-url", mock_url)
    assert "company 6762f0971bb69f9f2193bb2b" in out and "stopped with ScrollStalledError" in out
    assert "walked 1 companies" in out
