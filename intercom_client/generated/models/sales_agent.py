# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.sales_agent_outcome import SalesAgentOutcome
from ..types import DecodingIssue, Model, ModelRef, check_str, received_fields

if TYPE_CHECKING:
    from ..models.sales_agent_collected_data import SalesAgentCollectedData


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SalesAgent(Model):
    """Data related to Sales Agent involvement in the conversation.

    Attributes:
        collected_data (SalesAgentCollectedData | None):
        outcome (SalesAgentOutcome | None): The fixed outcome of the sales agent interaction, used for billing and
            tracking. Example: qualified.
        routing_outcome (str | None): The identifier of the user-defined routing outcome selected by the sales agent.
            Example: enterprise_sales.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    collected_data: SalesAgentCollectedData | None = None
    outcome: SalesAgentOutcome | None = None
    routing_outcome: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SalesAgent,
    collected_data=ModelRef(models, "SalesAgentCollectedData"),
    outcome=check_str,
    routing_outcome=check_str,
)
