# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_applied_sla_status import SlaAppliedSlaStatus
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SlaApplied(Model):
    """The SLA Applied object contains the details for which SLA has been applied to this conversation.
    Important: if there are any canceled sla_events for the conversation - meaning an SLA has been manually removed from
    a conversation, the sla_status will always be returned as null.

    Attributes:
        sla_name (str | None): The name of the SLA as given by the teammate when it was created.
        sla_status (SlaAppliedSlaStatus | None): SLA statuses:
                        - `hit`: If there’s at least one hit event in the underlying sla_events table, and no “missed” or
            “canceled” events for the conversation.
                        - `missed`: If there are any missed sla_events for the conversation and no canceled events. If
            there’s even a single missed sla event, the status will always be missed. A missed status is not applied when
            the SLA expires, only the next time a teammate replies.
                        - `active`: An SLA has been applied to a conversation, but has not yet been fulfilled. SLA status is
            active only if there are no “hit, “missed”, or “canceled” events. Example: hit.
        type_ (str | None): object type Example: conversation_sla_summary.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sla_name: str | None = None
    sla_status: SlaAppliedSlaStatus | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SlaApplied,
    sla_name=check_str,
    sla_status=check_str,
    type_=Field(check_str, json="type"),
)
