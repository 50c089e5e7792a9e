# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeOption(Model):
    """A single option on a list-type conversation attribute.

    Attributes:
        archived (bool | None): Whether this option is archived (soft-deleted). Example: False.
        id (str | None): The unique UUID identifier for this option. Use this value as `option_id` in the options
            management endpoints. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        label (str | None): The display label for the option. Example: High.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None = None
    id: str | None = None
    label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeOption,
    archived=check_bool,
    id=check_str,
    label=check_str,
)
