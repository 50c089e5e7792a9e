"""Shared test fixtures: where the spec is, the normalised spec, the embedded Prism mock, summary lines.

The pinned Intercom spec is ``$INTERCOM_SPEC`` when set (``make test`` sets it from ``SPEC``), else
``intercom-preview.yaml`` in the shared folder beside the checkout (``../shared/openapi/``;
``$INTERCOM_SHARED_OPENAPI`` names another folder, which is how a test hides it). Without a spec about
half of the suite cannot run: under CI (``CI=true``, as ``.ci/run`` sets) the session stops before
collection with a message saying what is missing; elsewhere those tests are skipped with the same
message, which ``-ra`` shows in the summary.

The suite runs under pytest-xdist (``make test`` passes ``-n``): session fixtures run once per
worker, each on its own free port, and the lines tests add to :data:`SUMMARY_LINES` travel from the
workers to the line printed at the end of the run.
"""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.mock import MockServer, MockServerError, ensure_installed

from .spec_examples import RUN_FOLDER_ENV, load_normalised

ROOT = Path(__file__).resolve().parent.parent
SHARED_OPENAPI = Path(os.environ.get("INTERCOM_SHARED_OPENAPI") or ROOT.parent / "shared" / "openapi")
"""The folder of shared spec copies (the pinned spec and the older versions some tests regenerate)."""


def spec_path() -> Path:
    """The pinned spec as a local file: $INTERCOM_SPEC when set, else the shared copy beside the checkout."""
    configured = os.environ.get("INTERCOM_SPEC")
    return Path(configured) if configured else SHARED_OPENAPI / "intercom-preview.yaml"


def missing_spec() -> str | None:
    """Why the pinned spec cannot be read (what is missing and how to provide it), or None when it can."""
    path = spec_path()
    if path.is_file():
        return None
    configured = os.environ.get("INTERCOM_SPEC")
    where = (
        f"INTERCOM_SPEC={configured} is not a file" if configured else f"INTERCOM_SPEC is unset and {path} is absent"
    )
    return (
        f"the Intercom spec is missing: {where}. Provide it: put the shared copies in {SHARED_OPENAPI} "
        "(intercom-preview.yaml), or run `make test SPEC=/path/to/intercom-preview.yaml` "
        "(pytest alone: INTERCOM_SPEC=/path/to/intercom-preview.yaml)"
    )


SPEC_MISSING = missing_spec()
needs_spec = pytest.mark.skipif(SPEC_MISSING is not None, reason=SPEC_MISSING or "")
"""Mark for tests (or ``pytestmark`` of modules) that read the pinned spec."""


def make_targets() -> set[str]:
    """The targets the Makefile defines (what the docs may tell a reader to ``make``)."""
    return set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), flags=re.M))


def running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


_RUN_FOLDER_OWNED = pytest.StashKey[str]()
"""The run's shared folder (tests/spec_examples.py keeps the normalised spec there), kept by the process that made it."""


