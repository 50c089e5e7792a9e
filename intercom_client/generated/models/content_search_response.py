# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_search_response_type import ContentSearchResponseType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_int,
    check_str,
    list_of,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.content_search_article_item import ContentSearchArticleItem
    from ..models.content_search_default_item import ContentSearchDefaultItem
    from ..models.pages_link_with_prev import PagesLinkWithPrev


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSearchResponse(Model):
    """A paginated list of Knowledge Hub content results matching a search query.

    Attributes:
        data (list[ContentSearchArticleItem | ContentSearchDefaultItem] | None): The list of matched content items. Each
            item's `type` field determines its shape.
        pages (PagesLinkWithPrev | None): Pagination metadata, including links to neighbouring pages.
        total_count (int | None): Total number of results matching the query. Example: 5.
        type_ (ContentSearchResponseType | None): Always `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ContentSearchArticleItem | ContentSearchDefaultItem] | None = None
    pages: PagesLinkWithPrev | None = None
    total_count: int | None = None
    type_: ContentSearchResponseType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSearchResponse,
    data=list_of(one_of(ModelRef(models, "ContentSearchDefaultItem"), ModelRef(models, "ContentSearchArticleItem"))),
    pages=ModelRef(models, "PagesLinkWithPrev"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
