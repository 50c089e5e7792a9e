# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, list_of, received_fields

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.article_search_highlights import ArticleSearchHighlights


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleSearchResponseData(Model):
    """An object containing the results of the search.

    Attributes:
        articles (list[Article] | None): An array of Article objects
        highlights (list[ArticleSearchHighlights] | None): A corresponding array of highlighted Article content
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    articles: list[Article] | None = None
    highlights: list[ArticleSearchHighlights] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleSearchResponseData,
    articles=list_of(ModelRef(models, "Article")),
    highlights=list_of(ModelRef(models, "ArticleSearchHighlights")),
)
