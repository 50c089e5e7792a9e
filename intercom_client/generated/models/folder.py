# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "content_count": None,
    "created_at": None,
    "description": None,
    "emoji": None,
    "id": None,
    "name": None,
    "parent_folder_id": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "content_count",
        "created_at",
        "description",
        "emoji",
        "id",
        "name",
        "parent_folder_id",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Folder:
    """A folder for organizing content

    Attributes:
        content_count (int | None): The number of content items in this folder Example: 5.
        created_at (int | None): The time when the folder was created (seconds) Example: 1672928359.
        description (str | None): The description of the folder Example: Internal product documentation.
        emoji (str | None): An emoji associated with the folder Example: 📚.
        id (int | None): The unique identifier for the folder Example: 6.
        name (str | None): The name of the folder Example: Product Documentation.
        parent_folder_id (int | None): The ID of the parent folder, or null if this is a root folder
        updated_at (int | None): The time when the folder was last updated (seconds) Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_count: int | None = None
    created_at: int | None = None
    description: str | None = None
    emoji: str | None = None
    id: int | None = None
    name: str | None = None
    parent_folder_id: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.content_count
        if _v is not None:
            _d["content_count"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.emoji
        if _v is not None:
            _d["emoji"] = to_jsonable(_v)
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.parent_folder_id
        if _v is not None:
            _d["parent_folder_id"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("content_count", "content_count", check_int, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("emoji", "emoji", check_str, False),
            FieldSpec("id", "id", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("parent_folder_id", "parent_folder_id", check_int, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Folder")
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
