# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "content_count",
        "created_at",
        "description",
        "emoji",
        "id",
        "name",
        "parent_folder_id",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class Folder:
    """A folder for organizing content

    Attributes:
        content_count (int | Unset): The number of content items in this folder Example: 5.
        created_at (int | Unset): The time when the folder was created (seconds) Example: 1672928359.
        description (None | str | Unset): The description of the folder Example: Internal product documentation.
        emoji (None | str | Unset): An emoji associated with the folder Example: 📚.
        id (int | Unset): The unique identifier for the folder Example: 6.
        name (str | Unset): The name of the folder Example: Product Documentation.
        parent_folder_id (int | None | Unset): The ID of the parent folder, or null if this is a root folder
        updated_at (int | Unset): The time when the folder was last updated (seconds) Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_count: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    emoji: None | str | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    parent_folder_id: int | None | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.content_count
        if _v is not UNSET:
            _d["content_count"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.emoji
        if _v is not UNSET:
            _d["emoji"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.parent_folder_id
        if _v is not UNSET:
            _d["parent_folder_id"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Folder")
            _d = dict(_d)
        _f = ""
        try:
            content_count = _d.get("content_count", UNSET)
            if content_count.__class__ is dict or content_count.__class__ is list:
                raise WrongType("integer", content_count, "content_count")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            emoji = _d.get("emoji", UNSET)
            if emoji.__class__ is dict or emoji.__class__ is list:
                raise WrongType("string", emoji, "emoji")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("integer", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            parent_folder_id = _d.get("parent_folder_id", UNSET)
            if parent_folder_id.__class__ is dict or parent_folder_id.__class__ is list:
                raise WrongType("integer", parent_folder_id, "parent_folder_id")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.content_count = content_count
            _obj.created_at = created_at
            _obj.description = description
            _obj.emoji = emoji
            _obj.id = id
            _obj.name = name
            _obj.parent_folder_id = parent_folder_id
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Folder", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Folder", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Folder", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Folder", path=(_f,) if _f else ()) from None
        return _obj
