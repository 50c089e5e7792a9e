# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_search_highlights_highlighted_title_item_type import (
    ArticleSearchHighlightsHighlightedTitleItemType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleSearchHighlightsHighlightedTitleItem(Model):
    """A highlighted article title.

    Attributes:
        text (str | None): The text of the title. Example: my query.
        type_ (ArticleSearchHighlightsHighlightedTitleItemType | None): The type of text - `highlight` or `plain`.
            Example: The highlight is .
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    text: str | None = None
    type_: ArticleSearchHighlightsHighlightedTitleItemType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleSearchHighlightsHighlightedTitleItem,
    text=check_str,
    type_=Field(check_str, json="type"),
)
