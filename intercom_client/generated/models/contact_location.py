# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "city": None,
    "continent_code": None,
    "country": None,
    "country_code": None,
    "region": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "city",
        "continent_code",
        "country",
        "country_code",
        "region",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactLocation:
    """An object containing location meta data about a Intercom contact.

    Attributes:
        city (str | None): The city that the contact is located in Example: Dublin.
        continent_code (str | None): The continent code of the contact's location.
        country (str | None): The country that the contact is located in Example: Ireland.
        country_code (str | None): The country code of the contact's location.
        region (str | None): The overal region that the contact is located in Example: Dublin.
        type_ (str | None): Always location Example: location.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    city: str | None = None
    continent_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.city
        if _v is not None:
            _d["city"] = to_jsonable(_v)
        _v = self.continent_code
        if _v is not None:
            _d["continent_code"] = to_jsonable(_v)
        _v = self.country
        if _v is not None:
            _d["country"] = to_jsonable(_v)
        _v = self.country_code
        if _v is not None:
            _d["country_code"] = to_jsonable(_v)
        _v = self.region
        if _v is not None:
            _d["region"] = to_jsonable(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("city", "city", check_str, False),
            FieldSpec("continent_code", "continent_code", check_str, False),
            FieldSpec("country", "country", check_str, False),
            FieldSpec("country_code", "country_code", check_str, False),
            FieldSpec("region", "region", check_str, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactLocation")
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
