# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_article_content_item_type import (
    ContentSearchArticleContentItemType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSearchArticleContentItem(Model):
    """A single locale variant of a help center article returned from Knowledge Hub search.

    Attributes:
        id (str): The unique identifier of the article content. Example: 678.
        type_ (ContentSearchArticleContentItemType): Always `article_content`. Example: article_content.
        locale (str | None): The locale of this article content. Example: en.
        title (str | None): The localized title of the article. Example: Billing FAQ.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContentSearchArticleContentItemType
    locale: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSearchArticleContentItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="article_content"),
    locale=check_str,
    title=check_str,
)
