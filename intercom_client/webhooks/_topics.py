"""The webhook topics Intercom documents, kept as data: which object each one's ``data.item`` is.

Sources (Intercom's developer docs; each entry below names the page it was read from):

- ``PREVIEW``: the webhook models reference of the Preview API version this SDK is generated from,
  https://developers.intercom.com/docs/references/preview/webhooks/webhook-models
- ``V2_16``: https://developers.intercom.com/docs/references/2.16/webhooks/webhook-models
- ``V2_9``: https://developers.intercom.com/docs/references/2.9/webhooks/webhook-models, and for the
  ticket topics the v2.9 changelog that introduced them,
  https://developers.intercom.com/docs/references/2.9/changelog
- ``V2_7``: https://developers.intercom.com/docs/references/2.7/rest-api/webhooks/webhook-models
- ``V2_5``: https://developers.intercom.com/docs/references/2.5/webhooks/webhook-models
- ``CALLS``: https://developers.intercom.com/intercom-api-reference/reference/webhook-models-1
- ``V1``: the 1.x webhook models reference (conversation and visitor topics, kept in 2.x),
  https://developers.intercom.com/docs/references/1.2/webhooks/webhook-models
- ``TOPICS_V1``: https://intercom-developer-hub.readme.io/reference/topics (``event.created``, and
  ``ping``, which "is always subscribed to")

Intercom adds topics over time: a topic missing here is still delivered and parsed
(``Notification.known_topic`` is then False). The webhook models pages also say that "the
*.deleted webhook topics send a minimal identification payload containing only identifying
fields — not the full resource object"; such items decode into their model with the other fields
UNSET.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["KNOWN_TOPICS", "Topic"]

PREVIEW = "https://developers.intercom.com/docs/references/preview/webhooks/webhook-models"
V2_16 = "https://developers.intercom.com/docs/references/2.16/webhooks/webhook-models"
V2_9 = "https://developers.intercom.com/docs/references/2.9/webhooks/webhook-models"
V2_9_CHANGELOG = "https://developers.intercom.com/docs/references/2.9/changelog"
V2_7 = "https://developers.intercom.com/docs/references/2.7/rest-api/webhooks/webhook-models"
V2_5 = "https://developers.intercom.com/docs/references/2.5/webhooks/webhook-models"
CALLS = "https://developers.intercom.com/intercom-api-reference/reference/webhook-models-1"
V1 = "https://developers.intercom.com/docs/references/1.2/webhooks/webhook-models"
TOPICS_V1 = "https://intercom-developer-hub.readme.io/reference/topics"


@dataclass(frozen=True, slots=True)
class Topic:
    """One documented topic.

    Attributes:
        name: The topic, as sent in a notification's ``topic`` (e.g. ``"conversation.admin.replied"``).
        object: The Intercom object the docs list for it (the ``Object`` column), e.g. ``"Conversation"``.
        source: The docs page it was read from.
    """

    name: str
    object: str
    source: str


# (topic, object) grouped by the page each was read from.
_DOCUMENTED: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        PREVIEW,
        (
            ("admin.added_to_workspace", "Admin"),
            ("admin.away_mode_updated", "Admin"),
            ("admin.activity_log_event.created", "Admin"),
            ("admin.removed_from_workspace", "Admin"),
            ("admin.logged_in", "Admin"),
            ("admin.logged_out", "Admin"),
        ),
    ),
    (
        V2_16,
        (
            ("conversation.admin.replied.translated", "Conversation"),
            ("ticket.admin.replied.translated", "Ticket"),
        ),
    ),
    (
        V2_9,
        (
            ("company.created", "Company"),
            ("company.deleted", "Company"),
            ("company.updated", "Company"),
        ),
    ),
    (
        V2_7,
        (
            ("company.contact.attached", "Company, Contact"),
            ("company.contact.detached", "Company, Contact"),
            ("contact.archived", "Contact"),
            ("contact.deleted", "Contact"),
        ),
    ),
    (
        V2_5,
        (
            ("contact.email.updated", "Contact"),
            ("contact.lead.added_email", "Contact"),
            ("contact.lead.created", "Contact"),
            # The user counterpart of contact.lead.created; the copy of this page that was read
            # ends after contact.lead.created, so this name rests on the 2.x topic naming.
            ("contact.user.created", "Contact"),
        ),
    ),
    (
        # The changelog describes these topics ("Ticket state updated topic that fires when a
        # ticket state is updated", ...); the names are those of the v2.9 reference it links to.
        V2_9_CHANGELOG,
        (
            ("ticket.created", "Ticket"),
            ("ticket.state.updated", "Ticket"),
            ("ticket.note.created", "Ticket"),
            ("ticket.admin.assigned", "Ticket"),
            ("ticket.team.assigned", "Ticket"),
            ("ticket.contact.attached", "Ticket"),
            ("ticket.contact.detached", "Ticket"),
            ("ticket.attribute.updated", "Ticket"),
            ("ticket.admin.replied", "Ticket"),
            ("ticket.contact.replied", "Ticket"),
        ),
    ),
    (
        CALLS,
        (
            ("call.started", "Call"),
            ("call.ended", "Call"),
        ),
    ),
    (
        V1,
        (
            ("conversation.user.created", "Conversation"),
            ("conversation.user.replied", "Conversation"),
            ("conversation.admin.replied", "Conversation"),
            ("conversation.admin.single.created", "Conversation"),
            ("conversation.admin.assigned", "Conversation"),
            ("conversation.admin.noted", "Conversation"),
            ("conversation.admin.closed", "Conversation"),
            ("conversation.admin.opened", "Conversation"),
            ("conversation.admin.snoozed", "Conversation"),
            ("conversation.admin.unsnoozed", "Conversation"),
            ("conversation_part.tag.created", "Conversation"),
            ("conversation.deleted", "Conversation"),
            ("visitor.signed_up", "Visitor"),
        ),
    ),
    (
        TOPICS_V1,
        (
            ("event.created", "Event"),
            ("ping", "Ping"),
        ),
    ),
)

KNOWN_TOPICS: Mapping[str, Topic] = MappingProxyType(
    {name: Topic(name, obj, source) for source, topics in _DOCUMENTED for name, obj in topics}
)
"""Every documented topic by name (read-only)."""
