# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "city",
        "country",
        "region",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ContactLocation:
    """An object containing location meta data about a Intercom contact.

    Attributes:
        city (None | str | Unset): The city that the contact is located in Example: Dublin.
        country (None | str | Unset): The country that the contact is located in Example: Ireland.
        region (None | str | Unset): The overal region that the contact is located in Example: Dublin.
        type_ (None | str | Unset): Always location Example: location.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    city: None | str | None | Unset = UNSET
    country: None | str | None | Unset = UNSET
    region: None | str | None | Unset = UNSET
    type_: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.city
        if _v is not UNSET:
            _d["city"] = None if _v is None else to_jsonable(_v)
        _v = self.country
        if _v is not UNSET:
            _d["country"] = None if _v is None else to_jsonable(_v)
        _v = self.region
        if _v is not UNSET:
            _d["region"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactLocation")
            _d = dict(_d)
        _f = ""
        try:
            city = _d.get("city", UNSET)
            if city.__class__ is dict or city.__class__ is list:
                raise WrongType("string", city, "city")

            country = _d.get("country", UNSET)
            if country.__class__ is dict or country.__class__ is list:
                raise WrongType("string", country, "country")

            region = _d.get("region", UNSET)
            if region.__class__ is dict or region.__class__ is list:
                raise WrongType("string", region, "region")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.city = city
            _obj.country = country
            _obj.region = region
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContactLocation", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContactLocation", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ContactLocation", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContactLocation", path=(_f,) if _f else ()) from None
        return _obj
