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
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.activity_log_metadata_changes import ActivityLogMetadataChanges


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "auto": None,
    "auto_changed": None,
    "away_mode": None,
    "away_status_reason": None,
    "changes": None,
    "conversation_assignment_limit": None,
    "external_id": None,
    "last_activity_at": None,
    "new_state": None,
    "previous_state": None,
    "reassign_conversations": None,
    "setting_type": None,
    "sign_in_method": None,
    "source": None,
    "threshold_minutes": None,
    "ticket_assignment_limit": None,
    "update_by": None,
    "update_by_name": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "auto",
        "auto_changed",
        "away_mode",
        "away_status_reason",
        "changes",
        "conversation_assignment_limit",
        "external_id",
        "last_activity_at",
        "new_state",
        "previous_state",
        "reassign_conversations",
        "setting_type",
        "sign_in_method",
        "source",
        "threshold_minutes",
        "ticket_assignment_limit",
        "update_by",
        "update_by_name",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLogMetadata:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.auto
        if _v is not None:
            _d["auto"] = to_jsonable(_v)
        _v = self.auto_changed
        if _v is not None:
            _d["auto_changed"] = to_jsonable(_v)
        _v = self.away_mode
        if _v is not None:
            _d["away_mode"] = to_jsonable(_v)
        _v = self.away_status_reason
        if _v is not None:
            _d["away_status_reason"] = to_jsonable(_v)
        _v = self.changes
        if _v is not None:
            _d["changes"] = to_jsonable(_v)
        _v = self.conversation_assignment_limit
        if _v is not None:
            _d["conversation_assignment_limit"] = to_jsonable(_v)
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = to_jsonable(_v)
        _v = self.last_activity_at
        if _v is not None:
            _d["last_activity_at"] = to_jsonable(_v)
        _v = self.new_state
        if _v is not None:
            _d["new_state"] = to_jsonable(_v)
        _v = self.previous_state
        if _v is not None:
            _d["previous_state"] = to_jsonable(_v)
        _v = self.reassign_conversations
        if _v is not None:
            _d["reassign_conversations"] = to_jsonable(_v)
        _v = self.setting_type
        if _v is not None:
            _d["setting_type"] = to_jsonable(_v)
        _v = self.sign_in_method
        if _v is not None:
            _d["sign_in_method"] = to_jsonable(_v)
        _v = self.source
        if _v is not None:
            _d["source"] = to_jsonable(_v)
        _v = self.threshold_minutes
        if _v is not None:
            _d["threshold_minutes"] = to_jsonable(_v)
        _v = self.ticket_assignment_limit
        if _v is not None:
            _d["ticket_assignment_limit"] = to_jsonable(_v)
        _v = self.update_by
        if _v is not None:
            _d["update_by"] = to_jsonable(_v)
        _v = self.update_by_name
        if _v is not None:
            _d["update_by_name"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("auto", "auto", check_bool, False),
            FieldSpec("auto_changed", "auto_changed", check_str, False),
            FieldSpec("away_mode", "away_mode", check_bool, False),
            FieldSpec("away_status_reason", "away_status_reason", check_str, False),
            FieldSpec("changes", "changes", ActivityLogMetadataChanges.from_dict, False),
            FieldSpec("conversation_assignment_limit", "conversation_assignment_limit", check_int, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("last_activity_at", "last_activity_at", check_int, False),
            FieldSpec("new_state", "new_state", check_str, False),
            FieldSpec("previous_state", "previous_state", check_str, False),
            FieldSpec("reassign_conversations", "reassign_conversations", check_bool, False),
            FieldSpec("setting_type", "setting_type", check_str, False),
            FieldSpec("sign_in_method", "sign_in_method", check_str, False),
            FieldSpec("source", "source", check_str, False),
            FieldSpec("threshold_minutes", "threshold_minutes", check_int, False),
            FieldSpec("ticket_assignment_limit", "ticket_assignment_limit", check_int, False),
            FieldSpec("update_by", "update_by", check_int, False),
            FieldSpec("update_by_name", "update_by_name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ActivityLogMetadata")
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
            _v = _state["changes"]
            if _v is not None and _v.__class__ is not dict:
                _state["changes"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.activity_log_metadata_changes import ActivityLogMetadataChanges

install_lazy_fields(ActivityLogMetadata, ("changes",))
