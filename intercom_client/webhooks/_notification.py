"""Notification: a decoded ``notification_event`` body, its ``data.item`` decoded into the SDK's model.

What a notification carries is described in Intercom's webhook notification reference
(https://developers.intercom.com/docs/webhooks/webhook-notifications, which links the field list
https://developers.intercom.com/intercom-api-reference/reference/webhook-models#webhook-notification-object):
``type`` (always ``"notification_event"``), ``id``, ``topic``, ``app_id``, ``created_at``,
``first_sent_at``, ``delivery_attempts``, ``delivery_status``, and ``data``, whose ``item`` is the
object the topic is about, with its own ``type``. An example from Intercom's signed-notifications
page (https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications)::

    {"type": "notification_event", "id": "notif_78c122d0-...", "topic": "user.created",
     "app_id": "a86dr8yl", "data": {"type": "notification_event_data", "item": {"type": "user", ...}}}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

from .. import models
from ._errors import WebhookPayloadError
from ._topics import KNOWN_TOPICS

if TYPE_CHECKING:
    from ..generated.models import Admin, Call, Company, Contact, Conversation, DataEvent, Ticket, Visitor

__all__ = ["ITEM_MODELS", "Notification", "NotificationData", "NotificationItem", "parse_notification"]

# The item ``type`` -> the model it decodes into, by class name (models load on first use). The
# types are those of the objects in the API reference (the ``type`` property of each schema of the
# spec); the Object column of the webhook models reference names the same objects
# (https://developers.intercom.com/docs/references/preview/webhooks/webhook-models).
# Keep NotificationItem below in step with this table.
ITEM_MODELS: Mapping[str, str] = MappingProxyType(
    {
        "admin": "Admin",
        "call": "Call",
        "company": "Company",
        "contact": "Contact",
        "conversation": "Conversation",
        "event": "DataEvent",
        "ticket": "Ticket",
        "visitor": "Visitor",
    }
)

NotificationItem: TypeAlias = (
    "Admin | Call | Company | Contact | Conversation | DataEvent | Ticket | Visitor | dict[str, Any]"
)
"""What ``Notification.data.item`` is: the model for the item's type, or the JSON object as a dict."""

NOTIFICATION_TYPE = "notification_event"


@dataclass(frozen=True, slots=True)
class NotificationData:
    """A notification's ``data``.

    Attributes:
        type: ``data.type`` as sent (``"notification_event_data"``).
        item: The object the topic is about, decoded into its model (``Contact``, ``Conversation``,
            ...; see ``ITEM_MODELS``) as leniently as API responses: a value that does not fit is kept
            as received and listed by ``decoding_issues(item)``. An item of a type without a model is
            kept as the JSON object (a ``dict``): check with ``isinstance``.
        item_type: ``data.item.type`` as sent, or None.
    """

    type: str | None
    item: NotificationItem
    item_type: str | None


@dataclass(frozen=True, slots=True)
class Notification:
    """One webhook notification from Intercom.

    Attributes:
        type: Always ``"notification_event"``.
        id: The notification's id: the same on every delivery attempt of it, so the key to
            deduplicate on (the signature has no timestamp, so a replay verifies like the original).
        topic: What happened, e.g. ``"conversation.admin.replied"``; see ``KNOWN_TOPICS``.
        app_id: The workspace the event happened in.
        created_at: When the notification was created (Unix seconds), or None if absent.
        first_sent_at: When it was first sent (Unix seconds), or None.
        delivery_attempts: How many times Intercom has tried to deliver it, or None.
        delivery_status: Intercom's delivery status for it, or None.
        data: ``data.item``, decoded (see NotificationData).
        raw: The whole JSON body as decoded, for fields not listed here (``links``, ``self``, ...).
    """

    type: str
    id: str
    topic: str
    app_id: str | None
    created_at: int | None
    first_sent_at: int | None
    delivery_attempts: int | None
    delivery_status: str | None
    data: NotificationData
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def item(self) -> NotificationItem:
        """Shortcut for ``data.item``."""
        return self.data.item

    @property
    def known_topic(self) -> bool:
        """Whether the topic is one of ``KNOWN_TOPICS`` (an unknown one is delivered all the same)."""
        return self.topic in KNOWN_TOPICS

    @property
    def created_at_datetime(self) -> datetime | None:
        """``created_at`` as an aware UTC datetime, or None."""
        return None if self.created_at is None else datetime.fromtimestamp(self.created_at, UTC)


