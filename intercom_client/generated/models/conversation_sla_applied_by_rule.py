# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_str, received_fields

if TYPE_CHECKING:
    from ..models.conversation_sla_applied_by_rule_sla_definition import ConversationSlaAppliedByRuleSlaDefinition


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaAppliedByRule(Model):
    """Contains details about SLA applied by modern Operator workflows for conversation part type
    `conversation_sla_applied_by_rule`.

    Attributes:
        sla_definition (ConversationSlaAppliedByRuleSlaDefinition | None): Target times configured for the SLA (in
            seconds)
        sla_name (str | None): Name of the SLA that was applied Example: Premium SLA.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sla_definition: ConversationSlaAppliedByRuleSlaDefinition | None = None
    sla_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaAppliedByRule,
    sla_definition=ModelRef(models, "ConversationSlaAppliedByRuleSlaDefinition"),
    sla_name=check_str,
)
