"""docs/testing.md is what codegen/fake_coverage.py writes from the operations table and the kit's handlers."""

from __future__ import annotations

import pytest

from codegen.fake_coverage import DEFAULT_OUT, render


@pytest.mark.pinned  # docs/testing.md counts the pinned spec's operations
def test_the_committed_coverage_table_is_current() -> None:
    assert DEFAULT_OUT.read_text() == render(), "run: python -m codegen.fake_coverage"
