# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationMonitorEvaluation(Model):
    """A QA monitor evaluation that flagged this conversation. Returned in the `monitor_evaluations` array on conversation
    responses when `include_monitors=true` is passed.

    Attributes:
        evaluated_at (int | None): The time the monitor evaluated this conversation. Null in the rare case the
            underlying record's timestamp is not yet set. Example: 1719493065.
        explanation (str | None): The reasoning provided by the monitor for its result. May be null if no reasoning was
            generated. Example: The customer mentioned wanting a refund without resolution..
        monitor_id (str | None): The unique identifier of the monitor that produced this evaluation. Example: 12345.
        monitor_name (str | None): The name of the monitor at the time of evaluation. Null if the monitor has since been
            deleted. Example: Customer complaint handling.
        monitor_type (str | None): The type of the monitor. Null if the monitor has since been deleted. Example: prompt.
        result (str | None): The evaluation outcome reported by the monitor. Example: flagged.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    evaluated_at: int | None = None
    explanation: str | None = None
    monitor_id: str | None = None
    monitor_name: str | None = None
    monitor_type: str | None = None
    result: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationMonitorEvaluation,
    evaluated_at=check_int,
    explanation=check_str,
    monitor_id=check_str,
    monitor_name=check_str,
    monitor_type=check_str,
    result=check_str,
)
