"""Complete conversations: whether a conversation came back whole, given Intercom's 500-part cap.

``GET /conversations/{id}`` returns at most 500 conversation parts: "If you have more than that we will
return the 500 most recent conversation parts"
(https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/conversations/retrieveconversation).
The answer's ``conversation_parts.total_count`` still counts them all, so a cut is visible: fewer
parts returned than ``total_count``.

What the API offers beyond the cap: nothing, as far as its documentation goes. The conversation
endpoint has no page or cursor parameter for parts (its query parameters are ``display_as``,
``include_translations``, ``include_email_history``, ``include_monitors``, ``include_scorecards``);
``/conversations/{id}/parts`` is a ``POST`` that manages the conversation (close, snooze, assign),
not a listing; ``/conversations/{conversation_id}/conversation_parts/{id}`` only updates a part
whose id you already know; the data export covers outbound message engagement, not conversation
content; and the reporting ``conversation`` dataset has one row per conversation, not its parts.
So the oldest parts beyond the 500 most recent are out of reach: :func:`fetch_complete_conversation`
returns the conversation with ``truncated=True`` and the counts, or, with ``strict=True``, raises
:class:`ConversationTruncatedError`. The conversation's opening message (``source``) is part of the
answer whatever the cap.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, overload

import attrs

from .._exceptions import IntercomError
from .._helper_spans import traced_async, traced_sync
from .._paths import path_segment
from ._clients import is_async_client
from ._progress import ProgressBar, ProgressCallback, ProgressReporter

if TYPE_CHECKING:
    from ..generated.client import AsyncIntercom, Intercom
    from ..generated.models.conversation import Conversation
    from ..generated.models.conversation_part import ConversationPart

__all__ = [
    "PART_CAP",
    "CompleteConversation",
    "ConversationTruncatedError",
    "fetch_complete_conversation",
]

PART_CAP = 500
"""The most conversation parts ``GET /conversations/{id}`` returns (the most recent ones)."""


@attrs.frozen(kw_only=True)
class CompleteConversation:
    """A conversation with what is known of its completeness.

    Attributes:
        conversation: The conversation as returned, decoded as every response is (the client's
            ``strict_decoding`` applies).
        parts: Its conversation parts as returned, oldest first (at most :data:`PART_CAP`).
        total_count: How many parts the conversation has (Intercom's ``total_count``).
        truncated: Whether parts are missing: the oldest ``missing`` parts, which the API does not return.
    """

    conversation: Conversation = attrs.field(repr=False)
    parts: Sequence[ConversationPart] = attrs.field(repr=False)
    total_count: int
    id: str

    @property
    def returned_count(self) -> int:
        return len(self.parts)

    @property
    def missing(self) -> int:
        """Parts the API did not return (0 when complete)."""
        return max(0, self.total_count - len(self.parts))

    @property
    def truncated(self) -> bool:
        return self.missing > 0


class ConversationTruncatedError(IntercomError):
    """``strict=True`` and the conversation has more parts than the API returns (the 500-part cap).

    Attributes:
        result: The :class:`CompleteConversation` with what was returned.
    """

    def __init__(self, result: CompleteConversation) -> None:
        super().__init__(
            f"conversation {result.id} has {result.total_count} parts; the API returned the "
            f"{result.returned_count} most recent (cap {PART_CAP}) and offers no way to fetch the "
            f"{result.missing} older ones"
        )
        self.result = result


# The query parameters that ``conversations.retrieve`` takes as its own arguments; others of ``params``
# go as its ``extra_query``.
_RETRIEVE_QUERY = frozenset(
    {"display_as", "include_translations", "include_email_history", "include_monitors", "include_scorecards"}
)


def _arguments(conversation_id: str | int, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The keyword arguments of ``client.conversations.retrieve`` after the id; raises for an id that is not one.

    The id is checked here so that the error names the helper's parameter (``conversation_id``). The
    spec types it ``int``, but Intercom's conversation ids are strings of digits: either is sent as given.
    """
    path_segment("conversation_id", conversation_id, "GET /conversations/{id}")
    query = dict(params or {})
    arguments = {name: query.pop(name) for name in _RETRIEVE_QUERY & query.keys()}
    return {**arguments, "extra_query": query or None}


def _result(
    conversation_id: str, conversation: Conversation, strict: bool, progress: ProgressReporter
) -> CompleteConversation:
    listing = conversation.conversation_parts
    parts = list(listing.conversation_parts or []) if listing is not None else []
    total = listing.total_count if listing is not None and isinstance(listing.total_count, int) else len(parts)
    result = CompleteConversation(
        conversation=conversation,
        parts=parts,
        total_count=max(total, len(parts)),
        id=str(conversation.id or conversation_id),
    )
    progress.set_total(result.total_count)
    progress.advance(items=len(parts), pages=1)
    if result.truncated:
        progress.set_state(f"truncated: {result.missing} of {result.total_count} parts unavailable")
        if strict:
            raise ConversationTruncatedError(result)
    return result


async def _fetch_async(
    client: AsyncIntercom,
    conversation_id: str | int,
    *,
    strict: bool = False,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> CompleteConversation:
    arguments = _arguments(conversation_id, params)
    with ProgressReporter(f"conversation {conversation_id}", on_progress=on_progress, bar=progress_bar) as progress:
        # the id goes positionally: its parameter's name follows the spec (2.15 calls it conversation_id)
        conversation = await client.conversations.retrieve(str(conversation_id), **arguments)
        return _result(str(conversation_id), conversation, strict, progress)


def _fetch_sync(
    client: Intercom,
    conversation_id: str | int,
    *,
    strict: bool = False,
    params: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: ProgressBar = False,
) -> CompleteConversation:
    arguments = _arguments(conversation_id, params)
    with ProgressReporter(f"conversation {conversation_id}", on_progress=on_progress, bar=progress_bar) as progress:
        conversation = client.conversations.retrieve(str(conversation_id), **arguments)
        return _result(str(conversation_id), conversation, strict, progress)


class FetchOptions(TypedDict, total=False):
    """The keyword arguments of :func:`fetch_complete_conversation` (see there)."""

    strict: bool
    params: Mapping[str, Any] | None
    on_progress: ProgressCallback | None
    progress_bar: ProgressBar


@overload
def fetch_complete_conversation(
    client: AsyncIntercom, conversation_id: str | int, **options: Unpack[FetchOptions]
) -> Coroutine[Any, Any, CompleteConversation]: ...
@overload
def fetch_complete_conversation(
    client: Intercom, conversation_id: str | int, **options: Unpack[FetchOptions]
) -> CompleteConversation: ...
def fetch_complete_conversation(
    client: AsyncIntercom | Intercom, conversation_id: str | int, **options: Unpack[FetchOptions]
) -> Coroutine[Any, Any, CompleteConversation] | CompleteConversation:
    """Fetch a conversation and tell whether its parts are complete.

    ::

        result = await fetch_complete_conversation(client, "123")   # no await with Intercom
        if result.truncated:
            print(f"{result.missing} of {result.total_count} parts are beyond the API's 500-part cap")

    Args:
        client: An ``AsyncIntercom`` (then ``await`` the call) or an ``Intercom``.
        conversation_id: The conversation's id.
        strict: Raise :class:`ConversationTruncatedError` (carrying the result) when parts are missing.
        params: More query parameters (``{"display_as": "plaintext"}``).
        on_progress: Called with a :class:`~intercom_client.bulk.Progress` once the answer is in.
        progress_bar: ``True``, ``"tqdm"`` or ``"rich"`` to draw a bar.
    """
    name = "bulk.fetch_complete_conversation"
    if is_async_client(client, "fetch_complete_conversation"):
        return traced_async(client, name, _fetch_async(client, conversation_id, **options))
    return traced_sync(client, name, lambda: _fetch_sync(client, conversation_id, **options))
