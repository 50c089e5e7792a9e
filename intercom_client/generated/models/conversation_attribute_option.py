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
        "id",
        "label",
    }
)


@_attrs_define(kw_only=True)
class ConversationAttributeOption:
    """A single option on a list-type conversation attribute.

    Attributes:
        archived (bool | Unset): Whether this option is archived (soft-deleted). Example: False.
        id (str | Unset): The unique UUID identifier for this option. Use this value as `option_id` in the options
            management endpoints. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        label (str | Unset): The display label for the option. Example: High.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.label
        if _v is not UNSET:
            _d["label"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationAttributeOption"
                )
            _d = dict(_d)
        _f = ""
        try:
            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            label = _d.get("label", UNSET)
            if label.__class__ is dict or label.__class__ is list:
                raise WrongType("string", label, "label")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.archived = archived
            _obj.id = id
            _obj.label = label
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationAttributeOption", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationAttributeOption", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationAttributeOption", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationAttributeOption", path=(_f,) if _f else ()
            ) from None
        return _obj
