# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_content_type import GroupContentType
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class GroupContent(Model):
    """The Content of a Group.

    Attributes:
        description (str | Unset | None): The description of the collection. Only available for collections. Example:
            Collection description.
        name (str | Unset | None): The name of the collection or section. Example: Collection name.
        type_ (GroupContentType | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    type_: GroupContentType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class GroupContentDict(TypedDict, total=False):
    """:class:`GroupContent` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    name: str
    type: GroupContentType | None


sent_fields(
    GroupContent,
    description=check_str,
    name=check_str,
    type_=Field(check_str, json="type"),
)
