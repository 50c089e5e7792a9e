"""``make demo`` without a token runs against FakeIntercom: no node or npm on PATH, no Prism."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from ..conftest import ROOT
from ..operations import require_method


def test_make_demo_passes_without_node_or_npm_on_path(tmp_path: Path) -> None:
    require_method("contacts", "list_activities")  # examples/quickstart.py lists a contact's activities
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("make", "sh"):  # all make demo needs besides the checkout's .venv
        found = shutil.which(tool)
        assert found is not None, tool
        (bin_dir / tool).symlink_to(found)
    env = {k: v for k, v in os.environ.items() if k not in ("INTERCOM_ACCESS_TOKEN", "PATH")}
    env["PATH"] = str(bin_dir)
    assert shutil.which("node", path=env["PATH"]) is None and shutil.which("npm", path=env["PATH"]) is None
    started = time.perf_counter()
    result = subprocess.run(
        ["make", "-s", "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "the embedded FakeIntercom" in output and "quickstart: 8 steps passed" in output, output
    assert "Prism" not in output.replace("Prism answers", "")
    assert time.perf_counter() - started < 60
