# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.company_scroll_type import CompanyScrollType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.cursor_pages import CursorPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompanyScroll(Model):
    """Companies allow you to represent organizations using your product. Each company will have its own description and be
    associated with contacts. You can fetch, create, update and list companies.

    Attributes:
        data (list[Company] | None):
        pages (CursorPages | None):
        scroll_param (str | None): The scroll parameter to use in the next request to fetch the next page of results.
            Example: 25b649f7-4d33-4ef6-88f5-60e5b8244309.
        total_count (int | None): The total number of companies Example: 100.
        type_ (CompanyScrollType | None): The type of object - `list` Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[Company] | None = None
    pages: CursorPages | None = None
    scroll_param: str | None = None
    total_count: int | None = None
    type_: CompanyScrollType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CompanyScroll,
    data=list_of(ModelRef(models, "Company")),
    pages=ModelRef(models, "CursorPages"),
    scroll_param=check_str,
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
