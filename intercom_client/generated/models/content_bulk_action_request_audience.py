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
    check_bool,
    check_scalar_list,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "add_segment_ids": UNSET,
    "remove_all": UNSET,
    "remove_segment_ids": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "add_segment_ids",
        "remove_all",
        "remove_segment_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequestAudience:
    """Required when `action` is `set_audience`. Manages segment membership.

    Attributes:
        add_segment_ids (list[int] | Unset | None): Segment IDs to assign to the selected content. Example: [100].
        remove_all (bool | Unset | None): When `true`, removes all segments from the selected content. Example: False.
        remove_segment_ids (list[int] | Unset | None): Segment IDs to remove from the selected content. Example: [200].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    add_segment_ids: list[int] | Unset | None = UNSET
    remove_all: bool | Unset | None = UNSET
    remove_segment_ids: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.add_segment_ids
        if _v is not UNSET:
            _d["add_segment_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.remove_all
        if _v is not UNSET:
            _d["remove_all"] = _v
        _v = self.remove_segment_ids
        if _v is not UNSET:
            _d["remove_segment_ids"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("add_segment_ids", "add_segment_ids", check_scalar_list, False),
            FieldSpec("remove_all", "remove_all", check_bool, False),
            FieldSpec("remove_segment_ids", "remove_segment_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContentBulkActionRequestAudience"
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
            _v = _state["add_segment_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["add_segment_ids"] = _v
            _v = _state["remove_segment_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["remove_segment_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ContentBulkActionRequestAudienceDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequestAudience` written as a dict literal (JSON field names), e.g. as a request body."""

    add_segment_ids: list[int]
    remove_all: bool
    remove_segment_ids: list[int]
