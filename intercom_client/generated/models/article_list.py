# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.article_list_type import ArticleListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.article_list_item import ArticleListItem
    from ..models.cursor_pages import CursorPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleList(Model):
    """This will return a list of articles for the App.

    Attributes:
        data (list[ArticleListItem] | None): An array of Article objects
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of articles. Example: 1.
        type_ (ArticleListType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ArticleListItem] | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: ArticleListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleList,
    data=list_of(ModelRef(models, "ArticleListItem")),
    pages=ModelRef(models, "CursorPages"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
