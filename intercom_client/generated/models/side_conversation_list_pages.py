# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side_conversation_list_pages_type import (
    SideConversationListPagesType,
)
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SideConversationListPages(Model):
    """Pagination metadata.

    Attributes:
        page (int | None): The current page number. Example: 1.
        per_page (int | None): The number of results per page. Example: 25.
        total_pages (int | None): The total number of pages. Example: 1.
        type_ (SideConversationListPagesType | None):  Example: pages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    type_: SideConversationListPagesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SideConversationListPages,
    page=check_int,
    per_page=check_int,
    total_pages=check_int,
    type_=Field(check_str, json="type", const="pages"),
)
