# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.custom_object_instance_custom_attributes import (
        CustomObjectInstanceCustomAttributes,
        CustomObjectInstanceCustomAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": UNSET,
    "custom_attributes": UNSET,
    "external_created_at": UNSET,
    "external_id": UNSET,
    "external_updated_at": UNSET,
    "id": UNSET,
    "type_": UNSET,
    "updated_at": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "custom_attributes",
        "external_created_at",
        "external_id",
        "external_updated_at",
        "id",
        "type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomObjectInstance:
    """A Custom Object Instance represents an instance of a custom object type. This allows you to create and set custom
    attributes to store data about your customers that is not already captured by Intercom. The parent object includes
    recommended default attributes and you can add your own custom attributes.

    Attributes:
        created_at (int | Unset | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
        custom_attributes (CustomObjectInstanceCustomAttributes | Unset | None): The custom attributes you have set on
            the custom object instance.
        external_created_at (int | Unset | None): The time when the Custom Object instance was created in the external
            system it originated from. Example: 1571672154.
        external_id (str | Unset | None): The id you have defined for the custom object instance. Example:
            0001d1c1e65a7a19e9f59ae2.
        external_updated_at (int | Unset | None): The time when the Custom Object instance was last updated in the
            external system it originated from. Example: 1571672154.
        id (str | Unset | None): The Intercom defined id representing the custom object instance. Example: 16032025.
        type_ (str | Unset | None): The identifier of the custom object type that defines the structure of the custom
            object instance. Example: Order.
        updated_at (int | Unset | None): The time the attribute was last updated as a UTC Unix timestamp Example:
            1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | Unset | None = UNSET
    custom_attributes: CustomObjectInstanceCustomAttributes | Unset | None = UNSET
    external_created_at: int | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    external_updated_at: int | Unset | None = UNSET
    id: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    updated_at: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.external_created_at
        if _v is not UNSET:
            _d["external_created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = _v
        _v = self.external_updated_at
        if _v is not UNSET:
            _d["external_updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("custom_attributes", "custom_attributes", CustomObjectInstanceCustomAttributes.from_dict, False),
            FieldSpec("external_created_at", "external_created_at", check_int, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("external_updated_at", "external_updated_at", check_int, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CustomObjectInstance")
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
            _v = _state["custom_attributes"]
            if _v is not None and _v is not UNSET:
                _v = CustomObjectInstanceCustomAttributes.from_dict(_v)

            _state["custom_attributes"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CustomObjectInstanceDict(TypedDict, total=False):
    """:class:`CustomObjectInstance` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at: int
    custom_attributes: CustomObjectInstanceCustomAttributes | CustomObjectInstanceCustomAttributesDict
    external_created_at: int | None
    external_id: str
    external_updated_at: int | None
    id: str
    type: str
    updated_at: int


# Imported last, so that models that refer to each other can import each other.
from ..models.custom_object_instance_custom_attributes import CustomObjectInstanceCustomAttributes
