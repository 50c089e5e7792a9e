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
        "name",
        "description",
        "emoji",
        "parent_folder_id",
    }
)


@_attrs_define(kw_only=True)
class CreateFolderBodyFolder:
    """
    Attributes:
        name (str): The name of the folder Example: Product Documentation.
        description (str | Unset): The description of the folder Example: Internal product documentation.
        emoji (str | Unset): An emoji for the folder Example: 📚.
        parent_folder_id (int | None | Unset): The ID of the parent folder
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | None
    description: str | None | Unset = UNSET
    emoji: str | None | Unset = UNSET
    parent_folder_id: int | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.emoji
        if _v is not UNSET:
            _d["emoji"] = _v
        _v = self.parent_folder_id
        if _v is not UNSET:
            _d["parent_folder_id"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CreateFolderBodyFolder")
            _d = dict(_d)
        _f = ""
        try:
            name = _d["name"]
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            emoji = _d.get("emoji", UNSET)
            if emoji.__class__ is dict or emoji.__class__ is list:
                raise WrongType("string", emoji, "emoji")

            parent_folder_id = _d.get("parent_folder_id", UNSET)
            if parent_folder_id.__class__ is dict or parent_folder_id.__class__ is list:
                raise WrongType("integer", parent_folder_id, "parent_folder_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.description = description
            _obj.emoji = emoji
            _obj.parent_folder_id = parent_folder_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="CreateFolderBodyFolder", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("CreateFolderBodyFolder", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="CreateFolderBodyFolder", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="CreateFolderBodyFolder", path=(_f,) if _f else ()) from None
        return _obj
