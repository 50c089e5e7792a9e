"""Tickets: create, retrieve, update (state, attributes, assignee, open), reply and note, search, delete, tag.

Intercom's rules kept: a ticket needs a ``ticket_type_id`` and at least one contact that exists (400 /
404 otherwise); ``ticket_id`` is the workspace's running number, distinct from ``id``; a reply is a
``comment`` or a ``note`` from an admin (``admin_id``) or a ``comment`` from a contact; an update's
``ticket_state_id`` is one of the workspace's ticket states (``GET /ticket_states``: the spec's example
states, ``submitted``, ``in_progress`` ...), 400 otherwise; ``assignee_id`` an admin or a team.
"""

from __future__ import annotations

from typing import Any

from ._search import dotted, search_page
from ._state import Call, Handler, Obj, State, find_contact, template
from ._wire import Refusal
from ._workspace import admin_ref, tag_applied, tag_in_body

__all__ = ["HANDLERS", "new_ticket"]


def _states() -> dict[str, Obj]:
    """The ticket states by id: those of the spec's ``GET /ticket_states`` example."""
    states = {}
    for item in template("ticket_states.list")["data"]:
        states[str(item["id"])] = {
            key: item[key] for key in ("type", "id", "category", "internal_label", "external_label")
        }
    return states


STATES = _states()


def _contact(state: State, ref: object) -> Obj:
    if not isinstance(ref, dict):
        raise Refusal(
            400, "parameter_invalid", "each contact is an object with id, external_id or email", field="contacts"
        )
    keys = (("id", "id"), ("external_id", "external_id"), ("email", "email"))
    missing = Refusal(400, "parameter_invalid", "each contact needs id, external_id or email", field="contacts")
    return find_contact(state, ref, keys, missing)


def _state_object(category: str) -> Obj:
    return dict(next(state for state in STATES.values() if state["category"] == category))


def new_ticket(state: State, fields: dict[str, Any]) -> Obj:
    """A ticket from the fields of a create request (checked as the API checks them)."""
    type_id = fields.get("ticket_type_id")
    if not isinstance(type_id, str | int) or isinstance(type_id, bool) or not str(type_id):
        raise Refusal(400, "parameter_not_found", "ticket_type_id is required", field="ticket_type_id")
    refs = fields.get("contacts")
    if not isinstance(refs, list) or not refs:
        raise Refusal(400, "parameter_not_found", "at least one contact is required", field="contacts")
    contacts = [_contact(state, ref) for ref in refs]
    attributes = fields.get("ticket_attributes") or {}
    if not isinstance(attributes, dict):
        raise Refusal(400, "parameter_invalid", "ticket_attributes must be an object", field="ticket_attributes")
    now = state.now()
    ticket = template("tickets.create")
    number = state.new_ticket_number()
    ticket.update({"id": state.new_id("tickets"), "ticket_id": str(number), "created_at": now, "updated_at": now})
    ticket.update({"ticket_attributes": dict(attributes), "ticket_state": _state_object("submitted"), "open": True})
    ticket.update({"admin_assignee_id": 0, "team_assignee_id": 0, "is_shared": bool(fields.get("is_shared", False))})
    ticket["ticket_type"]["id"] = str(type_id)
    ticket["contacts"] = {
        "type": "contact.list",
        "contacts": [{"type": "contact", "id": c["id"], "external_id": c.get("external_id")} for c in contacts],
    }
    ticket["ticket_parts"] = {"type": "ticket_part.list", "ticket_parts": [], "total_count": 0}
    ticket["_tags"] = []
    state.add("tickets", ticket)
    state.emit("ticket.created", ticket)
    return ticket


def create(call: Call) -> Obj:
    return new_ticket(call.state, call.body())


def retrieve(call: Call) -> Obj:
    return call.state.get("tickets", call.params["id"])


