# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.merge_history_item_source_contact_role import (
    MergeHistoryItemSourceContactRole,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "merged_at",
        "source_contact_id",
        "source_contact_role",
        "type",
    }
)


@_attrs_define(kw_only=True)
class MergeHistoryItem:
    """A record of a contact that was merged into another contact.

    Attributes:
        merged_at (int | None | Unset): (Unix timestamp in seconds) The time when the merge occurred. Example:
            1571672154.
        source_contact_id (str | Unset): The Intercom ID of the contact that was merged into this contact. Example:
            5ba682d23d7cf92bef87bfd3.
        source_contact_role (MergeHistoryItemSourceContactRole | Unset): The role of the contact that was merged in.
            Example: lead.
        type_ (str | Unset): The type of object. Example: merge_history.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    merged_at: int | None | None | Unset = UNSET
    source_contact_id: str | None | Unset = UNSET
    source_contact_role: MergeHistoryItemSourceContactRole | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.merged_at
        if _v is not UNSET:
            _d["merged_at"] = None if _v is None else to_jsonable(_v)
        _v = self.source_contact_id
        if _v is not UNSET:
            _d["source_contact_id"] = _v
        _v = self.source_contact_role
        if _v is not UNSET:
            _d["source_contact_role"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="MergeHistoryItem")
            _d = dict(_d)
        _f = ""
        try:
            merged_at = _d.get("merged_at", UNSET)
            if merged_at.__class__ is dict or merged_at.__class__ is list:
                raise WrongType("integer", merged_at, "merged_at")

            source_contact_id = _d.get("source_contact_id", UNSET)
            if source_contact_id.__class__ is dict or source_contact_id.__class__ is list:
                raise WrongType("string", source_contact_id, "source_contact_id")

            source_contact_role = _d.get("source_contact_role", UNSET)
            if source_contact_role.__class__ is dict or source_contact_role.__class__ is list:
                raise WrongType("string", source_contact_role, "source_contact_role")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.merged_at = merged_at
            _obj.source_contact_id = source_contact_id
            _obj.source_contact_role = source_contact_role
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="MergeHistoryItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("MergeHistoryItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="MergeHistoryItem", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="MergeHistoryItem", path=(_f,) if _f else ()) from None
        return _obj
