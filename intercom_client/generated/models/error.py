# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_str,
    decode_leniently,
    decode_list,
    parse_uuid,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.error_errors_item import ErrorErrorsItem, ErrorErrorsItemDict


def _decode_errors(data: Any) -> list[ErrorErrorsItem]:
    return decode_list(data, ErrorErrorsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"errors": UNSET, "type_": UNSET, "request_id": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "errors",
        "type",
        "request_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Error:
    """The API will return an Error List for a failed request, which will contain one or more Error objects.

    Attributes:
        errors (list[ErrorErrorsItem]): An array of one or more error objects
        type_ (str): The type is error.list Example: error.list.
        request_id (UUID | Unset | None):  Example: f93ecfa8-d08a-4325-8694-89aeb89c8f85.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    errors: list[ErrorErrorsItem]
    type_: str
    request_id: UUID | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.errors
        if _v is not UNSET:
            _d["errors"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.request_id
        if _v is not UNSET:
            _d["request_id"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("errors", "errors", _decode_errors, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("request_id", "request_id", parse_uuid, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Error")
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
            if "errors" not in _d:
                raise KeyError("errors")
            if _state["errors"] is None:
                raise WrongType("a value", None)
            _v = _state["errors"]
            if _v is not None:
                _v = _decode_errors(_v)

            _state["errors"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["request_id"]
            if _v is not None and _v is not UNSET:
                _v = parse_uuid(_v)

            _state["request_id"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ErrorDict(TypedDict, total=False):
    """:class:`Error` written as a dict literal (JSON field names), e.g. as a request body."""

    errors: Required[list[ErrorErrorsItem | ErrorErrorsItemDict]]
    type: Required[str]
    request_id: UUID | None


# Imported last, so that models that refer to each other can import each other.
from ..models.error_errors_item import ErrorErrorsItem
