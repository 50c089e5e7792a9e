# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_reply_part_type import TicketReplyPartType
from ..models.ticket_reply_type import TicketReplyType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.part_attachment import PartAttachment
    from ..models.reply_translations import ReplyTranslations
    from ..models.ticket_part_author import TicketPartAuthor


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketReply(Model):
    """A Ticket Part representing a note, comment, or quick_reply on a ticket

    Attributes:
        id (str): The id representing the part. Example: 3.
        type_ (TicketReplyType): Always ticket_part Example: ticket_part.
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        author (TicketPartAuthor | None): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Okay!</p>``.
        created_at (int | None): The time the note was created. Example: 1663597223.
        part_type (TicketReplyPartType | None): Type of the part Example: note.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
        translations (ReplyTranslations | None):
        updated_at (int | None): The last time the note was updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: TicketReplyType
    attachments: list[PartAttachment] | None = None
    author: TicketPartAuthor | None = None
    body: str | None = None
    created_at: int | None = None
    part_type: TicketReplyPartType | None = None
    redacted: bool | None = None
    translations: ReplyTranslations | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketReply,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="ticket_part"),
    attachments=list_of(ModelRef(models, "PartAttachment")),
    author=ModelRef(models, "TicketPartAuthor"),
    body=check_str,
    created_at=check_int,
    part_type=check_str,
    redacted=check_bool,
    translations=ModelRef(models, "ReplyTranslations"),
    updated_at=check_int,
)
