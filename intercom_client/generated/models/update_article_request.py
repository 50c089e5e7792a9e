# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.update_article_request_state import UpdateArticleRequestState
from ..types import (
    UNSET,
    DecodingIssue,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    parse_datetime,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent, ArticleTranslatedContentDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateArticleRequest(Model):
    """You can Update an Article

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the article should be available for AI Chatbot (Fin). For
            multilingual articles, this sets the default language's availability. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the article should be available for AI Copilot. For
            multilingual articles, this sets the default language's availability. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the article should be available for AI Sales Agent.
            For multilingual articles, this sets the default language's availability. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to assign to this article for Fin AI Agent
            targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids:
            []` clears all audience memberships from every locale. For per-locale targeting, use
            `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request
            causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. Example: [1, 2].
        author_id (int | Unset | None): The id of the author of the article. For multilingual articles, this will be the
            id of the author of the default language's content. Must be a teammate on the help center's workspace. Example:
            1295.
        body (str | Unset | None): The content of the article in HTML. For multilingual articles, this will be the body
            of the default language's content. Mutually exclusive with `body_markdown`. Example: ``<p>This is the body in
            html</p>``.
        body_markdown (str | Unset | None): The content of the article in markdown. For multilingual articles, this will
            be the body of the default language's content. An alternative to `body` — you can provide content as markdown
            instead of HTML. Mutually exclusive with `body`. Example: ## Updated heading

            New content.
            .
        description (str | Unset | None): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Description of the Article.
        folder_id (int | Unset | None): The ID of the folder to place this article in, or null to remove it from its
            folder. Example: 6.
        parent_id (str | Unset | None): The id of the article's parent collection or section. An article without this
            field stands alone. Example: 18.
        parent_ids (list[int] | Unset | None): The ids of the parent collections to place this article in. Send an empty
            array to remove the article from all collections. When provided, this takes precedence over `parent_id` and
            `parent_type`. Example: [18, 19].
        parent_type (str | Unset | None): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        scheduled_publish_at (datetime.datetime | Unset | None): ISO 8601 timestamp at which to schedule a future
            publish of the article. When set together with `state: "published"`, the article is scheduled instead of
            published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the
            current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining
            with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at`
            returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. Example:
            2026-12-31T09:00:00Z.
        scheduled_unpublish_at (datetime.datetime | Unset | None): ISO 8601 timestamp at which to schedule a future
            unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal
            to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future.
            Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as
            `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400
            `parameter_invalid`. Example: 2026-12-31T17:00:00Z.
        state (UpdateArticleRequestState | Unset | None): Whether the article will be `published` or will be a `draft`.
            Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published
            article goes live immediately unless that article already has a pending draft or a scheduled publish time is set
            in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and always stages a draft. For
            multilingual articles, this will be the state of the default language's content. Example: draft.
        title (str | Unset | None): The title of the article.For multilingual articles, this will be the title of the
            default language's content. Example: Thanks for everything.
        translated_content (ArticleTranslatedContent | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    author_id: int | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    folder_id: int | Unset | None = UNSET
    parent_id: str | Unset | None = UNSET
    parent_ids: list[int] | Unset | None = UNSET
    parent_type: str | Unset | None = UNSET
    scheduled_publish_at: datetime.datetime | Unset | None = UNSET
    scheduled_unpublish_at: datetime.datetime | Unset | None = UNSET
    state: UpdateArticleRequestState | Unset | None = UNSET
    title: str | Unset | None = UNSET
    translated_content: ArticleTranslatedContent | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateArticleRequestDict(TypedDict, total=False):
    """:class:`UpdateArticleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: Sequence[int] | None
    author_id: int
    body: str
    body_markdown: str
    description: str
    folder_id: int | None
    parent_id: str
    parent_ids: Sequence[int]
    parent_type: str
    scheduled_publish_at: str | None
    scheduled_unpublish_at: str | None
    state: UpdateArticleRequestState
    title: str
    translated_content: ArticleTranslatedContentDict | None


sent_fields(
    UpdateArticleRequest,
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    author_id=check_int,
    body=check_str,
    body_markdown=check_str,
    description=check_str,
    folder_id=check_int,
    parent_id=check_str,
    parent_ids=check_scalar_list,
    parent_type=check_str,
    scheduled_publish_at=parse_datetime,
    scheduled_unpublish_at=parse_datetime,
    state=check_str,
    title=check_str,
    translated_content=ModelRef(models, "ArticleTranslatedContent"),
)
