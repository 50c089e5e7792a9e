# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)


def _decode_available_on(data: Any) -> list[MacroAvailableOnItem]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_visible_to_team_ids(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "available_on",
        "body",
        "body_text",
        "created_at",
        "id",
        "name",
        "type",
        "updated_at",
        "visible_to",
        "visible_to_team_ids",
    }
)


@_attrs_define(kw_only=True)
class Macro:
    """A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.

    Attributes:
        available_on (list[MacroAvailableOnItem] | Unset): Where the macro is available for use. Example: ['inbox',
            'messenger'].
        body (str | Unset): The body of the macro in HTML format with placeholders transformed to XML-like format.
            Example: <p>Hi <attribute key="user.name" default="there"/>, your order is ready!</p>.
        body_text (str | Unset): The plain text version of the macro body with original Intercom placeholder format.
            Example: Hi {{user.name|fallback:"there"}}, your order is ready!.
        created_at (datetime.datetime | Unset): The time the macro was created in ISO 8601 format. Example:
            2025-07-17T11:18:08.000Z.
        id (str | Unset): The unique identifier for the macro. Example: 123.
        name (str | Unset): The name of the macro. Example: Order Status Update.
        type_ (MacroType | Unset): String representing the object's type. Always has the value `macro`. Example: macro.
        updated_at (datetime.datetime | Unset): The time the macro was last updated in ISO 8601 format. Example:
            2025-07-17T15:30:24.000Z.
        visible_to (MacroVisibleTo | Unset): Who can view this macro. Example: everyone.
        visible_to_team_ids (list[str] | Unset): The team IDs that can view this macro when visible_to is set to
            specific_teams. Example: ['456', '789'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    available_on: list[MacroAvailableOnItem] | None | Unset = UNSET
    body: str | None | Unset = UNSET
    body_text: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: MacroType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    visible_to: MacroVisibleTo | None | Unset = UNSET
    visible_to_team_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "macro"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.available_on
        if _v is not UNSET:
            _d["available_on"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.body_text
        if _v is not UNSET:
            _d["body_text"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.visible_to
        if _v is not UNSET:
            _d["visible_to"] = _v
        _v = self.visible_to_team_ids
        if _v is not UNSET:
            _d["visible_to_team_ids"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Macro")
            _d = dict(_d)
        _f = ""
        try:
            available_on = _d.get("available_on", UNSET)
            if available_on is not None and available_on is not UNSET:
                _f = "available_on"
                available_on = _decode_available_on(available_on)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            body_text = _d.get("body_text", UNSET)
            if body_text.__class__ is dict or body_text.__class__ is list:
                raise WrongType("string", body_text, "body_text")

            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = parse_datetime(created_at)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at is not None and updated_at is not UNSET:
                _f = "updated_at"
                updated_at = parse_datetime(updated_at)

            visible_to = _d.get("visible_to", UNSET)
            if visible_to.__class__ is dict or visible_to.__class__ is list:
                raise WrongType("string", visible_to, "visible_to")

            visible_to_team_ids = _d.get("visible_to_team_ids", UNSET)
            if visible_to_team_ids is not None and visible_to_team_ids is not UNSET:
                _f = "visible_to_team_ids"
                visible_to_team_ids = _decode_visible_to_team_ids(visible_to_team_ids)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.available_on = available_on
            _obj.body = body
            _obj.body_text = body_text
            _obj.created_at = created_at
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.visible_to = visible_to
            _obj.visible_to_team_ids = visible_to_team_ids
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Macro", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Macro", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Macro", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Macro", path=(_f,) if _f else ()) from None
        return _obj
