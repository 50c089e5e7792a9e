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
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "brand_id",
        "created_at",
        "domain",
        "email",
        "forwarded_email_last_received_at",
        "forwarding_enabled",
        "updated_at",
        "verified",
    }
)


@_attrs_define(kw_only=True)
class EmailSetting:
    """Represents a sender email address configuration

    Attributes:
        id (str): Unique email setting identifier Example: 10.
        type_ (str): The type of object Example: email_setting.
        brand_id (str): Associated brand identifier Example: 10.
        created_at (int): Unix timestamp of creation Example: 1692530400.
        domain (str): Domain portion of the email address Example: company.com.
        email (str): Full sender email address Example: support@company.com.
        forwarded_email_last_received_at (int | None): Unix timestamp of last forwarded email received (null if never)
            Example: 1710498600.
        forwarding_enabled (bool): Whether email forwarding is active Example: True.
        updated_at (int): Unix timestamp of last modification Example: 1710498600.
        verified (bool): Whether the email address has been verified Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    brand_id: str | None = None
    created_at: int | None = None
    domain: str | None = None
    email: str | None = None
    forwarded_email_last_received_at: int | None = None
    forwarding_enabled: bool | None = None
    updated_at: int | None = None
    verified: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.brand_id
        if _v is not None:
            _d["brand_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.domain
        if _v is not None:
            _d["domain"] = _v
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.forwarded_email_last_received_at
        if _v is not None:
            _d["forwarded_email_last_received_at"] = to_jsonable(_v)
        _v = self.forwarding_enabled
        if _v is not None:
            _d["forwarding_enabled"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.verified
        if _v is not None:
            _d["verified"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("brand_id", "brand_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("domain", "domain", check_str, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("forwarded_email_last_received_at", "forwarded_email_last_received_at", check_int, False),
            FieldSpec("forwarding_enabled", "forwarding_enabled", check_bool, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("verified", "verified", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="EmailSetting")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            brand_id: Any = _d.get("brand_id")

            created_at: Any = _d.get("created_at")

            domain: Any = _d.get("domain")

            email: Any = _d.get("email")

            forwarded_email_last_received_at: Any = _d.get("forwarded_email_last_received_at")

            forwarding_enabled: Any = _d.get("forwarding_enabled")

            updated_at: Any = _d.get("updated_at")

            verified: Any = _d.get("verified")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.brand_id = brand_id
            _obj.created_at = created_at
            _obj.domain = domain
            _obj.email = email
            _obj.forwarded_email_last_received_at = forwarded_email_last_received_at
            _obj.forwarding_enabled = forwarding_enabled
            _obj.updated_at = updated_at
            _obj.verified = verified
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
