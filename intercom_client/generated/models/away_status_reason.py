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
        "created_at",
        "deleted",
        "emoji",
        "id",
        "label",
        "order",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class AwayStatusReason:
    """
    Attributes:
        created_at (int | Unset): The Unix timestamp when the status reason was created Example: 1734537243.
        deleted (bool | Unset): Whether the status reason has been soft deleted Example: False.
        emoji (str | Unset): The emoji associated with the status reason Example: ☕.
        id (str | Unset): The unique identifier for the away status reason
        label (str | Unset): The display text for the away status reason Example: On a break.
        order (int | Unset): The display order of the status reason Example: 1.
        type_ (str | Unset):  Example: away_status_reason.
        updated_at (int | Unset): The Unix timestamp when the status reason was last updated Example: 1734537243.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    emoji: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    order: int | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.deleted
        if _v is not UNSET:
            _d["deleted"] = _v
        _v = self.emoji
        if _v is not UNSET:
            _d["emoji"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.label
        if _v is not UNSET:
            _d["label"] = _v
        _v = self.order
        if _v is not UNSET:
            _d["order"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="AwayStatusReason")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            deleted = _d.get("deleted", UNSET)
            if deleted.__class__ is dict or deleted.__class__ is list:
                raise WrongType("boolean", deleted, "deleted")

            emoji = _d.get("emoji", UNSET)
            if emoji.__class__ is dict or emoji.__class__ is list:
                raise WrongType("string", emoji, "emoji")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            label = _d.get("label", UNSET)
            if label.__class__ is dict or label.__class__ is list:
                raise WrongType("string", label, "label")

            order = _d.get("order", UNSET)
            if order.__class__ is dict or order.__class__ is list:
                raise WrongType("integer", order, "order")

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
            _obj.deleted = deleted
            _obj.emoji = emoji
            _obj.id = id
            _obj.label = label
            _obj.order = order
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="AwayStatusReason", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("AwayStatusReason", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="AwayStatusReason", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="AwayStatusReason", path=(_f,) if _f else ()) from None
        return _obj
