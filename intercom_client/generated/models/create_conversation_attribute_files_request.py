# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_conversation_attribute_files_request_data_type import (
    CreateConversationAttributeFilesRequestDataType,
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
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data_type",
        "name",
        "description",
        "required",
        "visible_to_team_ids",
    }
)


@_attrs_define(kw_only=True)
class CreateConversationAttributeFilesRequest:
    """
    Attributes:
        data_type (CreateConversationAttributeFilesRequestDataType): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        name (str): Name of the attribute. Example: api_test_attr.
        description (str | Unset): Readable description of the attribute. Example: Created via API test.
        required (bool | Unset): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateConversationAttributeFilesRequestDataType = "files"
    name: str
    description: str | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    visible_to_team_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("data_type", "files"),)
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
                    f"expected object, got {type(_d).__name__}", model="CreateConversationAttributeFilesRequest"
                )
            _d = dict(_d)
        try:
            data_type: Any = _d["data_type"]
            if data_type is None:
                raise WrongType("a value", None)

            name: Any = _d["name"]
            if name is None:
                raise WrongType("a value", None)

            description: Any = _d.get("description", UNSET)

            required: Any = _d.get("required", UNSET)

            visible_to_team_ids: Any = _d.get("visible_to_team_ids", UNSET)
            if visible_to_team_ids is not None and visible_to_team_ids is not UNSET:
                visible_to_team_ids = check_scalar_list(visible_to_team_ids)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.data_type = data_type
            _obj.name = name
            _obj.description = description
            _obj.required = required
            _obj.visible_to_team_ids = visible_to_team_ids
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class CreateConversationAttributeFilesRequestDict(TypedDict, total=False):
    """:class:`CreateConversationAttributeFilesRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: CreateConversationAttributeFilesRequestDataType
    name: Required[str]
    description: str
    required: bool
    visible_to_team_ids: list[str]
