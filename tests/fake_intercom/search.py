"""The search endpoints of the loopback fake: ``POST /{contacts,companies,conversations,tickets}/search``.

Rules enforced (Intercom's search documentation, Preview reference, e.g.
https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/contacts/searchcontacts):

- at most two levels of nested groups, at most 15 members per ``AND``/``OR`` group, ``per_page`` at most
  150: otherwise 400 with an ``error.list`` body. Intercom does not document the error *code* of these
  three; the fake answers ``bad_request`` (its own choice) with a message naming the rule;
- an unknown sort order is 400 ``invalid_sort_order`` (documented);
- timestamps are whole seconds, compared exactly (Preview: "filtered on the exact second");
- eventual consistency: an update is stored with its ``updated_at`` but becomes visible to search only
  when the test publishes it (:meth:`SearchState.publish`), or after ``visibility_delay`` seconds of
  real time: an update can appear *after* later ones have been served (the "late-appearing update");
- ``starting_after`` is an opaque cursor holding an *offset* into the current result list, so a list
  that changes between pages shifts under the cursor, as offset cursors do.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .jobs import error

RESOURCES = {
    "contacts": ("data", "list"),
    "companies": ("data", "list"),
    "conversations": ("conversations", "conversation.list"),
    "tickets": ("tickets", "ticket.list"),
}


def record(resource: str, item_id: str, updated_at: int) -> dict[str, Any]:
    """The smallest body of one item of ``resource`` that the SDK's models accept."""
    if resource == "contacts":
        return {
            "type": "contact",
            "id": item_id,
            "role": "user",
            "workspace_id": "fake",
            "created_at": 1_600_000_000,
            "updated_at": updated_at,
        }
    kind = {"companies": "company", "conversations": "conversation", "tickets": "ticket"}[resource]
    return {"type": kind, "id": item_id, "created_at": 1_600_000_000, "updated_at": updated_at}


class SearchState:
    """The searchable items of each resource and what search can see of them (thread-safe)."""

    def __init__(self, *, visibility_delay: float | None = None) -> None:
        self._lock = threading.Lock()
        # resource -> id -> (body as search shows it, pending body or None, pending since)
        self.visible: dict[str, dict[str, dict[str, Any]]] = {r: {} for r in RESOURCES}
        self.pending: dict[str, dict[str, tuple[dict[str, Any], float]]] = {r: {} for r in RESOURCES}
        self.visibility_delay = visibility_delay
        self.requests: list[dict[str, Any]] = []

    def put(self, resource: str, item_id: str, updated_at: int, *, visible: bool = True) -> None:
        """Create or update an item; with ``visible=False`` search keeps showing the old version (or
        nothing) until :meth:`publish` or ``visibility_delay``."""
        body = record(resource, item_id, updated_at)
        with self._lock:
            if visible:
                self.visible[resource][item_id] = body
                self.pending[resource].pop(item_id, None)
            else:
                self.pending[resource][item_id] = (body, time.monotonic())

    def publish(self, resource: str | None = None) -> None:
        """Make every pending update visible to search."""
        with self._lock:
            for name in [resource] if resource else list(RESOURCES):
                for item_id, (body, _) in self.pending[name].items():
                    self.visible[name][item_id] = body
                self.pending[name].clear()

    def _settle(self, resource: str) -> None:
        if self.visibility_delay is None:
            return
        now = time.monotonic()
        for item_id, (body, since) in list(self.pending[resource].items()):
            if now - since >= self.visibility_delay:
                self.visible[resource][item_id] = body
                del self.pending[resource][item_id]

    def search(self, resource: str, body: dict[str, Any]) -> JSONResponse:
        self.requests.append(body)
        query = body.get("query")
        if not isinstance(query, dict):
            return error(400, "parameter_not_found", "query is required")
        problem = _check_query(query, 1)
        if problem:
            return error(400, "bad_request", problem)
        pagination = body.get("pagination") or {}
        per_page = pagination.get("per_page", 20)
        if not isinstance(per_page, int) or not 1 <= per_page <= 150:
            return error(400, "bad_request", f"per_page must be between 1 and 150, got {per_page}")
        sort = body.get("sort") or {}
        order = sort.get("order", "descending")
        if order not in ("ascending", "descending"):
            return error(
                400, "invalid_sort_order", f"Invalid sort order '{order}'. Must be one of: ascending, descending"
            )
        field = sort.get("field", "created_at")
        with self._lock:
            self._settle(resource)
            rows = [item for item in self.visible[resource].values() if _matches(item, query)]
        rows.sort(key=lambda item: (item.get(field) or 0, item["id"]), reverse=order == "descending")
        offset = _offset(pagination.get("starting_after"))
        page_rows = rows[offset : offset + per_page]
        key, kind = RESOURCES[resource]
        total_pages = max(1, -(-len(rows) // per_page))
        pages: dict[str, Any] = {"type": "pages", "page": offset // per_page + 1, "per_page": per_page}
        pages["total_pages"] = total_pages
        if offset + per_page < len(rows):
            pages["next"] = {"per_page": per_page, "starting_after": _cursor(offset + per_page)}
        return JSONResponse({"type": kind, key: page_rows, "total_count": len(rows), "pages": pages})


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def _offset(cursor: object) -> int:
    if not cursor:
        return 0
    try:
        return int(json.loads(base64.urlsafe_b64decode(str(cursor)))["o"])
    except (ValueError, KeyError, TypeError):
        return 0


def _check_query(query: dict[str, Any], level: int) -> str | None:
    if "field" in query:
        return None
    members = query.get("value")
    if query.get("operator") not in ("AND", "OR") or not isinstance(members, list):
        return "a group needs operator AND or OR and a list of filters"
    if level > 2:
        return "There's a limit of max 2 nested filters"
    if len(members) > 15:
        return "There's a limit of max 15 filters for each AND or OR group"
    for member in members:
        problem = _check_query(member, level + 1)
        if problem:
            return problem
    return None


def _matches(item: dict[str, Any], query: dict[str, Any]) -> bool:
    if "field" not in query:
        results = (_matches(item, member) for member in query["value"])
        return all(results) if query["operator"] == "AND" else any(results)
    value = item.get(query["field"])
    wanted = query["value"]
    operator = query["operator"]
    if operator == "=":
        return bool(value == wanted)
    if operator == "!=":
        return bool(value != wanted)
    if operator == "IN":
        return value in wanted
    if operator == "NIN":
        return value not in wanted
    if value is None:
        return False
    if operator == ">":
        return bool(value > wanted)
    if operator == ">=":
        return bool(value >= wanted)
    if operator == "<":
        return bool(value < wanted)
    if operator == "<=":
        return bool(value <= wanted)
    if operator == "~":
        return str(wanted) in str(value)
    if operator == "^":
        return str(value).startswith(str(wanted))
    return False


def routes(state: SearchState) -> list[Route]:
    """The Starlette routes of the search endpoints, served from ``state``."""

    def endpoint(resource: str) -> Any:
        async def search(request: Request) -> JSONResponse:
            return state.search(resource, await request.json())

        return search

    return [Route(f"/{name}/search", endpoint(name), methods=["POST"]) for name in RESOURCES]
