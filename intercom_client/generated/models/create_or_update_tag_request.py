# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateOrUpdateTagRequest(Model):
    """You can create or update an existing tag.

    Attributes:
        name (str): The name of the tag, which will be created if not found, or the new name for the tag if this is an
            update request. Names are case insensitive. Example: Independent.
        id (str | Unset | None): The id of tag to updates. Example: 656452352.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateOrUpdateTagRequestDict(TypedDict, total=False):
    """:class:`CreateOrUpdateTagRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    id: str


sent_fields(
    CreateOrUpdateTagRequest,
    name=Field(check_str, required=True),
    id=check_str,
)
