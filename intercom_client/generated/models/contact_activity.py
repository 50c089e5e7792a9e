# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contact_activity_event_type import ContactActivityEventType
from ..models.contact_activity_type import ContactActivityType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "contact_id": None,
    "created_at": None,
    "event_type": None,
    "external_id": None,
    "failure_reason": None,
    "merge_source_id": None,
    "merge_target_id": None,
    "role": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "contact_id",
        "created_at",
        "event_type",
        "external_id",
        "failure_reason",
        "merge_source_id",
        "merge_target_id",
        "role",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactActivity:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "contact_activity"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.contact_id
        if _v is not None:
            _d["contact_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.event_type
        if _v is not None:
            _d["event_type"] = _v
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = to_jsonable(_v)
        _v = self.failure_reason
        if _v is not None:
            _d["failure_reason"] = to_jsonable(_v)
        _v = self.merge_source_id
        if _v is not None:
            _d["merge_source_id"] = to_jsonable(_v)
        _v = self.merge_target_id
        if _v is not None:
            _d["merge_target_id"] = to_jsonable(_v)
        _v = self.role
        if _v is not None:
            _d["role"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("contact_id", "contact_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("event_type", "event_type", check_str, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("failure_reason", "failure_reason", check_str, False),
            FieldSpec("merge_source_id", "merge_source_id", check_str, False),
            FieldSpec("merge_target_id", "merge_target_id", check_str, False),
            FieldSpec("role", "role", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactActivity")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
