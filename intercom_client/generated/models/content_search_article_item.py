# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_search_article_item_type import (
    ContentSearchArticleItemType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.content_search_article_content_item import ContentSearchArticleContentItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSearchArticleItem(Model):
    """A help center article result from Knowledge Hub search, with one nested `article_content` entry per locale.

    Attributes:
        id (str): The unique identifier of the article. Example: 345.
        type_ (ContentSearchArticleItemType): Always `article`. Example: article.
        contents (list[ContentSearchArticleContentItem] | None): One entry per locale of the article.
        title (str | None): The article's canonical title. Example: Billing FAQ.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContentSearchArticleItemType
    contents: list[ContentSearchArticleContentItem] | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSearchArticleItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="article"),
    contents=list_of(ModelRef(models, "ContentSearchArticleContentItem")),
    title=check_str,
)
