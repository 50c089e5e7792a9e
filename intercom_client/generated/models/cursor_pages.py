# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.cursor_pages_type import CursorPagesType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, one_of, received_fields

if TYPE_CHECKING:
    from ..models.starting_after_paging import StartingAfterPaging


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CursorPages(Model):
    """Cursor-based pagination is a technique used in the Intercom API to navigate through large amounts of data.
    A "cursor" or pointer is used to keep track of the current position in the result set, allowing the API to return
    the data in small chunks or "pages" as needed.

    Attributes:
        next_ (StartingAfterPaging | str | None):
        page (int | None): The current page Example: 1.
        per_page (int | None): Number of results per page Example: 2.
        total_pages (int | None): Total number of pages Example: 13.
        type_ (CursorPagesType | None): the type of object `pages`. Example: pages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: StartingAfterPaging | str | None = None
    page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    type_: CursorPagesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CursorPages,
    next_=Field(one_of(ModelRef(models, "StartingAfterPaging"), check_str), json="next"),
    page=check_int,
    per_page=check_int,
    total_pages=check_int,
    type_=Field(check_str, json="type", const="pages"),
)
