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
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent, GroupTranslatedContentDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "description": UNSET,
    "name": UNSET,
    "parent_id": UNSET,
    "translated_content": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "name",
        "parent_id",
        "translated_content",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateCollectionRequest:
    """You can update a collection

    Attributes:
        description (str | Unset | None): The description of the collection. For multilingual collections, this will be
            the description of the default language's content. Example: English description.
        name (str | Unset | None): The name of the collection. For multilingual collections, this will be the name of
            the default language's content. Example: collection 51.
        parent_id (str | Unset | None): The id of the parent collection. If `null` then it will be updated as the first
            level collection. Example: 6871118.
        translated_content (GroupTranslatedContent | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    parent_id: str | Unset | None = UNSET
    translated_content: GroupTranslatedContent | Unset | None = UNSET
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
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.parent_id
        if _v is not UNSET:
            _d["parent_id"] = None if _v is None else to_jsonable(_v)
        _v = self.translated_content
        if _v is not UNSET:
            _d["translated_content"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("description", "description", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("parent_id", "parent_id", check_str, False),
            FieldSpec("translated_content", "translated_content", GroupTranslatedContent.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateCollectionRequest"
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
            _v = _state["translated_content"]
            if _v is not None and _v is not UNSET:
                _v = GroupTranslatedContent.from_dict(_v)

            _state["translated_content"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateCollectionRequestDict(TypedDict, total=False):
    """:class:`UpdateCollectionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    name: str
    parent_id: str | None
    translated_content: GroupTranslatedContent | GroupTranslatedContentDict | None


# Imported last, so that models that refer to each other can import each other.
from ..models.group_translated_content import GroupTranslatedContent
