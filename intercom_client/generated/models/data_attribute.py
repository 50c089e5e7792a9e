# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_attribute_data_type import DataAttributeDataType
from ..models.data_attribute_model import DataAttributeModel
from ..models.data_attribute_type import DataAttributeType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "type_": None,
    "admin_id": None,
    "api_writable": None,
    "archived": None,
    "created_at": None,
    "custom": None,
    "data_type": None,
    "description": None,
    "full_name": None,
    "id": None,
    "label": None,
    "messenger_writable": None,
    "model": None,
    "name": None,
    "options": None,
    "ui_writable": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "admin_id",
        "api_writable",
        "archived",
        "created_at",
        "custom",
        "data_type",
        "description",
        "full_name",
        "id",
        "label",
        "messenger_writable",
        "model",
        "name",
        "options",
        "ui_writable",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataAttribute:
    """Data Attributes are metadata used to describe your contact and company models. These include standard and custom
    attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as
    well as create and archive custom attributes.

    Attributes:
        type_ (DataAttributeType): Value is `data_attribute`. Example: data_attribute.
        admin_id (str | None): Teammate who created the attribute. Only applicable to CDAs Example: 5712945.
        api_writable (bool | None): Can this attribute be updated through API Example: True.
        archived (bool | None): Is this attribute archived. (Only applicable to CDAs) Example: False.
        created_at (int | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
        custom (bool | None): Set to true if this is a CDA Example: True.
        data_type (DataAttributeDataType | None): The data type of the attribute. Example: boolean.
        description (str | None): Readable description of the attribute. Example: Whether the user is a paid
            subscriber..
        full_name (str | None): Full name of the attribute. Should match the name unless it's a nested attribute. We can
            split full_name on `.` to access nested user object values. Example: custom_attributes.paid_subscriber.
        id (int | None): The unique identifier for the data attribute which is given by Intercom. Only available for
            custom attributes. Example: 12878.
        label (str | None): Readable name of the attribute (i.e. name you see in the UI) Example: Paid Subscriber.
        messenger_writable (bool | None): Can this attribute be updated by the Messenger Example: False.
        model (DataAttributeModel | None): Value is `contact` for user/lead attributes and `company` for company
            attributes. Example: contact.
        name (str | None): Name of the attribute. Example: paid_subscriber.
        options (list[str] | None): List of predefined options for attribute value. Example: ['true', 'false'].
        ui_writable (bool | None): Can this attribute be updated in the UI Example: True.
        updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: DataAttributeType
    admin_id: str | None = None
    api_writable: bool | None = None
    archived: bool | None = None
    created_at: int | None = None
    custom: bool | None = None
    data_type: DataAttributeDataType | None = None
    description: str | None = None
    full_name: str | None = None
    id: int | None = None
    label: str | None = None
    messenger_writable: bool | None = None
    model: DataAttributeModel | None = None
    name: str | None = None
    options: list[str] | None = None
    ui_writable: bool | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_attribute"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.admin_id
        if _v is not None:
            _d["admin_id"] = _v
        _v = self.api_writable
        if _v is not None:
            _d["api_writable"] = _v
        _v = self.archived
        if _v is not None:
            _d["archived"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.custom
        if _v is not None:
            _d["custom"] = _v
        _v = self.data_type
        if _v is not None:
            _d["data_type"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.full_name
        if _v is not None:
            _d["full_name"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.label
        if _v is not None:
            _d["label"] = _v
        _v = self.messenger_writable
        if _v is not None:
            _d["messenger_writable"] = _v
        _v = self.model
        if _v is not None:
            _d["model"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.options
        if _v is not None:
            _d["options"] = to_jsonable(_v)
        _v = self.ui_writable
        if _v is not None:
            _d["ui_writable"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("api_writable", "api_writable", check_bool, False),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("custom", "custom", check_bool, False),
            FieldSpec("data_type", "data_type", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("full_name", "full_name", check_str, False),
            FieldSpec("id", "id", check_int, False),
            FieldSpec("label", "label", check_str, False),
            FieldSpec("messenger_writable", "messenger_writable", check_bool, False),
            FieldSpec("model", "model", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("options", "options", check_scalar_list, False),
            FieldSpec("ui_writable", "ui_writable", check_bool, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataAttribute")
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
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["options"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["options"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
