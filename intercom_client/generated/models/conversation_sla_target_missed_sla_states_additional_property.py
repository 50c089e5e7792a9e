# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_sla_target_missed_sla_states_additional_property_status import (
    ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus,
)
from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaTargetMissedSlaStatesAdditionalProperty(Model):
    """
    Attributes:
        seconds_remaining (int | None): Time remaining for active/paused targets (null for hit/missed)
        status (ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus | None): Status of this specific target
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    seconds_remaining: int | None = None
    status: ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaTargetMissedSlaStatesAdditionalProperty,
    seconds_remaining=check_int,
    status=check_str,
)
