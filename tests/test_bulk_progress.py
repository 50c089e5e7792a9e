"""The progress reporter every bulk helper shares: callback, INFO log lines, bars, typed errors."""

from __future__ import annotations

import importlib.util
import logging

import pytest

from intercom_client import ConfigurationError
from intercom_client.bulk import Progress, ProgressBarUnavailableError
from intercom_client.bulk._progress import ProgressReporter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_callback_sees_counts_state_and_the_end() -> None:
    seen: list[Progress] = []
    clock = FakeClock()
    with ProgressReporter("sync contacts", on_progress=seen.append, clock=clock) as progress:
        clock.now += 2
        progress.advance(items=150, pages=1)
        progress.set_total(300)
        progress.set_state("in_progress")
        clock.now += 1
        progress.advance(items=150, pages=1)
    assert [(p.items, p.pages, p.state, p.finished) for p in seen] == [
        (150, 1, None, False),
        (150, 1, "in_progress", False),
        (300, 2, "in_progress", False),
        (300, 2, "in_progress", True),
    ]
    assert seen[-1].elapsed == 3.0 and seen[-1].total == 300 and seen[-1].task == "sync contacts"


def test_a_failed_task_still_reports_its_end_once(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[Progress] = []
    caplog.set_level(logging.INFO, logger="intercom_client.bulk")
    with pytest.raises(RuntimeError), ProgressReporter("export", on_progress=seen.append) as progress:
        progress.advance(items=1)
        raise RuntimeError("boom")
    assert [p.finished for p in seen] == [False, True]
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == "export: started"
    assert "export: stopped by RuntimeError" in messages
    assert messages[-1].startswith("export: finished, 1 items, 0 requests")


def test_state_changes_are_logged_once_and_counts_at_most_every_interval(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="intercom_client.bulk")
    clock = FakeClock()
    progress = ProgressReporter("job 7", log_interval=10.0, clock=clock)
    for _ in range(3):
        progress.set_state("pending")
    for _ in range(5):
        clock.now += 3
        progress.advance(pages=1)
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count("job 7: pending") == 1
    # 15 s of polling every 3 s with a 10 s interval: one periodic line (at 12 s), not five
    assert [m for m in messages if "requests" in m] == ["job 7: 0 items, 4 requests, 12 s, pending"]


@pytest.mark.parametrize("choice", ["tqdm", "rich"])
def test_a_bar_that_is_not_installed_is_a_configuration_error(choice: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == choice else real_find_spec(name, *a)
    )
    with pytest.raises(ProgressBarUnavailableError, match=f"pip install {choice}") as caught:
        ProgressReporter("walk companies", bar=choice)  # type: ignore[arg-type]
    assert isinstance(caught.value, ConfigurationError)


def test_an_unknown_bar_name_is_refused() -> None:
    with pytest.raises(ProgressBarUnavailableError, match="'fancy'"):
        ProgressReporter("walk companies", bar="fancy")  # type: ignore[arg-type]


def test_the_tqdm_bar_counts_items(capsys: pytest.CaptureFixture[str]) -> None:
    with ProgressReporter("sync contacts", bar="tqdm") as progress:
        progress.advance(items=42, pages=1)
    err = capsys.readouterr().err
    assert "sync contacts" in err and "42" in err


def test_the_rich_bar_shows_the_task_and_state() -> None:
    with ProgressReporter("data export job 7", bar="rich") as progress:
        progress.set_state("in_progress")
        bar = progress._bar
        assert bar is not None
        task = bar._progress.tasks[0]  # type: ignore[attr-defined]
        assert task.description == "data export job 7 (in_progress)"


def test_the_bulk_backoff_doubles_up_to_its_cap_with_bounded_jitter_and_resets() -> None:
    from intercom_client._backoff import Backoff

    exact = Backoff(0.5, 3.0, jitter=0.0)
    assert [exact.next() for _ in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    exact.reset()
    assert exact.next() == 0.5
    jittered = Backoff(1.0, 8.0)
    for ceiling in (1.0, 2.0, 4.0, 8.0, 8.0):
        assert 0.8 * ceiling <= jittered.next() <= ceiling
