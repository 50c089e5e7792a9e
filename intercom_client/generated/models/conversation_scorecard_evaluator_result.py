# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_scalar_list, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecardEvaluatorResult(Model):
    """The outcome of a single evaluator within a scorecard.

    Attributes:
        other_text (str | None): Free-text entered by the reviewer to supplement or stand in for the structured
            `reason_ids` — typically captured when the reviewer selects an "Other" option or adds a custom note. Null when
            not provided. Example: Agent acknowledged the issue but missed the follow-up question about billing..
        reason_ids (list[str] | None): Identifiers for structured reasons assigned to the result, if any. Example:
            ['101', '102'].
        reasoning (str | None): A free-text explanation of the result. Example: The agent acknowledged the issue and
            resolved it within the same response..
        source (str | None): The origin of the result (for example, `ai` or `human`). Example: ai.
        value (str | None): The evaluator's selected value (typically a label such as `pass`, `fail`, or a category
            identifier). Example: pass.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    other_text: str | None = None
    reason_ids: list[str] | None = None
    reasoning: str | None = None
    source: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationScorecardEvaluatorResult,
    other_text=check_str,
    reason_ids=check_scalar_list,
    reasoning=check_str,
    source=check_str,
    value=check_str,
)
