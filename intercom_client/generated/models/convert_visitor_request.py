# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.convert_visitor_request_user import ConvertVisitorRequestUser, ConvertVisitorRequestUserDict
    from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor, ConvertVisitorRequestVisitorDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"type_": UNSET, "user": UNSET, "visitor": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "user",
        "visitor",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConvertVisitorRequest:
    """You can merge a Visitor to a Contact of role type lead or user.

    Attributes:
        type_ (str): Represents the role of the Contact model. Accepts `lead` or `user`. Example: user.
        user (ConvertVisitorRequestUser): The unique identifiers retained after converting or merging.
        visitor (ConvertVisitorRequestVisitor): The unique identifiers to convert a single Visitor.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: str
    user: ConvertVisitorRequestUser
    visitor: ConvertVisitorRequestVisitor
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.user
        if _v is not UNSET:
            _d["user"] = None if _v is None else to_jsonable(_v)
        _v = self.visitor
        if _v is not UNSET:
            _d["visitor"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("user", "user", ConvertVisitorRequestUser.from_dict, True),
            FieldSpec("visitor", "visitor", ConvertVisitorRequestVisitor.from_dict, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConvertVisitorRequest")
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
            if "user" not in _d:
                raise KeyError("user")
            if _state["user"] is None:
                raise WrongType("a value", None)
            _v = _state["user"]
            if _v is not None:
                _v = ConvertVisitorRequestUser.from_dict(_v)

            _state["user"] = _v
            if "visitor" not in _d:
                raise KeyError("visitor")
            if _state["visitor"] is None:
                raise WrongType("a value", None)
            _v = _state["visitor"]
            if _v is not None:
                _v = ConvertVisitorRequestVisitor.from_dict(_v)

            _state["visitor"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ConvertVisitorRequestDict(TypedDict, total=False):
    """:class:`ConvertVisitorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    type: Required[str]
    user: Required[ConvertVisitorRequestUser | ConvertVisitorRequestUserDict]
    visitor: Required[ConvertVisitorRequestVisitor | ConvertVisitorRequestVisitorDict]


# Imported last, so that models that refer to each other can import each other.
from ..models.convert_visitor_request_user import ConvertVisitorRequestUser
from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor
