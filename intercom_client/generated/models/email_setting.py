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
        "brand_id",
        "created_at",
        "domain",
        "email",
        "forwarded_email_last_received_at",
        "forwarding_enabled",
        "id",
        "type",
        "updated_at",
        "verified",
    }
)


@_attrs_define(kw_only=True)
class EmailSetting:
    """Represents a sender email address configuration

    Attributes:
        brand_id (str | Unset): Associated brand identifier Example: 10.
        created_at (int | Unset): Unix timestamp of creation Example: 1692530400.
        domain (str | Unset): Domain portion of the email address Example: company.com.
        email (str | Unset): Full sender email address Example: support@company.com.
        forwarded_email_last_received_at (int | None | Unset): Unix timestamp of last forwarded email received (null if
            never) Example: 1710498600.
        forwarding_enabled (bool | Unset): Whether email forwarding is active Example: True.
        id (str | Unset): Unique email setting identifier Example: 10.
        type_ (str | Unset): The type of object Example: email_setting.
        updated_at (int | Unset): Unix timestamp of last modification Example: 1710498600.
        verified (bool | Unset): Whether the email address has been verified Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    brand_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    forwarded_email_last_received_at: int | None | None | Unset = UNSET
    forwarding_enabled: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    verified: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.brand_id
        if _v is not UNSET:
            _d["brand_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.domain
        if _v is not UNSET:
            _d["domain"] = _v
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.forwarded_email_last_received_at
        if _v is not UNSET:
            _d["forwarded_email_last_received_at"] = None if _v is None else to_jsonable(_v)
        _v = self.forwarding_enabled
        if _v is not UNSET:
            _d["forwarding_enabled"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.verified
        if _v is not UNSET:
            _d["verified"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="EmailSetting")
            _d = dict(_d)
        _f = ""
        try:
            brand_id = _d.get("brand_id", UNSET)
            if brand_id.__class__ is dict or brand_id.__class__ is list:
                raise WrongType("string", brand_id, "brand_id")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            domain = _d.get("domain", UNSET)
            if domain.__class__ is dict or domain.__class__ is list:
                raise WrongType("string", domain, "domain")

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            forwarded_email_last_received_at = _d.get("forwarded_email_last_received_at", UNSET)
            if forwarded_email_last_received_at.__class__ is dict or forwarded_email_last_received_at.__class__ is list:
                raise WrongType("integer", forwarded_email_last_received_at, "forwarded_email_last_received_at")

            forwarding_enabled = _d.get("forwarding_enabled", UNSET)
            if forwarding_enabled.__class__ is dict or forwarding_enabled.__class__ is list:
                raise WrongType("boolean", forwarding_enabled, "forwarding_enabled")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            verified = _d.get("verified", UNSET)
            if verified.__class__ is dict or verified.__class__ is list:
                raise WrongType("boolean", verified, "verified")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.brand_id = brand_id
            _obj.created_at = created_at
            _obj.domain = domain
            _obj.email = email
            _obj.forwarded_email_last_received_at = forwarded_email_last_received_at
            _obj.forwarding_enabled = forwarding_enabled
            _obj.id = id
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.verified = verified
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="EmailSetting", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("EmailSetting", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="EmailSetting", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="EmailSetting", path=(_f,) if _f else ()) from None
        return _obj
