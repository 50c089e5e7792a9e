# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_sla_target_missed_sla_states_additional_property_status import (
    ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus,
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
        "seconds_remaining",
        "status",
    }
)


@_attrs_define(kw_only=True)
class ConversationSlaTargetMissedSlaStatesAdditionalProperty:
    """
    Attributes:
        seconds_remaining (int | None | Unset): Time remaining for active/paused targets (null for hit/missed)
        status (ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus | Unset): Status of this specific target
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    seconds_remaining: int | None | None | Unset = UNSET
    status: ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.seconds_remaining
        if _v is not UNSET:
            _d["seconds_remaining"] = None if _v is None else to_jsonable(_v)
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}",
                    model="ConversationSlaTargetMissedSlaStatesAdditionalProperty",
                )
            _d = dict(_d)
        _f = ""
        try:
            seconds_remaining = _d.get("seconds_remaining", UNSET)
            if seconds_remaining.__class__ is dict or seconds_remaining.__class__ is list:
                raise WrongType("integer", seconds_remaining, "seconds_remaining")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.seconds_remaining = seconds_remaining
            _obj.status = status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing",
                model="ConversationSlaTargetMissedSlaStatesAdditionalProperty",
                path=(exc.args[0],),
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationSlaTargetMissedSlaStatesAdditionalProperty", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationSlaTargetMissedSlaStatesAdditionalProperty", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationSlaTargetMissedSlaStatesAdditionalProperty", path=(_f,) if _f else ()
            ) from None
        return _obj
