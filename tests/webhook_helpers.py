"""Building signed webhook requests for the webhook tests: signatures computed here with stdlib hmac."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

SECRET = "test-client-secret-7f3a9c"  # never expected in an error, a repr or a log line


def hub_signature(body: bytes, secret: str = SECRET) -> str:
    """The X-Hub-Signature Intercom sends: sha1= + hex HMAC-SHA1 of the raw body, computed independently."""
    return "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()


def notification(
    item: dict[str, Any],
    *,
    topic: str = "contact.user.created",
    id: str = "notif_00000000-0000-0000-0000-000000000001",
    created_at: int = 1_700_000_000,
    **extra: Any,
) -> dict[str, Any]:
    """A notification_event body around ``item``, shaped like the one in Intercom's docs."""
    return {
        "type": "notification_event",
        "app_id": "a86dr8yl",
        "data": {"type": "notification_event_data", "item": item},
        "links": {},
        "id": id,
        "topic": topic,
        "delivery_status": "pending",
        "delivery_attempts": 1,
        "delivered_at": 0,
        "first_sent_at": created_at,
        "created_at": created_at,
        "self": None,
        **extra,
    }


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, indent=2).encode()
