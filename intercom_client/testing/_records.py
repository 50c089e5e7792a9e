"""Data events, data attributes, segments, subscription types, custom object instances, articles.

Intercom's rules kept: an event needs ``event_name`` and a contact that exists (``id``, ``user_id`` or
``email``) and is answered 202 without a body; ``GET /events`` (``type=user`` and one of
``intercom_user_id``, ``user_id``, ``email``) sums the contact's events per name; a data attribute's
name is unique per model (400 otherwise) and its ``full_name`` is ``custom_attributes.<name>``; a
custom object instance is created or updated by ``external_id``; subscriptions are opted into or out
of per contact.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ._paging import cursor_page, number_page, per_page_of
from ._state import Answer, Call, Handler, Obj, State, find_contact, template
from ._wire import Refusal

__all__ = ["HANDLERS", "new_segment", "new_subscription_type"]


def _iso(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds")


def _find_contact(state: State, fields: dict[str, Any], keys: tuple[tuple[str, str], ...]) -> Obj:
    missing = Refusal(400, "parameter_not_found", f"one of {', '.join(k for k, _ in keys)} is required")
    return find_contact(state, fields, keys, missing)


# -- data events -----------------------------------------------------------------------------------


def create_event(call: Call) -> Answer:
    state = call.state
    body = call.body()
    name = body.get("event_name")
    if not isinstance(name, str) or not name:
        raise Refusal(400, "parameter_not_found", "event_name is required", field="event_name")
    contact = _find_contact(state, body, (("id", "id"), ("user_id", "external_id"), ("email", "email")))
    created_at = body.get("created_at", state.now())
    if not isinstance(created_at, int) or isinstance(created_at, bool):
        raise Refusal(400, "parameter_invalid", "created_at must be a Unix timestamp", field="created_at")
    try:  # list_events shows it as a date: one it cannot show is refused here, not a 500 on every list later
        _iso(created_at)
    except (OverflowError, ValueError, OSError):
        raise Refusal(
            400, "parameter_invalid", "created_at is outside the range of dates (years 1 to 9999)", field="created_at"
        ) from None
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise Refusal(400, "parameter_invalid", "metadata must be an object", field="metadata")
    event = {"type": "event", "event_name": name, "created_at": created_at, "intercom_user_id": contact["id"]}
    event.update({"user_id": contact.get("external_id"), "email": contact.get("email"), "metadata": metadata})
    state.data_events.append(event)
    state.emit("event.created", event)
    return Answer(202, None)


def list_events(call: Call) -> Obj:
    state = call.state
    request = call.request
    query = {name: request.arg(name) for name in ("intercom_user_id", "user_id", "email")}
    contact = _find_contact(state, query, (("intercom_user_id", "id"), ("user_id", "external_id"), ("email", "email")))
    summary: dict[str, Obj] = {}
    for event in state.data_events:
        if event["intercom_user_id"] != contact["id"]:
            continue
        item = summary.setdefault(event["event_name"], {"name": event["event_name"], "count": 0, "_times": []})
        item["count"] += 1
        item["_times"].append(event["created_at"])
    events = [
        {"name": i["name"], "first": _iso(min(i["_times"])), "last": _iso(max(i["_times"])), "count": i["count"]}
        for i in summary.values()
    ]
    answer: Obj = {"type": "event.summary", "events": events, "intercom_user_id": contact["id"]}
    for key, field in (("email", "email"), ("user_id", "external_id")):
        if contact.get(field):
            answer[key] = contact[field]
    return answer


# -- data attributes -------------------------------------------------------------------------------


def _builtin_attributes() -> list[Obj]:
    return [dict(item) for item in template("data_attributes.list")["data"]]


def list_attributes(call: Call) -> Obj:
    state = call.state
    model = call.request.arg("model")
    archived = call.request.arg("include_archived") == "true"
    custom = list(state.objects["data_attributes"].values())
    data = [a for a in _builtin_attributes() + custom if (model is None or a.get("model") == model)]
    return {"type": "list", "data": [a for a in data if archived or not a.get("archived")]}


def create_attribute(call: Call) -> Obj:
    state = call.state
    body = call.body()
    name, model, data_type = body.get("name"), body.get("model"), body.get("data_type")
    if not isinstance(name, str) or not name:
        raise Refusal(400, "parameter_not_found", "name is required", field="name")
    if model not in ("contact", "company"):
        raise Refusal(400, "parameter_invalid", "model must be contact or company", field="model")
    if data_type not in ("string", "integer", "float", "boolean", "datetime", "date", "options"):
        raise Refusal(400, "parameter_invalid", "data_type is not one Intercom knows", field="data_type")
    for other in state.objects["data_attributes"].values():
        if other["name"] == name and other["model"] == model:
            raise Refusal(
                400, "parameter_invalid", f"You already have '{name}' in your app. Please choose another name."
            )
    now = state.now()
    attribute = template("data_attributes.create")
    attribute.update(
        {"id": int(state.new_id("data_attributes")), "name": name, "full_name": f"custom_attributes.{name}"}
    )
    attribute.update({"label": name, "model": model, "data_type": data_type, "admin_id": state.me, "archived": False})
    attribute.update({"created_at": now, "updated_at": now, "description": str(body.get("description") or "")})
    if isinstance(body.get("options"), list):
        attribute["options"] = [str(o.get("value") if isinstance(o, dict) else o) for o in body["options"]]
    if isinstance(body.get("messenger_writable"), bool):
        attribute["messenger_writable"] = body["messenger_writable"]
    return state.add("data_attributes", attribute)


def update_attribute(call: Call) -> Obj:
    attribute = call.state.get("data_attributes", call.params["id"])
    body = call.body()
    for key in ("archived", "messenger_writable"):
        if isinstance(body.get(key), bool):
            attribute[key] = body[key]
    if isinstance(body.get("description"), str):
        attribute["description"] = body["description"]
    if isinstance(body.get("options"), list):
        attribute["options"] = [str(o.get("value") if isinstance(o, dict) else o) for o in body["options"]]
    attribute["updated_at"] = call.state.now()
    return attribute


# -- segments and subscription types ---------------------------------------------------------------


def new_segment(state: State, name: str, person_type: str) -> Obj:
    now = state.now()
    segment = {"type": "segment", "id": state.new_id("segments"), "name": name, "created_at": now, "updated_at": now}
    segment.update({"person_type": person_type, "_contact_ids": []})
    return state.add("segments", segment)


def list_segments(call: Call) -> Obj:
    return {"type": "segment.list", "segments": list(call.state.objects["segments"].values())}


def retrieve_segment(call: Call) -> Obj:
    return call.state.get("segments", call.params["id"])


def contact_segments(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    return {
        "type": "list",
        "data": [s for s in state.objects["segments"].values() if contact["id"] in s["_contact_ids"]],
    }


def new_subscription_type(state: State, name: str, consent_type: str) -> Obj:
    subscription = template("subscription_types.list", "data", "0")
    subscription.update({"id": state.new_id("subscription_types"), "consent_type": consent_type, "state": "live"})
    subscription["default_translation"] = {"name": name, "description": name, "locale": "en"}
    subscription["translations"] = [dict(subscription["default_translation"])]
    return state.add("subscription_types", subscription)


def list_subscription_types(call: Call) -> Obj:
    return {"type": "list", "data": list(call.state.objects["subscription_types"].values())}


def _subscription_lists(contact: Obj) -> tuple[list[Obj], list[Obj]]:
    return contact["opted_in_subscription_types"]["data"], contact["opted_out_subscription_types"]["data"]


def attach_subscription(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    body = call.body()
    subscription = state.get("subscription_types", str(body.get("id")))
    consent = body.get("consent_type")
    if consent not in ("opt_in", "opt_out"):
        raise Refusal(400, "parameter_invalid", "consent_type must be opt_in or opt_out", field="consent_type")
    opted_in, opted_out = _subscription_lists(contact)
    ref = {"type": "subscription", "id": subscription["id"], "url": f"/subscriptions/{subscription['id']}"}
    for refs in (opted_in, opted_out):
        refs[:] = [r for r in refs if r["id"] != subscription["id"]]
    (opted_in if consent == "opt_in" else opted_out).append(ref)
    return subscription


def detach_subscription(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    subscription = state.get("subscription_types", call.params["id"])
    for refs in _subscription_lists(contact):
        refs[:] = [r for r in refs if r["id"] != subscription["id"]]
    return subscription


def contact_subscriptions(call: Call) -> Obj:
    state = call.state
    contact = state.get("contacts", call.params["contact_id"])
    opted_in, opted_out = _subscription_lists(contact)
    ids = [r["id"] for r in opted_in + opted_out]
    return {
        "type": "list",
        "data": [state.objects["subscription_types"][i] for i in ids if i in state.objects["subscription_types"]],
    }


# -- custom object instances -----------------------------------------------------------------------


def _instances(state: State, kind: str) -> list[Obj]:
    return [i for i in state.objects["custom_object_instances"].values() if i["type"] == kind]


def create_instance(call: Call) -> Obj:
    state = call.state
    kind = call.params["custom_object_type_identifier"]
    body = call.body()
    external_id = body.get("external_id")
    if not isinstance(external_id, str) or not external_id:
        raise Refusal(400, "parameter_not_found", "external_id is required", field="external_id")
    custom = body.get("custom_attributes") or {}
    if not isinstance(custom, dict):
        raise Refusal(400, "parameter_invalid", "custom_attributes must be an object", field="custom_attributes")
    now = state.now()
    for instance in _instances(state, kind):
        if instance["external_id"] == external_id:
            instance["custom_attributes"] = {**instance["custom_attributes"], **custom}
            instance["updated_at"] = now
            return instance
    instance = {"id": state.new_id("custom_object_instances"), "type": kind, "external_id": external_id}
    instance.update(
        {"external_created_at": body.get("external_created_at"), "external_updated_at": body.get("external_updated_at")}
    )
    instance.update({"custom_attributes": dict(custom), "created_at": now, "updated_at": now})
    return state.add("custom_object_instances", instance)


def retrieve_instance(call: Call) -> Obj:
    instance = call.state.get("custom_object_instances", call.params["id"])
    if instance["type"] != call.params["custom_object_type_identifier"]:
        raise Refusal(404, "not_found", "Resource Not Found")
    return instance


def list_instances(call: Call) -> Obj:
    request = call.request
    instances = _instances(call.state, call.params["custom_object_type_identifier"])
    return number_page(instances, page=request.arg("page"), per_page=per_page_of(request.arg("per_page"), 20))


def _delete_instance(state: State, instance: Obj) -> Obj:
    del state.objects["custom_object_instances"][instance["id"]]
    return {"id": instance["id"], "object": instance["type"], "deleted": True}


def delete_instance_by_external_id(call: Call) -> Obj:
    state = call.state
    external_id = call.request.arg("external_id")
    for instance in _instances(state, call.params["custom_object_type_identifier"]):
        if instance["external_id"] == external_id:
            return _delete_instance(state, instance)
    raise Refusal(404, "not_found", "Resource Not Found")


def delete_instance(call: Call) -> Obj:
    return _delete_instance(call.state, retrieve_instance(call))


# -- articles --------------------------------------------------------------------------------------

ARTICLE_FIELDS = ("title", "description", "body", "state", "parent_id", "parent_type")


def create_article(call: Call) -> Obj:
    state = call.state
    body = call.body()
    if not isinstance(body.get("title"), str) or not body["title"]:
        raise Refusal(400, "parameter_not_found", "title is required", field="title")
    author = state.objects["admins"].get(str(body.get("author_id")))
    if author is None:
        raise Refusal(400, "parameter_invalid", "author_id must be an admin of this workspace", field="author_id")
    if body.get("state", "draft") not in ("draft", "published"):
        raise Refusal(400, "parameter_invalid", "state must be draft or published", field="state")
    now = state.now()
    article = template("articles.retrieve")
    article.update({"id": state.new_id("articles"), "workspace_id": state.app_id, "author_id": int(author["id"])})
    article.update({"created_at": now, "updated_at": now, "state": "draft", "description": "", "body": ""})
    article.update({key: body[key] for key in ARTICLE_FIELDS if isinstance(body.get(key), str | int)})
    article["url"] = None
    return state.add("articles", article)


def retrieve_article(call: Call) -> Obj:
    return call.state.get("articles", call.params["id"])


def update_article(call: Call) -> Obj:
    article = call.state.get("articles", call.params["id"])
    body = call.body()
    if "state" in body and body["state"] not in ("draft", "published"):
        raise Refusal(400, "parameter_invalid", "state must be draft or published", field="state")
    article.update({key: body[key] for key in ARTICLE_FIELDS if isinstance(body.get(key), str | int)})
    article["updated_at"] = call.state.now()
    return article


def delete_article(call: Call) -> Obj:
    article = call.state.get("articles", call.params["id"])
    del call.state.objects["articles"][article["id"]]
    return {"id": article["id"], "object": "article", "deleted": True}


def list_articles(call: Call) -> Obj:
    request = call.request
    articles = list(call.state.objects["articles"].values())
    per_page = per_page_of(request.arg("per_page"), 25)
    return cursor_page(articles, per_page=per_page, starting_after=request.arg("starting_after"))


HANDLERS: dict[str, Handler] = {
    "data_events.create": create_event,
    "data_events.list": list_events,
    "data_attributes.list": list_attributes,
    "data_attributes.create": create_attribute,
    "data_attributes.update": update_attribute,
    "segments.list": list_segments,
    "segments.retrieve": retrieve_segment,
    "contacts.list_segments": contact_segments,
    "subscription_types.list": list_subscription_types,
    "subscription_types.attach_to_contact": attach_subscription,
    "subscription_types.detach_from_contact": detach_subscription,
    "contacts.list_subscriptions": contact_subscriptions,
    "custom_object_instances.create": create_instance,
    "custom_object_instances.retrieve": retrieve_instance,
    "custom_object_instances.list": list_instances,
    "custom_object_instances.delete": delete_instance,
    "custom_object_instances.delete_by_external_id": delete_instance_by_external_id,
    "articles.create": create_article,
    "articles.retrieve": retrieve_article,
    "articles.update": update_article,
    "articles.delete": delete_article,
    "articles.list": list_articles,
}
