# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_attribute_base_type import (
    ConversationAttributeBaseType,
)
from ..models.conversation_attribute_decimal_type_data_type import (
    ConversationAttributeDecimalTypeDataType,
)
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
    "id": None,
    "type_": None,
    "admin_id": None,
    "archived": None,
    "created_at": None,
    "data_type": None,
    "description": None,
    "name": None,
    "required": None,
    "updated_at": None,
    "visible_to_team_ids": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "admin_id",
        "archived",
        "created_at",
        "data_type",
        "description",
        "name",
        "required",
        "updated_at",
        "visible_to_team_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeDecimalType:
    """
    Attributes:
        id (int): The unique identifier for the conversation attribute. Example: 8.
        type_ (ConversationAttributeBaseType): Value is `conversation_attribute`. Example: conversation_attribute.
        admin_id (str | None): ID of the admin who created the attribute. Example: 16.
        archived (bool | None): Whether this attribute is archived. Example: False.
        created_at (int | None): The time the attribute was created as a UTC Unix timestamp. Example: 1778239701.
        data_type (ConversationAttributeDecimalTypeDataType | None): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        description (str | None): Readable description of the attribute. Example: Created via API test.
        name (str | None): Name of the attribute. Example: api_test_attr.
        required (bool | None): Whether this attribute is required. Example: False.
        updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp. Example: 1778239701.
        visible_to_team_ids (list[str] | None): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    type_: ConversationAttributeBaseType
    admin_id: str | None = None
    archived: bool | None = None
    created_at: int | None = None
    data_type: ConversationAttributeDecimalTypeDataType | None = None
    description: str | None = None
    name: str | None = None
    required: bool | None = None
    updated_at: int | None = None
    visible_to_team_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "conversation_attribute"),
        ("data_type", "decimal"),
    )
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
        _v = self.admin_id
        if _v is not None:
            _d["admin_id"] = _v
        _v = self.archived
        if _v is not None:
            _d["archived"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.data_type
        if _v is not None:
            _d["data_type"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.required
        if _v is not None:
            _d["required"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.visible_to_team_ids
        if _v is not None:
            _d["visible_to_team_ids"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_int, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("data_type", "data_type", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("required", "required", check_bool, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("visible_to_team_ids", "visible_to_team_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationAttributeDecimalType"
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["visible_to_team_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["visible_to_team_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
