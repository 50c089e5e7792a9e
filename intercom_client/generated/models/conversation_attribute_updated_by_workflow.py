# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_workflow_attribute import (
        ConversationAttributeUpdatedByWorkflowAttribute,
    )
    from ..models.conversation_attribute_updated_by_workflow_value import ConversationAttributeUpdatedByWorkflowValue
    from ..models.conversation_attribute_updated_by_workflow_workflow import (
        ConversationAttributeUpdatedByWorkflowWorkflow,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeUpdatedByWorkflow(Model):
    """Contains details about the workflow that was triggered and any Custom Data Attributes (CDAs) that were modified
    during the workflow execution for conversation part type `conversation_attribute_updated_by_workflow`.

    Attributes:
        attribute (ConversationAttributeUpdatedByWorkflowAttribute | None):
        value (ConversationAttributeUpdatedByWorkflowValue | None):
        workflow (ConversationAttributeUpdatedByWorkflowWorkflow | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: ConversationAttributeUpdatedByWorkflowAttribute | None = None
    value: ConversationAttributeUpdatedByWorkflowValue | None = None
    workflow: ConversationAttributeUpdatedByWorkflowWorkflow | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeUpdatedByWorkflow,
    attribute=ModelRef(models, "ConversationAttributeUpdatedByWorkflowAttribute"),
    value=ModelRef(models, "ConversationAttributeUpdatedByWorkflowValue"),
    workflow=ModelRef(models, "ConversationAttributeUpdatedByWorkflowWorkflow"),
)
