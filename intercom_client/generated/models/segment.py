# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.segment_person_type import SegmentPersonType
from ..models.segment_type import SegmentType
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
    "count": None,
    "created_at": None,
    "name": None,
    "person_type": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "count",
        "created_at",
        "name",
        "person_type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Segment:
    """A segment is a group of your contacts defined by the rules that you set.

    Attributes:
        id (str): The unique identifier representing the segment. Example: 56203d253cba154d39010062.
        type_ (SegmentType): The type of object. Example: segment.
        count (int | None): The number of items in the user segment. It's returned when `include_count=true` is included
            in the request. Example: 3.
        created_at (int | None): The time the segment was created. Example: 1394621988.
        name (str | None): The name of the segment. Example: Active.
        person_type (SegmentPersonType | None): Type of the contact: contact (lead) or user. Example: contact.
        updated_at (int | None): The time the segment was updated. Example: 1394622004.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: SegmentType
    count: int | None = None
    created_at: int | None = None
    name: str | None = None
    person_type: SegmentPersonType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "segment"),)
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
        _v = self.count
        if _v is not None:
            _d["count"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.person_type
        if _v is not None:
            _d["person_type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("count", "count", check_int, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("person_type", "person_type", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Segment")
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
