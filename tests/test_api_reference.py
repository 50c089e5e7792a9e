"""docs/api.md is what codegen/api_reference.py writes from the pinned spec: every method, no stale row."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from codegen.api_reference import render
from intercom_client import AsyncIntercom

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def spec(normalised_spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec, normalised (parsed once per session by conftest)."""
    return normalised_spec


@pytest.mark.pinned
def test_the_committed_reference_is_current(spec: dict[str, Any]) -> None:
    committed = (ROOT / "docs" / "api.md").read_text()
    assert committed == render(spec), "docs/api.md is stale: run make regenerate (or python -m codegen.api_reference)"


@pytest.mark.pinned
def test_every_row_is_a_real_method() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| `([^`]+)` \|", (ROOT / "docs" / "api.md").read_text(), flags=re.M)
    assert len(rows) == 256
    client = AsyncIntercom(token="t", base_url="http://127.0.0.1:9")
    sections = re.findall(r"^## client\.(\w+)\n\n(.*?)(?=^## |\Z)", (ROOT / "docs" / "api.md").read_text(), re.M | re.S)
    assert sections
    for resource, body in sections:
        for name in re.findall(r"^\| `(\w+)` \|", body, flags=re.M):
            assert callable(getattr(getattr(client, resource), name)), f"client.{resource}.{name}"
