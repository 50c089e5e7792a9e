# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_attribute_base_type import (
    ConversationAttributeBaseType,
)
from ..models.conversation_attribute_string_type_data_type import (
    ConversationAttributeStringTypeDataType,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)


def _decode_visible_to_team_ids(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "admin_id",
        "archived",
        "created_at",
        "data_type",
        "description",
        "id",
        "name",
        "required",
        "type",
        "updated_at",
        "visible_to_team_ids",
        "multiline",
    }
)


@_attrs_define(kw_only=True)
class ConversationAttributeStringType:
    """
    Attributes:
        admin_id (str | Unset): ID of the admin who created the attribute. Example: 16.
        archived (bool | Unset): Whether this attribute is archived. Example: False.
        created_at (int | Unset): The time the attribute was created as a UTC Unix timestamp. Example: 1778239701.
        data_type (ConversationAttributeStringTypeDataType | Unset): The data type of the attribute. Allowed types:
            string, integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        description (str | Unset): Readable description of the attribute. Example: Created via API test.
        id (int | Unset): The unique identifier for the conversation attribute. Example: 8.
        name (str | Unset): Name of the attribute. Example: api_test_attr.
        required (bool | Unset): Whether this attribute is required. Example: False.
        type_ (ConversationAttributeBaseType | Unset): Value is `conversation_attribute`. Example:
            conversation_attribute.
        updated_at (int | Unset): The time the attribute was last updated as a UTC Unix timestamp. Example: 1778239701.
        visible_to_team_ids (list[str] | Unset): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        multiline (bool | Unset): Whether this string attribute is multiline. Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    data_type: ConversationAttributeStringTypeDataType | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    type_: ConversationAttributeBaseType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    visible_to_team_ids: list[str] | None | Unset = UNSET
    multiline: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("data_type", "string"),
        ("type", "conversation_attribute"),
    )
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.required
        if _v is not UNSET:
            _d["required"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.visible_to_team_ids
        if _v is not UNSET:
            _d["visible_to_team_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.multiline
        if _v is not UNSET:
            _d["multiline"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationAttributeStringType"
                )
            _d = dict(_d)
        _f = ""
        try:
            admin_id = _d.get("admin_id", UNSET)
            if admin_id.__class__ is dict or admin_id.__class__ is list:
                raise WrongType("string", admin_id, "admin_id")

            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            data_type = _d.get("data_type", UNSET)
            if data_type.__class__ is dict or data_type.__class__ is list:
                raise WrongType("string", data_type, "data_type")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("integer", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            required = _d.get("required", UNSET)
            if required.__class__ is dict or required.__class__ is list:
                raise WrongType("boolean", required, "required")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            visible_to_team_ids = _d.get("visible_to_team_ids", UNSET)
            if visible_to_team_ids is not None and visible_to_team_ids is not UNSET:
                _f = "visible_to_team_ids"
                visible_to_team_ids = _decode_visible_to_team_ids(visible_to_team_ids)

            multiline = _d.get("multiline", UNSET)
            if multiline.__class__ is dict or multiline.__class__ is list:
                raise WrongType("boolean", multiline, "multiline")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_id = admin_id
            _obj.archived = archived
            _obj.created_at = created_at
            _obj.data_type = data_type
            _obj.description = description
            _obj.id = id
            _obj.name = name
            _obj.required = required
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.visible_to_team_ids = visible_to_team_ids
            _obj.multiline = multiline
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationAttributeStringType", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationAttributeStringType", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationAttributeStringType", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationAttributeStringType", path=(_f,) if _f else ()
            ) from None
        return _obj
