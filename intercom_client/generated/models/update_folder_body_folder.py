# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "description": UNSET,
    "emoji": UNSET,
    "name": UNSET,
    "parent_folder_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "emoji",
        "name",
        "parent_folder_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateFolderBodyFolder:
    """
    Attributes:
        description (str | Unset | None): The description of the folder Example: Updated internal product documentation.
        emoji (str | Unset | None): An emoji for the folder Example: 📖.
        name (str | Unset | None): The name of the folder Example: Updated Product Documentation.
        parent_folder_id (int | Unset | None): The ID of the parent folder
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    emoji: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    parent_folder_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.emoji
        if _v is not UNSET:
            _d["emoji"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.parent_folder_id
        if _v is not UNSET:
            _d["parent_folder_id"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("description", "description", check_str, False),
            FieldSpec("emoji", "emoji", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("parent_folder_id", "parent_folder_id", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="UpdateFolderBodyFolder")
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
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateFolderBodyFolderDict(TypedDict, total=False):
    """:class:`UpdateFolderBodyFolder` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    emoji: str
    name: str
    parent_folder_id: int | None
