# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_bool, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.activity_log_metadata_changes import ActivityLogMetadataChanges


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLogMetadata(Model):
    """Additional data provided about Admin activity.

    Attributes:
        auto (bool | None): Indicates the state was derived automatically rather than set by an Admin. Example: True.
        auto_changed (str | None): Indicates if the status was changed automatically or manually. Example: False.
        away_mode (bool | None): The away mode status which is set to true when away and false when returned. Example:
            True.
        away_status_reason (str | None): The reason the Admin is away. Example: 😌 On a break.
        changes (ActivityLogMetadataChanges | None):
        conversation_assignment_limit (int | None): The conversation assignment limit value for an admin. Example: 15.
        external_id (str | None): The unique identifier for the contact which is provided by the Client. Example:
            f3b87a2e09d514c6c2e79b9a.
        last_activity_at (int | None): The time of the Admin's last recorded activity. Example: 1671028894.
        new_state (str | None): The state after the change. `idle` or `occupied`. Example: occupied.
        previous_state (str | None): The state before the change. `idle` or `occupied`, and null when the Admin had not
            been classified yet. Example: idle.
        reassign_conversations (bool | None): Indicates if conversations should be reassigned while an Admin is away.
            Example: False.
        setting_type (str | None): The group of workspace settings the change belongs to, for example
            `teammate_occupancy` or `automatic_away_mode`. Example: teammate_occupancy.
        sign_in_method (str | None): The way the admin signed in. Example: email_password.
        source (str | None): The action that initiated the status change. Example: admin update from web - Admin id: 93.
        threshold_minutes (int | None): The inactivity window, in minutes, used to classify the Admin. Example: 15.
        ticket_assignment_limit (int | None): The ticket assignment limit value for an admin. Example: 20.
        update_by (int | None): The ID of the Admin who initiated the activity. Example: 93.
        update_by_name (str | None): The name of the Admin who initiated the activity. Example: Joe Example.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    auto: bool | None = None
    auto_changed: str | None = None
    away_mode: bool | None = None
    away_status_reason: str | None = None
    changes: ActivityLogMetadataChanges | None = None
    conversation_assignment_limit: int | None = None
    external_id: str | None = None
    last_activity_at: int | None = None
    new_state: str | None = None
    previous_state: str | None = None
    reassign_conversations: bool | None = None
    setting_type: str | None = None
    sign_in_method: str | None = None
    source: str | None = None
    threshold_minutes: int | None = None
    ticket_assignment_limit: int | None = None
    update_by: int | None = None
    update_by_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ActivityLogMetadata,
    auto=check_bool,
    auto_changed=check_str,
    away_mode=check_bool,
    away_status_reason=check_str,
    changes=ModelRef(models, "ActivityLogMetadataChanges"),
    conversation_assignment_limit=check_int,
    external_id=check_str,
    last_activity_at=check_int,
    new_state=check_str,
    previous_state=check_str,
    reassign_conversations=check_bool,
    setting_type=check_str,
    sign_in_method=check_str,
    source=check_str,
    threshold_minutes=check_int,
    ticket_assignment_limit=check_int,
    update_by=check_int,
    update_by_name=check_str,
)
