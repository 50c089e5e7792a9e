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
    check_int,
    check_scalar_list,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at_after": UNSET,
    "created_at_before": UNSET,
    "event_types": UNSET,
    "page": UNSET,
    "per_page": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at_after",
        "created_at_before",
        "event_types",
        "page",
        "per_page",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SearchActivityLogsBody:
    """
    Attributes:
        created_at_after (int): The start date that you request data for. It must be formatted as a UNIX timestamp.
            Example: 1677253093.
        created_at_before (int | Unset | None): The end date that you request data for. It must be formatted as a UNIX
            timestamp. Example: 1677861493.
        event_types (list[str] | Unset | None): An optional list of event types to filter activity logs by. Use the list
            all activity log event types endpoint to retrieve available values. Example: ['app_name_change',
            'message_state_change'].
        page (int | Unset | None): The page number of results to return. Default: 1. Example: 1.
        per_page (int | Unset | None): The number of results per page. Must be between 1 and 250. Default: 20. Example:
            20.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at_after: int
    created_at_before: int | Unset | None = UNSET
    event_types: list[str] | Unset | None = UNSET
    page: int | Unset | None = UNSET
    per_page: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at_after
        if _v is not UNSET:
            _d["created_at_after"] = _v
        _v = self.created_at_before
        if _v is not UNSET:
            _d["created_at_before"] = _v
        _v = self.event_types
        if _v is not UNSET:
            _d["event_types"] = None if _v is None else to_jsonable(_v)
        _v = self.page
        if _v is not UNSET:
            _d["page"] = _v
        _v = self.per_page
        if _v is not UNSET:
            _d["per_page"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at_after", "created_at_after", check_int, True),
            FieldSpec("created_at_before", "created_at_before", check_int, False),
            FieldSpec("event_types", "event_types", check_scalar_list, False),
            FieldSpec("page", "page", check_int, False),
            FieldSpec("per_page", "per_page", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="SearchActivityLogsBody")
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
            if "created_at_after" not in _d:
                raise KeyError("created_at_after")
            if _state["created_at_after"] is None:
                raise WrongType("a value", None)
            _v = _state["event_types"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["event_types"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class SearchActivityLogsBodyDict(TypedDict, total=False):
    """:class:`SearchActivityLogsBody` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at_after: Required[int]
    created_at_before: int
    event_types: list[str]
    page: int
    per_page: int
