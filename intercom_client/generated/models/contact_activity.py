# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_activity_event_type import ContactActivityEventType
from ..models.contact_activity_type import ContactActivityType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactActivity(Model):
    """An activity event that occurred for a contact, such as creation, merge, or deletion.

    Attributes:
        id (str): The unique identifier for the activity event. Example: 1717000000000.0000a1.
        type_ (ContactActivityType): Always contact_activity Example: contact_activity.
        contact_id (str | None): The unique identifier for the contact the event relates to. Example:
            6329bd9ffe4e2e91dc5d6a1e.
        created_at (int | None): The time the activity event occurred, as a Unix timestamp in seconds. Example:
            1717000000.
        event_type (ContactActivityEventType | None): The type of activity event. Example: contact.created.
        external_id (str | None): The external identifier of the contact, if one is set. Example: user-42.
        failure_reason (str | None): For failed events, the reason the activity did not succeed. Example:
            duplicate_external_id.
        merge_source_id (str | None): For merge events, the identifier of the contact that was merged away. Example:
            5f7f0d217c3f2e001a4e8b12.
        merge_target_id (str | None): For merge events, the identifier of the contact that was merged into. Example:
            6329bd9ffe4e2e91dc5d6a1e.
        role (str | None): The role of the contact at the time of the event, either user, lead, or visitor. Example:
            user.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContactActivityType
    contact_id: str | None = None
    created_at: int | None = None
    event_type: ContactActivityEventType | None = None
    external_id: str | None = None
    failure_reason: str | None = None
    merge_source_id: str | None = None
    merge_target_id: str | None = None
    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactActivity,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="contact_activity"),
    contact_id=check_str,
    created_at=check_int,
    event_type=check_str,
    external_id=check_str,
    failure_reason=check_str,
    merge_source_id=check_str,
    merge_target_id=check_str,
    role=check_str,
)
