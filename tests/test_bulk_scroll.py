"""walk_companies against the loopback fake's scroll: one scroll per app, expiry, server errors, restarts."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from intercom_client import AsyncIntercom, AuthenticationError, ConfigurationError, Intercom, IntercomError
from intercom_client.bulk import Progress, ScrollBusyError, ScrollRestartLimitError, ScrollStalledError, walk_companies
from tests.asgi_server import serve_asgi
from tests.fake_intercom.companies import ScrollState, routes
from tests.fake_intercom.jobs import error

TOKEN = "tok-scroll-test"
IDLE = 0.5  # the fake scroll's idle expiry (Intercom: one minute)


@pytest.fixture
def scroll() -> Iterator[tuple[str, ScrollState]]:
    state = ScrollState(1_234, page_size=100, idle_expiry=IDLE)
    with serve_asgi(Starlette(routes=routes(state)), name="fake-scroll") as url:
        yield url, state


def _ids(count: int) -> list[str]:
    return [f"c{i:06d}" for i in range(count)]


async def test_walks_every_company_once_async(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    seen: list[Progress] = []
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        walk = walk_companies(client, on_progress=seen.append)
        ids = [company.id async for company in walk]
    assert ids == _ids(1_234)
    assert walk.restarts == 0 and state.opened == 1
    assert seen[-1].finished and seen[-1].items == 1_234 and seen[-1].pages == 14  # 13 full pages + the empty end


async def test_a_walk_is_iterated_once(scroll: tuple[str, ScrollState]) -> None:
    """A second loop over a finished walk would silently find nothing: it is refused instead."""
    url, state = scroll
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        walk = walk_companies(client)
        assert len([company async for company in walk]) == 1_234
        with pytest.raises(IntercomError, match="iterated once: call walk_companies"):
            [company async for company in walk]
    assert state.opened == 1


def test_walks_past_ten_thousand_sync() -> None:
    """The page-number listing stops at 10,000 companies; the scroll does not."""
    state = ScrollState(10_250, page_size=1_000, idle_expiry=IDLE)
    with serve_asgi(Starlette(routes=routes(state))) as url, Intercom(token=TOKEN, base_url=url) as client:
        ids = [company.id for company in walk_companies(client)]
    assert len(ids) == 10_250 and len(set(ids)) == 10_250


def _walk_doing(url: str, after: int, action: Callable[[], object]) -> tuple[list[str], int]:
    """Walk with the sync client, running ``action`` in the loop body after the ``after``-th company;
    returns the ids and the restarts."""
    with Intercom(token=TOKEN, base_url=url, max_retries=0) as client:
        walk = walk_companies(client)
        ids = []
        for company in walk:
            ids.append(company.id)
            if len(ids) == after:
                action()
    return ids, walk.restarts


def test_a_server_error_restarts_from_the_beginning_without_duplicates(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    ids, restarts = _walk_doing(url, 450, state.fail_next)  # fails the request for the 6th page
    assert ids == _ids(1_234)
    assert restarts == 1 and state.opened == 2 and 500 in state.answers


def test_the_clients_own_retry_after_a_500_meets_the_closed_scroll_and_restarts(
    scroll: tuple[str, ScrollState],
) -> None:
    url, state = scroll
    state.fail_next()
    with Intercom(token=TOKEN, base_url=url, max_retries=2) as client:
        walk = walk_companies(client)
        ids = [company.id for company in walk]
    assert ids == _ids(1_234)
    assert walk.restarts == 1 and state.answers[1:3] == [500, 404]


def test_a_slow_loop_body_lets_the_scroll_expire_and_the_walk_restarts(scroll: tuple[str, ScrollState]) -> None:
    """Documented: a loop body slower than the idle expiry costs a restart, never a lost or repeated company."""
    url, state = scroll
    ids, restarts = _walk_doing(url, 250, lambda: time.sleep(IDLE + 0.3))
    assert ids == _ids(1_234)
    assert restarts == 1 and 404 in state.answers


async def test_too_many_restarts_is_a_typed_error(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    state.fail_next(3)
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        ids: list[str] = []
        with pytest.raises(ScrollRestartLimitError) as caught:
            async for company in walk_companies(client, max_restarts=2):
                ids.append(company.id)
    assert caught.value.restarts == 2 and caught.value.yielded == 100 == len(ids)
    assert "failed 3 times" in str(caught.value) and caught.value.__cause__ is not None


def test_another_open_scroll_raises_at_once_when_asked(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    state.open_elsewhere()
    client = Intercom(token=TOKEN, base_url=url, max_retries=0)
    with client, pytest.raises(ScrollBusyError, match="another company scroll is open") as caught:
        list(walk_companies(client, on_busy="raise"))
    assert caught.value.waited == 0
    assert state.answers == [400]


async def test_another_open_scroll_is_waited_for_until_it_expires(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    state.open_elsewhere()
    states: list[str | None] = []
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        ids = [c.id async for c in walk_companies(client, on_progress=lambda p: states.append(p.state))]
    assert ids == _ids(1_234)
    assert state.answers[0] == 400 and "waiting for another scroll" in states


def test_waiting_is_bounded_by_busy_timeout(scroll: tuple[str, ScrollState]) -> None:
    url, state = scroll
    state.idle_expiry = 30.0
    state.open_elsewhere()
    started = time.monotonic()
    client = Intercom(token=TOKEN, base_url=url, max_retries=0)
    with client, pytest.raises(ScrollBusyError) as caught:
        list(walk_companies(client, busy_timeout=1.0))
    assert time.monotonic() - started < 5
    assert 0 < caught.value.waited <= 1.0 and state.answers.count(400) >= 2


def test_other_errors_are_raised_as_they_come() -> None:
    async def unauthorized(request: object) -> JSONResponse:
        return error(401, "unauthorized", "Access Token Invalid")

    app = Starlette(routes=[Route("/companies/scroll", unauthorized)])
    with serve_asgi(app) as other, Intercom(token=TOKEN, base_url=other) as client, pytest.raises(AuthenticationError):
        list(walk_companies(client))


@pytest.mark.parametrize(
    ("option", "value"), [("on_busy", "later"), ("max_restarts", -1), ("busy_timeout", -1), ("max_restarts", True)]
)
def test_bad_options_are_refused(option: str, value: object) -> None:
    client = Intercom(token=TOKEN, base_url="http://127.0.0.1:9")
    with client, pytest.raises(ConfigurationError, match=option):
        walk_companies(client, **{option: value})  # type: ignore[arg-type]


def test_a_scroll_that_does_not_move_on_is_stopped() -> None:
    """A server answering the same page and scroll_param forever (the Prism mock does) is not walked forever."""
    page = {"type": "list", "data": [{"type": "company", "id": "same"}], "scroll_param": "again"}
    calls: list[str | None] = []

    async def same_page(request: Request) -> JSONResponse:
        calls.append(request.query_params.get("scroll_param"))
        return JSONResponse(page)

    app = Starlette(routes=[Route("/companies/scroll", same_page)])
    with serve_asgi(app) as url, Intercom(token=TOKEN, base_url=url) as client:
        ids = []
        with pytest.raises(ScrollStalledError, match="does not move on"):
            ids.extend(company.id for company in walk_companies(client))
    assert ids == ["same"] and calls == [None, "again", "again", "again", "again"]


async def test_against_the_prism_mock(mock_url: str) -> None:
    """Prism serves the scroll's example: one company and the same scroll_param on every call, never the
    empty last page; the walk yields that company once and stops with ScrollStalledError instead of looping."""
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        ids: list[str] = []
        with pytest.raises(ScrollStalledError):
            async for company in walk_companies(client):
                ids.append(company.id)
    assert ids == ["6762f0971bb69f9f2193bb2b"]
