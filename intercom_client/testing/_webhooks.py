"""Webhook subscriptions: a state change made through the API becomes a notification, signed as Intercom
signs it (``X-Hub-Signature: sha1=`` HMAC of the body with the app's client secret, the same
``intercom_client.webhooks.sign``), given to a callable or posted to a URL once the answer is made.

As with Intercom, a receiver that fails (raises, answers an error, cannot be reached) does not fail
the API call that caused the notification: the failure is kept in ``fake.webhooks.failures``.
"""

from __future__ import annotations

import json
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..webhooks import SIGNATURE_HEADER, sign
from ._state import State
from ._wire import FakeIntercomError

__all__ = ["Delivery", "Subscription", "Webhooks"]

MAX_KEPT = 10_000  # notifications and failures kept for inspection (the oldest go first)

Receiver = Callable[[bytes, dict[str, str]], object]
"""A callable subscriber: gets the raw body and the headers, as a receiver gets them."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """One signed notification for one subscriber."""

    target: Receiver | str
    payload: bytes
    headers: dict[str, str]


@dataclass(frozen=True)
class Subscription:
    target: Receiver | str
    secret: str
    topics: frozenset[str] | None


class Webhooks:
    """``fake.webhooks``: subscribe receivers; ``sent`` lists every notification made (topic, body)."""

    def __init__(self, state: State) -> None:
        self._state = state
        self._subscriptions: list[Subscription] = []
        self.sent: deque[tuple[str, dict[str, Any]]] = deque(maxlen=MAX_KEPT)
        self.failures: deque[tuple[str, str]] = deque(maxlen=MAX_KEPT)  # (target, what went wrong)

    def subscribe(self, target: Receiver | str, *, secret: str, topics: Iterable[str] | None = None) -> None:
        """Send notifications to ``target`` (a callable, or an http(s) URL), signed with ``secret``.

        ``topics`` limits them to those topics (``"conversation.admin.closed"`` ...); None: all.
        """
        if not isinstance(secret, str) or not secret:
            raise FakeIntercomError("secret (your app's client secret) must be a non-empty str")
        if isinstance(target, str):
            if not target.startswith(("http://", "https://")):
                raise FakeIntercomError("a webhook URL must start with http:// or https://")
        elif not callable(target):
            raise FakeIntercomError("a webhook target is a callable or a URL")
        self._subscriptions.append(Subscription(target, secret, None if topics is None else frozenset(topics)))

    def notify(self, topic: str, item: dict[str, Any]) -> list[Delivery]:
        """Make the notification and sign it for each subscriber of its topic (delivered by ``deliver_to_callables``
        and the adapters, outside the fake's lock)."""
        now = self._state.now()
        body = {
            "type": "notification_event",
            "app_id": self._state.app_id,
            "data": {"type": "notification_event_data", "item": item},
            "links": {},
            "id": f"notif_{uuid.uuid4()}",
            "topic": topic,
            "delivery_status": "pending",
            "delivery_attempts": 1,
            "delivered_at": 0,
            "first_sent_at": now,
            "created_at": now,
            "self": None,
        }
        self.sent.append((topic, body))
        payload = json.dumps(body).encode()
        deliveries = []
        for subscription in self._subscriptions:
            if subscription.topics is not None and topic not in subscription.topics:
                continue
            headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(payload, subscription.secret)}
            deliveries.append(Delivery(subscription.target, payload, headers))
        return deliveries

    def deliver_to_callables(self, deliveries: list[Delivery]) -> list[tuple[str, bytes, dict[str, str]]]:
        """Call the callable subscribers; return the URL deliveries, for the adapter to post."""
        urls = []
        for delivery in deliveries:
            if isinstance(delivery.target, str):
                urls.append((delivery.target, delivery.payload, delivery.headers))
                continue
            try:
                delivery.target(delivery.payload, delivery.headers)
            except Exception as exc:  # the receiver's failure is not the API call's
                self.failures.append((repr(delivery.target)[:200], f"{type(exc).__name__}: {exc}"[:500]))
        return urls

    def record_failure(self, url: str, what: str) -> None:
        """A URL delivery that failed (an error status, a connection error)."""
        self.failures.append((url, what[:500]))

    def topics(self) -> list[str]:
        """The topics of the notifications made so far, in order."""
        return [topic for topic, _ in self.sent]
