# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.macro_available_on_item import MacroAvailableOnItem
from ..models.macro_type import MacroType
from ..models.macro_visible_to import MacroVisibleTo
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_scalar_list,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "available_on": None,
    "body": None,
    "body_text": None,
    "created_at": None,
    "name": None,
    "updated_at": None,
    "visible_to": None,
    "visible_to_team_ids": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "available_on",
        "body",
        "body_text",
        "created_at",
        "name",
        "updated_at",
        "visible_to",
        "visible_to_team_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Macro:
    """A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.

    Attributes:
        id (str): The unique identifier for the macro. Example: 123.
        type_ (MacroType): String representing the object's type. Always has the value `macro`. Example: macro.
        available_on (list[MacroAvailableOnItem] | None): Where the macro is available for use. Example: ['inbox',
            'messenger'].
        body (str | None): The body of the macro in HTML format with placeholders transformed to XML-like format.
            Example: ``<p>Hi <attribute key="user.name" default="there"/>, your order is ready!</p>``.
        body_text (str | None): The plain text version of the macro body with original Intercom placeholder format.
            Example: Hi {{user.name|fallback:"there"}}, your order is ready!.
        created_at (datetime.datetime | None): The time the macro was created in ISO 8601 format. Example:
            2025-07-17T11:18:08.000Z.
        name (str | None): The name of the macro. Example: Order Status Update.
        updated_at (datetime.datetime | None): The time the macro was last updated in ISO 8601 format. Example:
            2025-07-17T15:30:24.000Z.
        visible_to (MacroVisibleTo | None): Who can view this macro. Example: everyone.
        visible_to_team_ids (list[str] | None): The team IDs that can view this macro when visible_to is set to
            specific_teams. Example: ['456', '789'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: MacroType
    available_on: list[MacroAvailableOnItem] | None = None
    body: str | None = None
    body_text: str | None = None
    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None
    visible_to: MacroVisibleTo | None = None
    visible_to_team_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "macro"),)
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
        _v = self.available_on
        if _v is not None:
            _d["available_on"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = _v
        _v = self.body_text
        if _v is not None:
            _d["body_text"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        _v = self.visible_to
        if _v is not None:
            _d["visible_to"] = _v
        _v = self.visible_to_team_ids
        if _v is not None:
            _d["visible_to_team_ids"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("available_on", "available_on", check_scalar_list, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_text", "body_text", check_str, False),
            FieldSpec("created_at", "created_at", parse_datetime, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("updated_at", "updated_at", parse_datetime, False),
            FieldSpec("visible_to", "visible_to", check_str, False),
            FieldSpec("visible_to_team_ids", "visible_to_team_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Macro")
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
            _v = _state["available_on"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["available_on"] = _v
            _v = _state["created_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at"] = _v
            _v = _state["updated_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["updated_at"] = _v
            _v = _state["visible_to_team_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["visible_to_team_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
