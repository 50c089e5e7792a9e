"""Admins and teams, tags (and tagging contacts), companies (attach/detach, list, scroll, search), notes.

Intercom's rules kept: ``POST /tags`` with a name that exists returns that tag (create or update);
``POST /companies`` creates or updates by ``company_id``; ``POST /companies/list`` pages by page
number (15 a page by default), ``GET /companies/scroll`` hands a ``scroll_param`` that is valid for the
next page; tagging takes ``{"id": tag_id}`` and answers the tag with ``applied_at``/``applied_by``.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._paging import cursor_page, number_page, per_page_of
from ._search import search_page
from ._state import Call, Handler, Obj, State, template
from ._wire import Refusal

__all__ = ["HANDLERS", "admin_ref", "new_admin", "new_company", "new_tag", "new_team", "tag_applied"]


def new_admin(state: State, *, name: str, email: str) -> Obj:
    admin = template("admins.retrieve")
    admin.update({"id": state.new_id("admins"), "name": name, "email": email, "team_ids": []})
    admin.update({"away_mode_enabled": False, "away_mode_reassign": False, "has_inbox_seat": True})
    admin.pop("away_status_reason_id", None)
    return state.add("admins", admin)


def new_team(state: State, *, name: str, admin_ids: list[str]) -> Obj:
    team = template("teams.retrieve")
    team.update({"id": state.new_id("teams"), "name": name, "admin_ids": [int(i) for i in admin_ids]})
    for admin_id in admin_ids:
        state.get("admins", admin_id)["team_ids"].append(int(team["id"]))
    return state.add("teams", team)


def admin_ref(state: State, admin_id: object) -> Obj:
    """An admin as a part's author: 400 for an id that is no admin of the workspace."""
    admin = state.objects["admins"].get(str(admin_id))
    if admin is None:
        raise Refusal(
            400,
            "parameter_invalid",
            f"admin_id {str(admin_id)[:40]!r} is not an admin of this workspace",
            field="admin_id",
        )
    return {"type": "admin", "id": admin["id"], "name": admin["name"], "email": admin["email"]}


def identify(call: Call) -> Obj:
    me = call.state.get("admins", call.state.me)
    answer = template("admins.identify")
    answer.update({key: me[key] for key in ("id", "name", "email")})
    answer["app"]["id_code"] = call.state.app_id
    return answer


def list_admins(call: Call) -> Obj:
    return {"type": "admin.list", "admins": list(call.state.objects["admins"].values())}


def retrieve_admin(call: Call) -> Obj:
    return call.state.get("admins", call.params["id"])


def list_teams(call: Call) -> Obj:
    return {"type": "team.list", "teams": list(call.state.objects["teams"].values())}


def retrieve_team(call: Call) -> Obj:
    return call.state.get("teams", call.params["id"])


# -- tags ------------------------------------------------------------------------------------------


def new_tag(state: State, name: str) -> Obj:
    if not isinstance(name, str) or not name.strip():
        raise Refusal(400, "parameter_invalid", "name is required", field="name")
    for tag in state.objects["tags"].values():
        if tag["name"] == name:
            return tag
    return state.add("tags", {"type": "tag", "id": state.new_id("tags"), "name": name})


def tag_applied(state: State, tag: Obj, admin_id: object | None) -> Obj:
    applied = {"type": "tag", "id": tag["id"], "name": tag["name"], "applied_at": state.now()}
    applied["applied_by"] = {"type": "admin", "id": str(admin_id or state.me)}
    return applied


def create_tag(call: Call) -> Obj:
    body = call.body()
    return new_tag(call.state, body.get("name"))  # type: ignore[arg-type]


def list_tags(call: Call) -> Obj:
    return {"type": "list", "data": list(call.state.objects["tags"].values())}


def retrieve_tag(call: Call) -> Obj:
    return call.state.get("tags", call.params["id"])


def delete_tag(call: Call) -> None:
    state = call.state
    tag = state.get("tags", call.params["id"])
    del state.objects["tags"][tag["id"]]
    # A deleted tag comes off what carried it: contacts, conversations, tickets (Intercom refuses only a tag
    # a segment's rules use, which the fake's segments have none of).
    for contact in state.objects["contacts"].values():
        refs = contact["tags"]["data"]
        if any(ref["id"] == tag["id"] for ref in refs):
            contact["tags"]["data"] = [ref for ref in refs if ref["id"] != tag["id"]]
            contact["tags"]["total_count"] = len(contact["tags"]["data"])
    for conversation in state.objects["conversations"].values():
        conversation["tags"]["tags"] = [t for t in conversation["tags"]["tags"] if t["id"] != tag["id"]]
    for ticket in state.objects["tickets"].values():
        if tag["id"] in ticket["_tags"]:
            ticket["_tags"].remove(tag["id"])


