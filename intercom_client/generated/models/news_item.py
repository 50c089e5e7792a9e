# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.news_item_state import NewsItemState
from ..models.news_item_type import NewsItemType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NewsItem(Model):
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

    Attributes:
        id (str): The unique identifier for the news item which is given by Intercom. Example: 141.
        type_ (NewsItemType): The type of object. Example: news-item.
        body (str | None): The news item body, which may contain HTML. Example: We are excited to announce the launch of
            News Items, a new content type in Intercom enabling you to announce product updates, company news, promotions,
            events and more with your customers..
        cover_image_url (str | None): URL of the image used as cover. Must have .jpg or .png extension. Example:
            https://example.com/cover.jpg.
        created_at (int | None): Timestamp for when the news item was created. Example: 1610589632.
        deliver_silently (bool | None): When set to true, the news item will appear in the messenger newsfeed without
            showing a notification badge. Example: True.
        labels (list[str | None] | None): Label names displayed to users to categorize the news item.
        newsfeed_assignments (list[NewsfeedAssignment] | None): A list of newsfeed_assignments to assign to the
            specified newsfeed.
        reactions (list[str | None] | None): Ordered list of emoji reactions to the news item. When empty, reactions are
            disabled.
        sender_id (int | None): The id of the sender of the news item. Must be a teammate on the workspace. Example:
            123.
        state (NewsItemState | None): News items will not be visible to your users in the assigned newsfeeds until they
            are set live. Example: live.
        title (str | None): The title of the news item. Example: New feature: News Items.
        updated_at (int | None): Timestamp for when the news item was last updated. Example: 1610589632.
        workspace_id (str | None): The id of the workspace which the news item belongs to. Example: t74hdn32.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: NewsItemType
    body: str | None = None
    cover_image_url: str | None = None
    created_at: int | None = None
    deliver_silently: bool | None = None
    labels: list[str | None] | None = None
    newsfeed_assignments: list[NewsfeedAssignment] | None = None
    reactions: list[str | None] | None = None
    sender_id: int | None = None
    state: NewsItemState | None = None
    title: str | None = None
    updated_at: int | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    NewsItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="news-item"),
    body=check_str,
    cover_image_url=check_str,
    created_at=check_int,
    deliver_silently=check_bool,
    labels=list_of(check_str),
    newsfeed_assignments=list_of(ModelRef(models, "NewsfeedAssignment")),
    reactions=list_of(check_str),
    sender_id=check_int,
    state=check_str,
    title=check_str,
    updated_at=check_int,
    workspace_id=check_str,
)
