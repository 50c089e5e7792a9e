# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contact_reference_type import ContactReferenceType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "external_id",
        "id",
        "type",
        "archived",
    }
)


@_attrs_define(kw_only=True)
class ContactUnarchived:
    """unarchived contact object

    Attributes:
        external_id (None | str | Unset): The unique identifier for the contact which is provided by the Client.
            Example: 70.
        id (str | Unset): The unique identifier for the contact which is given by Intercom. Example:
            5ba682d23d7cf92bef87bfd4.
        type_ (ContactReferenceType | Unset): always contact Example: contact.
        archived (bool | Unset): Whether the contact is archived or not. Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    external_id: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    type_: ContactReferenceType | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "contact"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactUnarchived")
            _d = dict(_d)
        _f = ""
        try:
            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.external_id = external_id
            _obj.id = id
            _obj.type_ = type_
            _obj.archived = archived
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContactUnarchived", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContactUnarchived", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ContactUnarchived", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContactUnarchived", path=(_f,) if _f else ()) from None
        return _obj
