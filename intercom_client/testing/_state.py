"""The fake workspace's state: its objects by kind, its clock, ids, and the notifications its changes make.

Objects are kept in their wire shape (the JSON dicts the API sends), each started from the spec's own
example of that object (the generated operations table) and then given its own values, so that what
the fake answers has every field the spec's example has. Handlers (``_contacts.py`` ...) read and change
the state; the core (``_core.py``) holds the lock around them.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._routes import operation_named
from ._wire import FakeRequest, Refusal

__all__ = ["Answer", "Call", "Handler", "State", "find_contact", "public_view", "template"]

Obj = dict[str, Any]

KINDS = (
    "admins",
    "teams",
    "contacts",
    "companies",
    "conversations",
    "tickets",
    "tags",
    "notes",
    "segments",
    "data_attributes",
    "articles",
    "subscription_types",
    "custom_object_instances",
)

NOT_FOUND = {
    "admins": ("admin_not_found", "Admin not found"),
    "teams": ("team_not_found", "Team not found"),
    "contacts": ("not_found", "User Not Found"),
    "companies": ("company_not_found", "Company Not Found"),
    "conversations": ("not_found", "Resource Not Found"),
    "tickets": ("ticket_not_found", "Ticket not found"),
    "tags": ("tag_not_found", "Tag not found"),
    "notes": ("not_found", "Resource Not Found"),
    "segments": ("not_found", "Resource Not Found"),
    "data_attributes": ("not_found", "Resource Not Found"),
    "articles": ("not_found", "Resource Not Found"),
    "subscription_types": ("not_found", "Resource Not Found"),
    "custom_object_instances": ("not_found", "Resource Not Found"),
}


def public_view(value: Any) -> Any:
    """A copy of ``value`` without the fake's own bookkeeping keys (those starting with ``_``): what the API shows."""
    if isinstance(value, dict):
        return {k: public_view(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [public_view(v) for v in value]
    return value


@functools.cache
def _template_text(key: str) -> str:
    operation = operation_named(key)
    if operation is None or operation.body is None:
        raise KeyError(key)
    return operation.body


def template(key: str, *path: str) -> Obj:
    """A fresh copy of the spec's example answer of operation ``key``, or of the object at ``path`` in it."""
    value: Any = json.loads(_template_text(key))
    for part in path:
        value = value[part] if isinstance(value, dict) else value[int(part)]
    return copy.deepcopy(value) if isinstance(value, dict) else value


@dataclass
class State:
    """Everything the fake workspace holds. Read it from tests through ``fake.state`` (under ``fake.lock``)."""

    clock: Callable[[], float] = time.time
    app_id: str = "fakeapp1"
    objects: dict[str, dict[str, Obj]] = field(default_factory=lambda: {kind: {} for kind in KINDS})
    data_events: list[Obj] = field(default_factory=list)
    notifications: list[tuple[str, Obj]] = field(default_factory=list)  # (topic, item), drained by the core
    me: str = ""  # the admin the token belongs to
    scrolls: dict[str, int] = field(default_factory=dict)  # companies scroll_param -> offset (oldest first)
    max_scrolls: int = 100  # open scrolls kept: a new one past them drops the oldest
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _ticket_numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def now(self) -> int:
        """The fake's clock, in whole Unix seconds (Intercom's timestamps)."""
        return int(self.clock())

    def new_id(self, kind: str) -> str:
        """A fresh id: 24 hex digits for contacts and companies (as Intercom's), digits for the rest."""
        n = next(self._ids)
        return f"6762f0d0{n:016x}" if kind in ("contacts", "companies", "custom_object_instances") else str(100000 + n)

    def new_ticket_number(self) -> int:
        """The workspace's next ticket number (``ticket_id``): it only grows, a deleted ticket's is not reused."""
        return next(self._ticket_numbers)

    def get(self, kind: str, object_id: str) -> Obj:
        """The object, or Intercom's 404 for its kind."""
        found = self.objects[kind].get(str(object_id))
        if found is None:
            code, message = NOT_FOUND[kind]
            raise Refusal(404, code, message)
        return found

    def add(self, kind: str, obj: Obj) -> Obj:
        self.objects[kind][str(obj["id"])] = obj
        return obj

    def emit(self, topic: str, item: Obj) -> None:
        """Record a notification for the webhook subscribers (the core signs and delivers it)."""
        self.notifications.append((topic, copy.deepcopy(item)))


def find_contact(state: State, fields: Mapping[str, Any], keys: Sequence[tuple[str, str]], missing: Refusal) -> Obj:
    """The contact named by the first of ``keys`` that ``fields`` sets (not None): each key is
    ``(name in fields, contact field)``, e.g. ``("user_id", "external_id")``; 404 when none has that value,
    ``missing`` when ``fields`` sets none of the keys."""
    for key, contact_field in keys:
        wanted = fields.get(key)
        if wanted is not None:
            for contact in state.objects["contacts"].values():
                if str(contact.get(contact_field)) == str(wanted):
                    return contact
            raise Refusal(404, "not_found", "User Not Found")
    raise missing


@dataclass(frozen=True, slots=True)
class Call:
    """What a handler gets: the state, the request, its path parameters."""

    state: State
    request: FakeRequest

    @property
    def params(self) -> Any:
        """The path parameters by the spec's names; the last, the object's own id, is also ``"id"``: the name
        the handlers read, the pinned spec's (2.15 says ``contact_id``, ``conversation_id``, ``tag_id``...)."""
        params = self.request.params
        if params and "id" not in params:
            return {**params, "id": list(params.values())[-1]}
        return params

    def body(self) -> Obj:
        """The JSON body as an object ({} when empty); 400 when it is not a JSON object."""
        try:
            value = self.request.json()
        except Exception:
            raise Refusal(400, "parameter_invalid", "the request body is not valid JSON") from None
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise Refusal(400, "parameter_invalid", "the request body must be a JSON object")
        if _depth_exceeds(value, MAX_BODY_DEPTH):
            raise Refusal(400, "parameter_invalid", f"the request body is nested deeper than {MAX_BODY_DEPTH} levels")
        return value


MAX_BODY_DEPTH = 64
"""How deeply a request body's objects and arrays may nest: what the fake stores stays copyable and showable."""


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether ``value`` nests dicts/lists more than ``limit`` levels deep (iterative: no recursion of its own)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


@dataclass(frozen=True, slots=True)
class Answer:
    """A handler's answer with a status other than the operation's documented success."""

    status: int
    value: Any


Handler = Callable[[Call], Any]
"""A stateful operation: returns the JSON value of the success answer, or (status, value)."""
