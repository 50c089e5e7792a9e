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
        "admin_id",
        "idle",
        "open",
        "snoozed",
        "type",
    }
)


@_attrs_define(kw_only=True)
class TeamMetric:
    """Per-admin activity metrics within a team.

    Attributes:
        admin_id (str | Unset): The unique identifier for the admin. Example: 123.
        idle (int | Unset): The number of idle conversations assigned to the admin. A conversation is idle when it has
            been open and waiting for an admin reply longer than the idle_threshold. Example: 2.
        open_ (int | Unset): The number of open conversations assigned to the admin. Example: 5.
        snoozed (int | Unset): The number of snoozed conversations assigned to the admin. Example: 1.
        type_ (str | Unset):  Example: team_metric.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None | Unset = UNSET
    idle: int | None | Unset = UNSET
    open_: int | None | Unset = UNSET
    snoozed: int | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.idle
        if _v is not UNSET:
            _d["idle"] = _v
        _v = self.open_
        if _v is not UNSET:
            _d["open"] = _v
        _v = self.snoozed
        if _v is not UNSET:
            _d["snoozed"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TeamMetric")
            _d = dict(_d)
        _f = ""
        try:
            admin_id = _d.get("admin_id", UNSET)
            if admin_id.__class__ is dict or admin_id.__class__ is list:
                raise WrongType("string", admin_id, "admin_id")

            idle = _d.get("idle", UNSET)
            if idle.__class__ is dict or idle.__class__ is list:
                raise WrongType("integer", idle, "idle")

            open_ = _d.get("open", UNSET)
            if open_.__class__ is dict or open_.__class__ is list:
                raise WrongType("integer", open_, "open")

            snoozed = _d.get("snoozed", UNSET)
            if snoozed.__class__ is dict or snoozed.__class__ is list:
                raise WrongType("integer", snoozed, "snoozed")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_id = admin_id
            _obj.idle = idle
            _obj.open_ = open_
            _obj.snoozed = snoozed
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="TeamMetric", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("TeamMetric", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TeamMetric", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TeamMetric", path=(_f,) if _f else ()) from None
        return _obj
