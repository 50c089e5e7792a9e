# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.article_search_highlights_highlighted_summary_item_item import (
        ArticleSearchHighlightsHighlightedSummaryItemItem,
    )
    from ..models.article_search_highlights_highlighted_title_item import ArticleSearchHighlightsHighlightedTitleItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleSearchHighlights(Model):
    """The highlighted results of an Article search. In the examples provided my search query is always "my query".

    Attributes:
        article_id (str | None): The ID of the corresponding article. Example: 123.
        highlighted_summary (list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | None): An Article
            description and body text highlighted.
        highlighted_title (list[ArticleSearchHighlightsHighlightedTitleItem] | None): An Article title highlighted.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    article_id: str | None = None
    highlighted_summary: list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | None = None
    highlighted_title: list[ArticleSearchHighlightsHighlightedTitleItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleSearchHighlights,
    article_id=check_str,
    highlighted_summary=list_of(list_of(ModelRef(models, "ArticleSearchHighlightsHighlightedSummaryItemItem"))),
    highlighted_title=list_of(ModelRef(models, "ArticleSearchHighlightsHighlightedTitleItem")),
)
