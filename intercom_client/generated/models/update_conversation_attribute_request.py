# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_bool, check_scalar_list, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.update_conversation_attribute_request_reference import (
        UpdateConversationAttributeRequestReference,
        UpdateConversationAttributeRequestReferenceDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationAttributeRequest(Model):
    """Payload for updating a conversation attribute.

    Attributes:
        description (str | Unset | None): Readable description of the attribute. Example: Updated via API.
        multiline (bool | Unset | None): (String data type only) Whether this string attribute is multiline. Example:
            False.
        name (str | Unset | None): Name of the attribute. Example: api_test_renamed.
        reference (UpdateConversationAttributeRequestReference | Unset | None): (Relationship data type only) Reference
            configuration for related objects.
        required (bool | Unset | None): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset | None): Team IDs that can see this attribute. Empty array means all
            teams. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    reference: UpdateConversationAttributeRequestReference | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    visible_to_team_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateConversationAttributeRequestDict(TypedDict, total=False):
    """:class:`UpdateConversationAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    multiline: bool
    name: str
    reference: UpdateConversationAttributeRequestReferenceDict
    required: bool
    visible_to_team_ids: Sequence[str]


sent_fields(
    UpdateConversationAttributeRequest,
    description=check_str,
    multiline=check_bool,
    name=check_str,
    reference=ModelRef(models, "UpdateConversationAttributeRequestReference"),
    required=check_bool,
    visible_to_team_ids=check_scalar_list,
)
