# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_event_summary_type import DataEventSummaryType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_event_summary_item import DataEventSummaryItem


def _decode_events(data: Any) -> list[DataEventSummaryItem | None]:
    return decode_list(data, DataEventSummaryItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "email": None,
    "events": None,
    "intercom_user_id": None,
    "type_": None,
    "user_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "email",
        "events",
        "intercom_user_id",
        "type",
        "user_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventSummary:
    """This will return a summary of data events for the App.

    Attributes:
        email (str | None): The email address of the user Example: Sam.Sung@example.com.
        events (list[DataEventSummaryItem | None] | None): A summary of data events
        intercom_user_id (str | None): The Intercom user ID of the user Example: 63a0979a5eeebeaf28dd56ba.
        type_ (DataEventSummaryType | None): The type of the object Example: event.summary.
        user_id (str | None): The user ID of the user Example: 62b997f288e14803c5006932.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: str | None = None
    events: list[DataEventSummaryItem | None] | None = None
    intercom_user_id: str | None = None
    type_: DataEventSummaryType | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "event.summary"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.events
        if _v is not None:
            _d["events"] = to_jsonable(_v)
        _v = self.intercom_user_id
        if _v is not None:
            _d["intercom_user_id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.user_id
        if _v is not None:
            _d["user_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("email", "email", check_str, False),
            FieldSpec("events", "events", _decode_events, False),
            FieldSpec("intercom_user_id", "intercom_user_id", check_str, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("user_id", "user_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataEventSummary")
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
            if _state["events"] is not None:
                _state["events"] = Pending(_state["events"])
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_event_summary_item import DataEventSummaryItem

install_lazy_fields(DataEventSummary, ("events",))
