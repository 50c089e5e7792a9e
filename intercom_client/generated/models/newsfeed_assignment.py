# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NewsfeedAssignment(Model):
    """Assigns a news item to a newsfeed.

    Attributes:
        newsfeed_id (int | Unset | None): The unique identifier for the newsfeed which is given by Intercom. Publish
            dates cannot be in the future, to schedule news items use the dedicated feature in app (see this article).
            Example: 198313.
        published_at (int | Unset | None): Publish date of the news item on the newsfeed, use this field if you want to
            set a publish date in the past (e.g. when importing existing news items). On write, this field will be ignored
            if the news item state is "draft". Example: 1674917488.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    newsfeed_id: int | Unset | None = UNSET
    published_at: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class NewsfeedAssignmentDict(TypedDict, total=False):
    """:class:`NewsfeedAssignment` written as a dict literal (JSON field names), e.g. as a request body."""

    newsfeed_id: int
    published_at: int


sent_fields(
    NewsfeedAssignment,
    newsfeed_id=check_int,
    published_at=check_int,
)
