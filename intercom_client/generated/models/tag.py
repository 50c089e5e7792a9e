# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.reference import Reference


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "applied_at",
        "applied_by",
        "id",
        "name",
        "type",
    }
)


@_attrs_define(kw_only=True)
class Tag:
    """A tag allows you to label your contacts, companies, and conversations and list them using that tag.

    Attributes:
        applied_at (int | None | Unset): The time when the tag was applied to the object. Only present when the tag is
            returned as part of a tagging operation on a contact, conversation, ticket, article, internal article, or
            content snippet. Example: 1663597223.
        applied_by (Reference | Unset): reference to another object
        id (str | Unset): The id of the tag Example: 123456.
        name (str | Unset): The name of the tag Example: Test tag.
        type_ (str | Unset): value is "tag" Example: tag.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    applied_at: int | None | None | Unset = UNSET
    applied_by: Reference | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.applied_at
        if _v is not UNSET:
            _d["applied_at"] = None if _v is None else to_jsonable(_v)
        _v = self.applied_by
        if _v is not UNSET:
            _d["applied_by"] = None if _v is None else _v.to_dict()
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Tag")
            _d = dict(_d)
        _f = ""
        try:
            applied_at = _d.get("applied_at", UNSET)
            if applied_at.__class__ is dict or applied_at.__class__ is list:
                raise WrongType("integer", applied_at, "applied_at")

            applied_by = _d.get("applied_by", UNSET)
            if applied_by is not None and applied_by is not UNSET:
                _f = "applied_by"
                applied_by = Reference.from_dict(applied_by)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.applied_at = applied_at
            _obj.applied_by = applied_by
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Tag", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Tag", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Tag", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Tag", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.reference import Reference  # noqa: E402