def pytest_configure(config: pytest.Config) -> None:
    if SPEC_MISSING is not None and running_under_ci():
        raise pytest.UsageError(f"CI=true and {SPEC_MISSING}")
    if RUN_FOLDER_ENV not in os.environ:  # the first process of the run; xdist workers inherit the folder
        os.environ[RUN_FOLDER_ENV] = tempfile.mkdtemp(prefix="intercom-tests-run-")
        config.stash[_RUN_FOLDER_OWNED] = os.environ[RUN_FOLDER_ENV]


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test marked ``pinned`` asserts the pinned spec's exact content: after ``make regenerate SPEC=other``
    it is skipped with that reason (the package is not the pinned spec's); on the pinned spec it always runs."""
    if item.get_closest_marker("pinned") is not None and SPEC_MISSING is None:  # else needs_spec says why
        from .operations import generated_from_the_pin

        if not generated_from_the_pin():
            pytest.skip("asserts the pinned spec's exact content; this package was generated from another spec")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep what collection built (the normalised spec, ~1,300 imported modules) out of garbage collection.

    Python's full collections walk every live object; with those in the heap each one took 0.2 to 0.3 s,
    about 3 s of CPU per worker over a run. Frozen objects are never collected, which costs nothing here:
    they live until the process ends anyway.
    """
    gc.freeze()


def pytest_unconfigure(config: pytest.Config) -> None:
    if folder := config.stash.get(_RUN_FOLDER_OWNED, None):
        shutil.rmtree(folder, ignore_errors=True)
        del os.environ[RUN_FOLDER_ENV]


@pytest.fixture(scope="session")
def pinned_spec_path() -> Path:
    if SPEC_MISSING is not None:
        pytest.skip(SPEC_MISSING)
    return spec_path()


@pytest.fixture(scope="session")
def normalised_spec(pinned_spec_path: Path) -> dict[str, Any]:
    """The pinned spec as the generator sees it (normalised once per run); do not mutate it."""
    return load_normalised(pinned_spec_path)


# -- xdist: tests that share an expensive fixture run on one worker --------------------------------

# Node-id prefix -> group. Under xdist (``make test`` runs ``-n auto``) the tests of one group go to
# one worker, so the session or module fixture they share is built once; every other test goes to
# whichever worker is free. (xdist's own ``--dist loadgroup`` marks do not work with pytest 9.2, whose
# node ids xdist can no longer rewrite, hence this scheduler keyed on node ids.)
SHARED_FIXTURE_GROUPS = {
    "tests/test_contract.py": "prism",  # mock_url: Prism on the normalised spec (session)
    "tests/test_mock_behaviour.py": "prism",
    "tests/test_readme.py": "prism",
    "tests/test_surface.py::test_a_dict_body_is_accepted_by_the_mock": "prism",
    "tests/test_bulk_conversations.py::test_prism_serves_a_conversation_with_its_parts": "prism",
    "tests/test_bulk_jobs.py::test_prism_drives_the_waiter_for_the_kinds_whose_example_is_final": "prism",
    "tests/test_bulk_jobs.py::test_prism_keeps_a_data_export_pending_so_the_waiter_times_out_and_cancels_it": "prism",
    "tests/test_bulk_recipes.py::test_the_recipes_against_the_prism_mock": "prism",
    "tests/test_bulk_scroll.py::test_against_the_prism_mock": "prism",
    "tests/test_bulk_sync.py::test_against_the_prism_mock": "prism",
    "tests/test_bulk_recipes.py::test_export_conversations_reads_the_rows_of_the_export": "prism",
    "tests/test_bulk_recipes.py::test_export_conversations_saves_the_download_to_a_file": "prism",
    "tests/test_mock_server.py": "prism",
    "tests/test_packaging.py": "wheel",  # dist_dir: python -m build, the wheel installed in a venv
    "tests/test_vendoring.py": "vendored",  # vendored_root, and the package's files parsed once
    "tests/test_spec_changes.py": "preview-specs",  # the two shared Preview specs parsed (module)
    "tests/test_typing.py": "typing",  # one mypy run and one pyright run for all its tests
    "tests/test_regeneration.py": "regeneration",  # two older specs regenerated, type-checked, collected (module)
    "tests/test_api_changes.py": "api-changes",  # the committed package copied, mutated and loaded by griffe (module)
}


def shared_fixture_group(nodeid: str) -> str | None:
    """The group of a test (the longest matching prefix in SHARED_FIXTURE_GROUPS), or None."""
    matches = [
        prefix
        for prefix in SHARED_FIXTURE_GROUPS
        if nodeid == prefix or nodeid.startswith((prefix + "::", prefix + "["))  # "[": a parametrized test
    ]
    return SHARED_FIXTURE_GROUPS[max(matches, key=len)] if matches else None


# The groups that take longest (tens of seconds of one worker's time each), started first: xdist hands the
# scopes out in the order the tests were collected, and one of these begun last would run alone at the end.
LONG_GROUPS = ("regeneration", "vendored", "prism", "api-changes", "typing", "wheel", "preview-specs")
LONG_TESTS = ("tests/test_generated.py", "tests/test_redis_rate_limit.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, the tests of the long groups (and the long tests) move to the front, in LONG_GROUPS order."""
    if not config.pluginmanager.hasplugin("xdist") or not getattr(config.option, "numprocesses", None):
        return

    def rank(item: pytest.Item) -> int:
        group = shared_fixture_group(item.nodeid)
        if group in LONG_GROUPS:
            return LONG_GROUPS.index(group)
        if item.nodeid.startswith(LONG_TESTS):
            return len(LONG_GROUPS)
        return len(LONG_GROUPS) + 1

    items.sort(key=rank)  # stable: the order within each rank is the collection's


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist's load-scope scheduler with SHARED_FIXTURE_GROUPS as the scopes (a test alone otherwise)."""
    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            group = shared_fixture_group(nodeid)
            return f"group:{group}" if group else nodeid

    return SharedFixtureScheduling(config, log)


# -- lines shown at the end of the run (e.g. "contract: 256/256 operations accepted") ------------

SUMMARY_LINES: list[str] = []


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under xdist, a worker hands its summary lines to the controller (see pytest_testnodedown)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["summary_lines"] = list(SUMMARY_LINES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist's controller collects each worker's summary lines (the same line from two workers once)."""
    for line in getattr(node, "workeroutput", {}).get("summary_lines", []):
        if line not in SUMMARY_LINES:
            SUMMARY_LINES.append(line)


# The suites whose cases are counted into a line of their own: each test item below the folder counts
# once (one per case and client), as passed when its setup, call and teardown all passed. Counted here,
# in the root conftest, because under xdist only the controller sees every report, and it loads no
# conftest of a subfolder.
COUNTED_SUITES = {
    "tests/faults/": "faults: {passed}/{total} cases passed on httpx, aiohttp and sync clients",
    # The edges of a call, tried as a careful user and an attacker would: the ids a caller passes, the
    # size and shape of what comes back, the process and event loop a client lives in, its environment.
    "tests/edges/": "edges: {passed}/{total} cases passed",
}
_suite_outcomes: dict[str, dict[str, bool]] = {folder: {} for folder in COUNTED_SUITES}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    nodeid = report.nodeid.replace("\\", "/")
    for folder, outcomes in _suite_outcomes.items():
        if folder in nodeid and not report.skipped:
            outcomes[report.nodeid] = outcomes.get(report.nodeid, True) and report.passed


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in SUMMARY_LINES:
        terminalreporter.write_line(line)
    for folder, outcomes in _suite_outcomes.items():
        if outcomes:
            line = COUNTED_SUITES[folder].format(passed=sum(outcomes.values()), total=len(outcomes))
            terminalreporter.write_line(line)


# -- the embedded Prism mock ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def mock_url(mock_server: MockServer) -> str:
    """URL of the Prism mock serving the normalised pinned spec (see ``mock_server``)."""
    return mock_server.url


@pytest.fixture(scope="session")
def mock_server(normalised_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """A Prism mock serving the normalised pinned spec on a free 127.0.0.1 port (one per worker).

    When Prism cannot be installed (``ensure_installed`` names what is missing: node, npm, or the
    install's error) the tests that need it are skipped with that message, and fail under CI. Prism is
    stopped (its process group, by PID) at the end of the session whatever the tests did.
    """
    try:
        ensure_installed()
    except MockServerError as exc:
        if running_under_ci():
            pytest.fail(f"CI=true and the Prism mock cannot be installed: {exc}", pytrace=False)
        pytest.skip(f"the Prism mock cannot be installed: {exc}")
    spec_file = tmp_path_factory.mktemp("mock-spec") / "intercom-normalised.json"
    spec_file.write_text(json.dumps(normalised_spec), encoding="utf-8")
    server = MockServer(spec_file)
    try:
        server.start()
    except MockServerError as exc:
        pytest.fail(f"the Prism mock did not start on the normalised spec: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()
