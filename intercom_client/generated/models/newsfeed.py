# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.newsfeed_type import NewsfeedType
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class Newsfeed:
    """A newsfeed is a collection of news items, targeted to a specific audience.

    Newsfeeds currently cannot be edited through the API, please refer to [this
    article](https://www.intercom.com/help/en/articles/6362267-getting-started-with-news) to set up your newsfeeds in
    Intercom.

        Attributes:
            created_at (int | Unset): Timestamp for when the newsfeed was created. Example: 1674917488.
            id (str | Unset): The unique identifier for the newsfeed which is given by Intercom. Example: 12312.
            name (str | Unset): The name of the newsfeed. This name will never be visible to your users. Example: My
                Newsfeed.
            type_ (NewsfeedType | Unset): The type of object. Example: newsfeed.
            updated_at (int | Unset): Timestamp for when the newsfeed was last updated. Example: 1674917488.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: NewsfeedType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "newsfeed"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
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
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Newsfeed")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

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
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Newsfeed", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Newsfeed", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Newsfeed", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Newsfeed", path=(_f,) if _f else ()) from None
        return _obj
