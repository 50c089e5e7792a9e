# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.contact_activity_list_pages_type import (
    ContactActivityListPagesType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.next_page_cursor import NextPageCursor


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactActivityListPages(Model):
    """Pagination information.

    Attributes:
        next_ (NextPageCursor | None):
        per_page (int | None): The number of results per page. Example: 10.
        type_ (ContactActivityListPagesType | None):  Example: pages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: NextPageCursor | None = None
    per_page: int | None = None
    type_: ContactActivityListPagesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactActivityListPages,
    next_=Field(ModelRef(models, "NextPageCursor"), json="next"),
    per_page=check_int,
    type_=Field(check_str, json="type", const="pages"),
)
