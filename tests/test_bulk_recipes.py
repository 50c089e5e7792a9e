"""The bulk recipes of examples/ run as a user runs them (a child process), against the loopback fake
(real data: counts, checkpoints, a second run) and against the Prism mock (the spec's examples)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from starlette.applications import Starlette

from tests.asgi_server import serve_asgi
from tests.fake_intercom import companies, search
from tests.operations import require_field, require_method

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


def test_export_conversations_reads_the_rows_of_the_export(mock_url: str) -> None:
    require_method("reporting_data_export", "list_datasets")  # what the recipe reads first
    require_field("ReportingDatasetAttribute", "qualified_id")  # the attributes it exports
    lines = recipe("export_conversations.py", "--base-url", mock_url, "--deadline", "30").splitlines()

    assert f"export_conversations: the Intercom mock at {mock_url}" in lines
    assert any(line.startswith("1. workspace ") and "dataset 'conversation'" in line for line in lines)
    assert "2. export job job1 started (pending)" in lines  # the spec's example job
    assert "3. export job job1 is complete" in lines
    assert "4. read 0 conversation row(s)" in lines  # the mock's download has no body
    assert lines[-1] == "export_conversations: done"


def test_export_conversations_saves_the_download_to_a_file(mock_url: str, tmp_path: Path) -> None:
    require_method("reporting_data_export", "list_datasets")  # what the recipe reads first
    require_field("ReportingDatasetAttribute", "qualified_id")  # the attributes it exports
    out = tmp_path / "conversations.csv.gz"

    stdout = recipe("export_conversations.py", "--base-url", mock_url, "--deadline", "30", "--out", str(out))

    assert f"4. saved 0 bytes to {out}" in stdout.splitlines()
    assert out.is_file() and out.stat().st_size == 0


def test_without_a_token_a_recipe_starts_the_embedded_mock_and_stops_it() -> None:
    out = recipe("walk_companies.py")  # no INTERCOM_ACCESS_TOKEN, no --base-url

    assert "walk_companies: the embedded Intercom mock (no INTERCOM_ACCESS_TOKEN)" in out
    assert "company 6762f0971bb69f9f2193bb2b" in out and "walked 1 companies" in out
    ready = re.search(r"mock: mock ready on http://127\.0\.0\.1:\d+ \(Prism pid (\d+)", out)
    stopped = re.search(r"mock: stopping it \(pid (\d+)\)", out)
    assert ready is not None and stopped is not None, out
    for pid in (int(ready.group(1)), int(stopped.group(1))):  # Prism and the mock's process: both gone
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.fixture
def embedded_mock(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """examples/embedded_mock.py, loaded from its file (as the examples import it, without a path change)."""
    spec = importlib.util.spec_from_file_location("embedded_mock", EXAMPLES / "embedded_mock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "embedded_mock", module)
    spec.loader.exec_module(module)
    return module


def test_with_a_token_the_examples_use_the_real_api_in_its_region(
    embedded_mock: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", " tok_real_secret ")
    monkeypatch.setenv("INTERCOM_REGION", "EU")

    with embedded_mock.intercom_target() as target:
        assert (target.mock, target.where) == (False, "the real Intercom API (region eu)")
        assert target.options == {"token": "tok_real_secret", "region": "eu"}
        assert "tok_real_secret" not in repr(target)
    with embedded_mock.intercom_target(base_url="http://127.0.0.1:4010") as target:  # --base-url wins
        assert (target.mock, target.where) == (True, "the Intercom mock at http://127.0.0.1:4010")
        assert target.options["base_url"] == "http://127.0.0.1:4010"
        assert target.options["token"] != "tok_real_secret"
