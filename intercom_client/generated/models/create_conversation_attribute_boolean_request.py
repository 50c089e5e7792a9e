# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_conversation_attribute_boolean_request_data_type import (
    CreateConversationAttributeBooleanRequestDataType,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "data_type": UNSET,
    "name": UNSET,
    "description": UNSET,
    "required": UNSET,
    "visible_to_team_ids": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data_type",
        "name",
        "description",
        "required",
        "visible_to_team_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationAttributeBooleanRequest:
    """
    Attributes:
        data_type (CreateConversationAttributeBooleanRequestDataType): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        name (str): Name of the attribute. Example: api_test_attr.
        description (str | Unset | None): Readable description of the attribute. Example: Created via API test.
        required (bool | Unset | None): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset | None): Team IDs that can see this attribute. Empty array means all
            teams. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateConversationAttributeBooleanRequestDataType = "boolean"
    name: str
    description: str | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    visible_to_team_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("data_type", "boolean"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.required
        if _v is not UNSET:
            _d["required"] = _v
        _v = self.visible_to_team_ids
        if _v is not UNSET:
            _d["visible_to_team_ids"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("data_type", "data_type", check_str, True),
            FieldSpec("name", "name", check_str, True),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("required", "required", check_bool, False),
            FieldSpec("visible_to_team_ids", "visible_to_team_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateConversationAttributeBooleanRequest"
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
            if "name" not in _d:
                raise KeyError("name")
            if _state["name"] is None:
                raise WrongType("a value", None)
            _v = _state["visible_to_team_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["visible_to_team_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateConversationAttributeBooleanRequestDict(TypedDict, total=False):
    """:class:`CreateConversationAttributeBooleanRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: CreateConversationAttributeBooleanRequestDataType
    name: Required[str]
    description: str
    required: bool
    visible_to_team_ids: list[str]
