"""The pytest plugin: opted into by name, its fixture fails a test on a defect of the kit; no pytest11 entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

USER_TESTS = """
from intercom_client.testing import FakeIntercom
from intercom_client.testing import _handlers


def test_uses_the_fixture(intercom_fake):
    assert isinstance(intercom_fake, FakeIntercom)
    alice = intercom_fake.contacts.add(email="alice@example.com")
    with intercom_fake.client() as client:
        assert client.contacts.retrieve(alice.id).email == "alice@example.com"


def test_a_defect_of_the_kit_fails_the_test(intercom_fake, monkeypatch):
    def broken(call):
        raise KeyError("oops")

    monkeypatch.setattr(_handlers, "HANDLERS", {**_handlers.HANDLERS, "admins.identify": broken})
    monkeypatch.setattr("intercom_client.testing._core.HANDLERS", _handlers.HANDLERS)
    with intercom_fake.client(max_retries=0) as client:
        try:
            client.admins.identify()
        except Exception:
            pass  # the code under test swallowed the 500: the fixture still fails the test
"""


def test_no_pytest11_entry_point_puts_the_whole_package_under_assertion_rewriting() -> None:
    # With one, pytest marks every module of the distribution for rewriting: the generated modules were
    # then loaded by its AssertionRewritingHook (tests/operations.py's get_source failed 243 tests).
    plugins = [e.value for e in entry_points(group="pytest11")]
    assert [p for p in plugins if p.startswith("intercom_client")] == []
    import intercom_client.generated.api.contacts as module

    assert type(module.__loader__).__name__ != "AssertionRewritingHook"


def test_the_fixture_in_a_users_test_run(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["intercom_client.testing.pytest_plugin"]\n')
    # No other plugin: the installed ones cost 2 s to import.
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "2 passed, 1 error" in result.stdout, result.stdout + result.stderr  # the call passed, its teardown failed
    assert "FakeIntercom failed on a request (a defect of the kit): KeyError('oops')" in result.stdout
