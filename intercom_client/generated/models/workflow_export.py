# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, parse_datetime, received_fields

if TYPE_CHECKING:
    from ..models.workflow_export_workflow import WorkflowExportWorkflow


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WorkflowExport(Model):
    """A workflow export containing the complete workflow configuration.

    Attributes:
        app_id (int | None): The workspace identifier. Example: 12345.
        export_version (str | None): The version of the export format. Example: 1.0.
        exported_at (datetime.datetime | None): The timestamp when the export was generated. Example:
            2026-01-26T12:00:00Z.
        workflow (WorkflowExportWorkflow | None): The workflow configuration.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: int | None = None
    export_version: str | None = None
    exported_at: datetime.datetime | None = None
    workflow: WorkflowExportWorkflow | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WorkflowExport,
    app_id=check_int,
    export_version=check_str,
    exported_at=parse_datetime,
    workflow=ModelRef(models, "WorkflowExportWorkflow"),
)
