# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_event_list_type import DataEventListType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_event import DataEvent, DataEventDict
    from ..models.data_event_list_pages import DataEventListPages, DataEventListPagesDict


def _decode_events(data: Any) -> list[DataEvent]:
    return decode_list(data, DataEvent.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"events": UNSET, "pages": UNSET, "type_": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "events",
        "pages",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventList:
    """This will return a list of data events for the App.

    Attributes:
        events (list[DataEvent] | Unset | None): A list of data events
        pages (DataEventListPages | Unset | None): Pagination
        type_ (DataEventListType | Unset | None): The type of the object Example: event.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    events: list[DataEvent] | Unset | None = UNSET
    pages: DataEventListPages | Unset | None = UNSET
    type_: DataEventListType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "event.list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.events
        if _v is not UNSET:
            _d["events"] = None if _v is None else to_jsonable(_v)
        _v = self.pages
        if _v is not UNSET:
            _d["pages"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("events", "events", _decode_events, False),
            FieldSpec("pages", "pages", DataEventListPages.from_dict, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataEventList")
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
            _v = _state["events"]
            if _v is not None and _v is not UNSET:
                _v = _decode_events(_v)

            _state["events"] = _v
            _v = _state["pages"]
            if _v is not None and _v is not UNSET:
                _v = DataEventListPages.from_dict(_v)

            _state["pages"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class DataEventListDict(TypedDict, total=False):
    """:class:`DataEventList` written as a dict literal (JSON field names), e.g. as a request body."""

    events: list[DataEvent | DataEventDict]
    pages: DataEventListPages | DataEventListPagesDict
    type: DataEventListType


# Imported last, so that models that refer to each other can import each other.
from ..models.data_event import DataEvent
from ..models.data_event_list_pages import DataEventListPages
