# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_part_previous_ticket_state import (
    TicketPartPreviousTicketState,
)
from ..models.ticket_part_ticket_state import TicketPartTicketState
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
    from ..models.reference import Reference
    from ..models.reply_translations import ReplyTranslations
    from ..models.ticket_part_author import TicketPartAuthor
    from ..models.ticket_part_updated_attribute_data import TicketPartUpdatedAttributeData


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPart(Model):
    """A Ticket Part represents a message in the ticket.

    Attributes:
        id (str): The id representing the ticket part. Example: 3.
        type_ (str): Always ticket_part Example: ticket_part.
        app_package_code (str | None): The app package code if this part was created via API. Note this field won't show
            if the part was not created via API. Example: text-integration.
        assigned_to (Reference | None): The id of the admin that was assigned the ticket by this ticket_part (null if
            there has been no change in assignment.)
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        author (TicketPartAuthor | None): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Okay!</p>``.
        created_at (int | None): The time the ticket part was created. Example: 1663597223.
        external_id (str | None): The external id of the ticket part Example: abcd1234.
        part_type (str | None): The type of ticket part. Example: comment.
        previous_ticket_state (TicketPartPreviousTicketState | None): The previous state of the ticket. Example:
            submitted.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
        ticket_state (TicketPartTicketState | None): The state of the ticket. Example: submitted.
        translations (ReplyTranslations | None):
        updated_at (int | None): The last time the ticket part was updated. Example: 1663597260.
        updated_attribute_data (TicketPartUpdatedAttributeData | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    app_package_code: str | None = None
    assigned_to: Reference | None = None
    attachments: list[PartAttachment] | None = None
    author: TicketPartAuthor | None = None
    body: str | None = None
    created_at: int | None = None
    external_id: str | None = None
    part_type: str | None = None
    previous_ticket_state: TicketPartPreviousTicketState | None = None
    redacted: bool | None = None
    ticket_state: TicketPartTicketState | None = None
    translations: ReplyTranslations | None = None
    updated_at: int | None = None
    updated_attribute_data: TicketPartUpdatedAttributeData | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketPart,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    app_package_code=check_str,
    assigned_to=ModelRef(models, "Reference"),
    attachments=list_of(ModelRef(models, "PartAttachment")),
    author=ModelRef(models, "TicketPartAuthor"),
    body=check_str,
    created_at=check_int,
    external_id=check_str,
    part_type=check_str,
    previous_ticket_state=check_str,
    redacted=check_bool,
    ticket_state=check_str,
    translations=ModelRef(models, "ReplyTranslations"),
    updated_at=check_int,
    updated_attribute_data=ModelRef(models, "TicketPartUpdatedAttributeData"),
)
