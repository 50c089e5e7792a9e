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
    WrongType,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "attribute_ids": UNSET,
    "dataset_id": UNSET,
    "end_time": UNSET,
    "start_time": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attribute_ids",
        "dataset_id",
        "end_time",
        "start_time",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PostExportReportingDataEnqueueBody:
    """
    Attributes:
        attribute_ids (list[str]): List of attribute identifiers to include in the export. Requires qualified_id format
            (e.g., "people.Brand", "standard.conversation_id"). Use the qualified_id returned from the get_datasets
            response. Example: ['conversation_id', 'conversation_started_at'].
        dataset_id (str):  Example: conversation.
        end_time (int):  Example: 1717510000.
        start_time (int):  Example: 1717490000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_ids: list[str]
    dataset_id: str
    end_time: int
    start_time: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attribute_ids
        if _v is not UNSET:
            _d["attribute_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.dataset_id
        if _v is not UNSET:
            _d["dataset_id"] = _v
        _v = self.end_time
        if _v is not UNSET:
            _d["end_time"] = _v
        _v = self.start_time
        if _v is not UNSET:
            _d["start_time"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attribute_ids", "attribute_ids", check_scalar_list, True),
            FieldSpec("dataset_id", "dataset_id", check_str, True),
            FieldSpec("end_time", "end_time", check_int, True),
            FieldSpec("start_time", "start_time", check_int, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="PostExportReportingDataEnqueueBody"
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
            if "attribute_ids" not in _d:
                raise KeyError("attribute_ids")
            if _state["attribute_ids"] is None:
                raise WrongType("a value", None)
            _v = _state["attribute_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["attribute_ids"] = _v
            if "dataset_id" not in _d:
                raise KeyError("dataset_id")
            if _state["dataset_id"] is None:
                raise WrongType("a value", None)
            if "end_time" not in _d:
                raise KeyError("end_time")
            if _state["end_time"] is None:
                raise WrongType("a value", None)
            if "start_time" not in _d:
                raise KeyError("start_time")
            if _state["start_time"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class PostExportReportingDataEnqueueBodyDict(TypedDict, total=False):
    """:class:`PostExportReportingDataEnqueueBody` written as a dict literal (JSON field names), e.g. as a request body."""

    attribute_ids: Required[list[str]]
    dataset_id: Required[str]
    end_time: Required[int]
    start_time: Required[int]