def tag_in_body(call: Call) -> Obj:
    """The tag the request's body names by ``id`` (a 400 without one, a 404 for an unknown one)."""
    tag_id = call.body().get("id")
    if tag_id is None:
        raise Refusal(400, "parameter_not_found", "id is required", field="id")
    return call.state.get("tags", str(tag_id))


def attach_tag_to_contact(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    tag = tag_in_body(call)
    refs = contact["tags"]["data"]
    if all(ref["id"] != tag["id"] for ref in refs):
        refs.append({"type": "tag", "id": tag["id"], "url": f"/tags/{tag['id']}"})
        contact["tags"]["total_count"] = len(refs)
    return tag_applied(state, tag, None)


def detach_tag_from_contact(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    tag = state.get("tags", call.params["id"])
    contact["tags"]["data"] = [ref for ref in contact["tags"]["data"] if ref["id"] != tag["id"]]
    contact["tags"]["total_count"] = len(contact["tags"]["data"])
    return tag_applied(state, tag, None)


# -- companies -------------------------------------------------------------------------------------

COMPANY_FIELDS = ("name", "company_id", "plan", "size", "website", "industry", "monthly_spend", "remote_created_at")


def new_company(state: State, fields: dict[str, Any]) -> Obj:
    """Create or update the company with ``company_id`` (as ``POST /companies`` does)."""
    company_id = fields.get("company_id")
    if company_id is not None:
        for company in state.objects["companies"].values():
            if company["company_id"] == str(company_id):
                _set_company(company, fields, state.now())
                return company
    company = template("companies.retrieve")
    now = state.now()
    company.update({"id": state.new_id("companies"), "company_id": str(company_id or uuid.uuid4().hex[:12])})
    company.update({"app_id": state.app_id, "name": None, "created_at": now, "updated_at": now, "user_count": 0})
    company.update({"remote_created_at": now, "plan": {}, "custom_attributes": {}, "_contact_ids": []})
    company.setdefault("notes", {}).update({"data": [], "url": f"/companies/{company['id']}/notes", "total_count": 0})
    _set_company(company, fields, now)
    state.add("companies", company)
    state.emit("company.created", company)
    return company


def _set_company(company: Obj, fields: dict[str, Any], now: int) -> None:
    for name in COMPANY_FIELDS:
        if name in fields and name != "plan":
            company[name] = fields[name]
    if "plan" in fields:
        company["plan"] = {"type": "plan", "id": str(fields["plan"]), "name": str(fields["plan"])}
    if isinstance(fields.get("custom_attributes"), dict):
        company["custom_attributes"] = {**company["custom_attributes"], **fields["custom_attributes"]}
    company["updated_at"] = now


def create_or_update_company(call: Call) -> Obj:
    return new_company(call.state, call.body())


def retrieve_company(call: Call) -> Obj:
    return call.state.get("companies", call.params["id"])


def update_company(call: Call) -> Obj:
    company = call.state.get("companies", call.params["id"])
    _set_company(company, call.body(), call.state.now())
    call.state.emit("company.updated", company)
    return company


def delete_company(call: Call) -> Obj:
    state = call.state
    company = state.get("companies", call.params["id"])
    del state.objects["companies"][company["id"]]
    for contact in state.objects["contacts"].values():
        contact["companies"]["data"] = [r for r in contact["companies"]["data"] if r["id"] != company["id"]]
    return {"id": company["id"], "object": "company", "deleted": True}


def find_companies(call: Call) -> Obj:
    request = call.request
    wanted = {name: request.arg(name) for name in ("company_id", "name") if request.arg(name) is not None}
    companies = list(call.state.objects["companies"].values())
    if wanted:  # the company asked for, as the API answers (openapi/methods.yaml: Company | CompanyList)
        companies = [c for c in companies if all(str(c.get(k)) == v for k, v in wanted.items())]
        if not companies:
            raise Refusal(404, "company_not_found", "Company Not Found")
        return companies[0]
    return number_page(companies, page=request.arg("page"), per_page=per_page_of(request.arg("per_page"), 15))


def list_companies(call: Call) -> Obj:
    request = call.request
    companies = list(call.state.objects["companies"].values())
    return number_page(companies, page=request.arg("page"), per_page=per_page_of(request.arg("per_page"), 15))


def scroll_companies(call: Call) -> Obj:
    state = call.state
    companies = list(state.objects["companies"].values())
    offset = 0
    scroll = call.request.arg("scroll_param")
    if scroll:
        token = state.scrolls.pop(scroll, None)
        if token is None:
            raise Refusal(400, "parameter_invalid", "scroll_param is not valid (it expired or was used)")
        offset = token
    chunk = companies[offset : offset + 15]
    answer: Obj = {"type": "list", "data": chunk, "total_count": len(companies)}
    if chunk:
        param = uuid.uuid4().hex
        state.scrolls[param] = offset + len(chunk)
        while len(state.scrolls) > state.max_scrolls:  # dicts keep insertion order: the oldest goes first
            del state.scrolls[next(iter(state.scrolls))]
        answer["scroll_param"] = param
    return answer


def attach_contact(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    company_id = call.body().get("id")
    if company_id is None:
        raise Refusal(400, "parameter_not_found", "id is required", field="id")
    company = state.get("companies", str(company_id))
    refs = contact["companies"]["data"]
    if all(ref["id"] != company["id"] for ref in refs):
        refs.append({"type": "company", "id": company["id"], "url": f"/companies/{company['id']}"})
        contact["companies"]["total_count"] = len(refs)
        company["_contact_ids"].append(contact["id"])
        company["user_count"] = len(company["_contact_ids"])
        state.emit("company.contact.attached", company)
    return company


def detach_contact(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    company = state.get("companies", call.params["id"])
    contact["companies"]["data"] = [r for r in contact["companies"]["data"] if r["id"] != company["id"]]
    contact["companies"]["total_count"] = len(contact["companies"]["data"])
    if contact["id"] in company["_contact_ids"]:
        company["_contact_ids"].remove(contact["id"])
        company["user_count"] = len(company["_contact_ids"])
        state.emit("company.contact.detached", company)
    return company


def list_attached_contacts(call: Call) -> Obj:
    state = call.state
    company = state.get("companies", call.params["id"])
    contacts = [state.objects["contacts"][i] for i in company["_contact_ids"] if i in state.objects["contacts"]]
    request = call.request
    per_page = per_page_of(request.arg("per_page"), 50)
    return cursor_page(contacts, per_page=per_page, starting_after=request.arg("starting_after"))


def search_companies(call: Call) -> Obj:
    return search_page(list(call.state.objects["companies"].values()), call.body(), key="data", list_type="list")


# -- notes -----------------------------------------------------------------------------------------


def create_note(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    body = call.body()
    if not body.get("body"):
        raise Refusal(400, "parameter_not_found", "body is required", field="body")
    author = admin_ref(state, body.get("admin_id") or state.me)
    note = template("notes.create")
    note.update({"id": state.new_id("notes"), "created_at": state.now(), "body": f"<p>{body['body']}</p>"})
    note["contact"] = {"type": "contact", "id": contact["id"]}
    note["author"] = {**state.get("admins", author["id"])}
    contact["notes"]["data"].append({"type": "note", "id": note["id"], "url": f"/notes/{note['id']}"})
    contact["notes"]["total_count"] = len(contact["notes"]["data"])
    return state.add("notes", note)


def list_notes(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["id"])
    notes = [n for n in state.objects["notes"].values() if n["contact"]["id"] == contact["id"]]
    notes.reverse()
    request = call.request
    page = cursor_page(
        notes, per_page=per_page_of(request.arg("per_page"), 50), starting_after=request.arg("starting_after")
    )
    return page


def retrieve_note(call: Call) -> Obj:
    return call.state.get("notes", call.params["id"])


HANDLERS: dict[str, Handler] = {
    "admins.identify": identify,
    "admins.list": list_admins,
    "admins.retrieve": retrieve_admin,
    "teams.list": list_teams,
    "teams.retrieve": retrieve_team,
    "tags.create": create_tag,
    "tags.list": list_tags,
    "tags.retrieve": retrieve_tag,
    "tags.delete": delete_tag,
    "tags.attach_to_contact": attach_tag_to_contact,
    "tags.detach_from_contact": detach_tag_from_contact,
    "companies.create_or_update": create_or_update_company,
    "companies.retrieve": retrieve_company,
    "companies.update": update_company,
    "companies.delete": delete_company,
    "companies.find": find_companies,
    "companies.list": list_companies,
    "companies.scroll": scroll_companies,
    "companies.attach_contact": attach_contact,
    "companies.detach_contact": detach_contact,
    "companies.list_attached_contacts": list_attached_contacts,
    "companies.search": search_companies,
    "notes.create": create_note,
    "notes.list": list_notes,
    "notes.retrieve": retrieve_note,
}
