# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationAttributeOptionRequest(Model):
    """Payload for adding a new option to a list-type conversation attribute.

    Attributes:
        label (str): The label for the new option. Example: High.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    label: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateConversationAttributeOptionRequestDict(TypedDict, total=False):
    """:class:`CreateConversationAttributeOptionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    label: Required[str]


sent_fields(
    CreateConversationAttributeOptionRequest,
    label=Field(check_str, required=True),
)
