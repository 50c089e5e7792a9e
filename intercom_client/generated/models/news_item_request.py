# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.news_item_request_state import NewsItemRequestState
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment, NewsfeedAssignmentDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NewsItemRequest(Model):
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

    Attributes:
        sender_id (int): The id of the sender of the news item. Must be a teammate on the workspace. Example: 123.
        title (str): The title of the news item. Example: Halloween is here!.
        body (str | Unset | None): The news item body, which may contain HTML. Example: ``<p>New costumes in store for
            this spooky season</p>``.
        deliver_silently (bool | Unset | None): When set to `true`, the news item will appear in the messenger newsfeed
            without showing a notification badge. Example: True.
        labels (list[str] | Unset | None): Label names displayed to users to categorize the news item. Example:
            ['Product', 'Update', 'New'].
        newsfeed_assignments (list[NewsfeedAssignment] | Unset | None): A list of newsfeed_assignments to assign to the
            specified newsfeed.
        reactions (list[str | None] | Unset | None): Ordered list of emoji reactions to the news item. When empty,
            reactions are disabled. Example: ['😆', '😅'].
        state (NewsItemRequestState | Unset | None): News items will not be visible to your users in the assigned
            newsfeeds until they are set live. Example: live.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sender_id: int
    title: str
    body: str | Unset | None = UNSET
    deliver_silently: bool | Unset | None = UNSET
    labels: list[str] | Unset | None = UNSET
    newsfeed_assignments: list[NewsfeedAssignment] | Unset | None = UNSET
    reactions: list[str | None] | Unset | None = UNSET
    state: NewsItemRequestState | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class NewsItemRequestDict(TypedDict, total=False):
    """:class:`NewsItemRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sender_id: Required[int]
    title: Required[str]
    body: str
    deliver_silently: bool
    labels: Sequence[str]
    newsfeed_assignments: Sequence[NewsfeedAssignmentDict]
    reactions: Sequence[str | None]
    state: NewsItemRequestState


sent_fields(
    NewsItemRequest,
    sender_id=Field(check_int, required=True),
    title=Field(check_str, required=True),
    body=check_str,
    deliver_silently=check_bool,
    labels=check_scalar_list,
    newsfeed_assignments=list_of(ModelRef(models, "NewsfeedAssignment")),
    reactions=list_of(check_str),
    state=check_str,
)
