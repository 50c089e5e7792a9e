# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_bool, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.conversation_source_author import ConversationSourceAuthor
    from ..models.conversation_source_recipients_item import ConversationSourceRecipientsItem
    from ..models.conversation_source_reply_to_item import ConversationSourceReplyToItem
    from ..models.part_attachment import PartAttachment
    from ..models.source_email_message_metadata import SourceEmailMessageMetadata


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSource(Model):
    """The first message or event that started this conversation. Describes the origin and who initiated it.

    Attributes:
        id (str | None): The id of the source message. Example: 3.
        type_ (str): The origin of this conversation. Example: email.
        attachments (list[PartAttachment] | None): A list of attachments on the source message.
        author (ConversationSourceAuthor | None): The author who started the conversation. Can be a Contact, Admin, or
            Bot.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Hey there!</p>``.
        delivered_as (str | None): How the conversation was initiated. Example: operator_initiated.
        email_message_metadata (SourceEmailMessageMetadata | None): Contains metadata if the message was sent as an
            email
        recipients (list[ConversationSourceRecipientsItem] | None): The recipients of the source message. Only present
            for email conversations.
        redacted (bool | None): Whether or not the source content has been redacted. Example: False.
        reply_to (list[ConversationSourceReplyToItem] | None): The Reply-To header addresses of the source message,
            where a reply will be routed. Can differ from the sender's From address. Only present for email conversations.
        subject (str | None): The message subject. Only present for email conversations.
        url (str | None): The URL where the conversation was started. Example:
            https://intercom.help/company/article/123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None
    type_: str
    attachments: list[PartAttachment] | None = None
    author: ConversationSourceAuthor | None = None
    body: str | None = None
    delivered_as: str | None = None
    email_message_metadata: SourceEmailMessageMetadata | None = None
    recipients: list[ConversationSourceRecipientsItem] | None = None
    redacted: bool | None = None
    reply_to: list[ConversationSourceReplyToItem] | None = None
    subject: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSource,
    id=check_str,
    type_=Field(check_str, json="type", required=True),
    attachments=list_of(ModelRef(models, "PartAttachment")),
    author=ModelRef(models, "ConversationSourceAuthor"),
    body=check_str,
    delivered_as=check_str,
    email_message_metadata=ModelRef(models, "SourceEmailMessageMetadata"),
    recipients=list_of(ModelRef(models, "ConversationSourceRecipientsItem")),
    redacted=check_bool,
    reply_to=list_of(ModelRef(models, "ConversationSourceReplyToItem")),
    subject=check_str,
    url=check_str,
)
