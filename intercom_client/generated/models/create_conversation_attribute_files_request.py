# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversation_attribute_files_request_data_type import (
    CreateConversationAttributeFilesRequestDataType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_scalar_list, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationAttributeFilesRequest(Model):
    """
    Attributes:
        data_type (CreateConversationAttributeFilesRequestDataType): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        name (str): Name of the attribute. Example: api_test_attr.
        description (str | Unset | None): Readable description of the attribute. Example: Created via API test.
        required (bool | Unset | None): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset | None): Team IDs that can see this attribute. Empty array means all
            teams. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateConversationAttributeFilesRequestDataType = "files"
    name: str
    description: str | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    visible_to_team_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateConversationAttributeFilesRequestDict(TypedDict, total=False):
    """:class:`CreateConversationAttributeFilesRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: CreateConversationAttributeFilesRequestDataType
    name: Required[str]
    description: str
    required: bool
    visible_to_team_ids: Sequence[str]


sent_fields(
    CreateConversationAttributeFilesRequest,
    data_type=Field(check_str, required=True, const="files"),
    name=Field(check_str, required=True),
    description=check_str,
    required=check_bool,
    visible_to_team_ids=check_scalar_list,
)