def parse_notification(payload: bytes | str | Mapping[str, Any]) -> Notification:
    """Decode a notification body (raw bytes, text, or already-decoded JSON) WITHOUT verifying it.

    Use ``construct_event`` for requests: it verifies the signature first. This is for bodies that
    were verified elsewhere (e.g. by a gateway) or for tests. Raises WebhookPayloadError naming
    the field when the body is not a notification.
    """
    body = payload if isinstance(payload, Mapping) else _decode_json(payload)
    if not isinstance(body, Mapping):
        raise WebhookPayloadError(f"the body is not a JSON object but a JSON {_json_kind(body)}")
    body = dict(body)
    kind = body.get("type")
    if kind != NOTIFICATION_TYPE:
        raise WebhookPayloadError(
            f"the body is not a notification: its type is {_short(kind)}, not {NOTIFICATION_TYPE!r}", field="type"
        )
    data = body.get("data")
    if not isinstance(data, Mapping):
        raise WebhookPayloadError(f"data must be an object, got {_json_kind(data)}", field="data")
    item = data.get("item")
    if not isinstance(item, Mapping):
        raise WebhookPayloadError(f"data.item must be an object, got {_json_kind(item)}", field="data.item")
    return Notification(
        type=NOTIFICATION_TYPE,
        id=_required_str(body, "id"),
        topic=_required_str(body, "topic"),
        app_id=_optional_str(body, "app_id"),
        created_at=_optional_timestamp(body, "created_at"),
        first_sent_at=_optional_timestamp(body, "first_sent_at"),
        delivery_attempts=_optional_int(body, "delivery_attempts"),
        delivery_status=_optional_str(body, "delivery_status"),
        data=_decode_data(data, dict(item)),
        raw=body,
    )


def _decode_data(data: Mapping[str, Any], item: dict[str, Any]) -> NotificationData:
    data_type = data.get("type")
    item_type = item.get("type")
    data_type = data_type if isinstance(data_type, str) else None
    item_type = item_type if isinstance(item_type, str) else None
    model_name = ITEM_MODELS.get(item_type) if item_type is not None else None
    if model_name is None:
        return NotificationData(data_type, item, item_type)
    # Models decode a JSON object leniently (see _decoding.py): an authentic notification is never
    # dropped for a field the spec got wrong.
    return NotificationData(data_type, getattr(models, model_name).from_dict(item), item_type)


def _decode_json(payload: bytes | str) -> Any:
    if not isinstance(payload, bytes | bytearray | memoryview | str):
        raise WebhookPayloadError(f"the payload must be bytes, str or a mapping, got {type(payload).__name__}")
    try:
        return json.loads(bytes(payload) if isinstance(payload, memoryview) else payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookPayloadError(f"the body is not valid JSON ({exc})") from None
    except RecursionError:
        pass  # raised below, outside the except block: a RecursionError is no part of the error's chain
    raise WebhookPayloadError("the body is JSON nested too deeply to decode (deeper than about 1,000 levels)")


def _required_str(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise WebhookPayloadError(f"{name} must be a non-empty string, got {_short(value)}", field=name)
    return value


def _optional_str(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # an id sent as a number: the same id
    raise WebhookPayloadError(f"{name} must be a string, got {_short(value)}", field=name)


def _optional_int(body: Mapping[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise WebhookPayloadError(f"{name} must be an integer, got {_short(value)}", field=name)


def _optional_timestamp(body: Mapping[str, Any], name: str) -> int | None:
    # Unix seconds, as every timestamp of Intercom's API; a fractional one is truncated.
    value = body.get(name)
    if isinstance(value, float) and not value.is_integer():
        return int(value)
    return _optional_int(body, name)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}.get(
        type(value), type(value).__name__
    )


def _short(value: Any) -> str:
    try:
        text = repr(value)
    except RecursionError:  # a deeply nested list or object where a string was expected
        return f"a {_json_kind(value)} nested too deeply to show"
    return text if len(text) <= 60 else text[:57] + "..."
