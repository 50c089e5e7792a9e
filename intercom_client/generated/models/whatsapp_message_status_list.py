# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.whatsapp_message_status_list_type import (
    WhatsappMessageStatusListType,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from ..models.whatsapp_message_status_list_pages import WhatsappMessageStatusListPages


def _decode_events(data: Any) -> list[WhatsappMessageStatusListEventsItem]:
    return decode_list(data, WhatsappMessageStatusListEventsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "events": None,
    "pages": None,
    "ruleset_id": None,
    "total_count": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "events",
        "pages",
        "ruleset_id",
        "total_count",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatusList:
    """
    Attributes:
        events (list[WhatsappMessageStatusListEventsItem]):
        pages (WhatsappMessageStatusListPages):
        ruleset_id (str): The provided ruleset ID
        total_count (int): Total number of events
        type_ (WhatsappMessageStatusListType):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    events: list[WhatsappMessageStatusListEventsItem]
    pages: WhatsappMessageStatusListPages
    ruleset_id: str
    total_count: int
    type_: WhatsappMessageStatusListType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.events
        if _v is not None:
            _d["events"] = to_jsonable(_v)
        _v = self.pages
        if _v is not None:
            _d["pages"] = to_jsonable(_v)
        _v = self.ruleset_id
        if _v is not None:
            _d["ruleset_id"] = _v
        _v = self.total_count
        if _v is not None:
            _d["total_count"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("events", "events", _decode_events, True),
            FieldSpec("pages", "pages", WhatsappMessageStatusListPages.from_dict, True),
            FieldSpec("ruleset_id", "ruleset_id", check_str, True),
            FieldSpec("total_count", "total_count", check_int, True),
            FieldSpec("type", "type_", check_str, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="WhatsappMessageStatusList"
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
            if "events" not in _d:
                raise KeyError("events")
            if _state["events"] is None:
                raise WrongType("a value", None)
            if _state["events"] is not None:
                _state["events"] = Pending(_state["events"])
            if "pages" not in _d:
                raise KeyError("pages")
            if _state["pages"] is None:
                raise WrongType("a value", None)
            _v = _state["pages"]
            if _v is not None and _v.__class__ is not dict:
                _state["pages"] = Pending(_v)
            if "ruleset_id" not in _d:
                raise KeyError("ruleset_id")
            if _state["ruleset_id"] is None:
                raise WrongType("a value", None)
            if "total_count" not in _d:
                raise KeyError("total_count")
            if _state["total_count"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
from ..models.whatsapp_message_status_list_pages import WhatsappMessageStatusListPages

install_lazy_fields(
    WhatsappMessageStatusList,
    (
        "events",
        "pages",
    ),
)
