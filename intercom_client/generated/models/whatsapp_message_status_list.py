# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "events",
        "pages",
        "ruleset_id",
        "total_count",
        "type",
    }
)


@_attrs_define(kw_only=True)
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
        try:
            events: Any = _d["events"]
            if events is None:
                raise WrongType("a value", None)
            if events is not None:
                events = Pending(events)
            pages: Any = _d["pages"]
            if pages is None:
                raise WrongType("a value", None)
            if pages is not None:
                pages = Pending(pages)
            ruleset_id: Any = _d["ruleset_id"]
            if ruleset_id is None:
                raise WrongType("a value", None)

            total_count: Any = _d["total_count"]
            if total_count is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.events = events
            _obj.pages = pages
            _obj.ruleset_id = ruleset_id
            _obj.total_count = total_count
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
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
