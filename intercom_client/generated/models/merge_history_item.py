# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.merge_history_item_source_contact_role import (
    MergeHistoryItemSourceContactRole,
)
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
    "merged_at": None,
    "source_contact_id": None,
    "source_contact_role": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "merged_at",
        "source_contact_id",
        "source_contact_role",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergeHistoryItem:
    """A record of a contact that was merged into another contact.

    Attributes:
        merged_at (int | None): (Unix timestamp in seconds) The time when the merge occurred. Example: 1571672154.
        source_contact_id (str | None): The Intercom ID of the contact that was merged into this contact. Example:
            5ba682d23d7cf92bef87bfd3.
        source_contact_role (MergeHistoryItemSourceContactRole | None): The role of the contact that was merged in.
            Example: lead.
        type_ (str | None): The type of object. Example: merge_history.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    merged_at: int | None = None
    source_contact_id: str | None = None
    source_contact_role: MergeHistoryItemSourceContactRole | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.merged_at
        if _v is not None:
            _d["merged_at"] = to_jsonable(_v)
        _v = self.source_contact_id
        if _v is not None:
            _d["source_contact_id"] = _v
        _v = self.source_contact_role
        if _v is not None:
            _d["source_contact_role"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("merged_at", "merged_at", check_int, False),
            FieldSpec("source_contact_id", "source_contact_id", check_str, False),
            FieldSpec("source_contact_role", "source_contact_role", check_str, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="MergeHistoryItem")
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
