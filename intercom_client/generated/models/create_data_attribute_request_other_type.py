# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_data_attribute_request_other_type_data_type import (
    CreateDataAttributeRequestOtherTypeDataType,
)
from ..models.create_data_attribute_request_other_type_model import (
    CreateDataAttributeRequestOtherTypeModel,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "data_type": UNSET,
    "model": UNSET,
    "name": UNSET,
    "description": UNSET,
    "messenger_writable": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data_type",
        "model",
        "name",
        "description",
        "messenger_writable",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataAttributeRequestOtherType:
    """
    Attributes:
        data_type (CreateDataAttributeRequestOtherTypeDataType):
        model (CreateDataAttributeRequestOtherTypeModel): The model that the data attribute belongs to. Example:
            contact.
        name (str): The name of the data attribute. Example: My Data Attribute.
        description (str | Unset | None): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset | None): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateDataAttributeRequestOtherTypeDataType
    model: CreateDataAttributeRequestOtherTypeModel
    name: str
    description: str | Unset | None = UNSET
    messenger_writable: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.model
        if _v is not UNSET:
            _d["model"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.messenger_writable
        if _v is not UNSET:
            _d["messenger_writable"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("data_type", "data_type", check_str, True),
            FieldSpec("model", "model", check_str, True),
            FieldSpec("name", "name", check_str, True),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("messenger_writable", "messenger_writable", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateDataAttributeRequestOtherType"
                )
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
            if "data_type" not in _d:
                raise KeyError("data_type")
            if _state["data_type"] is None:
                raise WrongType("a value", None)
            if "model" not in _d:
                raise KeyError("model")
            if _state["model"] is None:
                raise WrongType("a value", None)
            if "name" not in _d:
                raise KeyError("name")
            if _state["name"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateDataAttributeRequestOtherTypeDict(TypedDict, total=False):
    """:class:`CreateDataAttributeRequestOtherType` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: Required[CreateDataAttributeRequestOtherTypeDataType]
    model: Required[CreateDataAttributeRequestOtherTypeModel]
    name: Required[str]
    description: str
    messenger_writable: bool
