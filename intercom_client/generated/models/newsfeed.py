# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsfeed_type import NewsfeedType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Newsfeed(Model):
    """A newsfeed is a collection of news items, targeted to a specific audience.

    Newsfeeds currently cannot be edited through the API, please refer to [this
    article](https://www.intercom.com/help/en/articles/6362267-getting-started-with-news) to set up your newsfeeds in
    Intercom.

    Attributes:
        id (str): The unique identifier for the newsfeed which is given by Intercom. Example: 12312.
        type_ (NewsfeedType): The type of object. Example: newsfeed.
        created_at (int | None): Timestamp for when the newsfeed was created. Example: 1674917488.
        name (str | None): The name of the newsfeed. This name will never be visible to your users. Example: My
            Newsfeed.
        updated_at (int | None): Timestamp for when the newsfeed was last updated. Example: 1674917488.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: NewsfeedType
    created_at: int | None = None
    name: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Newsfeed,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="newsfeed"),
    created_at=check_int,
    name=check_str,
    updated_at=check_int,
)
