# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, list_of, parse_uuid, received_fields

if TYPE_CHECKING:
    from ..models.quick_reply_option_with_translations import QuickReplyOptionWithTranslations


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationPartMetadata(Model):
    """Metadata for a conversation part

    Attributes:
        quick_reply_options (list[QuickReplyOptionWithTranslations] | None): The quick reply options sent by the Admin
            or bot, presented in this conversation part.
        quick_reply_uuid (UUID | None): The unique identifier for the quick reply option that was clicked by the end
            user. Example: 123e4567-e89b-12d3-a456-426614174000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    quick_reply_options: list[QuickReplyOptionWithTranslations] | None = None
    quick_reply_uuid: UUID | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationPartMetadata,
    quick_reply_options=list_of(ModelRef(models, "QuickReplyOptionWithTranslations")),
    quick_reply_uuid=parse_uuid,
)
