# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.operator_workflow_event_event import OperatorWorkflowEventEvent
    from ..models.operator_workflow_event_workflow import OperatorWorkflowEventWorkflow


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OperatorWorkflowEvent(Model):
    """Contains details about name of the workflow for conversation part type `operator_workflow_event`.

    Attributes:
        event (OperatorWorkflowEventEvent | None):
        workflow (OperatorWorkflowEventWorkflow | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    event: OperatorWorkflowEventEvent | None = None
    workflow: OperatorWorkflowEventWorkflow | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    OperatorWorkflowEvent,
    event=ModelRef(models, "OperatorWorkflowEventEvent"),
    workflow=ModelRef(models, "OperatorWorkflowEventWorkflow"),
)
