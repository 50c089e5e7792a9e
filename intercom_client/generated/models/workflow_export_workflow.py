# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.workflow_export_workflow_state import WorkflowExportWorkflowState
from ..types import (
    DecodingIssue,
    Model,
    ModelRef,
    check_scalar_list,
    check_str,
    list_of,
    parse_datetime,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.workflow_export_workflow_attributes_item import WorkflowExportWorkflowAttributesItem
    from ..models.workflow_export_workflow_embedded_rules_item import WorkflowExportWorkflowEmbeddedRulesItem
    from ..models.workflow_export_workflow_snapshot import WorkflowExportWorkflowSnapshot
    from ..models.workflow_export_workflow_targeting import WorkflowExportWorkflowTargeting


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WorkflowExportWorkflow(Model):
    """The workflow configuration.

    Attributes:
        attributes (list[WorkflowExportWorkflowAttributesItem] | None): Custom attributes defined for this workflow.
        created_at (datetime.datetime | None): When the workflow was created. Example: 2025-06-15T10:30:00Z.
        description (str | None): The description of the workflow. Example: A workflow that handles customer inquiries.
        embedded_rules (list[WorkflowExportWorkflowEmbeddedRulesItem] | None): Rules embedded within the workflow steps.
        id (str | None): The unique identifier for the workflow. Example: 67890.
        preferred_devices (list[str] | None): The preferred devices for this workflow. Example: ['desktop', 'mobile'].
        snapshot (WorkflowExportWorkflowSnapshot | None):
        state (WorkflowExportWorkflowState | None): The current state of the workflow. Example: live.
        target_channels (list[str] | None): The channels this workflow targets. Example: ['chat'].
        targeting (WorkflowExportWorkflowTargeting | None):
        title (str | None): The title of the workflow. Example: My Workflow.
        trigger_type (str | None): The type of trigger that starts this workflow. Example: inbound_conversation.
        updated_at (datetime.datetime | None): When the workflow was last updated. Example: 2026-01-20T14:45:00Z.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[WorkflowExportWorkflowAttributesItem] | None = None
    created_at: datetime.datetime | None = None
    description: str | None = None
    embedded_rules: list[WorkflowExportWorkflowEmbeddedRulesItem] | None = None
    id: str | None = None
    preferred_devices: list[str] | None = None
    snapshot: WorkflowExportWorkflowSnapshot | None = None
    state: WorkflowExportWorkflowState | None = None
    target_channels: list[str] | None = None
    targeting: WorkflowExportWorkflowTargeting | None = None
    title: str | None = None
    trigger_type: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WorkflowExportWorkflow,
    attributes=list_of(ModelRef(models, "WorkflowExportWorkflowAttributesItem")),
    created_at=parse_datetime,
    description=check_str,
    embedded_rules=list_of(ModelRef(models, "WorkflowExportWorkflowEmbeddedRulesItem")),
    id=check_str,
    preferred_devices=check_scalar_list,
    snapshot=ModelRef(models, "WorkflowExportWorkflowSnapshot"),
    state=check_str,
    target_channels=check_scalar_list,
    targeting=ModelRef(models, "WorkflowExportWorkflowTargeting"),
    title=check_str,
    trigger_type=check_str,
    updated_at=parse_datetime,
)
