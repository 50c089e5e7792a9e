"""Conversations and their parts: create, retrieve, list, search, reply, manage (close, snooze, open,
assign), update, delete, tag; each change is a part, as Intercom records it, and a notification.

Intercom's rules kept: a reply is ``message_type`` ``comment`` or ``note`` (``quick_reply`` too) from
an admin (``admin_id``) or a user (``intercom_user_id``, ``email`` or ``user_id``); ``snoozed`` needs
``snoozed_until`` in the future; ``assignment`` needs ``assignee_id``; the admin must exist (400
otherwise); an unknown conversation is 404. ``GET /conversations`` pages by cursor, 20 a page.
Search fields besides the conversation's own: ``tag_ids``, ``contact_ids``, ``source.body``,
``source.author.email``.
"""

from __future__ import annotations

from typing import Any

from ._paging import cursor_page, per_page_of
from ._search import dotted, search_page
from ._state import Call, Handler, Obj, State, find_contact, template
from ._wire import Refusal
from ._workspace import admin_ref, tag_applied, tag_in_body

__all__ = ["HANDLERS", "new_conversation"]


def _contact_author(state: State, contact: Obj) -> Obj:
    return {
        "type": contact["role"],
        "id": contact["id"],
        "name": contact.get("name") or "",
        "email": contact.get("email") or "",
    }


def _part(state: State, part_type: str, author: Obj, body: str | None, **extra: Any) -> Obj:
    now = state.now()
    part: Obj = {
        "type": "conversation_part",
        "id": state.new_id("conversation_parts"),
        "part_type": part_type,
        "body": body,
        "created_at": now,
        "updated_at": now,
        "notified_at": now,
        "author": author,
        "attachments": [],
        "external_id": None,
        "redacted": False,
    }
    part.update(extra)
    return part


def new_conversation(
    state: State, contact: Obj, body: str, *, state_name: str = "open", admin_id: str | None = None
) -> Obj:
    """A conversation started by ``contact`` with the message ``body``."""
    now = state.now()
    conversation = template("conversations.retrieve")
    conversation.update(
        {
            "id": state.new_id("conversations"),
            "created_at": now,
            "updated_at": now,
            "waiting_since": now,
            "snoozed_until": None,
            "admin_assignee_id": int(admin_id) if admin_id else None,
            "team_assignee_id": None,
            "open": state_name != "closed",
            "state": state_name,
            "read": False,
            "title": None,
            "custom_attributes": {},
            "tags": {"type": "tag.list", "tags": []},
            "priority": "not_priority",
        }
    )
    conversation["source"].update(
        {"id": state.new_id("messages"), "delivered_as": "customer_initiated", "subject": "", "body": f"<p>{body}</p>"}
    )
    conversation["source"]["author"] = _contact_author(state, contact)
    conversation["contacts"] = {
        "type": "contact.list",
        "contacts": [{"type": "contact", "id": contact["id"], "external_id": contact.get("external_id")}],
    }
    conversation["conversation_parts"] = {"type": "conversation_part.list", "conversation_parts": [], "total_count": 0}
    conversation["teammates"] = {"type": "admin.list", "admins": []}
    return state.add("conversations", conversation)


def _add_part(conversation: Obj, part: Obj) -> None:
    parts = conversation["conversation_parts"]
    parts["conversation_parts"].append(part)
    parts["total_count"] = len(parts["conversation_parts"])
    conversation["updated_at"] = part["created_at"]


def create(call: Call) -> Obj:
    state = call.state
    body = call.body()
    sender = body.get("from")
    if not isinstance(sender, dict) or sender.get("type") not in ("user", "lead", "contact") or "id" not in sender:
        raise Refusal(400, "parameter_invalid", "from must be {type: user|lead|contact, id}", field="from")
    if not body.get("body"):
        raise Refusal(400, "parameter_not_found", "body is required", field="body")
    contact = state.get("contacts", str(sender["id"]))
    conversation = new_conversation(state, contact, str(body["body"]))
    state.emit("conversation.user.created", conversation)
    message = template("conversations.create")
    message.update(
        {
            "id": conversation["source"]["id"],
            "created_at": conversation["created_at"],
            "body": body["body"],
            "conversation_id": conversation["id"],
        }
    )
    return message


def retrieve(call: Call) -> Obj:
    return call.state.get("conversations", call.params["id"])


def _listed(state: State) -> list[Obj]:
    return list(reversed(state.objects["conversations"].values()))


def list_(call: Call) -> Obj:
    request = call.request
    per_page = per_page_of(request.arg("per_page"), 20)
    return cursor_page(
        _listed(call.state),
        per_page=per_page,
        starting_after=request.arg("starting_after"),
        key="conversations",
        list_type="conversation.list",
    )


def lookup(conversation: Obj, field: str) -> Any:
    if field == "tag_ids":
        return [tag["id"] for tag in conversation["tags"]["tags"]]
    if field == "contact_ids":
        return [c["id"] for c in conversation["contacts"]["contacts"]]
    if field in ("admin_assignee_id", "team_assignee_id"):
        value = conversation.get(field)
        return None if value is None else str(value)
    return dotted(conversation, field)


def search(call: Call) -> Obj:
    return search_page(
        _listed(call.state), call.body(), key="conversations", list_type="conversation.list", lookup=lookup
    )


