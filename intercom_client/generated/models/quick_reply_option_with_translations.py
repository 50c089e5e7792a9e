# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, ModelRef, check_str, parse_uuid, received_fields
from .quick_reply_option import QuickReplyOption

if TYPE_CHECKING:
    from ..models.quick_reply_option_with_translations_translations import QuickReplyOptionWithTranslationsTranslations


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class QuickReplyOptionWithTranslations(QuickReplyOption):
    """
    Attributes:
        text (str): The text to display in this quick reply option.
        uuid (UUID): A unique identifier for this quick reply option. This value will be available within the metadata
            of the comment conversation part that is created when a user clicks on this reply option.
        translations (QuickReplyOptionWithTranslationsTranslations | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    text: str
    uuid: UUID
    translations: QuickReplyOptionWithTranslationsTranslations | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    QuickReplyOptionWithTranslations,
    text=Field(check_str, required=True),
    uuid=Field(parse_uuid, required=True),
    translations=ModelRef(models, "QuickReplyOptionWithTranslationsTranslations"),
)
