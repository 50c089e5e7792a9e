# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
    parse_uuid,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "text",
        "uuid",
    }
)


@_attrs_define(kw_only=True)
class ContactReplyBaseRequestReplyOptionsItem:
    """
    Attributes:
        text (str): The text of the chosen reply option.
        uuid (UUID): The unique identifier for the quick reply option selected.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    text: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.text
        if _v is not UNSET:
            _d["text"] = _v
        _v = self.uuid
        if _v is not UNSET:
            _d["uuid"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("text", "text", check_str, True),
            FieldSpec("uuid", "uuid", parse_uuid, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContactReplyBaseRequestReplyOptionsItem"
                )
            _d = dict(_d)
        try:
            text: Any = _d["text"]
            if text is None:
                raise WrongType("a value", None)

            uuid: Any = _d["uuid"]
            if uuid is None:
                raise WrongType("a value", None)
            if uuid is not None:
                uuid = parse_uuid(uuid)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.text = text
            _obj.uuid = uuid
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class ContactReplyBaseRequestReplyOptionsItemDict(TypedDict, total=False):
    """:class:`ContactReplyBaseRequestReplyOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    text: Required[str]
    uuid: Required[UUID]
