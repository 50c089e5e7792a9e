"""docs/testing.md is what codegen/fake_coverage.py writes from the operations table and the kit's handlers."""

from __future__ import annotations

from codegen.fake_coverage import DEFAULT_OUT, render


def test_the_committed_coverage_table_is_current() -> None:
    assert DEFAULT_OUT.read_text() == render(), "run: python -m codegen.fake_coverage"
