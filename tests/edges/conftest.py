"""Counts the edge cases' results into one line at the end of the run.

``edges: N/N cases passed``: N counts every test item under ``tests/edges/`` that ran (one per case
and client), the first number those whose setup, call and teardown all passed. The cases try the
edges of a call as a careful user and an attacker would: the ids a caller passes, the size and shape
of what comes back, the process and event loop a client lives in, and its environment (proxies).
They run against byte-level servers on 127.0.0.1 (``tests/faults/server.py``) on the three clients
(async over httpx, async over aiohttp, sync) and against the webhook receiver.
"""

from __future__ import annotations

import pytest

_outcomes: dict[str, bool] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "tests/edges/" not in report.nodeid.replace("\\", "/") or report.skipped:
        return
    _outcomes[report.nodeid] = _outcomes.get(report.nodeid, True) and report.passed


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _outcomes:
        passed = sum(_outcomes.values())
        terminalreporter.write_line(f"edges: {passed}/{len(_outcomes)} cases passed")
