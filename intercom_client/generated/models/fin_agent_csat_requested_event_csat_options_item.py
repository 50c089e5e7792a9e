# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_csat_requested_event_csat_options_item_key import (
    FinAgentCsatRequestedEventCsatOptionsItemKey,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"emoji": UNSET, "key": UNSET, "label": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "emoji",
        "key",
        "label",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentCsatRequestedEventCsatOptionsItem:
    """
    Attributes:
        emoji (str): The emoji representing this rating. Example: 🤩.
        key (FinAgentCsatRequestedEventCsatOptionsItemKey): The stable key to send back as 'rating' on POST /fin/csat.
            Example: amazing.
        label (str): The human-readable label for this rating, localised to the conversation's
            detected language. Distinct from 'key' — display the label, but send back
            the key. Example: Amazing.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    emoji: str
    key: FinAgentCsatRequestedEventCsatOptionsItemKey
    label: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.emoji
        if _v is not UNSET:
            _d["emoji"] = _v
        _v = self.key
        if _v is not UNSET:
            _d["key"] = _v
        _v = self.label
        if _v is not UNSET:
            _d["label"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("emoji", "emoji", check_str, True),
            FieldSpec("key", "key", check_str, True),
            FieldSpec("label", "label", check_str, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentCsatRequestedEventCsatOptionsItem"
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
            if "emoji" not in _d:
                raise KeyError("emoji")
            if _state["emoji"] is None:
                raise WrongType("a value", None)
            if "key" not in _d:
                raise KeyError("key")
            if _state["key"] is None:
                raise WrongType("a value", None)
            if "label" not in _d:
                raise KeyError("label")
            if _state["label"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class FinAgentCsatRequestedEventCsatOptionsItemDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEventCsatOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    emoji: Required[str]
    key: Required[FinAgentCsatRequestedEventCsatOptionsItemKey]
    label: Required[str]
