"""Counts the fault cases' results into one line at the end of the run.

``faults: N/N cases passed on httpx, aiohttp and sync clients``: N counts every fault test item that
ran (one per case and client), the first number those whose setup, call and teardown all passed.
"""

from __future__ import annotations

import pytest

_outcomes: dict[str, bool] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "tests/faults/" not in report.nodeid.replace("\\", "/") or report.skipped:
        return
    passed = _outcomes.get(report.nodeid, True) and report.passed
    _outcomes[report.nodeid] = passed


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _outcomes:
        passed = sum(_outcomes.values())
        terminalreporter.write_line(
            f"faults: {passed}/{len(_outcomes)} cases passed on httpx, aiohttp and sync clients"
        )
