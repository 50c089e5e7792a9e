"""Contacts: create, retrieve (by id or external id), update, delete, archive, list, search; their tags and companies.

Intercom's rules kept: a ``role`` is ``user`` or ``lead``; a second contact with an email already taken
is 409 ``conflict`` naming the existing id; an unknown id is 404 ``not_found`` ("User Not Found");
``GET /contacts`` pages by ``starting_after`` cursor, 50 a page unless ``per_page`` (at most 150) says
otherwise; search takes the query language of ``_search.py``, where ``tag_id`` and ``company_id`` read
the contact's tags and companies.
"""

from __future__ import annotations

import re
from typing import Any

from ._paging import cursor_page, number_page, per_page_of
from ._search import dotted, search_page
from ._state import Call, Handler, Obj, State, template
from ._wire import Refusal

__all__ = ["HANDLERS", "new_contact"]

FIELDS = (
    "role",
    "external_id",
    "email",
    "phone",
    "name",
    "avatar",
    "signed_up_at",
    "last_seen_at",
    "owner_id",
    "unsubscribed_from_emails",
    "language_override",
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _ref_list(contact_id: str, what: str) -> Obj:
    return {"type": "list", "data": [], "url": f"/contacts/{contact_id}/{what}", "total_count": 0, "has_more": False}


def _check(state: State, fields: dict[str, Any], current: str | None = None) -> None:
    role = fields.get("role")
    if role is not None and role not in ("user", "lead"):
        raise Refusal(400, "parameter_invalid", f"role must be 'user' or 'lead', got {str(role)[:40]!r}", field="role")
    email = fields.get("email")
    if email is not None:
        if not isinstance(email, str) or not _EMAIL.fullmatch(email):
            raise Refusal(400, "parameter_invalid", "Email is invalid", field="email")
        for other in state.objects["contacts"].values():
            if other["id"] != current and str(other.get("email") or "").lower() == email.lower():
                raise Refusal(409, "conflict", f"A contact matching those details already exists with id={other['id']}")
    external_id = fields.get("external_id")
    if external_id is not None:
        for other in state.objects["contacts"].values():
            if other["id"] != current and other.get("external_id") == external_id:
                raise Refusal(409, "conflict", f"A contact matching those details already exists with id={other['id']}")
    custom = fields.get("custom_attributes")
    if custom is not None and not isinstance(custom, dict):
        raise Refusal(400, "parameter_invalid", "custom_attributes must be an object", field="custom_attributes")


def new_contact(state: State, fields: dict[str, Any]) -> Obj:
    """Create a contact from the fields of a create request (checked as the API checks them)."""
    unknown = sorted(set(fields) - set(FIELDS) - {"custom_attributes"})
    if unknown:
        raise Refusal(400, "parameter_invalid", f"unknown field {unknown[0]!r}", field=unknown[0])
    if not any(fields.get(name) for name in ("email", "external_id", "role")):
        raise Refusal(400, "parameter_invalid", "one of email, external_id or role is required")
    _check(state, fields)
    now = state.now()
    contact_id = state.new_id("contacts")
    contact = template("contacts.retrieve")
    contact.update(
        {
            "id": contact_id,
            "workspace_id": state.app_id,
            "external_id": None,
            "role": "user",
            "email": None,
            "name": None,
            "created_at": now,
            "updated_at": now,
            "signed_up_at": None,
            "custom_attributes": {},
        }
    )
    contact.pop("avatar", None)
    contact.pop("owner_id", None)  # the spec allows no null: absent until an owner is set
    for what in ("tags", "notes", "companies"):
        contact[what] = _ref_list(contact_id, what)
    for what in ("opted_out_subscription_types", "opted_in_subscription_types"):
        contact[what] = _ref_list(contact_id, "subscriptions")
    contact.update({name: fields[name] for name in FIELDS if name in fields})
    contact["custom_attributes"] = dict(fields.get("custom_attributes") or {})
    if contact["role"] == "user" and contact["signed_up_at"] is None:
        contact["signed_up_at"] = now
    state.add("contacts", contact)
    state.emit(f"contact.{contact['role']}.created", contact)
    return contact


def create(call: Call) -> Obj:
    return new_contact(call.state, call.body())


def retrieve(call: Call) -> Obj:
    return call.state.get("contacts", call.params["id"])


def retrieve_by_external_id(call: Call) -> Obj:
    for contact in call.state.objects["contacts"].values():
        if contact.get("external_id") == call.params["external_id"]:
            return contact
    raise Refusal(404, "not_found", "User Not Found")


def update(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    fields = call.body()
    unknown = sorted(set(fields) - set(FIELDS) - {"custom_attributes"})
    if unknown:
        raise Refusal(400, "parameter_invalid", f"unknown field {unknown[0]!r}", field=unknown[0])
    _check(state, fields, current=contact["id"])
    old_email = contact.get("email")
    contact.update({name: fields[name] for name in FIELDS if name in fields})
    if fields.get("custom_attributes") is not None:  # null: no change (_check refused any other non-object)
        contact["custom_attributes"] = {**contact["custom_attributes"], **fields["custom_attributes"]}
    contact["updated_at"] = state.now()
    if contact.get("email") != old_email:
        state.emit("contact.email.updated", contact)
    return contact


def delete(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    del state.objects["contacts"][contact["id"]]
    for company in state.objects["companies"].values():
        if contact["id"] in company.get("_contact_ids", ()):
            company["_contact_ids"].remove(contact["id"])
            company["user_count"] = len(company["_contact_ids"])
    for segment in state.objects["segments"].values():
        if contact["id"] in segment.get("_contact_ids", ()):
            segment["_contact_ids"].remove(contact["id"])
    state.emit("contact.deleted", {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id")})
    return {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id"), "deleted": True}


def archive(call: Call) -> Obj:
    contact = call.state.get("contacts", call.params["id"])
    contact["archived"] = True
    call.state.emit("contact.archived", contact)
    return {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id"), "archived": True}


def unarchive(call: Call) -> Obj:
    contact = call.state.get("contacts", call.params["id"])
    contact["archived"] = False
    return {"type": "contact", "id": contact["id"], "external_id": contact.get("external_id"), "archived": False}


def _listed(state: State) -> list[Obj]:
    return [c for c in state.objects["contacts"].values() if not c.get("archived")]


def list_(call: Call) -> Obj:
    request = call.request
    per_page = per_page_of(request.arg("per_page"), 50)
    return cursor_page(_listed(call.state), per_page=per_page, starting_after=request.arg("starting_after"))


def lookup(contact: Obj, field: str) -> Any:
    """A contact's search field: its own fields, ``custom_attributes.<name>``, ``tag_id``, ``company_id``."""
    if field == "tag_id":
        return [ref["id"] for ref in contact["tags"]["data"]]
    if field == "company_id":
        return [ref["id"] for ref in contact["companies"]["data"]]
    return dotted(contact, field)


def search(call: Call) -> Obj:
    return search_page(_listed(call.state), call.body(), key="data", list_type="list", lookup=lookup)


def list_companies(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    companies = [state.get("companies", ref["id"]) for ref in contact["companies"]["data"]]
    per_page = per_page_of(call.request.arg("per_page"), 50)
    return number_page(companies, page=call.request.arg("page"), per_page=per_page, key="companies")


def list_tags(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    return {"type": "list", "data": [state.get("tags", ref["id"]) for ref in contact["tags"]["data"]]}


HANDLERS: dict[str, Handler] = {
    "contacts.create": create,
    "contacts.retrieve": retrieve,
    "contacts.retrieve_by_external_id": retrieve_by_external_id,
    "contacts.update": update,
    "contacts.delete": delete,
    "contacts.archive": archive,
    "contacts.unarchive": unarchive,
    "contacts.list": list_,
    "contacts.search": search,
    "contacts.list_companies": list_companies,
    "contacts.list_tags": list_tags,
}
