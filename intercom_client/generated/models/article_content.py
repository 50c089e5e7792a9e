# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_content_state import ArticleContentState
from ..models.article_content_type import ArticleContentType
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    sent_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleContent(Model):
    """The Content of an Article.

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the article is available for AI Chatbot. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the article is available for AI Sales Agent. Example:
            True.
        audience_ids (list[int] | Unset | None): The list of audience IDs this article content is targeted to for Fin AI
            Agent. On multilingual help centers this field appears per-locale inside `translated_content`. On single-
            language help centers it appears at the article root level. Empty array means no audience targeting is set.
            Example: [1, 2].
        author_id (int | Unset | None): The ID of the author of the article. Example: 5017691.
        body (str | Unset | None): The body of the article in HTML. Example: This is the body of the article..
        body_markdown (str | Unset | None): The body of the article in markdown. Example: # How to create a new article

            This is the body of the article.
            .
        created_at (int | Unset | None): The time when the article was created (seconds). Example: 1663597223.
        created_by_id (int | Unset | None): The ID of the teammate who created this content version. Example: 5017691.
        description (str | Unset | None): The description of the article. Example: This article will show you how to
            create a new article..
        draft_updated_at (int | Unset | None): The time, in seconds, when this locale's staged draft was last edited, or
            `null` when there is no staged draft. Only returned on the `Preview` API version. Example: 1663597260.
        has_unpublished_changes (bool | Unset | None): Whether this locale's published content has unpublished changes
            staged as a draft on top of its live content. Only returned on the `Preview` API version. Example: False.
        state (ArticleContentState | Unset | None): Whether the article is `published` or is a `draft` . Example: draft.
        title (str | Unset | None): The title of the article. Example: How to create a new article.
        type_ (ArticleContentType | Unset | None):
        updated_at (int | Unset | None): The time when the article was last updated (seconds). Example: 1663597260.
        updated_by_id (int | Unset | None): The ID of the teammate who last updated this content version. Example:
            5017691.
        url (str | Unset | None): The URL of the article. Example: http://intercom.test/help/en/articles/3-default-
            language.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    author_id: int | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    created_by_id: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    draft_updated_at: int | Unset | None = UNSET
    has_unpublished_changes: bool | Unset | None = UNSET
    state: ArticleContentState | Unset | None = UNSET
    title: str | Unset | None = UNSET
    type_: ArticleContentType | Unset | None = UNSET
    updated_at: int | Unset | None = UNSET
    updated_by_id: int | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ArticleContentDict(TypedDict, total=False):
    """:class:`ArticleContent` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: Sequence[int] | None
    author_id: int
    body: str
    body_markdown: str | None
    created_at: int
    created_by_id: int | None
    description: str
    draft_updated_at: int | None
    has_unpublished_changes: bool
    state: ArticleContentState
    title: str
    type: ArticleContentType | None
    updated_at: int
    updated_by_id: int | None
    url: str


sent_fields(
    ArticleContent,
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    author_id=check_int,
    body=check_str,
    body_markdown=check_str,
    created_at=check_int,
    created_by_id=check_int,
    description=check_str,
    draft_updated_at=check_int,
    has_unpublished_changes=check_bool,
    state=check_str,
    title=check_str,
    type_=Field(check_str, json="type"),
    updated_at=check_int,
    updated_by_id=check_int,
    url=check_str,
)
