# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority_changed_current_priority import (
    PriorityChangedCurrentPriority,
)
from ..models.priority_changed_previous_priority import (
    PriorityChangedPreviousPriority,
)
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PriorityChanged(Model):
    """Contains details about priority changes for conversation part type `priority_changed`.

    Attributes:
        current_priority (PriorityChangedCurrentPriority | None): Current priority level Example: high.
        previous_priority (PriorityChangedPreviousPriority | None): Previous priority level Example: none.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current_priority: PriorityChangedCurrentPriority | None = None
    previous_priority: PriorityChangedPreviousPriority | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    PriorityChanged,
    current_priority=check_str,
    previous_priority=check_str,
)
