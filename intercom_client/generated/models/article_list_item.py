# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.article_list_item_help_center_audience import (
    ArticleListItemHelpCenterAudience,
)
from ..models.article_list_item_state import ArticleListItemState
from ..models.article_list_item_type import ArticleListItemType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent
    from ..models.tags import Tags


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleListItem(Model):
    """The data returned about your articles when you list them.

    Attributes:
        id (str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        type_ (ArticleListItemType): The type of object - `article`. Default: 'article'. Example: article.
        ai_chatbot_availability (bool | None): Whether the article is available for AI Chatbot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_copilot_availability (bool | None): Whether the article is available for AI Copilot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_sales_agent_availability (bool | None): Whether the article is available for AI Sales Agent. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        author_id (int | None): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example:
            5017691.
        body (str | None): The body of the article in HTML. For multilingual articles, this will be the body of the
            default language's content. Example: Default language body in html.
        body_markdown (str | None): The body of the article in markdown. For multilingual articles, this will be the
            body of the default language's content. Example: # Default language title

            Default language body in markdown
            .
        created_at (int | None): The time when the article was created. For multilingual articles, this will be the
            timestamp of creation of the default language's content in seconds. Example: 1672928359.
        created_by_id (int | None): The ID of the teammate who created the article. For multilingual articles, this will
            be the creator of the default language's content. Example: 5017691.
        default_locale (str | None): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        description (str | None): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Default language description.
        draft_updated_at (int | None): The time, in seconds, when the staged draft was last edited, or `null` when there
            is no staged draft. Only returned on the `Preview` API version. Example: 1672928610.
        exclude_from_article_suggestions (bool | None): Whether the article is excluded from Fin AI Agent article
            suggestions. Example: False.
        folder_id (int | None): The ID of the folder this article belongs to, or null if not in a folder. Example: 6.
        has_unpublished_changes (bool | None): Whether the published article has unpublished changes staged as a draft
            on top of its live content. Only returned on the `Preview` API version. For multilingual articles this reflects
            the default language's content; a pure draft (never published) reports `false`. Example: False.
        help_center_audience (ArticleListItemHelpCenterAudience | None): The audience that can view this article in the
            Help Center. `everyone` means all users and visitors can view it; `restricted` indicates a custom audience
            ruleset. For multilingual articles, this is the article-level audience. Example: everyone.
        parent_ids (list[int] | None): The ids of the article's parent collections or sections. An article without this
            field stands alone. Example: [18, 19].
        scheduled_publish_at (int | None): The Unix timestamp (in seconds) at which the article is scheduled to be
            published. `null` when no publish is scheduled. Mutually exclusive with `scheduled_unpublish_at` — at most one
            pending schedule exists per article. Example: 1769443200.
        scheduled_unpublish_at (int | None): The Unix timestamp (in seconds) at which the article is scheduled to be
            unpublished. `null` when no unpublish is scheduled. Mutually exclusive with `scheduled_publish_at` — at most one
            pending schedule exists per article. Example: 1769443200.
        state (ArticleListItemState | None): Whether the article is `published` or is a `draft`. For multilingual
            articles, this will be the state of the default language's content. Default: 'draft'. Example: published.
        tags (Tags | None): A list of tags objects associated with a conversation
        title (str | None): The title of the article. For multilingual articles, this will be the title of the default
            language's content. Example: Default language title.
        translated_content (ArticleTranslatedContent | None):
        updated_at (int | None): The time when the article was last updated. For multilingual articles, this will be the
            timestamp of last update of the default language's content in seconds. Example: 1672928610.
        updated_by_id (int | None): The ID of the teammate who last updated the article. For multilingual articles, this
            will be the last editor of the default language's content. Example: 5017691.
        url (str | None): The URL of the article. For multilingual articles, this will be the URL of the default
            language's content. Example: http://intercom.test/help/en/articles/3-default-language.
        workspace_id (str | None): The id of the workspace which the article belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ArticleListItemType
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    author_id: int | None = None
    body: str | None = None
    body_markdown: str | None = None
    created_at: int | None = None
    created_by_id: int | None = None
    default_locale: str | None = None
    description: str | None = None
    draft_updated_at: int | None = None
    exclude_from_article_suggestions: bool | None = None
    folder_id: int | None = None
    has_unpublished_changes: bool | None = None
    help_center_audience: ArticleListItemHelpCenterAudience | None = None
    parent_ids: list[int] | None = None
    scheduled_publish_at: int | None = None
    scheduled_unpublish_at: int | None = None
    state: ArticleListItemState | None = None
    tags: Tags | None = None
    title: str | None = None
    translated_content: ArticleTranslatedContent | None = None
    updated_at: int | None = None
    updated_by_id: int | None = None
    url: str | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ArticleListItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="article"),
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    author_id=check_int,
    body=check_str,
    body_markdown=check_str,
    created_at=check_int,
    created_by_id=check_int,
    default_locale=check_str,
    description=check_str,
    draft_updated_at=check_int,
    exclude_from_article_suggestions=check_bool,
    folder_id=check_int,
    has_unpublished_changes=check_bool,
    help_center_audience=check_str,
    parent_ids=check_scalar_list,
    scheduled_publish_at=check_int,
    scheduled_unpublish_at=check_int,
    state=check_str,
    tags=ModelRef(models, "Tags"),
    title=check_str,
    translated_content=ModelRef(models, "ArticleTranslatedContent"),
    updated_at=check_int,
    updated_by_id=check_int,
    url=check_str,
    workspace_id=check_str,
)