def reply(call: Call) -> Obj:
    state = call.state
    conversation = state.get("conversations", call.params["id"])
    body = call.body()
    message_type = body.get("message_type")
    if message_type not in ("comment", "note", "quick_reply"):
        raise Refusal(
            400, "parameter_invalid", "message_type must be comment, note or quick_reply", field="message_type"
        )
    text = body.get("body")
    if message_type != "quick_reply" and not text:
        raise Refusal(400, "parameter_not_found", "body is required", field="body")
    if body.get("type") == "user":
        contact = _replying_contact(state, body)
        part = _part(state, "comment", _contact_author(state, contact), f"<p>{text}</p>")
        _add_part(conversation, part)
        conversation.update({"state": "open", "open": True, "waiting_since": part["created_at"], "snoozed_until": None})
        state.emit("conversation.user.replied", conversation)
        return conversation
    author = admin_ref(state, body.get("admin_id"))
    part_type = "note" if message_type == "note" else "comment"
    _add_part(conversation, _part(state, part_type, author, f"<p>{text}</p>" if text else None))
    if part_type == "comment":
        conversation["waiting_since"] = None
        _teammate(conversation, author)
    state.emit("conversation.admin.noted" if part_type == "note" else "conversation.admin.replied", conversation)
    return conversation


def _replying_contact(state: State, body: Obj) -> Obj:
    keys = (("intercom_user_id", "id"), ("user_id", "external_id"), ("email", "email"))
    missing = Refusal(400, "parameter_not_found", "intercom_user_id, user_id or email is required")
    return find_contact(state, body, keys, missing)


def _teammate(conversation: Obj, author: Obj) -> None:
    admins = conversation["teammates"]["admins"]
    if all(a["id"] != author["id"] for a in admins):
        admins.append({"type": "admin", "id": author["id"]})


def manage(call: Call) -> Obj:
    state = call.state
    conversation = state.get("conversations", call.params["id"])
    body = call.body()
    kind = body.get("message_type")
    author = admin_ref(state, body.get("admin_id"))
    now = state.now()
    if kind == "close":
        _add_part(conversation, _part(state, "close", author, f"<p>{body['body']}</p>" if body.get("body") else None))
        conversation.update({"state": "closed", "open": False, "snoozed_until": None, "waiting_since": None})
        topic = "conversation.admin.closed"
    elif kind == "snoozed":
        until = body.get("snoozed_until")
        if not isinstance(until, int) or until <= now:
            raise Refusal(
                400, "parameter_invalid", "snoozed_until must be a Unix timestamp in the future", field="snoozed_until"
            )
        _add_part(conversation, _part(state, "snoozed", author, None))
        conversation.update({"state": "snoozed", "open": True, "snoozed_until": until})
        topic = "conversation.admin.snoozed"
    elif kind == "open":
        _add_part(conversation, _part(state, "open", author, None))
        conversation.update({"state": "open", "open": True, "snoozed_until": None})
        topic = "conversation.admin.opened"
    elif kind == "assignment":
        assignee = body.get("assignee_id")
        if assignee is None:
            raise Refusal(400, "parameter_not_found", "assignee_id is required", field="assignee_id")
        if str(assignee) in state.objects["teams"]:
            conversation["team_assignee_id"] = int(assignee)
            assigned = {"type": "team", "id": str(assignee)}
        else:
            target = admin_ref(state, assignee)
            conversation["admin_assignee_id"] = int(target["id"])
            assigned = {"type": "admin", "id": target["id"]}
        _add_part(conversation, _part(state, "assignment", author, None, assigned_to=assigned))
        topic = "conversation.admin.assigned"
    else:
        raise Refusal(
            400, "parameter_invalid", "message_type must be close, snoozed, open or assignment", field="message_type"
        )
    state.emit(topic, conversation)
    return conversation


def update(call: Call) -> Obj:
    conversation = call.state.get("conversations", call.params["id"])
    body = call.body()
    for key in ("read", "title"):
        if key in body:
            conversation[key] = body[key]
    if isinstance(body.get("custom_attributes"), dict):
        conversation["custom_attributes"] = {**conversation["custom_attributes"], **body["custom_attributes"]}
    conversation["updated_at"] = call.state.now()
    return conversation


def delete(call: Call) -> Obj:
    conversation = call.state.get("conversations", call.params["id"])
    del call.state.objects["conversations"][conversation["id"]]
    call.state.emit("conversation.deleted", {"type": "conversation", "id": conversation["id"]})
    return {"id": conversation["id"], "object": "conversation", "deleted": True}


def attach_tag(call: Call) -> Obj:
    state = call.state
    conversation = state.get("conversations", call.params["conversation_id"])
    body = call.body()
    tag = tag_in_body(call)
    admin_ref(state, body.get("admin_id"))
    applied = tag_applied(state, tag, body.get("admin_id"))
    tags = conversation["tags"]["tags"]
    if all(t["id"] != tag["id"] for t in tags):
        tags.append(applied)
        state.emit("conversation_part.tag.created", conversation)
    return applied


def detach_tag(call: Call) -> Obj:
    state = call.state
    conversation = state.get("conversations", call.params["conversation_id"])
    tag = state.get("tags", call.params["id"])
    admin_ref(state, call.body().get("admin_id"))
    conversation["tags"]["tags"] = [t for t in conversation["tags"]["tags"] if t["id"] != tag["id"]]
    return tag_applied(state, tag, call.body().get("admin_id"))


HANDLERS: dict[str, Handler] = {
    "conversations.create": create,
    "conversations.retrieve": retrieve,
    "conversations.list": list_,
    "conversations.search": search,
    "conversations.reply": reply,
    "conversations.manage": manage,
    "conversations.update": update,
    "conversations.delete": delete,
    "tags.attach_to_conversation": attach_tag,
    "tags.detach_from_conversation": detach_tag,
}
