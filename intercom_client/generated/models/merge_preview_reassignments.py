# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversations": None,
    "notes": None,
    "phone_calls": None,
    "tags": None,
    "tickets": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversations",
        "notes",
        "phone_calls",
        "tags",
        "tickets",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewReassignments:
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
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            _v = _state["conversations"]
            if _v is not None and _v.__class__ is not dict:
                _state["conversations"] = Pending(_v)
            _v = _state["notes"]
            if _v is not None and _v.__class__ is not dict:
                _state["notes"] = Pending(_v)
            _v = _state["phone_calls"]
            if _v is not None and _v.__class__ is not dict:
                _state["phone_calls"] = Pending(_v)
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
            _v = _state["tickets"]
            if _v is not None and _v.__class__ is not dict:
                _state["tickets"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
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
