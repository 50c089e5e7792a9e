# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReportingDatasetAttribute(Model):
    """
    Attributes:
        id (str | None): The simple attribute identifier. Note that this may be ambiguous if the same name exists across
            different attribute types. Use qualified_id when calling the enqueue endpoint. Example: conversation_id.
        name (str | None):  Example: Conversation ID.
        qualified_id (str | None): A namespaced identifier that uniquely identifies the attribute across all types.
            Format is "prefix.name" (e.g., "people.Brand", "conversation.Brand"). Required when calling the enqueue
            endpoint. Example: conversation.conversation_id.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None = None
    name: str | None = None
    qualified_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ReportingDatasetAttribute,
    id=check_str,
    name=check_str,
    qualified_id=check_str,
)
