"""examples/export_conversations.py runs against the Prism mock and says what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "examples" / "export_conversations.py"


def run_recipe(mock_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INTERCOM_ACCESS_TOKEN"}
    return subprocess.run(
        [sys.executable, str(RECIPE), "--base-url", mock_url, "--deadline", "30", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_recipe_reads_the_rows_of_the_export(mock_url: str) -> None:
    done = run_recipe(mock_url)

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"export_conversations: the Intercom mock at {mock_url}" in lines
    assert any(line.startswith("1. workspace ") and "dataset 'conversation'" in line for line in lines)
    assert "2. export job job1 started (pending)" in lines  # the spec's example job
    assert "3. export job job1 is complete" in lines
    assert "4. read 0 conversation row(s)" in lines  # the mock's download has no body
    assert lines[-1] == "export_conversations: done"


def test_the_recipe_saves_the_download_to_a_file(mock_url: str, tmp_path: Path) -> None:
    out = tmp_path / "conversations.csv.gz"

    done = run_recipe(mock_url, "--out", str(out))

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"4. saved 0 bytes to {out}" in done.stdout.splitlines()
    assert out.is_file() and out.stat().st_size == 0
