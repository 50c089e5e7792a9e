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
    WrongType,
    check_any,
    check_bool,
    check_float,
    check_str,
    decode_leniently,
    to_jsonable,
)


def _decode_additional(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return check_any(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return check_float(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_bool(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset({})


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketRequestCustomAttributes:
    """The attributes set on the ticket. When setting the default title and description attributes, the attribute keys that
    should be used are `_default_title_` and `_default_description_`. When setting ticket type attributes of the list
    attribute type, the key should be the attribute name and the value of the attribute should be the list item id,
    obtainable by [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an attribute
    called `priority` of type `list`, the key should be `priority` and the value of the attribute should be the guid of
    the list item (e.g. `de1825a0-0164-4070-8ca6-13e22462fa7e`).

    Example:
        {'_default_description_': 'The button is not working', '_default_title_': 'Found a bug'}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = {key: to_jsonable(value) for key, value in self.additional_properties.items()}
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return ()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="TicketRequestCustomAttributes"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            _state = {
                **_ABSENT,
                "additional_properties": {key: _decode_additional_value(value) for key, value in _d.items()},
            }
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET, _decode_additional_value)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class TicketRequestCustomAttributesDict(TypedDict, total=False):
    """:class:`TicketRequestCustomAttributes` written as a dict literal (JSON field names), e.g. as a request body."""

    pass


def _decode_additional_value(value: Any) -> Any:
    if value is None:
        return None
    return _decode_additional(value)
