# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_article_list_type import InternalArticleListType
from ..types import DecodingIssue, Field, Model, check_int, check_str, list_of, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class InternalArticleList(Model):
    """This will return a list of internal articles for the App.

    Attributes:
        data (list[InternalArticleListItem] | None): An array of Internal Article objects
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of internal articles. Example: 1.
        type_ (InternalArticleListType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[InternalArticleListItem] | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: InternalArticleListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


# Imported last, so that models that refer to each other can import each other.
from ..models.cursor_pages import CursorPages
from ..models.internal_article_list_item import InternalArticleListItem

received_fields(
    InternalArticleList,
    data=list_of(InternalArticleListItem.from_dict),
    pages=CursorPages.from_dict,
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
