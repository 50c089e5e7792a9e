# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.teammate_reference_type import TeammateReferenceType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "email",
    }
)


@_attrs_define(kw_only=True)
class TeammateReference:
    """A reference to a teammate (admin, team, or bot)

    Attributes:
        id (int): The unique identifier of the teammate Example: 123.
        name (str): The display name of the teammate Example: Jane Example.
        type_ (TeammateReferenceType): The type of teammate Example: admin.
        email (None | str): The email address of the teammate (optional for teams/bots) Example: jane@example.com.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    name: str
    type_: TeammateReferenceType
    email: str | None = None
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
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.email
        if _v is not None:
            _d["email"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_int, True),
            FieldSpec("name", "name", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("email", "email", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TeammateReference")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            name: Any = _d["name"]
            if name is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            email: Any = _d.get("email")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            _obj.email = email
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
