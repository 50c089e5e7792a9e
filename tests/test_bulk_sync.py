"""sync_updated against the loopback fake's search: every version once across runs, late updates caught by
the overlap, updates made during a run, the checkpoint, the query limits, both clients."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette

from intercom_client import AsyncIntercom, Intercom, IntercomError
from intercom_client.bulk import (
    Checkpoint,
    CheckpointError,
    Filter,
    Progress,
    ProgressBarUnavailableError,
    SearchQueryError,
    all_of,
    any_of,
    sync_updated,
)
from tests.asgi_server import serve_asgi
from tests.fake_intercom.search import SearchState, routes
from tests.operations import require_method

TOKEN = "tok-sync-test"
T0 = 1_700_000_000


@pytest.fixture
def fake() -> Iterator[tuple[str, SearchState]]:
    state = SearchState()
    with serve_asgi(Starlette(routes=routes(state)), name="fake-search") as url:
        yield url, state


def _fill(state: SearchState, resource: str, count: int, *, per_second: int = 3, start: int = T0) -> None:
    for i in range(count):
        state.put(resource, f"{resource[:2]}{i:05d}", start + i // per_second)


def _run(url: str, resource: str, **options: Any) -> tuple[list[tuple[str, int]], Checkpoint]:
    with Intercom(token=TOKEN, base_url=url, max_retries=0) as client:
        run = sync_updated(client, resource, **options)  # type: ignore[call-overload]
        got = [(item.id, item.updated_at) for item in run]
        return got, run.checkpoint


def test_a_first_run_yields_everything_once_in_updated_order(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 1_000)
    got, checkpoint = _run(url, "contacts")
    assert len(got) == 1_000 and len(set(got)) == 1_000
    assert [stamp for _, stamp in got] == sorted(stamp for _, stamp in got)
    assert checkpoint.updated_at == T0 + 333
    # every request is a search Intercom accepts: 150 a page, updated_at ascending, within the limits
    assert all(body["pagination"]["per_page"] == 150 for body in state.requests)
    assert all(body["sort"] == {"field": "updated_at", "order": "ascending"} for body in state.requests)


def test_the_next_run_yields_only_what_changed(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 500)
    _, checkpoint = _run(url, "contacts")
    again, same = _run(url, "contacts", since=checkpoint)
    assert again == [] and same.updated_at == checkpoint.updated_at
    state.put("contacts", "co00007", T0 + 400)
    state.put("contacts", "new", T0 + 401)
    changed, after = _run(url, "contacts", since=Checkpoint.from_json(checkpoint.to_json()))
    assert changed == [("co00007", T0 + 400), ("new", T0 + 401)]
    assert after.updated_at == T0 + 401


def test_a_late_appearing_update_is_caught_by_the_overlap_on_the_next_run(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 300)
    _, first = _run(url, "contacts")
    top = first.updated_at
    # Updated at top-5 but searchable only later (eventual consistency); a later update is searchable now.
    state.put("contacts", "late", top - 5, visible=False)
    state.put("contacts", "prompt", top + 10)
    second_items, second = _run(url, "contacts", since=first, overlap=60)
    assert second_items == [("prompt", top + 10)]
    state.publish()
    third_items, third = _run(url, "contacts", since=second, overlap=60)
    assert third_items == [("late", top - 5)]  # caught by re-reading 60 s before the checkpoint, and only it
    fourth_items, _ = _run(url, "contacts", since=third, overlap=60)
    assert fourth_items == []


def test_a_late_update_older_than_the_overlap_is_missed_as_documented(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 30)
    _, first = _run(url, "contacts")
    state.put("contacts", "too-late", first.updated_at - 120)  # older than the 60 s overlap window
    got, _ = _run(url, "contacts", since=first, overlap=60)
    assert got == []


def test_updates_made_during_a_run_are_yielded_and_nothing_is_lost(fake: tuple[str, SearchState]) -> None:
    """Items updated mid-run move to the end of the order: a cursor into the shifting list would skip
    unread items; the keyset paging does not, and the new versions come at the end."""
    url, state = fake
    _fill(state, "contacts", 900, per_second=1)
    with Intercom(token=TOKEN, base_url=url, max_retries=0) as client:
        run = sync_updated(client, "contacts")
        got: list[tuple[str, int]] = []
        for contact in run:
            got.append((contact.id, contact.updated_at))
            if len(got) == 200:
                for i in range(0, 150):  # 150 already-read items are updated: the list shifts under a cursor
                    state.put("contacts", f"co{i:05d}", T0 + 2_000 + i)
                state.put("contacts", "co00800", T0 + 5_000)  # an unread one is updated too
    counts = Counter(got)
    assert max(counts.values()) == 1
    assert {item_id for item_id, _ in got} == {f"co{i:05d}" for i in range(900)}
    assert ("co00800", T0 + 800) not in counts and ("co00800", T0 + 5_000) in counts
    assert all((f"co{i:05d}", T0 + 2_000 + i) in counts for i in range(150))
    assert run.checkpoint.updated_at == T0 + 5_000


def test_more_than_a_page_in_one_second_is_walked_with_the_cursor(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 400, per_second=400)  # all in one second
    state.put("contacts", "after", T0 + 1)
    got, checkpoint = _run(url, "contacts")
    assert len(got) == 401 and len(set(got)) == 401
    assert any("starting_after" in body["pagination"] for body in state.requests)
    assert checkpoint.updated_at == T0 + 1


@pytest.mark.parametrize("resource", ["companies", "conversations", "tickets"])
async def test_each_searchable_resource_async(fake: tuple[str, SearchState], resource: str) -> None:
    require_method(resource, "search")
    url, state = fake
    _fill(state, resource, 320)
    progress: list[Progress] = []
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        run = sync_updated(client, resource, on_progress=progress.append)  # type: ignore[call-overload]
        got = [(item.id, item.updated_at) async for item in run]
    assert len(got) == 320 and len(set(got)) == 320
    assert run.checkpoint.resource == resource
    assert progress[-1].finished and progress[-1].items == 320 and progress[-1].task == f"sync {resource}"


def test_a_user_filter_is_combined_with_the_window(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 200)
    where = any_of(Filter("id", "=", "co00003"), all_of(Filter("id", "^", "co0001"), Filter("id", "!=", "co00011")))
    got, _ = _run(url, "contacts", where=where)
    assert sorted(item_id for item_id, _ in got) == ["co00003"] + [f"co{i:05d}" for i in range(10, 20) if i != 11]
    assert state.requests[0]["query"]["operator"] == "OR"  # distributed over the OR: two levels, not three


def test_a_user_filter_that_cannot_fit_is_refused_before_any_request(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    too_deep = any_of(Filter("id", "=", "a"), any_of(Filter("id", "=", "b"), Filter("id", "=", "c")))
    with pytest.raises(SearchQueryError, match="one sync per branch"):
        _run(url, "contacts", where=too_deep)
    with pytest.raises(SearchQueryError, match="per_page"):
        _run(url, "contacts", per_page=151)
    assert state.requests == []


def test_day_granularity_widens_the_query_and_filters_the_second_itself(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 10, per_second=1)
    state.put("contacts", "day-before", T0 - 50_000)
    got, _ = _run(url, "contacts", since=T0 + 2, overlap=0, granularity="day")
    assert [item_id for item_id, _ in got] == [f"co{i:05d}" for i in range(2, 10)]
    assert state.requests[0]["query"] == {"field": "updated_at", "operator": ">", "value": T0 + 2 - 2 * 86_400}


def test_the_checkpoint_keeps_only_the_overlap_window(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 3_000, per_second=1)
    got, checkpoint = _run(url, "contacts", overlap=30)
    assert len(got) == 3_000
    assert checkpoint.updated_at == T0 + 2_999
    assert [pair[1] for pair in checkpoint.seen] == list(range(T0 + 2_969, T0 + 3_000))
    assert len(checkpoint.to_json()) < 2_000


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "is JSON"),
        ('{"version": 9}', "not a version 1 checkpoint"),
        ('{"version": 1, "resource": "users", "updated_at": 1, "seen": []}', "resource must be one of"),
        ('{"version": 1, "resource": "contacts", "updated_at": "1", "seen": []}', "must be an integer"),
        ('{"version": 1, "resource": "contacts", "updated_at": 1, "seen": [["a"]]}', "pairs"),
        ('{"version": 1, "resource": "contacts", "updated_at": 1}', "pairs"),
    ],
)
def test_a_bad_checkpoint_is_a_typed_error(text: str, words: str) -> None:
    with pytest.raises(CheckpointError, match=words):
        Checkpoint.from_json(text)


def test_a_checkpoint_of_another_resource_or_a_second_iteration_is_refused(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    _fill(state, "contacts", 3)
    with Intercom(token=TOKEN, base_url=url) as client:
        with pytest.raises(CheckpointError, match="of tickets, not of contacts"):
            sync_updated(client, "contacts", since=Checkpoint(resource="tickets", updated_at=1))
        run = sync_updated(client, "contacts")
        assert len(list(run)) == 3
        with pytest.raises(IntercomError, match="iterated once"):
            list(run)


@pytest.mark.parametrize(
    ("resource", "count"), [("contacts", 0), ("companies", 0), ("conversations", 1), ("tickets", 1)]
)
async def test_against_the_prism_mock(mock_url: str, resource: str, count: int) -> None:
    """Prism answers each search with the operation's example (one page, no next cursor; the contacts and
    companies examples are empty): the example's items decode, are yielded once and checkpointed. Prism
    does not refuse a search body outside the schema (an unknown operator gets the example too), so this does
    not check the query itself: the fake and the builder's tests do."""
    require_method(resource, "search")
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        run = sync_updated(client, resource, since=1, where=Filter("id", "!=", "x"))  # type: ignore[call-overload]
        got = [(item.id, item.updated_at) async for item in run]
    assert len(got) == count
    assert run.checkpoint.updated_at == max([1] + [stamp for _, stamp in got])


def test_an_update_searchable_only_after_a_delay_is_caught_by_the_next_run() -> None:
    """The fake's real-time eventual consistency: visible to search 0.3 s after it was written."""
    state = SearchState(visibility_delay=0.3)
    _fill(state, "tickets", 20)
    with serve_asgi(Starlette(routes=routes(state))) as url:
        _, first = _run(url, "tickets")
        state.put("tickets", "slow", first.updated_at, visible=False)  # same second as the checkpoint
        assert _run(url, "tickets", since=first)[0] == []
        time.sleep(0.4)
        got, second = _run(url, "tickets", since=first)
    assert got == [("slow", first.updated_at)]
    assert ("slow", first.updated_at) in second.seen


def test_a_missing_progress_bar_library_is_refused_before_any_request(fake: tuple[str, SearchState]) -> None:
    url, state = fake
    with pytest.raises(ProgressBarUnavailableError):
        _run(url, "contacts", progress_bar="nope")
    assert state.requests == []
