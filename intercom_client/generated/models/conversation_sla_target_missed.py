# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_sla_target_missed_current_sla_status import (
    ConversationSlaTargetMissedCurrentSlaStatus,
)
from ..models.conversation_sla_target_missed_sla_target_type import (
    ConversationSlaTargetMissedSlaTargetType,
)
from ..types import DecodingIssue, Model, ModelRef, check_str, received_fields

if TYPE_CHECKING:
    from ..models.conversation_sla_target_missed_sla_states import ConversationSlaTargetMissedSlaStates


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaTargetMissed(Model):
    """Contains complete status of all SLA targets when a breach occurs for conversation part type
    `conversation_sla_target_missed`.

    Attributes:
        current_sla_status (ConversationSlaTargetMissedCurrentSlaStatus | None): Overall SLA status Example: missed.
        sla_name (str | None): Name of the SLA Example: HandleConversation.
        sla_states (ConversationSlaTargetMissedSlaStates | None): Status of all SLA targets at the time of breach
            Example: {'first_reply_time': {'seconds_remaining': None, 'status': 'missed'}, 'time_to_close':
            {'seconds_remaining': 210, 'status': 'active'}}.
        sla_target_type (ConversationSlaTargetMissedSlaTargetType | None): Which specific target was missed Example:
            first_reply_time.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current_sla_status: ConversationSlaTargetMissedCurrentSlaStatus | None = None
    sla_name: str | None = None
    sla_states: ConversationSlaTargetMissedSlaStates | None = None
    sla_target_type: ConversationSlaTargetMissedSlaTargetType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaTargetMissed,
    current_sla_status=check_str,
    sla_name=check_str,
    sla_states=ModelRef(models, "ConversationSlaTargetMissedSlaStates"),
    sla_target_type=check_str,
)
