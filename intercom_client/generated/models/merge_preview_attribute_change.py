# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_preview_attribute_change_outcome import (
    MergePreviewAttributeChangeOutcome,
)
from ..types import DecodingIssue, Model, check_any, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewAttributeChange(Model):
    """A single attribute change on the surviving contact.

    Attributes:
        field (str | None): The contact field that would change. Example: name.
        from_value (Any | None): The source contact's value. Omitted when null. May be a string, array, or object
            depending on the field.
        into_value (Any | None): The target contact's value. Omitted when null. May be a string, array, or object
            depending on the field.
        new_into_value (Any | None): The resulting value on the surviving contact. Always present; may be null. May be a
            string, array, or object depending on the field.
        outcome (MergePreviewAttributeChangeOutcome | None): How the value is resolved. adopted = the source's value is
            taken; discarded = the source's value is dropped and the target's kept; merged = the two values are combined.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    field: str | None = None
    from_value: Any | None = None
    into_value: Any | None = None
    new_into_value: Any | None = None
    outcome: MergePreviewAttributeChangeOutcome | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewAttributeChange,
    field=check_str,
    from_value=check_any,
    into_value=check_any,
    new_into_value=check_any,
    outcome=check_str,
)
