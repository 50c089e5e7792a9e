# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.internal_article_list_type import InternalArticleListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.cursor_pages import CursorPages
    from ..models.internal_article_list_item import InternalArticleListItem


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


received_fields(
    InternalArticleList,
    data=list_of(ModelRef(models, "InternalArticleListItem")),
    pages=ModelRef(models, "CursorPages"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
