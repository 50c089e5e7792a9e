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
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"count": UNSET, "event_name": UNSET, "first": UNSET, "last": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "count",
        "event_name",
        "first",
        "last",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataEventSummariesRequestEventSummaries:
    """A list of event summaries for the user. Each event summary should contain the event name, the time the event
    occurred, and the number of times the event occurred. The event name should be a past tense 'verb-noun' combination,
    to improve readability, for example `updated-plan`.

    Attributes:
        count (int | Unset | None): The number of times the event occurred. Example: 1.
        event_name (str | Unset | None): The name of the event that occurred. A good event name is typically a past
            tense 'verb-noun' combination, to improve readability, for example `updated-plan`. Example: invited-friend.
        first (int | Unset | None): The first time the event was sent Example: 1671028894.
        last (int | Unset | None): The last time the event was sent Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    count: int | Unset | None = UNSET
    event_name: str | Unset | None = UNSET
    first: int | Unset | None = UNSET
    last: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.count
        if _v is not UNSET:
            _d["count"] = _v
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.first
        if _v is not UNSET:
            _d["first"] = _v
        _v = self.last
        if _v is not UNSET:
            _d["last"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("count", "count", check_int, False),
            FieldSpec("event_name", "event_name", check_str, False),
            FieldSpec("first", "first", check_int, False),
            FieldSpec("last", "last", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateDataEventSummariesRequestEventSummaries"
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateDataEventSummariesRequestEventSummariesDict(TypedDict, total=False):
    """:class:`CreateDataEventSummariesRequestEventSummaries` written as a dict literal (JSON field names), e.g. as a request body."""

    count: int
    event_name: str
    first: int
    last: int
