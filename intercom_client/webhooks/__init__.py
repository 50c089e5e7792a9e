"""Intercom webhooks: verify the signature, decode the notification into the SDK's models, receive.

::

    from intercom_client.webhooks import construct_event, WebhookSignatureError
    from intercom_client.models import Conversation

    try:
        notification = construct_event(raw_body, headers.get("X-Hub-Signature"), client_secret, max_age=3600)
    except WebhookSignatureError:
        ...  # not from Intercom: answer 403
    if notification.topic == "conversation.admin.replied" and isinstance(notification.item, Conversation):
        print(notification.item.id)

- ``construct_event`` verifies ``X-Hub-Signature`` (HMAC-SHA1 of the raw body, keyed with your app's
  client secret) in constant time, then decodes the body; ``sign`` makes the header for tests.
- ``Notification``: the envelope fields, and ``data.item`` decoded into ``Contact``, ``Conversation``,
  ``Company``, ``Ticket``, ... by its ``type`` (``ITEM_MODELS``); other items stay dicts.
- ``KNOWN_TOPICS``: the topics Intercom documents, with the page each comes from.
- ``MemoryDedupeStore`` / ``DedupeStore``: drop redeliveries and replays by notification id.
- ``WebhookReceiver``: a framework-neutral endpoint (HEAD, verify, dedupe, dispatch in the background).
"""

from ._construct import construct_event
from ._dedupe import DedupeStore, MemoryDedupeStore
from ._errors import WebhookError, WebhookExpiredError, WebhookPayloadError, WebhookSignatureError
from ._notification import ITEM_MODELS, Notification, NotificationData, NotificationItem, parse_notification
from ._receiver import NotificationHandler, WebhookReceiver, WebhookResponse
from ._signature import SIGNATURE_HEADER, sign, verify_signature
from ._topics import KNOWN_TOPICS, Topic

__all__ = [
    "ITEM_MODELS",
    "KNOWN_TOPICS",
    "SIGNATURE_HEADER",
    "DedupeStore",
    "MemoryDedupeStore",
    "Notification",
    "NotificationData",
    "NotificationHandler",
    "NotificationItem",
    "Topic",
    "WebhookError",
    "WebhookExpiredError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookSignatureError",
    "construct_event",
    "parse_notification",
    "sign",
    "verify_signature",
]
