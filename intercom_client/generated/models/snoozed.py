# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "custom_until_time",
        "until",
    }
)


@_attrs_define(kw_only=True)
class Snoozed:
    """Contains details about conversation snooze timing for conversation part type <code>snoozed</code>.

    Attributes:
        custom_until_time (datetime.datetime | None | Unset): ISO timestamp for custom snooze times (null for general
            snoozes) Example: 2025-09-03T18:44:20.146Z.
        until (str | Unset): Human-readable description of snooze duration Example: until tomorrow.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    custom_until_time: datetime.datetime | None | None | Unset = UNSET
    until: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.custom_until_time
        if _v is not UNSET:
            _d["custom_until_time"] = None if _v is None else to_jsonable(_v)
        _v = self.until
        if _v is not UNSET:
            _d["until"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Snoozed")
            _d = dict(_d)
        _f = ""
        try:
            custom_until_time = _d.get("custom_until_time", UNSET)
            if custom_until_time is not None and custom_until_time is not UNSET:
                _f = "custom_until_time"
                custom_until_time = parse_datetime(custom_until_time)

            until = _d.get("until", UNSET)
            if until.__class__ is dict or until.__class__ is list:
                raise WrongType("string", until, "until")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.custom_until_time = custom_until_time
            _obj.until = until
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Snoozed", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Snoozed", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Snoozed", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Snoozed", path=(_f,) if _f else ()) from None
        return _obj
