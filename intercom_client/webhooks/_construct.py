"""construct_event: verify a webhook request's signature, then parse its body into a Notification."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from .._exceptions import ConfigurationError
from ._errors import WebhookExpiredError, WebhookPayloadError
from ._notification import Notification, parse_notification
from ._signature import verify_signature

__all__ = ["construct_event"]


def construct_event(
    payload: bytes,
    signature: str | None,
    secret: str,
    *,
    max_age: float | None = None,
    clock: Callable[[], float] = time.time,
) -> Notification:
    """Verify and decode one webhook request.

    Arguments:
        payload: The request body exactly as received (bytes). Not a parsed or re-serialised body:
            the signature covers the raw bytes.
        signature: The ``X-Hub-Signature`` header value, or None when the request had none.
        secret: Your app's client secret (Developer Hub > Basic information), with which Intercom
            signs notifications.
        max_age: When set, reject notifications whose ``created_at`` is more than this many
            seconds in the past. Intercom's signature carries no timestamp, so a captured request
            verifies forever: this bounds how old a replay can be, and ``id`` deduplication
            (``MemoryDedupeStore``) catches the rest.
        clock: The current Unix time (for tests).

    Raises:
        WebhookSignatureError: the header is missing, is not ``sha1=`` + 40 hex digits, or does not
            match. Raised before anything parses the body.
        WebhookPayloadError: the body is authentic but not a notification (names the field).
        WebhookExpiredError: ``created_at`` is older than ``max_age``.

    ::

        notification = construct_event(await request.body(), request.headers.get("X-Hub-Signature"), secret)
        if isinstance(notification.item, Conversation): ...
    """
    check_max_age_option(max_age)
    verify_signature(payload, signature, secret)
    notification = parse_notification(payload)
    if max_age is not None:
        check_age(notification, max_age, clock())
    return notification


def check_max_age_option(max_age: float | None) -> None:
    """Raise ConfigurationError unless ``max_age`` is None or a number of seconds >= 0."""
    if max_age is None:
        return
    if not isinstance(max_age, int | float) or isinstance(max_age, bool) or math.isnan(max_age) or max_age < 0:
        raise ConfigurationError(f"max_age must be a number of seconds >= 0 or None, got {max_age!r}")


def check_age(notification: Notification, max_age: float, now: float) -> None:
    """Raise WebhookExpiredError if ``notification`` was created more than ``max_age`` seconds before ``now``."""
    if notification.created_at is None:
        raise WebhookPayloadError("created_at is missing, so max_age cannot be checked", field="created_at")
    age = now - notification.created_at
    if age > max_age:
        raise WebhookExpiredError(
            f"notification {notification.id} was created {age:.0f} s ago, more than max_age={max_age:g} s",
            age=age,
            max_age=float(max_age),
        )
