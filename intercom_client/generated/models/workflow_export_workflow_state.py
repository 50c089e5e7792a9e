# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WorkflowExportWorkflowState = Literal["draft", "live", "paused"]

WORKFLOW_EXPORT_WORKFLOW_STATE_VALUES: set[WorkflowExportWorkflowState] = {
    "draft",
    "live",
    "paused",
}


def check_workflow_export_workflow_state(value: str) -> WorkflowExportWorkflowState:
    if value in WORKFLOW_EXPORT_WORKFLOW_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_EXPORT_WORKFLOW_STATE_VALUES!r}")
