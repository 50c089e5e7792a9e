# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.whatsapp_message_status_list_pages_type import (
    WhatsappMessageStatusListPagesType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.next_page_cursor import NextPageCursor


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatusListPages(Model):
    """
    Attributes:
        per_page (int): Number of results per page
        total_pages (int): Total number of pages
        type_ (WhatsappMessageStatusListPagesType):
        next_ (NextPageCursor | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    per_page: int
    total_pages: int
    type_: WhatsappMessageStatusListPagesType
    next_: NextPageCursor | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WhatsappMessageStatusListPages,
    per_page=Field(check_int, required=True),
    total_pages=Field(check_int, required=True),
    type_=Field(check_str, json="type", required=True, const="pages"),
    next_=Field(ModelRef(models, "NextPageCursor"), json="next"),
)
