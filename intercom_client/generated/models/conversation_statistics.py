# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_int,
    check_str,
    list_of,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.conversation_response_time import ConversationResponseTime


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationStatistics(Model):
    """A Statistics object containing all information required for reporting, with timestamps and calculated metrics.

    Attributes:
        adjusted_handling_time (int | None): Adjusted handling time for conversation in seconds. This is the active
            handling time excluding idle periods when teammates are not actively working on the conversation. Example: 1800.
        assigned_team_first_response_time (list[ConversationResponseTime] | None): An array of conversation response
            time objects
        assigned_team_first_response_time_in_office_hours (list[ConversationResponseTime] | None): An array of
            conversation response time objects within office hours
        count_assignments (int | None): Number of assignments after first_contact_reply_at. Example: 1.
        count_conversation_parts (int | None): Total number of conversation parts. Example: 1.
        count_reopens (int | None): Number of reopens after first_contact_reply_at. Example: 1.
        first_admin_reply_at (int | None): Time of first admin reply after first_contact_reply_at. Example: 1663597233.
        first_assignment_at (int | None): Time of first assignment after first_contact_reply_at. Example: 1663597233.
        first_close_at (int | None): Time of first close after first_contact_reply_at. Example: 1663597233.
        first_contact_reply_at (int | None): Time of first text conversation part from a contact. Example: 1663597233.
        handling_time (int | None): Time from conversation assignment to conversation close in seconds. Example: 2310.
        last_admin_reply_at (int | None): Time of the last conversation part from an admin. Example: 1663597233.
        last_assignment_admin_reply_at (int | None): Time of first admin reply since most recent assignment. Example:
            1663597233.
        last_assignment_at (int | None): Time of last assignment after first_contact_reply_at. Example: 1663597233.
        last_close_at (int | None): Time of the last conversation close. Example: 1663597233.
        last_closed_by_id (str | int | None): The last admin who closed the conversation. Returns a reference to an
            Admin object.
        last_contact_reply_at (int | None): Time of the last conversation part from a contact. Example: 1663597233.
        median_time_to_reply (int | None): Median based on all admin replies after a contact reply. Subtracts out of
            business hours. In seconds. Example: 2310.
        time_to_admin_reply (int | None): Duration until first admin reply. Subtracts out of business hours. In seconds.
            Example: 2310.
        time_to_assignment (int | None): Duration until last assignment before first admin reply. In seconds. Example:
            2310.
        time_to_first_close (int | None): Duration until conversation was closed first time. Subtracts out of business
            hours. In seconds. Example: 2310.
        time_to_last_close (int | None): Duration until conversation was closed last time. Subtracts out of business
            hours. In seconds. Example: 2310.
        type_ (str | None):  Example: conversation_statistics.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    adjusted_handling_time: int | None = None
    assigned_team_first_response_time: list[ConversationResponseTime] | None = None
    assigned_team_first_response_time_in_office_hours: list[ConversationResponseTime] | None = None
    count_assignments: int | None = None
    count_conversation_parts: int | None = None
    count_reopens: int | None = None
    first_admin_reply_at: int | None = None
    first_assignment_at: int | None = None
    first_close_at: int | None = None
    first_contact_reply_at: int | None = None
    handling_time: int | None = None
    last_admin_reply_at: int | None = None
    last_assignment_admin_reply_at: int | None = None
    last_assignment_at: int | None = None
    last_close_at: int | None = None
    last_closed_by_id: str | int | None = None
    last_contact_reply_at: int | None = None
    median_time_to_reply: int | None = None
    time_to_admin_reply: int | None = None
    time_to_assignment: int | None = None
    time_to_first_close: int | None = None
    time_to_last_close: int | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationStatistics,
    adjusted_handling_time=check_int,
    assigned_team_first_response_time=list_of(ModelRef(models, "ConversationResponseTime")),
    assigned_team_first_response_time_in_office_hours=list_of(ModelRef(models, "ConversationResponseTime")),
    count_assignments=check_int,
    count_conversation_parts=check_int,
    count_reopens=check_int,
    first_admin_reply_at=check_int,
    first_assignment_at=check_int,
    first_close_at=check_int,
    first_contact_reply_at=check_int,
    handling_time=check_int,
    last_admin_reply_at=check_int,
    last_assignment_admin_reply_at=check_int,
    last_assignment_at=check_int,
    last_close_at=check_int,
    last_closed_by_id=one_of(check_str, check_int),
    last_contact_reply_at=check_int,
    median_time_to_reply=check_int,
    time_to_admin_reply=check_int,
    time_to_assignment=check_int,
    time_to_first_close=check_int,
    time_to_last_close=check_int,
    type_=Field(check_str, json="type"),
)
