# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "emoji",
        "key",
        "label",
    }
)


@_attrs_define(kw_only=True)
class FinAgentCsatRequestedEventCsatOptionsItem:
    """
    Attributes:
        emoji (str): The emoji representing this rating. Example: 🤩.
        key (FinAgentCsatRequestedEventCsatOptionsItemKey): The stable key to send back as 'rating' on POST /fin/csat.
            Example: amazing.
        label (str): The human-readable label for this rating, localised to the conversation's
            detected language. Distinct from 'key' — display the label, but send back
            the key.
             Example: Amazing.
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
        try:
            emoji: Any = _d["emoji"]
            if emoji is None:
                raise WrongType("a value", None)

            key: Any = _d["key"]
            if key is None:
                raise WrongType("a value", None)

            label: Any = _d["label"]
            if label is None:
                raise WrongType("a value", None)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.emoji = emoji
            _obj.key = key
            _obj.label = label
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class FinAgentCsatRequestedEventCsatOptionsItemDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEventCsatOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    emoji: Required[str]
    key: Required[FinAgentCsatRequestedEventCsatOptionsItemKey]
    label: Required[str]
