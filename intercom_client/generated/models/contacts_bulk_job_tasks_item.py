# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contacts_bulk_job_tasks_item_state import (
    ContactsBulkJobTasksItemState,
)
from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactsBulkJobTasksItem(Model):
    """
    Attributes:
        completed_at (int | None): The time the task completed as a UNIX timestamp. Null if not yet completed. Example:
            1713360120.
        created_at (int | None): The time the task was created as a UNIX timestamp. Example: 1713360000.
        id (str | None): The unique identifier for the task. Example: task_v2_1.
        item_count (int | None): The number of items in this task. Example: 3.
        started_at (int | None): The time the task started as a UNIX timestamp. Null if not yet started. Example:
            1713360060.
        state (ContactsBulkJobTasksItemState | None): The current state of the task. Example: pending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    completed_at: int | None = None
    created_at: int | None = None
    id: str | None = None
    item_count: int | None = None
    started_at: int | None = None
    state: ContactsBulkJobTasksItemState | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactsBulkJobTasksItem,
    completed_at=check_int,
    created_at=check_int,
    id=check_str,
    item_count=check_int,
    started_at=check_int,
    state=check_str,
)
