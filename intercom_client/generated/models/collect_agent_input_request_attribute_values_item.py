# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_any, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CollectAgentInputRequestAttributeValuesItem(Model):
    """
    Attributes:
        identifier (str): Must exactly match an identifier from the webhook's attributes_to_collect array. Example:
            workflow_local_variables.72c5a6b3-3cce-41d8-8e30-14da40791958.
        value (Any): The value for this attribute. Must be type-compatible with the attribute's data_type from the
            webhook (e.g., boolean for boolean attributes, option ID string for list attributes). Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    identifier: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CollectAgentInputRequestAttributeValuesItemDict(TypedDict, total=False):
    """:class:`CollectAgentInputRequestAttributeValuesItem` written as a dict literal (JSON field names), e.g. as a request body."""

    identifier: Required[str]
    value: Required[Any]


sent_fields(
    CollectAgentInputRequestAttributeValuesItem,
    identifier=Field(check_str, required=True),
    value=Field(check_any, required=True),
)
