# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_version_summary_state import ArticleVersionSummaryState
from ..models.article_version_summary_type import ArticleVersionSummaryType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleVersionSummary(Model):
    """A metadata summary of an article version, as returned by the version-history list endpoint. Omits the version's body
    content - fetch a single version to retrieve its `body` and `body_markdown`.

    Attributes:
        id (str): The unique identifier for the version. Example: 301.
        type_ (ArticleVersionSummaryType): String representing the object's type. Always has the value
            `article_version`. Example: article_version.
        article_id (str | None): The unique identifier of the article this version belongs to. Example: 123.
        author_id (str | None): The id of the teammate listed as the article's author at this version. Example:
            991267502.
        created_at (int | None): The time the version was created, as a UTC Unix timestamp. Example: 1734537292.
        created_by_id (str | None): The id of the teammate who created this version. Example: 5017691.
        created_via (str | None): How this version was created (for example `web`, `api`). Example: web.
        description (str | None): The description of the article at this version.
        from_version_id (str | None): The id of the version this version was created from, or `null` if this is the
            first version. Example: 300.
        state (ArticleVersionSummaryState | None): Whether this version is the currently published version of the
            article (`published`) or an earlier non-live version (`draft`). Example: published.
        title (str | None): The title of the article at this version. Example: This is the article title.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ArticleVersionSummaryType
    article_id: str | None = None
    author_id: str | None = None
    created_at: int | None = None
    created_by_id: str | None = None
    created_via: str | None = None
    description: str | None = None
    from_version_id: str | None = None
    state: ArticleVersionSummaryState | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleVersionSummary,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="article_version"),
    article_id=check_str,
    author_id=check_str,
    created_at=check_int,
    created_by_id=check_str,
    created_via=check_str,
    description=check_str,
    from_version_id=check_str,
    state=check_str,
    title=check_str,
)
