# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_sla_paused_current_sla_status import (
    ConversationSlaPausedCurrentSlaStatus,
)
from ..types import DecodingIssue, Model, ModelRef, check_str, received_fields

if TYPE_CHECKING:
    from ..models.conversation_sla_paused_sla_states import ConversationSlaPausedSlaStates


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaPaused(Model):
    """Contains SLA status at the moment of pausing for conversation part type `conversation_sla_paused`.

    Attributes:
        current_sla_status (ConversationSlaPausedCurrentSlaStatus | None): Overall SLA status at pause time Example:
            active.
        sla_name (str | None): Name of the SLA being paused Example: Premium SLA.
        sla_states (ConversationSlaPausedSlaStates | None): Status of all SLA targets at pause time Example:
            {'first_reply_time': {'seconds_remaining': 3600, 'status': 'paused'}, 'time_to_close': {'seconds_remaining':
            7200, 'status': 'paused'}}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current_sla_status: ConversationSlaPausedCurrentSlaStatus | None = None
    sla_name: str | None = None
    sla_states: ConversationSlaPausedSlaStates | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaPaused,
    current_sla_status=check_str,
    sla_name=check_str,
    sla_states=ModelRef(models, "ConversationSlaPausedSlaStates"),
)
