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
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "id_code",
        "identity_verification",
        "name",
        "region",
        "timezone",
        "type",
    }
)


@_attrs_define(kw_only=True)
class App:
    """App is a workspace on Intercom

    Attributes:
        created_at (int | Unset): When the app was created. Example: 1671465577.
        id_code (str | Unset): The id of the app. Example: xyz789.
        identity_verification (bool | Unset): Whether or not the app uses identity verification. Example: False.
        name (str | Unset): The name of the app. Example: ACME.
        region (str | Unset): The Intercom region the app is located in. Example: US.
        timezone (str | Unset): The timezone of the region where the app is located. Example: America/Los_Angeles.
        type_ (str | Unset):  Default: 'app'. Example: app.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    id_code: str | None | Unset = UNSET
    identity_verification: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    region: str | None | Unset = UNSET
    timezone: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id_code
        if _v is not UNSET:
            _d["id_code"] = _v
        _v = self.identity_verification
        if _v is not UNSET:
            _d["identity_verification"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.region
        if _v is not UNSET:
            _d["region"] = _v
        _v = self.timezone
        if _v is not UNSET:
            _d["timezone"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="App")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id_code = _d.get("id_code", UNSET)
            if id_code.__class__ is dict or id_code.__class__ is list:
                raise WrongType("string", id_code, "id_code")

            identity_verification = _d.get("identity_verification", UNSET)
            if identity_verification.__class__ is dict or identity_verification.__class__ is list:
                raise WrongType("boolean", identity_verification, "identity_verification")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            region = _d.get("region", UNSET)
            if region.__class__ is dict or region.__class__ is list:
                raise WrongType("string", region, "region")

            timezone = _d.get("timezone", UNSET)
            if timezone.__class__ is dict or timezone.__class__ is list:
                raise WrongType("string", timezone, "timezone")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.id_code = id_code
            _obj.identity_verification = identity_verification
            _obj.name = name
            _obj.region = region
            _obj.timezone = timezone
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="App", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("App", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="App", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="App", path=(_f,) if _f else ()) from None
        return _obj
