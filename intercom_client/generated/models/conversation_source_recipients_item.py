# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "drop_reason",
        "email",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ConversationSourceRecipientsItem:
    """
    Attributes:
        drop_reason (None | str): The reason this recipient was dropped, if applicable.
        email (str): The recipient email address. Example: user@example.com.
        type_ (str): The recipient type. One of `to`, `cc`, or `bcc`. Example: to.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    drop_reason: str | None = None
    email: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.drop_reason
        if _v is not None:
            _d["drop_reason"] = to_jsonable(_v)
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("drop_reason", "drop_reason", check_str, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationSourceRecipientsItem"
                )
            _d = dict(_d)
        try:
            drop_reason: Any = _d.get("drop_reason")

            email: Any = _d.get("email")

            type_: Any = _d.get("type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.drop_reason = drop_reason
            _obj.email = email
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
