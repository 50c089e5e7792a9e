# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class Segment:
    """A segment is a group of your contacts defined by the rules that you set.

    Attributes:
        id (str): The unique identifier representing the segment. Example: 56203d253cba154d39010062.
        type_ (SegmentType): The type of object. Example: segment.
        count (int | None): The number of items in the user segment. It's returned when `include_count=true` is included
            in the request. Example: 3.
        created_at (int): The time the segment was created. Example: 1394621988.
        name (str): The name of the segment. Example: Active.
        person_type (SegmentPersonType): Type of the contact: contact (lead) or user. Example: contact.
        updated_at (int): The time the segment was updated. Example: 1394622004.
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
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            count: Any = _d.get("count")

            created_at: Any = _d.get("created_at")

            name: Any = _d.get("name")

            person_type: Any = _d.get("person_type")

            updated_at: Any = _d.get("updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.count = count
            _obj.created_at = created_at
            _obj.name = name
            _obj.person_type = person_type
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
