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
        "id",
        "name",
        "supports_android",
        "supports_ios",
        "supports_web",
        "type",
    }
)


@_attrs_define(kw_only=True)
class IdentityVerificationSecret:
    """Metadata for an HMAC secret used to sign `user_hash` values for Messenger identity verification. The `secret` field
    is intentionally omitted — it is only returned once, in the response to `POST /secure_mode_secrets`.

        Attributes:
            created_at (int | Unset): The time the secret was created, as a Unix timestamp Example: 1734537243.
            id (str | Unset): The id of the secret Example: 102.
            name (str | Unset): Human-readable name for the secret, used to identify it in rotation flows Example:
                Production Web.
            supports_android (bool | Unset): Whether the secret is enabled for the Android SDK Example: False.
            supports_ios (bool | Unset): Whether the secret is enabled for the iOS SDK Example: False.
            supports_web (bool | Unset): Whether the secret is enabled for the Messenger on web Example: True.
            type_ (str | Unset): value is "identity_verification_secret" Example: identity_verification_secret.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    supports_android: bool | None | Unset = UNSET
    supports_ios: bool | None | Unset = UNSET
    supports_web: bool | None | Unset = UNSET
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
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.supports_android
        if _v is not UNSET:
            _d["supports_android"] = _v
        _v = self.supports_ios
        if _v is not UNSET:
            _d["supports_ios"] = _v
        _v = self.supports_web
        if _v is not UNSET:
            _d["supports_web"] = _v
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
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="IdentityVerificationSecret"
                )
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            supports_android = _d.get("supports_android", UNSET)
            if supports_android.__class__ is dict or supports_android.__class__ is list:
                raise WrongType("boolean", supports_android, "supports_android")

            supports_ios = _d.get("supports_ios", UNSET)
            if supports_ios.__class__ is dict or supports_ios.__class__ is list:
                raise WrongType("boolean", supports_ios, "supports_ios")

            supports_web = _d.get("supports_web", UNSET)
            if supports_web.__class__ is dict or supports_web.__class__ is list:
                raise WrongType("boolean", supports_web, "supports_web")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.id = id
            _obj.name = name
            _obj.supports_android = supports_android
            _obj.supports_ios = supports_ios
            _obj.supports_web = supports_web
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="IdentityVerificationSecret", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("IdentityVerificationSecret", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="IdentityVerificationSecret", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="IdentityVerificationSecret", path=(_f,) if _f else ()
            ) from None
        return _obj
