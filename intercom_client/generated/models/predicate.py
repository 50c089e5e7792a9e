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
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "attribute": UNSET,
    "comparison": UNSET,
    "type_": UNSET,
    "value": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attribute",
        "comparison",
        "type",
        "value",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Predicate:
    """A condition used to filter contacts in an audience.

    Attributes:
        attribute (str | Unset | None): The attribute to filter on. Example: company.name.
        comparison (str | Unset | None): The comparison operator. Example: contains.
        type_ (str | Unset | None): The type of the attribute. Example: string.
        value (str | Unset | None): The value to compare against. Example: Acme.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: str | Unset | None = UNSET
    comparison: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attribute
        if _v is not UNSET:
            _d["attribute"] = _v
        _v = self.comparison
        if _v is not UNSET:
            _d["comparison"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.value
        if _v is not UNSET:
            _d["value"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attribute", "attribute", check_str, False),
            FieldSpec("comparison", "comparison", check_str, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("value", "value", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Predicate")
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
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class PredicateDict(TypedDict, total=False):
    """:class:`Predicate` written as a dict literal (JSON field names), e.g. as a request body."""

    attribute: str
    comparison: str
    type: str
    value: str
