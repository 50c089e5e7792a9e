# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_event_type import DataEventType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_event_metadata import DataEventMetadata, DataEventMetadataDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": UNSET,
    "event_name": UNSET,
    "email": UNSET,
    "id": UNSET,
    "intercom_user_id": UNSET,
    "metadata": UNSET,
    "type_": UNSET,
    "user_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "event_name",
        "email",
        "id",
        "intercom_user_id",
        "metadata",
        "type",
        "user_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEvent:
    """Data events are used to notify Intercom of changes to your data.

    Attributes:
        created_at (int): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        event_name (str): The name of the event that occurred. This is presented to your App's admins when filtering and
            creating segments - a good event name is typically a past tense 'verb-noun' combination, to improve readability,
            for example `updated-plan`. Example: invited-friend.
        email (str | Unset | None): An email address for your user. An email should only be used where your application
            uses email to uniquely identify users. Example: frodo.baggins@example.com.
        id (str | Unset | None): Your identifier for a lead or a user. Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        intercom_user_id (str | Unset | None): The Intercom identifier for the user. Example: 63a0979a5eeebeaf28dd56ba.
        metadata (DataEventMetadata | Unset | None): Optional metadata about the event. Example: {'invite_code':
            'ADDAFRIEND'}.
        type_ (DataEventType | Unset | None): The type of the object Example: event.
        user_id (str | Unset | None): Your identifier for the user. Example: 314159.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    event_name: str
    email: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    intercom_user_id: str | Unset | None = UNSET
    metadata: DataEventMetadata | Unset | None = UNSET
    type_: DataEventType | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "event"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.intercom_user_id
        if _v is not UNSET:
            _d["intercom_user_id"] = _v
        _v = self.metadata
        if _v is not UNSET:
            _d["metadata"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("event_name", "event_name", check_str, True),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("intercom_user_id", "intercom_user_id", check_str, False),
            FieldSpec("metadata", "metadata", DataEventMetadata.from_dict, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("user_id", "user_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataEvent")
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
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "event_name" not in _d:
                raise KeyError("event_name")
            if _state["event_name"] is None:
                raise WrongType("a value", None)
            _v = _state["metadata"]
            if _v is not None and _v is not UNSET:
                _v = DataEventMetadata.from_dict(_v)

            _state["metadata"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class DataEventDict(TypedDict, total=False):
    """:class:`DataEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at: Required[int]
    event_name: Required[str]
    email: str
    id: str
    intercom_user_id: str
    metadata: DataEventMetadata | DataEventMetadataDict
    type: DataEventType
    user_id: str


# Imported last, so that models that refer to each other can import each other.
from ..models.data_event_metadata import DataEventMetadata
