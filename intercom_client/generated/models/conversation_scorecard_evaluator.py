# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_any, check_str, received_fields

if TYPE_CHECKING:
    pass


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecardEvaluator(Model):
    """A single evaluator within a scorecard, including its result for this conversation.

    Attributes:
        evaluator_id (str | None): The unique identifier of the evaluator (criterion) within the scorecard. Example:
            54321.
        result (None | None): The evaluator's result for this conversation. Null if the evaluator was not scored.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    evaluator_id: str | None = None
    result: None | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationScorecardEvaluator,
    evaluator_id=check_str,
    result=check_any,
)
