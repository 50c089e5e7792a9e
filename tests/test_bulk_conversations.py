"""Complete conversations against the loopback fake (the 500-part cap) and the Prism mock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from starlette.applications import Starlette

from intercom_client import AsyncIntercom, Intercom, InvalidParameterError, NotFoundError
from intercom_client.bulk import (
    PART_CAP,
    ConversationTruncatedError,
    Progress,
    fetch_complete_conversation,
)

from .asgi_server import serve_asgi
from .fake_intercom.conversations import ConversationsState

TOKEN = "fake-token-conversations"


@pytest.fixture
def state() -> ConversationsState:
    state = ConversationsState()
    state.add("short", 120)
    state.add("long", 1234)
    state.add("exact", PART_CAP)
    return state


@pytest.fixture
def url(state: ConversationsState) -> Iterator[str]:
    with serve_asgi(Starlette(routes=state.routes()), name="fake-conversations") as url:
        yield url


@pytest.fixture
async def client(url: str) -> AsyncIterator[AsyncIntercom]:
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0) as client:
        yield client


async def test_a_conversation_under_the_cap_is_complete(client: AsyncIntercom) -> None:
    seen: list[Progress] = []
    result = await fetch_complete_conversation(client, "short", on_progress=seen.append)

    assert not result.truncated and result.missing == 0
    assert result.total_count == result.returned_count == 120
    assert [p.id for p in result.parts] == [f"short-p{i}" for i in range(120)]  # each part once, in order
    assert seen[-1].finished and seen[-1].items == 120 and seen[-1].total == 120


async def test_exactly_the_cap_is_not_truncated(client: AsyncIntercom) -> None:
    result = await fetch_complete_conversation(client, "exact")
    assert (result.truncated, result.returned_count, result.total_count) == (False, PART_CAP, PART_CAP)


async def test_a_conversation_over_the_cap_says_what_is_missing(client: AsyncIntercom) -> None:
    seen: list[Progress] = []
    result = await fetch_complete_conversation(client, "long", on_progress=seen.append)

    assert result.truncated
    assert (result.returned_count, result.total_count, result.missing) == (500, 1234, 734)
    # The API keeps the 500 most recent parts: the oldest 734 are the ones out of reach.
    assert [p.id for p in result.parts] == [f"long-p{i}" for i in range(734, 1234)]
    assert result.conversation.source is not None and result.conversation.source.body == "<p>hello</p>"
    assert any(p.state and "734 of 1234" in p.state for p in seen)


async def test_strict_mode_raises_with_the_result(client: AsyncIntercom) -> None:
    with pytest.raises(ConversationTruncatedError) as caught:
        await fetch_complete_conversation(client, "long", strict=True)
    assert caught.value.result.missing == 734
    assert "1234 parts" in str(caught.value) and "734 older" in str(caught.value)
    assert (await fetch_complete_conversation(client, "short", strict=True)).total_count == 120


async def test_an_unknown_conversation_and_a_bad_id_get_typed_errors(client: AsyncIntercom) -> None:
    with pytest.raises(NotFoundError):
        await fetch_complete_conversation(client, "missing")
    for bad in ("", ".", ".."):  # a dot segment would send GET / or GET /conversations
        with pytest.raises(InvalidParameterError, match="conversation_id"):
            await fetch_complete_conversation(client, bad)


async def test_params_reach_the_query_whether_the_method_names_them_or_not(
    client: AsyncIntercom, state: ConversationsState
) -> None:
    """``display_as`` is an argument of ``conversations.retrieve``; a parameter it lacks goes as extra_query."""
    await fetch_complete_conversation(client, "short", params={"display_as": "plaintext", "not_in_spec": "1"})
    await fetch_complete_conversation(client, "short")
    assert state.queries == [{"display_as": "plaintext", "not_in_spec": "1"}, {}]


def test_the_same_helper_with_the_sync_client(url: str, state: ConversationsState) -> None:
    with Intercom(token=TOKEN, base_url=url, max_retries=0) as client:
        result = fetch_complete_conversation(client, "long")
        with pytest.raises(ConversationTruncatedError):
            fetch_complete_conversation(client, "long", strict=True)
    assert (result.truncated, result.missing) == (True, 734)
    assert state.requests == 2


async def test_prism_serves_a_conversation_with_its_parts(mock_url: str) -> None:
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        result = await fetch_complete_conversation(client, 123)
    # The normalised spec's example: conversation 503 with all its parts (total_count equal to the list's length).
    assert result.id == "503" and not result.truncated
    assert result.returned_count == result.total_count > 0
    assert len({p.id for p in result.parts}) == result.returned_count
