# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.priority_changed_current_priority import (
    PriorityChangedCurrentPriority,
)
from ..models.priority_changed_previous_priority import (
    PriorityChangedPreviousPriority,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "current_priority",
        "previous_priority",
    }
)


@_attrs_define(kw_only=True)
class PriorityChanged:
    """Contains details about priority changes for conversation part type <code>priority_changed</code>.

    Attributes:
        current_priority (PriorityChangedCurrentPriority | Unset): Current priority level Example: high.
        previous_priority (PriorityChangedPreviousPriority | Unset): Previous priority level Example: none.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current_priority: PriorityChangedCurrentPriority | None | Unset = UNSET
    previous_priority: PriorityChangedPreviousPriority | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.current_priority
        if _v is not UNSET:
            _d["current_priority"] = _v
        _v = self.previous_priority
        if _v is not UNSET:
            _d["previous_priority"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="PriorityChanged")
            _d = dict(_d)
        _f = ""
        try:
            current_priority = _d.get("current_priority", UNSET)
            if current_priority.__class__ is dict or current_priority.__class__ is list:
                raise WrongType("string", current_priority, "current_priority")

            previous_priority = _d.get("previous_priority", UNSET)
            if previous_priority.__class__ is dict or previous_priority.__class__ is list:
                raise WrongType("string", previous_priority, "previous_priority")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.current_priority = current_priority
            _obj.previous_priority = previous_priority
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="PriorityChanged", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("PriorityChanged", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="PriorityChanged", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="PriorityChanged", path=(_f,) if _f else ()) from None
        return _obj
