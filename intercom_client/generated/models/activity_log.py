# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.activity_log_activity_type import ActivityLogActivityType
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.activity_log_metadata import ActivityLogMetadata
    from ..models.activity_log_performed_by import ActivityLogPerformedBy


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLog(Model):
    """Activities performed by Admins.

    Attributes:
        activity_description (str | None): A sentence or two describing the activity. Example: Admin updated the app's
            name to "My App"..
        activity_type (ActivityLogActivityType | None):  Example: app_name_change.
        created_at (int | None): The time the activity was created. Example: 1671028894.
        id (str | None): The id representing the activity. Example: 6.
        metadata (ActivityLogMetadata | None):
        performed_by (ActivityLogPerformedBy | None): Details about the Admin involved in the activity.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    activity_description: str | None = None
    activity_type: ActivityLogActivityType | None = None
    created_at: int | None = None
    id: str | None = None
    metadata: ActivityLogMetadata | None = None
    performed_by: ActivityLogPerformedBy | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ActivityLog,
    activity_description=check_str,
    activity_type=check_str,
    created_at=check_int,
    id=check_str,
    metadata=ModelRef(models, "ActivityLogMetadata"),
    performed_by=ModelRef(models, "ActivityLogPerformedBy"),
)
