"""Shared test fixtures: where the spec is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "openapi" / "intercom-preview.yaml"


def spec_path() -> Path:
    """The pinned spec as a local file: $INTERCOM_SPEC when set, else the shared copy beside the checkout."""
    configured = os.environ.get("INTERCOM_SPEC")
    return Path(configured) if configured else DEFAULT_SPEC


@pytest.fixture(scope="session")
def pinned_spec_path() -> Path:
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"the Intercom spec is not available at {path} (set INTERCOM_SPEC)")
    return path


# Lines that tests want shown at the end of the run (e.g. "contract: 256/256 operations accepted").
SUMMARY_LINES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in SUMMARY_LINES:
        terminalreporter.write_line(line)


# -- the embedded Prism mock ---------------------------------------------------------------------

import json  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402


@pytest.fixture(scope="session")
def mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a Prism mock serving the normalised pinned spec on a free 127.0.0.1 port (one per session).

    Skips when the spec, node or npm is missing; Prism is stopped (its process group, by PID) at the end
    of the session whatever the tests did.
    """
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"the Intercom spec is not available at {path} (set INTERCOM_SPEC)")
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"the Prism mock needs Node.js with npm; not on PATH: {', '.join(missing)}")
    from codegen.mock import MockServer, MockServerError, ensure_installed

    from .spec_examples import load_normalised

    try:
        ensure_installed()
    except MockServerError as exc:
        pytest.skip(f"the Prism mock cannot be installed: {exc}")
    spec_file = tmp_path_factory.mktemp("mock-spec") / "intercom-normalised.json"
    spec_file.write_text(json.dumps(load_normalised(path)), encoding="utf-8")
    server = MockServer(spec_file)
    try:
        server.start()
    except MockServerError as exc:
        pytest.fail(f"the Prism mock did not start on the normalised spec: {exc}", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()
