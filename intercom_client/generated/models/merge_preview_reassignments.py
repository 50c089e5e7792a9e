# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.merge_preview_reassignments_conversations import MergePreviewReassignmentsConversations
    from ..models.merge_preview_reassignments_notes import MergePreviewReassignmentsNotes
    from ..models.merge_preview_reassignments_phone_calls import MergePreviewReassignmentsPhoneCalls
    from ..models.merge_preview_reassignments_tags import MergePreviewReassignmentsTags
    from ..models.merge_preview_reassignments_tickets import MergePreviewReassignmentsTickets


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversations",
        "notes",
        "phone_calls",
        "tags",
        "tickets",
    }
)


@_attrs_define(kw_only=True)
class MergePreviewReassignments:
    """Two counts per object type — `from`, how many are on the lead and would move to the surviving contact, and `into`,
    how many the surviving contact already has. Only types with reassignments are included, and both counts are always
    present on a type that is included.

        Attributes:
            conversations (MergePreviewReassignmentsConversations): Distinct non-ticket conversations, counting both
                conversations the contact owns and conversations it participates in. Tickets are excluded here and reported
                separately under `tickets`.
            notes (MergePreviewReassignmentsNotes): Notes attached to the contact.
            phone_calls (MergePreviewReassignmentsPhoneCalls): Phone calls. Present only for phone-lead merges.
            tags (MergePreviewReassignmentsTags): Tags. `from` counts only tags the surviving contact does not already have.
            tickets (MergePreviewReassignmentsTickets): Tickets, meaning conversations of any ticket type. Counted
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversations
        if _v is not None:
            _d["conversations"] = to_jsonable(_v)
        _v = self.notes
        if _v is not None:
            _d["notes"] = to_jsonable(_v)
        _v = self.phone_calls
        if _v is not None:
            _d["phone_calls"] = to_jsonable(_v)
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.tickets
        if _v is not None:
            _d["tickets"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversations", "conversations", MergePreviewReassignmentsConversations.from_dict, False),
            FieldSpec("notes", "notes", MergePreviewReassignmentsNotes.from_dict, False),
            FieldSpec("phone_calls", "phone_calls", MergePreviewReassignmentsPhoneCalls.from_dict, False),
            FieldSpec("tags", "tags", MergePreviewReassignmentsTags.from_dict, False),
            FieldSpec("tickets", "tickets", MergePreviewReassignmentsTickets.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="MergePreviewReassignments"
                )
            _d = dict(_d)
        try:
            conversations: Any = _d.get("conversations")
            if conversations is not None:
                conversations = Pending(conversations)
            notes: Any = _d.get("notes")
            if notes is not None:
                notes = Pending(notes)
            phone_calls: Any = _d.get("phone_calls")
            if phone_calls is not None:
                phone_calls = Pending(phone_calls)
            tags: Any = _d.get("tags")
            if tags is not None:
                tags = Pending(tags)
            tickets: Any = _d.get("tickets")
            if tickets is not None:
                tickets = Pending(tickets)
            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversations = conversations
            _obj.notes = notes
            _obj.phone_calls = phone_calls
            _obj.tags = tags
            _obj.tickets = tickets
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.merge_preview_reassignments_conversations import MergePreviewReassignmentsConversations
from ..models.merge_preview_reassignments_notes import MergePreviewReassignmentsNotes
from ..models.merge_preview_reassignments_phone_calls import MergePreviewReassignmentsPhoneCalls
from ..models.merge_preview_reassignments_tags import MergePreviewReassignmentsTags
from ..models.merge_preview_reassignments_tickets import MergePreviewReassignmentsTickets

install_lazy_fields(
    MergePreviewReassignments,
    (
        "conversations",
        "notes",
        "phone_calls",
        "tags",
        "tickets",
    ),
)
