"""The fake's conversations: ``GET /conversations/{id}`` with Intercom's 500-part cap.

A conversation with more than 500 parts is answered with its 500 most recent parts (oldest first)
and ``conversation_parts.total_count`` counting them all, as the docs say ("If you have more than
that we will return the 500 most recent conversation parts").
"""

from __future__ import annotations

import threading

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .jobs import error, unauthorized

PART_CAP = 500


def part(conversation_id: str, index: int) -> dict[str, object]:
    return {
        "type": "conversation_part",
        "id": f"{conversation_id}-p{index}",
        "part_type": "comment",
        "body": f"<p>part {index}</p>",
        "created_at": 1700000000 + index,
        "updated_at": 1700000000 + index,
        "notified_at": 1700000000 + index,
        "author": {"type": "admin", "id": "1", "name": "Admin", "email": "admin@example.com"},
        "attachments": [],
        "redacted": False,
    }


class ConversationsState:
    """Conversations by id, each with a number of parts; ``requests`` counts the answers given, ``queries``
    holds the query parameters of each request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parts: dict[str, int] = {}
        self.requests = 0
        self.queries: list[dict[str, str]] = []

    def add(self, conversation_id: str, parts: int) -> None:
        with self._lock:
            self._parts[conversation_id] = parts

    def routes(self) -> list[Route]:
        return [Route("/conversations/{id}", self._retrieve, methods=["GET"])]

    async def _retrieve(self, request: Request) -> Response:
        if (denied := unauthorized(request)) is not None:
            return denied
        conversation_id = request.path_params["id"]
        with self._lock:
            count = self._parts.get(conversation_id)
            self.requests += 1
            self.queries.append(dict(request.query_params))
        if count is None:
            return error(404, "conversation_not_found", "Conversation not found")
        shown = range(max(0, count - PART_CAP), count)
        return JSONResponse(
            {
                "type": "conversation",
                "id": conversation_id,
                "created_at": 1700000000,
                "updated_at": 1700000000 + count,
                "source": {
                    "type": "conversation",
                    "id": "src",
                    "body": "<p>hello</p>",
                    "delivered_as": "customer_initiated",
                },
                "state": "open",
                "conversation_parts": {
                    "type": "conversation_part.list",
                    "conversation_parts": [part(conversation_id, i) for i in shown],
                    "total_count": count,
                },
            }
        )
