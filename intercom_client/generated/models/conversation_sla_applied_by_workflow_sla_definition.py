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
        "first_reply_time",
        "next_reply_time",
        "resolution_time",
        "time_to_close",
    }
)


@_attrs_define(kw_only=True)
class ConversationSlaAppliedByWorkflowSlaDefinition:
    """Target times configured for the SLA (in seconds)

    Attributes:
        first_reply_time (int | None | Unset): First response time target in seconds Example: 300.
        next_reply_time (int | None | Unset): Next reply time target in seconds Example: 600.
        resolution_time (int | None | Unset): Resolution time target in seconds Example: 3600.
        time_to_close (int | None | Unset): Time to close target in seconds Example: 7200.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    first_reply_time: int | None | None | Unset = UNSET
    next_reply_time: int | None | None | Unset = UNSET
    resolution_time: int | None | None | Unset = UNSET
    time_to_close: int | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.first_reply_time
        if _v is not UNSET:
            _d["first_reply_time"] = None if _v is None else to_jsonable(_v)
        _v = self.next_reply_time
        if _v is not UNSET:
            _d["next_reply_time"] = None if _v is None else to_jsonable(_v)
        _v = self.resolution_time
        if _v is not UNSET:
            _d["resolution_time"] = None if _v is None else to_jsonable(_v)
        _v = self.time_to_close
        if _v is not UNSET:
            _d["time_to_close"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationSlaAppliedByWorkflowSlaDefinition"
                )
            _d = dict(_d)
        _f = ""
        try:
            first_reply_time = _d.get("first_reply_time", UNSET)
            if first_reply_time.__class__ is dict or first_reply_time.__class__ is list:
                raise WrongType("integer", first_reply_time, "first_reply_time")

            next_reply_time = _d.get("next_reply_time", UNSET)
            if next_reply_time.__class__ is dict or next_reply_time.__class__ is list:
                raise WrongType("integer", next_reply_time, "next_reply_time")

            resolution_time = _d.get("resolution_time", UNSET)
            if resolution_time.__class__ is dict or resolution_time.__class__ is list:
                raise WrongType("integer", resolution_time, "resolution_time")

            time_to_close = _d.get("time_to_close", UNSET)
            if time_to_close.__class__ is dict or time_to_close.__class__ is list:
                raise WrongType("integer", time_to_close, "time_to_close")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.first_reply_time = first_reply_time
            _obj.next_reply_time = next_reply_time
            _obj.resolution_time = resolution_time
            _obj.time_to_close = time_to_close
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationSlaAppliedByWorkflowSlaDefinition", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationSlaAppliedByWorkflowSlaDefinition", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationSlaAppliedByWorkflowSlaDefinition", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationSlaAppliedByWorkflowSlaDefinition", path=(_f,) if _f else ()
            ) from None
        return _obj
