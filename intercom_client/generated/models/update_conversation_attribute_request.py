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
    check_bool,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.update_conversation_attribute_request_reference import (
        UpdateConversationAttributeRequestReference,
        UpdateConversationAttributeRequestReferenceDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "description": UNSET,
    "multiline": UNSET,
    "name": UNSET,
    "reference": UNSET,
    "required": UNSET,
    "visible_to_team_ids": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "multiline",
        "name",
        "reference",
        "required",
        "visible_to_team_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationAttributeRequest:
    """Payload for updating a conversation attribute.

    Attributes:
        description (str | Unset | None): Readable description of the attribute. Example: Updated via API.
        multiline (bool | Unset | None): (String data type only) Whether this string attribute is multiline. Example:
            False.
        name (str | Unset | None): Name of the attribute. Example: api_test_renamed.
        reference (UpdateConversationAttributeRequestReference | Unset | None): (Relationship data type only) Reference
            configuration for related objects.
        required (bool | Unset | None): Whether this attribute is required. Example: False.
        visible_to_team_ids (list[str] | Unset | None): Team IDs that can see this attribute. Empty array means all
            teams. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    reference: UpdateConversationAttributeRequestReference | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    visible_to_team_ids: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.multiline
        if _v is not UNSET:
            _d["multiline"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.reference
        if _v is not UNSET:
            _d["reference"] = None if _v is None else to_jsonable(_v)
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
            FieldSpec("description", "description", check_str, False),
            FieldSpec("multiline", "multiline", check_bool, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("reference", "reference", UpdateConversationAttributeRequestReference.from_dict, False),
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
                    f"expected object, got {type(_d).__name__}", model="UpdateConversationAttributeRequest"
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
            _v = _state["reference"]
            if _v is not None and _v is not UNSET:
                _v = UpdateConversationAttributeRequestReference.from_dict(_v)

            _state["reference"] = _v
            _v = _state["visible_to_team_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["visible_to_team_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateConversationAttributeRequestDict(TypedDict, total=False):
    """:class:`UpdateConversationAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    multiline: bool
    name: str
    reference: UpdateConversationAttributeRequestReference | UpdateConversationAttributeRequestReferenceDict
    required: bool
    visible_to_team_ids: list[str]


# Imported last, so that models that refer to each other can import each other.
from ..models.update_conversation_attribute_request_reference import UpdateConversationAttributeRequestReference
