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
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "archived",
        "description",
        "messenger_writable",
    }
)


@_attrs_define(kw_only=True)
class UpdateDataAttributeRequestOtherType:
    """
    Attributes:
        archived (bool | Unset): Whether the attribute is to be archived or not. Example: False.
        description (str | Unset): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    messenger_writable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.messenger_writable
        if _v is not UNSET:
            _d["messenger_writable"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateDataAttributeRequestOtherType"
                )
            _d = dict(_d)
        _f = ""
        try:
            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            messenger_writable = _d.get("messenger_writable", UNSET)
            if messenger_writable.__class__ is dict or messenger_writable.__class__ is list:
                raise WrongType("boolean", messenger_writable, "messenger_writable")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.archived = archived
            _obj.description = description
            _obj.messenger_writable = messenger_writable
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="UpdateDataAttributeRequestOtherType", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("UpdateDataAttributeRequestOtherType", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="UpdateDataAttributeRequestOtherType", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="UpdateDataAttributeRequestOtherType", path=(_f,) if _f else ()
            ) from None
        return _obj
