# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference
    from ..models.reference import Reference


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "contact": None,
    "created_at": None,
    "rating": None,
    "remark": None,
    "teammate": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "contact",
        "created_at",
        "rating",
        "remark",
        "teammate",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationRating:
    """The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the
    Admin assigned to the conversation.

    Attributes:
        contact (ContactReference | None): reference to contact object
        created_at (int | None): The time the rating was requested in the conversation being rated. Example: 1671028894.
        rating (int | None): The rating, between 1 and 5, for the conversation. Example: 5.
        remark (str | None): An optional field to add a remark to correspond to the number rating
        teammate (Reference | None): reference to another object
        updated_at (int | None): The time the rating was last updated. Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contact: ContactReference | None = None
    created_at: int | None = None
    rating: int | None = None
    remark: str | None = None
    teammate: Reference | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.contact
        if _v is not None:
            _d["contact"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.rating
        if _v is not None:
            _d["rating"] = _v
        _v = self.remark
        if _v is not None:
            _d["remark"] = _v
        _v = self.teammate
        if _v is not None:
            _d["teammate"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("contact", "contact", ContactReference.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("rating", "rating", check_int, False),
            FieldSpec("remark", "remark", check_str, False),
            FieldSpec("teammate", "teammate", Reference.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationRating")
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
            _v = _state["contact"]
            if _v is not None and _v.__class__ is not dict:
                _state["contact"] = Pending(_v)
            _v = _state["teammate"]
            if _v is not None and _v.__class__ is not dict:
                _state["teammate"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_reference import ContactReference
from ..models.reference import Reference

install_lazy_fields(
    ConversationRating,
    (
        "contact",
        "teammate",
    ),
)