def update(call: Call) -> Obj:
    state = call.state
    ticket = state.get("tickets", call.params["id"])
    body = call.body()
    new_state = None
    if "ticket_state_id" in body:  # every check before any change: a refused update changes nothing
        new_state = STATES.get(str(body["ticket_state_id"]))
        if new_state is None:
            known = ", ".join(STATES)
            raise Refusal(400, "parameter_invalid", f"ticket_state_id must be one of {known}", field="ticket_state_id")
    assignee = None if body.get("assignee_id") is None else str(body["assignee_id"])
    to_team = assignee is not None and assignee in state.objects["teams"]
    if assignee is not None and not to_team:
        admin_ref(state, assignee)
    topics = []
    if new_state is not None:
        ticket["ticket_state"] = dict(new_state)
        topics.append("ticket.state.updated")
    if isinstance(body.get("ticket_attributes"), dict):
        ticket["ticket_attributes"] = {**ticket["ticket_attributes"], **body["ticket_attributes"]}
        topics.append("ticket.attribute.updated")
    for key in ("open", "is_shared"):
        if isinstance(body.get(key), bool):
            ticket[key] = body[key]
    if assignee is not None:
        ticket["team_assignee_id" if to_team else "admin_assignee_id"] = int(assignee)
        topics.append("ticket.team.assigned" if to_team else "ticket.admin.assigned")
    ticket["updated_at"] = state.now()
    for topic in topics:
        state.emit(topic, ticket)
    return ticket


def reply(call: Call) -> Obj:
    state = call.state
    ticket = state.get("tickets", call.params["id"])
    body = call.body()
    message_type = body.get("message_type")
    if message_type not in ("comment", "note"):
        raise Refusal(400, "parameter_invalid", "message_type must be comment or note", field="message_type")
    if not body.get("body"):
        raise Refusal(400, "parameter_not_found", "body is required", field="body")
    if body.get("type") == "user":
        contact = _contact(
            state,
            {k: body.get(v) for k, v in (("id", "intercom_user_id"), ("external_id", "user_id"), ("email", "email"))},
        )
        author = {
            "id": contact["id"],
            "type": "user",
            "name": contact.get("name") or "",
            "email": contact.get("email") or "",
        }
        topic = "ticket.contact.replied"
    else:
        author = admin_ref(state, body.get("admin_id"))
        topic = "ticket.note.created" if message_type == "note" else "ticket.admin.replied"
    now = state.now()
    part = template("tickets.reply")
    part.update({"id": state.new_id("ticket_parts"), "part_type": message_type, "body": f"<p>{body['body']}</p>"})
    part.update({"created_at": now, "updated_at": now, "author": author})
    part.pop("app_package_code", None)
    ticket["ticket_parts"]["ticket_parts"].append(part)
    ticket["ticket_parts"]["total_count"] = len(ticket["ticket_parts"]["ticket_parts"])
    ticket["updated_at"] = now
    state.emit(topic, ticket)
    return part


def lookup(ticket: Obj, field: str) -> Any:
    if field == "state":
        return ticket["ticket_state"]["category"]
    if field == "contact_ids":
        return [c["id"] for c in ticket["contacts"]["contacts"]]
    if field == "ticket_type_id":
        return ticket["ticket_type"]["id"]
    if field == "tag_ids":
        return list(ticket["_tags"])
    return dotted(ticket, field)


def search(call: Call) -> Obj:
    tickets = list(reversed(call.state.objects["tickets"].values()))
    return search_page(tickets, call.body(), key="tickets", list_type="ticket.list", lookup=lookup)


def delete(call: Call) -> Obj:
    ticket = call.state.get("tickets", call.params["id"])
    del call.state.objects["tickets"][ticket["id"]]
    return {"id": ticket["id"], "object": "ticket", "deleted": True}


def attach_tag(call: Call) -> Obj:
    state = call.state
    ticket = state.get("tickets", call.params["ticket_id"])
    body = call.body()
    tag = tag_in_body(call)
    admin_ref(state, body.get("admin_id"))
    if tag["id"] not in ticket["_tags"]:
        ticket["_tags"].append(tag["id"])
    return tag_applied(state, tag, body.get("admin_id"))


def detach_tag(call: Call) -> Obj:
    state = call.state
    ticket = state.get("tickets", call.params["ticket_id"])
    tag = state.get("tags", call.params["id"])
    admin_ref(state, call.body().get("admin_id"))
    if tag["id"] in ticket["_tags"]:
        ticket["_tags"].remove(tag["id"])
    return tag_applied(state, tag, call.body().get("admin_id"))


HANDLERS: dict[str, Handler] = {
    "tickets.create": create,
    "tickets.retrieve": retrieve,
    "tickets.update": update,
    "tickets.reply": reply,
    "tickets.search": search,
    "tickets.delete": delete,
    "tags.attach_to_ticket": attach_tag,
    "tags.detach_from_ticket": detach_tag,
}
