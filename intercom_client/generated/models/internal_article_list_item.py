# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.internal_article_list_item_type import InternalArticleListItemType
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
    from ..models.tags import Tags


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class InternalArticleListItem(Model):
    """The data returned about your internal articles when you list them.

    Attributes:
        id (str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        type_ (InternalArticleListItemType): The type of object - `internal_article`. Default: 'internal_article'.
            Example: internal_article.
        ai_chatbot_availability (bool | None): Whether the internal article is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | None): Whether the internal article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the internal article is available for AI Sales Agent.
            Example: True.
        audience_ids (list[int] | None): The list of audience IDs this internal article is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
        author_id (int | None): The id of the author of the article. Example: 5017691.
        body (str | None): The body of the article in HTML. Example: Default language body in html.
        body_markdown (str | None): The body of the article in markdown. Example: # Internal Guide

            Body of the article in markdown
            .
        created_at (int | None): The time when the article was created. Example: 1672928359.
        folder_id (int | None): The ID of the folder this article belongs to, or null if not in a folder. Example: 6.
        locale (str | None): The default locale of the article. Example: en.
        owner_id (int | None): The id of the owner of the article. Example: 5017691.
        tags (Tags | None): A list of tags objects associated with a conversation
        title (str | None): The title of the article.
        updated_at (int | None): The time when the article was last updated. Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: InternalArticleListItemType
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    audience_ids: list[int] | None = None
    author_id: int | None = None
    body: str | None = None
    body_markdown: str | None = None
    created_at: int | None = None
    folder_id: int | None = None
    locale: str | None = None
    owner_id: int | None = None
    tags: Tags | None = None
    title: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    InternalArticleListItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="internal_article"),
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    author_id=check_int,
    body=check_str,
    body_markdown=check_str,
    created_at=check_int,
    folder_id=check_int,
    locale=check_str,
    owner_id=check_int,
    tags=ModelRef(models, "Tags"),
    title=check_str,
    updated_at=check_int,
)
