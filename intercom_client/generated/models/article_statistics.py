# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_statistics_type import ArticleStatisticsType
from ..types import DecodingIssue, Field, Model, check_float, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleStatistics(Model):
    """The statistics of an article.

    Attributes:
        conversions (int | None): The number of conversations started from the article. Example: 0.
        fin_involvements (int | None): The number of conversations in which Fin AI Agent used this article, summed
            across all of the article's locales. Example: 10.
        fin_resolution_rate (float | None): The percentage of Fin AI Agent involvements that resulted in a resolution
            (fin_resolutions / fin_involvements * 100). Example: 80.0.
        fin_resolutions (int | None): The number of conversations Fin AI Agent resolved using this article, summed
            across all of the article's locales. Example: 8.
        happy_reaction_percentage (float | None): The percentage of happy reactions the article has received against
            other types of reaction. Example: 40.0.
        neutral_reaction_percentage (float | None): The percentage of neutral reactions the article has received against
            other types of reaction. Example: 40.0.
        reactions (int | None): The number of total reactions the article has received. Example: 10.
        sad_reaction_percentage (float | None): The percentage of sad reactions the article has received against other
            types of reaction. Example: 20.0.
        type_ (ArticleStatisticsType | None): The type of object - `article_statistics`. Default: 'article_statistics'.
            Example: article_statistics.
        views (int | None): The number of total views the article has received. Example: 10.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversions: int | None = None
    fin_involvements: int | None = None
    fin_resolution_rate: float | None = None
    fin_resolutions: int | None = None
    happy_reaction_percentage: float | None = None
    neutral_reaction_percentage: float | None = None
    reactions: int | None = None
    sad_reaction_percentage: float | None = None
    type_: ArticleStatisticsType | None = None
    views: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleStatistics,
    conversions=check_int,
    fin_involvements=check_int,
    fin_resolution_rate=check_float,
    fin_resolutions=check_int,
    happy_reaction_percentage=check_float,
    neutral_reaction_percentage=check_float,
    reactions=check_int,
    sad_reaction_percentage=check_float,
    type_=Field(check_str, json="type", const="article_statistics"),
    views=check_int,
)
