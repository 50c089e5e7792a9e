# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"from_": UNSET, "into": UNSET, "skip_duplicate_validation": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "from",
        "into",
        "skip_duplicate_validation",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewRequest:
    """Preview a contact merge.

    Attributes:
        from_ (str): The unique identifier for the contact to merge away from. Must be a lead. Example:
            6762f0d51bb69f9f2193bb7f.
        into (str): The unique identifier for the contact to merge into. Must be a user. Example:
            6762f0d51bb69f9f2193bb80.
        skip_duplicate_validation (bool | Unset | None): When true, previews the merge even if the contacts don't share
            a common identifier. Defaults to false. Default: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    from_: str
    into: str
    skip_duplicate_validation: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.from_
        if _v is not UNSET:
            _d["from"] = _v
        _v = self.into
        if _v is not UNSET:
            _d["into"] = _v
        _v = self.skip_duplicate_validation
        if _v is not UNSET:
            _d["skip_duplicate_validation"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("from", "from_", check_str, True),
            FieldSpec("into", "into", check_str, True),
            FieldSpec("skip_duplicate_validation", "skip_duplicate_validation", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="MergePreviewRequest")
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
            if "from" in _d:
                _state["from_"] = _state.pop("from")
            if "from" not in _d:
                raise KeyError("from")
            if _state["from_"] is None:
                raise WrongType("a value", None)
            if "into" not in _d:
                raise KeyError("into")
            if _state["into"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


MergePreviewRequestDict = TypedDict(
    "MergePreviewRequestDict",
    {
        "from": "Required[str]",
        "into": "Required[str]",
        "skip_duplicate_validation": "bool",
    },
    total=False,
)
"""`MergePreviewRequest` written as a dict literal (JSON field names), e.g. as a request body."""
