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
