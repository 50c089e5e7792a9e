# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.merge_preview_reassignments_conversations import MergePreviewReassignmentsConversations
    from ..models.merge_preview_reassignments_notes import MergePreviewReassignmentsNotes
    from ..models.merge_preview_reassignments_phone_calls import MergePreviewReassignmentsPhoneCalls
    from ..models.merge_preview_reassignments_tags import MergePreviewReassignmentsTags
    from ..models.merge_preview_reassignments_tickets import MergePreviewReassignmentsTickets


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewReassignments(Model):
    """Two counts per object type — `from`, how many are on the lead and would move to the surviving contact, and `into`,
    how many the surviving contact already has. Only types with reassignments are included, and both counts are always
    present on a type that is included.

    Attributes:
        conversations (MergePreviewReassignmentsConversations | None): Distinct non-ticket conversations, counting both
            conversations the contact owns and conversations it participates in. Tickets are excluded here and reported
            separately under `tickets`.
        notes (MergePreviewReassignmentsNotes | None): Notes attached to the contact.
        phone_calls (MergePreviewReassignmentsPhoneCalls | None): Phone calls. Present only for phone-lead merges.
        tags (MergePreviewReassignmentsTags | None): Tags. `from` counts only tags the surviving contact does not
            already have.
        tickets (MergePreviewReassignmentsTickets | None): Tickets, meaning conversations of any ticket type. Counted
            separately from `conversations` so a single conversation is never counted twice.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversations: MergePreviewReassignmentsConversations | None = None
    notes: MergePreviewReassignmentsNotes | None = None
    phone_calls: MergePreviewReassignmentsPhoneCalls | None = None
    tags: MergePreviewReassignmentsTags | None = None
    tickets: MergePreviewReassignmentsTickets | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewReassignments,
    conversations=ModelRef(models, "MergePreviewReassignmentsConversations"),
    notes=ModelRef(models, "MergePreviewReassignmentsNotes"),
    phone_calls=ModelRef(models, "MergePreviewReassignmentsPhoneCalls"),
    tags=ModelRef(models, "MergePreviewReassignmentsTags"),
    tickets=ModelRef(models, "MergePreviewReassignmentsTickets"),
)
